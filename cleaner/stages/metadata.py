"""The article's author and date from its byline and date line, on every path, when the page does not
declare them (the HTML path's declarations, blocks.html.fields, come first); and its URL, the given
one when the page declares no canonical one.

The lines read are those the dateline rules ([datelines] in generic.toml; html.dateline on the HTML
path) kept out of the body, near the headline: between the headline line (or a few lines above the
article when none is known) and a few lines into the article. A date inside an article sentence is
never read: such a line is body, not a date line. Names and dates are read with the `[metadata]`
rules of generic.toml (the byline prefixes and time stamp words of the dateline rules), dates by
dateparser (cleaner.dates). A field no line gives stays None: never a guess. This stage only reads.
"""

from __future__ import annotations

import regex

from ..authors import names
from ..dates import from_text
from ..document import AUTHOR, DATE, URL, Document, Found, page_text
from ..page import Page
from ..rules.generic import MetadataReading

DATE_LINES = ("lexicon.dateline", "html.dateline")  # the reasons of the lines a byline or date may be read from
NEAR = 12  # lines above the article where its headline, byline and date line stand (as stages.title)
INTO = 6  # lines into the article where a byline or date line may still stand (after a lead or a photo)
HTML_TOP = 8  # extracted blocks at the top of the HTML path's content where the byline stands
MAX_NAMES = 6
# The small words a time stamp may open with (`am 12. Oktober 2019`, `on May 3, 2021`): dateparser
# reads `am` as a time of day.
LINK_WORDS = regex.compile(r"^(?:(?:updated|am|um|on|at|the|le|el|de|du|à|w|o)[\s:,]+)+", regex.I)
# A line above the article that the main region left out is a date line when it is short and its
# time stamp is most of it (`| November 18, 2019 12:01 PM`, `Nov 19, 2019 at 6:46 pm ET • 2 min read`).
ABOVE = "region.before"
TRAILING_LINK = regex.compile(r"\s+(?:on|am|le|el|de|at)$", regex.I)  # `By Jane Doe On 11/13/19`
MAX_STAMP_LINE = 120
STAMP_OPENS = 20  # characters before a stamp that opens the line (a prefix: `Veröffentlicht am`)
STAMP_SHARE = 0.5


def apply(doc: Document, page: Page) -> None:
    if doc.url and URL not in doc.found:
        doc.found[URL] = Found(doc.url, "given")
    if AUTHOR in doc.found and DATE in doc.found:
        return
    reading = page.generic.metadata
    language = doc.language or (page.features.language if doc.blocks else None)
    published: Found | None = None
    updated: Found | None = None
    for i in _window(doc, page):
        block = doc.blocks[i]
        if block.dropped not in DATE_LINES and not (block.dropped == ABOVE and byline_or_stamp(block.text, reading)):
            continue
        source = f"line {block.line}"
        if AUTHOR not in doc.found:
            found = byline_names(block.text, reading)
            if found:
                doc.found[AUTHOR] = Found(found, source)
        if DATE not in doc.found:
            moment = line_date(block.text, reading, language)
            if moment and _updated(block.text, reading):
                updated = updated or Found(moment, source)
            elif moment:
                published = published or Found(moment, source)
    if DATE not in doc.found and (published or updated):
        doc.found[DATE] = published or updated  # type: ignore[assignment]


def _window(doc: Document, page: Page) -> range:
    """The lines where the byline and date line stand: around the headline and the article's start."""
    if not doc.blocks:
        return range(0)
    if not page_text(doc):
        return range(min(len(doc.blocks), HTML_TOP))
    start = page.region.first if page.region.total > 0 else 0
    heads = [i for i, b in enumerate(doc.blocks[:start + INTO]) if b.title and i >= start - 4 * NEAR]
    # from the headline (a byline may stand just above it) or a few lines above the article
    first = max(0, min(heads[-1], start) - NEAR // 2) if heads else max(0, start - NEAR)
    return range(first, min(len(doc.blocks), start + INTO + 1))


def byline_names(text: str, reading: MetadataReading) -> tuple[str, ...]:
    """The names a byline line gives (`By Jane Doe and John Roe`, `Von Anna Müller | 21. Juni 2023`),
    an agency after them left out (`By JANE DOE Associated Press`); () when it is no byline."""
    for pattern in reading.bylines:
        m = pattern.match(text)
        if m is None or not m.group("names"):
            continue
        found = [_without_agency(TRAILING_LINK.sub("", n), reading.agencies) for n in names(m.group("names"))]
        return tuple(dict.fromkeys(n for n in found if n))[:MAX_NAMES]
    return ()


def _without_agency(name: str, agencies: tuple[str, ...]) -> str:
    folded = name.casefold()
    if folded in agencies:
        return ""
    for agency in sorted(agencies, key=len, reverse=True):
        if folded.endswith(" " + agency):
            return name[: len(name) - len(agency)].rstrip(" ,")
    return name


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
    stamps = [""]
    for pattern in reading.dates:
        try:
            stamps += [m.group() for m in pattern.compiled.finditer(text, timeout=pattern.timeout)
                       if any(c.isdigit() for c in m.group())]
        except TimeoutError:
            continue
    return max(stamps, key=len)


def line_date(text: str, reading: MetadataReading, language: str | None) -> str | None:
    """The date a date or byline line gives, read from its longest time stamp that holds a digit."""
    stamp = longest_stamp(text, reading)
    return from_text(LINK_WORDS.sub("", stamp).strip(" ,|·/–—-"), language) if stamp else None


def _updated(text: str, reading: MetadataReading) -> bool:
    return any(p.match(text) for p in reading.updated)
