"""How one line near the headline reads (stages.metadata; stages.title_lines asks whether a line is a
byline or a stamp): its time stamp, its date, and the names of its byline, with the `[metadata]` rules
of generic.toml."""

from __future__ import annotations

import functools
from typing import Protocol

import regex

from ..authors import names, person
from ..dates import from_text, to_24_hour
from ..rules.generic import MetadataReading
from ..rules.guards import may_match
from ..rules.patterns import Pattern, compile_pattern
from ..rules.required import fold
from .metadata_head import before_widget
from .metadata_marks import before_update
from .reading_memo import ReadingMemo

MAX_NAMES = 6
# The small words a time stamp may open with (`am 12. Oktober 2019`, `on May 3, 2021`): dateparser
# reads `am` as a time of day.
LINK_WORDS = regex.compile(r"^(?:(?:updated|am|um|on|at|the|le|el|il|em|op|pada|de|du|à|w|o)[\s:,]+)+", regex.I)
# A link word or a particle that ends a byline's names (`By Jane Doe On 11/13/19`, `Par Jean Dupont de la ...`)
TRAILING_LINK = regex.compile(r"(?:\s+(?:on|am|at|le|la|el|de|du|der|da|di|van|von))+$", regex.I)
MAX_STAMP_LINE = 120
STAMP_OPENS = 20  # characters before a stamp that opens the line (a prefix: `Veröffentlicht am`)
STAMP_SHARE = 0.5
DIGIT = regex.compile(r"\d")
# What may follow a byline's names: the line's end, a separator, or the small word before its date
# (`By Jo Roe on` / `Von Jo Roe am` / `Por Jo Roe el` / `Por Jo Roe em` + the stamp): en, de, fr, es, pt, it, nl, pl.
REST_OF_BYLINE = regex.compile(r"\s*(?:$|[|,·•/–—-]|(?:on|am|le|el|em|il|op|dnia)\s*$)")
# A line that ends as a sentence (past closing quotes): prose, no byline or date line (stages.metadata*).
SENTENCE_END = regex.compile(r"[.!?…][\"'”»)]*$")
SECTION_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}")  # one word of a section's name, before a byline word
HANDLE = regex.compile(r"\s+@\w+(?!\S)")  # a social handle after a name (`Jo Roe @joroe / 2 days`): no name
# Between the pieces of a byline or date line: `Jane Doe | May 3, 2021 | Travel`, `May 3, 2021 / by Jo`.
PIECES = regex.compile(r"\s*(?:[|·•/]|\s[-–—]\s|^[-–—]\s|\s[-–—]$)\s*|,\s+(?=(?:von|by|par|por|door|di)\s)", regex.I)


def line_pieces(text: str, stamp: str) -> list[str]:
    """The pieces of a line around its time stamp (`Jane Doe | May 3, 2021 | Travel` -> `Jane Doe`, `Travel`)."""
    pieces = PIECES.split(text.replace(stamp, " | ") if stamp else text)
    return [p for p in (HANDLE.sub("", p) for p in pieces) if p and p.strip(" ,")]


class BylineReader(Protocol):
    def __call__(self, text: str, reading: MetadataReading, whole: bool = False) -> tuple[str, ...]: ...


def _remembered(read: BylineReader) -> BylineReader:
    """The reader, its reading of a line kept (reading_memo): the stages ask a line's byline again and again."""
    memo: ReadingMemo[tuple[str, ...]] = ReadingMemo()

    @functools.wraps(read)
    def remembered(text: str, reading: MetadataReading, whole: bool = False) -> tuple[str, ...]:
        found = memo.get(reading, (text, whole))
        return found if found is not None else memo.put(reading, (text, whole), read(text, reading, whole))
    return remembered


@_remembered
def byline_names(text: str, reading: MetadataReading, whole: bool = False) -> tuple[str, ...]:
    """The names a byline line gives (`By Jane Doe and John Roe`, `Von Anna Müller | 21. Juni 2023`),
    an agency, a job or an outlet beside them left out (`By JANE DOE Associated Press`, `By Jo Roe,
    Harbour Business`); () when it is no byline. `whole`: the byline is the whole line, but for
    its outlet or its date after a separator."""
    stamp = longest_stamp(text, reading)
    text = before_update(text, reading) or text  # `By Jo Roe Last updated Nov 19, 2019`: `Last` is no name
    text = text[:text.find(stamp)] if stamp and text.find(stamp) > 0 else text  # `By Jo Roe Updated Nov 19, 2019`
    folded = fold(text)
    for pattern in reading.bylines:
        m = pattern.match(text) if may_match(pattern, folded) else None
        if m is None or not m.group("names"):
            continue
        # `... von Jo Roe hat ...`: a sentence (a standfirst that names a person), no byline
        if (whole or SENTENCE_END.search(text)) and not REST_OF_BYLINE.match(text, m.end()):
            return ()
        return byline_authors(names(m.group("names")), reading)
    return ()


def byline_authors(raw: tuple[str, ...], reading: MetadataReading) -> tuple[str, ...]:
    """The persons among a byline's names; when it names none, only an agency or a desk
    (`Reuters`, `By Harbour Staff`), that is its author."""
    raw = tuple(TRAILING_LINK.sub("", before_widget(n, reading)) for n in raw)
    people = [n for n in (person(_without_agency(n, reading.agencies), reading.roles) for n in raw) if n]
    if any(" " in n for n in people):  # one word beside a full name is a place or a desk (`Jo Roe, Berlin`)
        people = [n for n in people if " " in n]
    found = tuple(dict.fromkeys(people)) or raw
    return found[:MAX_NAMES]


def agency_alone(text: str, reading: MetadataReading) -> tuple[str, ...]:
    """An agency (`Reuters`) or a newsroom signing as itself (`red.`, `Editorial`) alone in a byline's piece."""
    text = text.strip(" ,")
    if any(p.fullmatch(text) for p in reading.desks):
        return (text,)
    text = text.strip(".")
    return (text,) if any(p.fullmatch(text) for p in reading.agencies) else ()


def lone_byline_word(text: str, reading: MetadataReading) -> bool:
    return any(p.match(f"{text.strip()} Jane Doe") for p in reading.bylines) and len(text.split()) <= 2


def ends_with_byline_word(text: str, reading: MetadataReading) -> bool:
    """A line that ends with a byline word, its names on the lines after it: the word alone (`By`) or
    after a time stamp (`10.12.2023 18:27 von`); after other words it names a reviewer or a credit
    as often (`Verified by`, `Photos by`)."""
    rest = text[:len(text.rstrip()) - len(last_word(text))]
    return (len(text) <= MAX_STAMP_LINE and lone_byline_word(last_word(text), reading)
            and (not rest.strip() or DIGIT.search(rest) is not None or _section_word(rest, text, reading)))


def _section_word(rest: str, text: str, reading: MetadataReading) -> bool:
    """The rest before the byline word is one word in capitals, a section's name (`Disko Von`,
    `Kolumne von`), no credit's or reviewer's label (`Photos by`, `Verified by`)."""
    return SECTION_WORD.fullmatch(rest.strip()) is not None and not any(
        p.match(f"{text.strip()} Jane Doe") for p in reading.credit_labels)


def last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1] if text.strip() else ""


def _without_agency(name: str, agencies: list[Pattern]) -> str:
    if any(p.fullmatch(name) for p in agencies):
        return ""
    for p in agencies:
        m = _agency_after(p.source).search(name)
        if m:
            return name[:m.start()]
    return name


@functools.cache
def _agency_after(source: str) -> regex.Pattern[str]:
    return compile_pattern(rf"[\s,]+(?:{source})$")


def byline_or_stamp(text: str, reading: MetadataReading) -> bool:
    """A short line above the article that opens as a byline or is mostly a time stamp."""
    if len(text) > MAX_STAMP_LINE:
        return False
    if byline_names(text, reading):
        return True
    stamp = longest_stamp(text, reading)
    # mostly a stamp, or one that opens the line (`Veröffentlicht am 6. Juli 2015 von ...`, `12/04/2020 by Kay`)
    return bool(stamp) and (len(stamp) >= STAMP_SHARE * len(text) or text.find(stamp) <= STAMP_OPENS)


def longest_stamp(text: str, reading: MetadataReading) -> str:
    return stamps(text, reading)[0]


_STAMPS: ReadingMemo[tuple[str, ...]] = ReadingMemo()


def stamps(text: str, reading: MetadataReading) -> list[str]:
    """The line's time stamps that hold a digit, the longest first ([""] when it has none)."""
    if not DIGIT.search(text):  # most lines near a headline: menu words
        return [""]
    found = _STAMPS.get(reading, text)
    return list(found if found is not None else _STAMPS.put(reading, text, tuple(_read_stamps(text, reading))))


def _read_stamps(text: str, reading: MetadataReading) -> list[str]:
    found = []
    for pattern in reading.dates:
        try:
            found += [m.group() for m in pattern.compiled.finditer(text, timeout=pattern.timeout)
                      if any(c.isdigit() for c in m.group())]
        except TimeoutError:
            continue
    return sorted(found, key=len, reverse=True) or [""]


def line_date(text: str, reading: MetadataReading, language: str | None,
              day_first: bool | None = None) -> str | None:
    """The date a date or byline line gives, read from its longest time stamp that holds a digit and
    gives one (`Updated 1909 GMT (0309 HKT) November 18, 2019`: the stamp after the brackets), a
    slashed one in the order the page's other dates show (dates.slash_order); a twelve-hour time made
    a 24-hour one first (the stamp patterns leave `a. m.` out: `12:00 A. M.` is midnight)."""
    for stamp in stamps(to_24_hour(text), reading):
        moment = from_text(LINK_WORDS.sub("", stamp).strip(" ,|·/–—-"), language, day_first) if stamp else None
        if moment:
            return moment
        # the stamp's first words a phrase's, no date's (`Mis à jour le 12/10/2023`: `à jour`, a link and a unit)
        first = DIGIT.search(stamp)
        moment = from_text(stamp[first.start():], language, day_first) if first and first.start() else None
        if moment:
            return moment
    return None


def is_update(text: str, reading: MetadataReading) -> bool:
    return any(p.match(text) for p in reading.updated)
