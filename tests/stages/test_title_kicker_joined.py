"""stages.title on page text: a `<title>` that runs together a kicker and its headline, which the
page sets on two lines, is the headline whole (stages.title_reworded.over_kicker). Pages written
for these tests, in English, German, French and Spanish."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

from .test_title_near_article import ARTICLE

MENU = ["Home", "News", "Travel", "Contact"]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


# The <title> line (naming no site), then the menu, the headline's kicker and its headline on two lines.
KICKER = [
    ("en", "Turning 100", "Ferry pioneer Jo Roe looks back on the island route"),
    ("de", "100. Geburtstag", "Fährpionierin Jo Roe blickt auf die Inselroute zurück"),
    ("fr", "Centenaire", "La pionnière du bac Jo Roe revient sur la liaison vers l'île"),
    ("es", "Cumple 100 años", "La pionera del transbordador Jo Roe recuerda la ruta de la isla"),
]


@pytest.mark.parametrize(("lang", "kicker", "headline"), KICKER)
def test_title_of_a_kicker_and_its_headline_on_two_lines(cleaner, lang, kicker, headline):
    title = f"{kicker}: {headline}"
    text = "\n".join((title, *MENU, kicker, headline, "12.03.2024", ARTICLE[lang]))
    assert cleaner.clean(text).title == title
