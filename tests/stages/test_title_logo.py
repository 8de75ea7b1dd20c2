"""stages.title_logo: the `<title>` line's last part standing alone at the page's top is the site's
logo even when a cookie banner and its buttons stand over it; the headline is the line the reader
sees above the article (the `<title>` reworded, or its headline split under a kicker)."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

PAGES = {
    "en": ("Council opens the new swimming pool two years late - Valley Evening Post",
           "We use cookies to improve your experience on our website. Read our cookie policy.\nAccept all\nManage settings",
           "Valley Evening Post\nNews\nSport\nWeather\nLocal",
           "New pool opens two years late\nPublished 3 June 2024",
           "The town's new swimming pool opened on Monday, two years later than the council had promised "
           "and a third over its budget.\nSwimmers queued from seven in the morning to be among the first in the water."),
    "de": ("Verkehr: Neue Radbrücke über den Kanal eröffnet | Nordstädter Rundschau",
           "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.\nZustimmen\nEinstellungen",
           "Nordstädter Rundschau\nPolitik\nSport\nKultur\nRegion",
           "Verkehr\nNeue Radbrücke über den Kanal eröffnet\nStand: 04.06.2024, 10:15 Uhr",
           "Die neue Brücke für Radfahrer und Fußgänger über den Kanal ist am Dienstag eröffnet worden. "
           "Sie verbindet die Altstadt mit dem Hafenviertel.\nDer Bau hat knapp zwei Jahre gedauert und rund "
           "sechs Millionen Euro gekostet."),
    "fr": ("Le nouveau musée de la mer ouvre ses portes samedi - L'Écho du Littoral",
           "Nous utilisons des cookies pour améliorer votre expérience sur notre site.\nAccepter\nRefuser",
           "L'Écho du Littoral\nActualités\nSports\nCulture\nRégion",
           "Le musée de la mer ouvre samedi après trois ans de chantier\nPublié le 5 juin 2024 à 09h30",
           "Après trois ans de travaux, le musée de la mer accueillera ses premiers visiteurs samedi matin "
           "dans l'ancienne criée du port.\nL'entrée sera gratuite pendant tout le premier week-end."),
}
HEADLINES = {
    "en": "New pool opens two years late",
    "de": "Neue Radbrücke über den Kanal eröffnet",
    "fr": "Le musée de la mer ouvre samedi après trois ans de chantier",
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_logo_under_a_cookie_banner_is_no_headline(language):
    article = Cleaner(site_rules=False).clean("\n".join(PAGES[language]), kind="text")
    assert article.title == HEADLINES[language]


def test_a_title_whose_both_ends_stand_at_the_top_keeps_its_headline():
    title, banner, menu, _, body = PAGES["en"]
    page = "\n".join([title, banner, menu, "Council opens the new swimming pool two years late", body])
    assert Cleaner(site_rules=False).clean(page, kind="text").title == "Council opens the new swimming pool two years late"
