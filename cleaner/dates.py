"""Dates as the Article gives them: ISO 8601, `YYYY-MM-DD`, or with the time (and its zone) when the
page gives one. From a declaration (`2023-11-27T06:04:00-05:00`, read by the standard library) or from
a page's date line (`Published 6:04 AM EST, November 27, 2023`, `21. Juni 2023`, read by dateparser:
about half a millisecond a line once loaded, and a page has a line or two to read)."""

from __future__ import annotations

import functools
import logging
from datetime import date, datetime
from typing import Any

import regex

from . import quick_dates

log = logging.getLogger(__name__)

# A date a page can stand by has a year: `Nov 19, 9:41 AM` or `2 days ago` gives none, so no date
# (dateparser would fill in this year, or count back from today: a guess).
YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
DECLARED = regex.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
FIRST_YEAR, LAST_YEAR = 1990, 2100  # outside these a "date" is an ID or an expiry, not a publication
# Where a date ends: a numeric date, a CJK one, or a year alone (`November 27, 2023`). What follows its
# time is no part of it: `31. Oktober 2023 31. Oktober 2023` (published, changed), `May 3, 2021 / 0 Comments`.
DATE_END = regex.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)"
                         r"|\d{4}年\d{1,2}月\d{1,2}日|(?<!\d)(?:1[89]|20)\d\d(?!\d)")
TIME_AFTER = regex.compile(r"[ \t,|·–—-]*+(?:(?:at|um|à|a las|alle|ore|om|às|o|kl\.?)[ \t]+)?\d{1,2}[:h.]\d\d(?::\d\d)?"
                           r"(?:[ \t]*(?:a\.m\.|p\.m\.|am|pm|uhr|hrs|h)\b\.?)?(?:[ \t]+(?-i:[A-Z]{2,4})\b)?", regex.I)
# A numeric date with dots is day first wherever it is written so (`06.11.23`, `19.11.2019`): read as
# such, not in the order of the page's language (English reads `06.11.23` as June 11).
DOTTED = regex.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d]|\.\d)")
# A month's abbreviation before its full name (`Nov. November 18, 2019`: a label and the date).
ABBREVIATED_AGAIN = regex.compile(r"(?<!\p{L})(\p{L}{3,4})\.[ \t]+(?=\1\p{L}+)", regex.I)
CENTURY_SPLIT = 50  # a two-digit year up to this is 20xx, above it 19xx
# A date line's date is absolute: dateparser's parsers of relative times (`2 days ago`, which has no
# year) and of digits without spaces are not tried (they were a third of its time a line).
SETTINGS: dict[str, Any] = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
                            "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}


def iso(moment: datetime, with_time: bool) -> str | None:
    """`YYYY-MM-DD`, or the whole ISO form (with its zone when known) when the page gave a time."""
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return None
    if not with_time:
        return moment.date().isoformat()
    return moment.isoformat(timespec="seconds")


def from_declared(value: str) -> str | None:
    """A declared date (`2023-11-27`, `2023-11-27T06:04:00Z`, `2023-11-27 06:04:00+0100`) in ISO form."""
    m = DECLARED.search(value.strip())
    if m is None:
        return None
    text = m.group().replace(" ", "T", 1)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
        return iso(moment, False)
    return iso(moment, "T" in text)


@functools.lru_cache(maxsize=4096)
def from_text(text: str, language: str | None = None, day_first: bool | None = None) -> str | None:
    """The date a date line gives (`November 27, 2023`, `21. Juni 2023`, `le 19/11/2019 à 10h15`), read
    in the page's language when known; None when it gives no year or dateparser cannot read it.
    `day_first`: the order of a slashed date (`07/05/2022`) as the page's other dates show it
    (slash_order); None: the page's language's order."""
    if not YEAR.search(text):
        return None
    text = DOTTED.sub(_day_first, to_24_hour(text))  # (dateparser reads `12:00 A. M.` as noon)
    text = _slashed_in_order(text, language, day_first)
    pieces = _pieces(ABBREVIATED_AGAIN.sub("", text))
    for piece in pieces + ([text] if len(pieces) > 1 else []):
        moment = _parse(piece, language)
        if moment is not None:
            return iso(moment, bool(regex.search(r"\d[:hH]\d\d", piece)))
    for piece in pieces:  # the date without its time, when the time is in another language (`14. Juni 2013 at 20:51`)
        m = DATE_END.search(piece)
        moment = _parse(piece[:m.end()], language) if m and m.end() < len(piece.rstrip()) else None
        if moment is not None:
            return iso(moment, False)
    return None


def _pieces(text: str) -> list[str]:
    """The text cut after each date (and the time that follows it), in order."""
    out, start = [], 0
    for m in DATE_END.finditer(text):
        if m.start() < start:
            continue
        after = TIME_AFTER.match(text, m.end())
        end = after.end() if after else m.end()
        out.append(text[start:end])
        start = end
    return out or [text]


def _day_first(m: regex.Match[str]) -> str:
    day, month, year = int(m[1]), int(m[2]), int(m[3])
    if len(m[3]) == 2:
        year += 2000 if year <= CENTURY_SPLIT else 1900
    return f"{year:04}-{month:02}-{day:02}" if 1 <= month <= 12 and 1 <= day <= 31 else m.group()


# The languages of the lexicon: a date line in another language than the page's guess is read in
# these, not in dateparser's two hundred locales (trying them all cost 36 ms a line: 80% of the text path).
FALLBACK = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "id")


def _parse(text: str, language: str | None) -> datetime | None:
    """dateparser's reading in the page's language, else in the lexicon's languages (a page's
    language guess can be wrong; a date line can be in English on a German page)."""
    # English month names read in English on an English page, on one of no known language and on
    # one outside the lexicon's languages (FALLBACK reads those in English first); German ones on a German page.
    quick = quick_dates.read(text, english=language in (None, "en") or language not in FALLBACK,
                             german=language == "de")
    if not isinstance(quick, str):  # one of the commonest forms: dateparser would read it so
        return quick
    tries = [(language,), FALLBACK] if language and language in FALLBACK else [FALLBACK]
    for languages in tries:
        try:
            found = _parser(languages).get_date_data(text).date_obj
        except (ValueError, OverflowError, TypeError) as exc:  # an odd date
            log.debug("date %r not read: %s", text, exc)
            continue
        if isinstance(found, datetime):
            return found
    return None


@functools.cache
def _parser(languages: tuple[str, ...]) -> Any:
    """A dateparser parser for these languages, built once: dateparser is imported on first use
    (loading it costs about a second, and many runs never read a date line)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(languages), settings=SETTINGS)


# --- the order of a slashed date (`07/05/2022`: May 7 or July 5) --------------------------------------
SLASHED = regex.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
# The languages that write a slashed date month first; the others of the lexicon write it day first.
# (dateparser reads `07/05/2022 20h06` month first even in Spanish: the order is settled here.)
MONTH_FIRST = frozenset({"en"})


def slash_order(text: str) -> bool | None:
    """Whether a page's slashed dates are day first (True: `25/03/2024` among them), month first
    (False: `03/25/2024`), or neither shows (None)."""
    day = month = False
    for m in SLASHED.finditer(text):
        first, second = int(m[1]), int(m[2])
        day |= 12 < first <= 31 and second <= 12
        month |= first <= 12 < second <= 31
    return day if day != month else None


def _slashed_in_order(text: str, language: str | None, day_first: bool | None) -> str:
    if day_first is None:
        if language is None or language not in FALLBACK:
            return text
        day_first = language not in MONTH_FIRST
    if not day_first and language in MONTH_FIRST:
        return text  # dateparser's own order

    def ordered(m: regex.Match[str]) -> str:
        day, month = (int(m[1]), int(m[2])) if day_first else (int(m[2]), int(m[1]))
        if month > 12 >= day:  # the order the date itself shows
            day, month = month, day
        return f"{m[3]}-{month:02}-{day:02}" if 1 <= month <= 12 and 1 <= day <= 31 else m.group()

    return SLASHED.sub(ordered, text)


# --- a twelve-hour time (`12:00 A. M.`) made a 24-hour one before dateparser reads a date line ---------
# dateparser reads `12:00 AM` as noon when the marker is written with dots or spaces (`12:00 A. M.`,
# `12:15 a.m.`), `1:00 P. M.` as one in the morning, and drops the time of `12.00 a.m.` (a dot between
# hour and minute). Twelve a.m. is midnight (00:00), twelve p.m. noon (12:00); an hour over twelve is
# no twelve-hour time and is left as it is.
# The hour, its separator (`:`, `.`, `h`), the minutes (and seconds), then the marker in the forms
# en, es and pt pages write it: `am`, `AM`, `a.m.`, `a. m.`, `A.M.`, `A. M.` (and `pm` alike).
# A marker without dots before a number is German's `am` (`um 12.30 am 19.11.2019`: on the 19th), no marker.
TWELVE_HOUR = regex.compile(r"(?<![\d:.])(\d{1,2})[:.hH](\d\d)(?::(\d\d))?[ \t\u00a0]*"
                            r"([aApP])\.?[ \t\u00a0]?[mM](?:\.|(?![\p{L}\d])(?![ \t\u00a0]+\d))", regex.V1)
NOON = 12


def to_24_hour(text: str) -> str:
    """The text with each twelve-hour time written as a 24-hour one (`12:30 a.m.` -> `00:30`)."""
    if "m" not in text and "M" not in text:
        return text
    return TWELVE_HOUR.sub(_converted, text)


def _converted(m: regex.Match[str]) -> str:
    hour, minute = int(m[1]), int(m[2])
    if not 1 <= hour <= NOON or minute > 59:
        return m.group()
    hour %= NOON
    if m[4] in "pP":
        hour += NOON
    seconds = f":{m[3]}" if m[3] else ""
    return f"{hour:02}:{minute:02}{seconds}"
