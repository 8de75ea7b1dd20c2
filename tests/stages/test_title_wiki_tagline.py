"""[title] not_headline: a wiki's tagline as MediaWiki ships it (`From <site>`, before any slogan)
stands under the headline and is never the title, on a page saved without its `<title>` line."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

TABS = {"en": "Main page\nRandom page\nLog in\nArticle\nTalk\nRead\nEdit\nView history",
        "de": "Hauptseite\nZufällige Seite\nAnmelden\nSeite\nDiskussion\nLesen\nBearbeiten\nVersionsgeschichte",
        "es": "Portada\nPágina aleatoria\nAcceder\nArtículo\nDiscusión\nLeer\nEditar\nVer historial"}
PAGES = {
    "en": ("Millbrook Tower Windmill", "From Harrowdale Wiki, the local history encyclopedia",
           "Millbrook Windmill is a tower mill on the hill above the village, built in 1812 to grind wheat for the farms around it.",
           "The mill worked by wind until 1923, when an engine was put in, and it stopped grinding altogether in 1950."),
    "de": ("Alte Schule am Markt", "Aus dem Heimatwiki, der Chronik des Ortes",
           "Die Alte Schule am Markt ist ein Fachwerkhaus aus dem Jahr 1784, in dem bis 1911 die Kinder des Ortes unterrichtet wurden.",
           "Heute beherbergt das Haus das Heimatmuseum und eine kleine Bibliothek, die an zwei Tagen in der Woche geöffnet ist."),
    "es": ("Puente viejo de Valdeluna", "De Riberapedia, la enciclopedia de la comarca",
           "El puente viejo de Valdeluna es un puente de piedra de cinco arcos sobre el río, construido en el siglo XVI.",
           "Una riada destruyó dos de sus arcos en 1879, y el puente fue reconstruido con la misma piedra unos años después."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_wikis_tagline_is_no_headline(language):
    headline, tagline, *paragraphs = PAGES[language]
    page = "\n".join([TABS[language], headline, tagline, *paragraphs])
    assert Cleaner(site_rules=False).clean(page, kind="text").title == headline
