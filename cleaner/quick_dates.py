"""The commonest forms of a date line's date, read without dateparser (a few milliseconds a line,
where this takes microseconds): an ISO date, alone or with a 24-hour time (what cleaner.dates makes
of `19.11.2019`), `November 19, 2019` and `19 Nov 2019` with an English month name, `19. März 2019`
with a German one, a Chinese or Japanese `2019年11月19日`, and a year alone (no date: a date line's
date needs its day and month). Any other text, or other words beside these, is left to dateparser;
tests/test_quick_dates.py checks that both read every form alike, in the lexicon's languages and
others (the Chinese or Japanese form as dateparser reads it in those languages)."""

from __future__ import annotations

from datetime import datetime

import regex

_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december")
_DE = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
       "november", "dezember")
MONTHS_EN = {**{m: n for n, m in enumerate(_EN, 1)}, **{m[:3]: n for n, m in enumerate(_EN, 1)}, "sept": 9}
MONTHS_DE = {m: n for n, m in enumerate(_DE, 1)}
ISO = regex.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?: ([0-9]{2}):([0-9]{2}))?")
MONTH_FIRST = regex.compile(r"([^\W\d_]+)(\.?) ([0-9]{1,2}), ([0-9]{4})")
DAY_FIRST = regex.compile(r"([0-9]{1,2}) ([^\W\d_]+)(\.?) ([0-9]{4})")
DAY_DOT_FIRST = regex.compile(r"([0-9]{1,2})\. ([^\W\d_]+) ([0-9]{4})")
YEAR_ALONE = regex.compile(r"[0-9]{4}")
# A Chinese or Japanese date, the same in both (`2024年2月28日`, `2024年5月20日 09:30`): dateparser reads it only in
# the page's own language, which is outside the lexicon's languages it tries (cleaner.dates.FALLBACK).
CJK_DATE = regex.compile(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日(?:\s*([0-9]{1,2})[:：]([0-9]{2}))?")
NOT_READ = "not read"  # the text is none of these forms: ask dateparser


def read(text: str, english: bool, german: bool) -> datetime | str | None:
    """The date of a text of one of these forms (None for a year alone: no date),
    else NOT_READ. `english`: English month names read as dateparser reads them on this page;
    `german`: German ones (a German page)."""
    text = text.strip()
    if YEAR_ALONE.fullmatch(text):
        return None
    if (m := ISO.fullmatch(text)) or (m := CJK_DATE.fullmatch(text)):
        return _moment(int(m[1]), int(m[2]), int(m[3]), m[4], m[5])
    if english and (m := MONTH_FIRST.fullmatch(text)):
        month = _month(m[1], m[2], MONTHS_EN)
        return NOT_READ if month is None else _moment(int(m[4]), month, int(m[3]))
    if english and (m := DAY_FIRST.fullmatch(text)):
        month = _month(m[2], m[3], MONTHS_EN)
        return NOT_READ if month is None else _moment(int(m[4]), month, int(m[1]))
    if german and (m := DAY_DOT_FIRST.fullmatch(text)):
        month = MONTHS_DE.get(m[2].casefold())
        return NOT_READ if month is None else _moment(int(m[3]), month, int(m[1]))
    return NOT_READ


def _month(name: str, dot: str, months: dict[str, int]) -> int | None:
    """The month a name gives; a dot only after a short name (`Nov.`, not `November.`)."""
    key = name.casefold()
    if dot and len(key) > 4:
        return None
    return months.get(key)


def _moment(year: int, month: int, day: int, hour: str | None = None, minute: str | None = None) -> datetime | str:
    if hour is not None and minute is not None and not (int(hour) < 24 and int(minute) < 60):
        return NOT_READ
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0))
    except ValueError:  # no such day: dateparser says what it makes of it
        return NOT_READ
