"""stages.title_wiki: on a wiki page saved without its `<title>` line, the line over the wiki's
tagline is the headline, though it is a word or two (`Kleinbahn Moorwede`, `Berlin`); and
page.region_contents: the article's own table of contents (its heading and numbered entries that
name the sections below) is bridged, so the lead above it stays in the body."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

TABS = {"en": "Jump to navigation\nMain page\nRandom page\nLog in\nArticle\nTalk\nRead\nEdit\nView history",
        "de": "Zur Navigation springen\nHauptseite\nZufällige Seite\nAnmelden\nArtikel\nDiskussion\nLesen\nBearbeiten",
        "fr": "Aller à la navigation\nAccueil\nPage au hasard\nSe connecter\nArticle\nDiscussion\nLire\nModifier",
        "es": "Ir a la navegación\nPortada\nPágina aleatoria\nAcceder\nArtículo\nDiscusión\nLeer\nEditar"}
CONTENTS = {"en": "Contents", "de": "Inhaltsverzeichnis", "fr": "Sommaire", "es": "Índice"}
PAGES = {
    "en": ("Wharton Mill", "From Fenwick Wiki, the free local encyclopedia",
           "Wharton Mill is a water mill on the river below the village, built in 1790 to grind corn for the farms around it.",
           ("History", "The mill ground corn until 1931, when the last miller retired, and the wheel was left to rot for decades."),
           ("Today", "A trust restored the wheel in 1994, and the mill grinds flour for visitors on the first Sunday of each month.")),
    "de": ("Mühle Wehrden", "Aus Moorwiki, dem freien Ortslexikon",
           "Die Mühle Wehrden ist eine Wassermühle am Bach unterhalb des Dorfes, die 1790 für die Höfe der Umgebung gebaut wurde.",
           ("Geschichte", "Die Mühle mahlte Korn, bis der letzte Müller im Jahr 1931 aufhörte, und das Rad verfiel danach jahrzehntelang."),
           ("Heute", "Ein Verein hat das Rad 1994 wiederhergestellt, und an jedem ersten Sonntag im Monat wird dort Mehl gemahlen.")),
    "fr": ("Moulin Bertaud", "De Vallonpédia, l'encyclopédie libre",
           "Le moulin Bertaud est un moulin à eau sur la rivière sous le village, construit en 1790 pour moudre le grain des fermes.",
           ("Histoire", "Le moulin a moulu le grain jusqu'en 1931, quand le dernier meunier est parti, et la roue est restée à l'abandon."),
           ("Aujourd'hui", "Une association a restauré la roue en 1994, et le moulin fait de la farine pour les visiteurs chaque mois.")),
    "es": ("Molino Viejo", "De Riberapedia, la enciclopedia libre",
           "El Molino Viejo es un molino de agua junto al río, bajo el pueblo, construido en 1790 para moler el grano de las granjas.",
           ("Historia", "El molino molió grano hasta 1931, cuando se retiró el último molinero, y la rueda quedó abandonada durante décadas."),
           ("Hoy", "Una asociación restauró la rueda en 1994, y el molino muele harina para los visitantes el primer domingo de cada mes.")),
}


def _page(language: str) -> str:
    headline, tagline, lead, *sections = PAGES[language]
    outline = [f"{n} {heading}" for n, (heading, _) in enumerate(sections, 1)]
    body = [line for section in sections for line in section]
    return "\n".join([TABS[language], headline, tagline, lead, CONTENTS[language], *outline, *body, "Impressum"])


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_wikis_short_headline_over_its_tagline_is_the_title(language):
    assert Cleaner(site_rules=False).clean(_page(language), kind="text").title == PAGES[language][0]


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_wikis_lead_over_its_table_of_contents_is_body(language):
    lead = PAGES[language][2]
    assert lead in Cleaner(site_rules=False).clean(_page(language), kind="text").body
