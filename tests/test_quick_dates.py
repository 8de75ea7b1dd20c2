"""cleaner.quick_dates reads the commonest date forms as dateparser does (cleaner.dates' reading
without its quick path), in the lexicon's languages and others, and leaves every other text to it."""

from __future__ import annotations

import pytest

from cleaner import dates, quick_dates

MONTHS_EN = ["January", "Feb", "Feb.", "march", "APR", "May", "June", "Jul.", "August", "Sept", "Sept.", "Sep",
             "October", "Nov.", "Dec"]
MONTHS_DE = ["Januar", "Februar", "März", "Mai", "Juni", "Oktober", "Dezember"]
LANGUAGES = [None, "en", "de", "fr", "es", "it", "nl", "pl", "pt", "id", "ja"]


def forms() -> list[str]:
    out = []
    for n, month in enumerate(MONTHS_EN):
        day, year = 1 + n * 2, 2010 + n
        out += [f"{month} {day}, {year}", f"{day} {month} {year}", f"{month} {day:02}, {year}"]
    out += [f"{n + 3}. {month} {2015 + n}" for n, month in enumerate(MONTHS_DE)]
    out += ["2019-11-19", "2018-08-25 15:24", "2023-02-28 00:05", "2024", "1999"]
    # No such day, or not the form: read by dateparser whatever it makes of them
    out += ["February 30, 2019", "2019-13-01", "2019-11-19 25:00", "November. 19, 2019", "Mai 3, 2019", "Maret 30, 2015"]
    return out


def dateparser_reading(text: str, language: str | None) -> object:
    tries = [(language,), dates.FALLBACK] if language and language in dates.FALLBACK else [dates.FALLBACK]
    for languages in tries:
        found = dates._parser(languages).get_date_data(text).date_obj
        if found is not None:
            return found
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_quick_reading_is_dateparsers(language):
    read = 0
    for text in forms():
        quick = quick_dates.read(text, english=language in (None, "en") or language not in dates.FALLBACK,
                                 german=language == "de")
        if isinstance(quick, str):
            continue
        read += 1
        assert quick == dateparser_reading(text, language), (text, language)
    assert read >= {"de": 12}.get(language or "", 5 if language in dates.FALLBACK and language != "en" else 45)


@pytest.mark.parametrize("text", ["November 19, 2019 9:02 AM", "Nov 19, 2019, 10:31 pm CST", "19/11/2019",
                                  "le 19 novembre 2019", "19 de noviembre de 2019", "vor 2 Tagen",
                                  "November 19th, 2019", "February 30, 2019"])
def test_other_forms_are_left_to_dateparser(text):
    assert quick_dates.read(text, english=True, german=True) == quick_dates.NOT_READ


@pytest.mark.parametrize("language", ["ja", "zh"])
@pytest.mark.parametrize("text", ["2019年11月19日", "2024年2月8日", "2024年5月20日 09:30"])
def test_a_chinese_or_japanese_date_is_read_as_dateparser_reads_it_in_its_language(language, text):
    """dateparser reads it only in the page's language, which cleaner.dates never asks it for (outside
    its FALLBACK languages): the quick reading gives the date on Chinese and Japanese pages."""
    quick = quick_dates.read(text, english=True, german=False)
    assert quick == dates._parser((language,)).get_date_data(text).date_obj
    assert dates.from_text(text, language) is not None
