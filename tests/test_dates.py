"""cleaner.dates: a date line's date, read from its first date (and the time after it)."""

import pytest

from cleaner.dates import from_declared, from_text, slash_order

CASES = [
    # (line, the page's language, the date)
    ("March 3, 2024 March 5, 2024", "en", "2024-03-03"),  # published, then changed: the first
    ("14. Februar 2024 16. Februar 2024", "de", "2024-02-14"),
    ("April 9, 2024 / 3 Comments / in Travel", "en", "2024-04-09"),  # what follows the date is no part of it
    ("08.05.24", "en", "2024-05-08"),  # dots: day first, whatever the page's language
    ("08.05.2024 - 17:45 Uhr 08.05.2024 - 17:45 Uhr", "de", "2024-05-08T17:45:00"),
    ("04/07/2024", "en", "2024-04-07"),  # slashes: the page's language decides the order
    ("04/07/2024", "fr", "2024-07-04"),
    ("Feb 2, 2024, 7:05 pm CST", "en", "2024-02-02T19:05:00-06:00"),
    ("le 19/03/2024 à 10h15", "fr", "2024-03-19T10:15:00"),
    ("Martes, 6 de febrero de 2024 a las 08:30", "es", "2024-02-06T08:30:00"),
    ("6 febbraio 2024", "it", "2024-02-06"),
    ("4 de maio de 2024, 05:34 h", "pt", "2024-05-04T05:34:00"),
    ("6 februari 2024 om 10:15", "nl", "2024-02-06T10:15:00"),
    # Indonesian (guessed `id` or `ms`), read among the lexicon's languages
    ("Maret 12, 2024", "ms", "2024-03-12"),
    ("Selasa, 12 Maret 2024", None, "2024-03-12"),
    # a time in another language than the date's: the day
    ("12. März 2024 at 20:51", "de", "2024-03-12"),
    ("Martes, 12 de marzo de 2024 a las 07:46hrs.", "es", "2024-03-12"),
    # a month's abbreviation before its full name
    ("Mar. March 12, 2024 11:05 AM", "en", "2024-03-12T11:05:00"),
]


@pytest.mark.parametrize(("line", "language", "date"), CASES, ids=[c[0] for c in CASES])
def test_a_date_lines_date(line, language, date):
    assert from_text(line, language) == date


@pytest.mark.parametrize("line", ["Feb 2, 7:05 pm", "3 days ago", "Chapter 12"])
def test_no_year_no_date(line):
    assert from_text(line, "en") is None


def test_a_declared_date():
    assert from_declared("2024-02-02T19:05:00-06:00") == "2024-02-02T19:05:00-06:00"
    assert from_declared("2024-02-02") == "2024-02-02"


@pytest.mark.parametrize(("text", "order"), [("12/04/2024 and 25/04/2024", True), ("12/04/2024 and 04/25/2024", False),
                                             ("12/04/2024", None), ("25/04/2024 and 04/25/2024", None)])
def test_a_pages_slash_order(text, order):
    assert slash_order(text) is order


@pytest.mark.parametrize(("line", "language", "day_first", "date"), [
    ("07/05/2022 20h06", "es", None, "2022-05-07T20:06:00"),  # dateparser alone reads it as July 5
    ("12/04/2024", "en", True, "2024-04-12"), ("12/04/2024", "en", None, "2024-12-04"),
    ("12/04/2024", "de", False, "2024-12-04"), ("25/04/2024", "en", False, "2024-04-25"),
])
def test_a_slashed_date_in_the_pages_order(line, language, day_first, date):
    assert from_text(line, language, day_first) == date
