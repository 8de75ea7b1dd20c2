"""stages.metadata: a wiki's tagline under the headline (`Aus Moorwiki, dem freien Ortslexikon`) names
no one, though its first words look like a name: the lead under it, a sentence that holds years
(`... von 1903 bis 1958 ...`), is the article's prose, no date line that would make them a byline."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

PAGES = {
    "de": ("Hauptseite\nAnmelden\nArtikel\nDiskussion\nLesen\nBearbeiten", "Alte Ziegelei Wehrden",
           "Aus Moorwiki, dem freien Ortslexikon",
           "Die Alte Ziegelei Wehrden war ein Ziegelwerk am Kanal, das zwischen 1871 und 1962 Steine für die Dörfer der Gegend brannte.",
           "Heute stehen nur noch der Ringofen und der hohe Schornstein, die ein Verein als Denkmal erhält und im Sommer zeigt."),
    "en": ("Main page\nLog in\nArticle\nTalk\nRead\nEdit", "Old Brickworks at Wharton",
           "Fenwick Wiki, the open village encyclopedia",
           "The Old Brickworks at Wharton was a yard on the canal that fired bricks for the villages around it between 1871 and 1962.",
           "Today only the kiln and its tall chimney stand, kept by a society that opens them to visitors on summer weekends."),
    "fr": ("Accueil\nConnexion\nArticle\nDiscussion\nLire\nModifier", "Ancienne briqueterie de Varennes",
           "Vallon Wiki, encyclopédie libre du pays",
           "L'ancienne briqueterie de Varennes était une usine au bord du canal qui cuisait des briques pour les villages entre 1871 et 1962.",
           "Il ne reste aujourd'hui que le four et sa haute cheminée, entretenus par une association qui les ouvre au public l'été."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_wikis_tagline_over_a_dated_lead_names_no_author(language):
    tabs, headline, tagline, *paragraphs = PAGES[language]
    page = "\n".join([f"{headline} – Wiki", tabs, headline, tagline, *paragraphs])
    assert Cleaner(site_rules=False).clean(page, kind="text").author is None
