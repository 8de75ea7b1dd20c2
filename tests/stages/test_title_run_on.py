"""stages.title on page text: a `<title>` line that names no site and runs the headline line on by a
word (the line lost its last word to a link or a line break) is the headline whole
(stages.title_reworded.title_over_held); a `<title>` that adds the site's name after a separator
does not. A `<title>` that runs together a kicker and its headline, which the page sets on two
lines, is the headline whole too (stages.title_reworded.over_kicker). Pages written for these
tests, in English, German, French and Spanish."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

from .test_title_near_article import ARTICLE

# The <title> line, then the menu, the headline line one word short, a date line, the article.
RUN_ON = [
    ("en", "Half price on the new winter timetable ferries", "Half price on the new winter timetable"),
    ("de", "Halber Preis auf alle Fähren im neuen Winterfahrplan", "Halber Preis auf alle Fähren im neuen"),
    ("fr", "Moitié prix sur les bacs du nouvel horaire hivernal", "Moitié prix sur les bacs du nouvel horaire"),
    ("es", "Mitad de precio en los nuevos transbordadores invernales", "Mitad de precio en los nuevos transbordadores"),
]
MENU = ["Home", "News", "Travel", "Contact"]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


def page(lang: str, title: str, line: str) -> str:
    return "\n".join((title, *MENU, line, "12.03.2024", ARTICLE[lang]))


@pytest.mark.parametrize(("lang", "title", "line"), RUN_ON)
def test_title_runs_the_line_on_by_a_word(cleaner, lang, title, line):
    assert cleaner.clean(page(lang, title, line)).title == title


@pytest.mark.parametrize(("lang", "title", "line"), RUN_ON)
def test_site_name_after_a_separator_is_no_word_of_the_headline(cleaner, lang, title, line):
    assert cleaner.clean(page(lang, f"{line} › Bayblatt", line)).title == line


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
