"""stages.title (c0, the headline a byline or a time stamp signs) on a broadcaster's page text:
the date's label stands alone over the date (`Published` / `14 November 2024`) and still signs the
headline; a video's length under the video's title (`Video duration 1:42`) is no time stamp, so the
video's title between the headline and the article is not the title."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

PAGES = {
    "en": ("News\nUK\nWorld\nBusiness\nLocal News", "Ferry services cut as storm closes the harbour",
           "Published\n2 December 2024\nShare\nSave", "Watch: Waves break over the harbour wall\nVideo duration 0:58",
           "Tom Harlow\nTransport correspondent",
           "All ferry sailings from the harbour were cancelled on Monday as winds of up to eighty miles an hour "
           "battered the coast.\nThe operator said it hoped to run a reduced timetable from Tuesday afternoon."),
    "de": ("Nachrichten\nInland\nAusland\nWirtschaft\nRegion", "Sturm legt den Fährverkehr zu den Inseln lahm",
           "Veröffentlicht am\n02.12.2024\nTeilen\nMerken", "Video: Wellen schlagen über die Hafenmauer\nDauer 1:12",
           "Tom Harlow\nKorrespondent",
           "Wegen des Sturms sind am Montag alle Fähren zu den Inseln ausgefallen, der Wind erreichte an der Küste "
           "Orkanstärke.\nDie Reederei will am Dienstagnachmittag wieder erste Fahrten anbieten."),
    "fr": ("Actualités\nFrance\nMonde\nÉconomie\nRégion", "La tempête paralyse les liaisons vers les îles",
           "Publié le\n2 décembre 2024\nPartager\nEnregistrer", "Vidéo : les vagues passent par-dessus la digue\nDurée 1:05",
           "Tom Harlow\nCorrespondant",
           "Toutes les traversées vers les îles ont été annulées lundi, alors que les rafales dépassaient cent vingt "
           "kilomètres à l'heure sur la côte.\nLa compagnie espère reprendre un service réduit mardi après-midi."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_headline_over_a_date_label_wins_over_a_videos_title(language):
    menu, headline, stamp, video, reporter, article = PAGES[language]
    page = "\n".join([menu, headline, stamp, video, reporter, article])
    assert Cleaner(site_rules=False).clean(page, kind="text").title == headline
