"""Date lines of a teaser list (stages.metadata): a list of other stories beside the article (`Recent
posts`, `Neueste Beiträge`) gives each story a date line, its headline and often a `Read more` link:

    October 30, 2020 Jo Roe        <- a teaser's date line
    How to care for a fern         <- its headline
    Read more
    October 28, 2020 Jo Roe        <- the next teaser's
    ...

A date line with another one of the same shape within a few lines (the same words beside their
stamps: the list's items look alike) that gives another day, a line of other text between them and
no headline, is such a list's: neither is the article's date. The article's date line and a teaser's
beside it differ in their shape (`By Jo Roe | May 3, 2021`, `May 1, 2021`) or stand on the two sides
of the article's headline; the article's own two dates say which is which (`Published May 3, 2021`
/ `Updated May 4, 2021`): lines with a publication or a last change's word are no teaser's."""

from __future__ import annotations

import regex

from ..dates import YEAR
from ..document import Document
from ..rules.generic import MetadataReading
from .metadata_lines import byline_or_stamp, is_update, line_date, longest_stamp
from .metadata_marks import after_published
from .metadata_tickers import in_dated_list

# Lines from a teaser's date line to the next one's: a headline and a link or two between (a list
# of a date, a headline and a `Read more` has them 3 lines apart).
TEASER_SPAN = 4
DIGITS = regex.compile(r"\d+")


def in_teaser_run(doc: Document, i: int, reading: MetadataReading, language: str | None,
                  order: bool | None) -> bool:
    """Line i is a date line of a teaser list: another date line of its shape within TEASER_SPAN
    lines gives another day, a line that is no date line between them, no headline; or it is one of
    a dated list's lines in a row (metadata_tickers)."""
    if in_dated_list(doc, i, reading, language, order):
        return True
    day = _teaser_day(doc.blocks[i].text, reading, language, order)
    if day is None:
        return False
    shape = _shape(doc.blocks[i].text, reading)
    for step in (-1, 1):
        between = False
        for j in range(i + step, i + step * (TEASER_SPAN + 1), step):
            if not 0 <= j < len(doc.blocks) or doc.blocks[j].title:
                break
            other = _teaser_day(doc.blocks[j].text, reading, language, order)
            if other is None:
                between = True
            elif between and other != day and _shape(doc.blocks[j].text, reading) == shape:
                return True
    return False


def _shape(text: str, reading: MetadataReading) -> str:
    """The words beside a date line's stamp (`October 30, 2020 Jo Roe` -> `jo roe`)."""
    return " ".join(DIGITS.sub("", text.replace(longest_stamp(text, reading), " ")).casefold().split())


def _teaser_day(text: str, reading: MetadataReading, language: str | None, order: bool | None) -> str | None:
    """The day a line gives when it is a date line that says nothing of its date: mostly a stamp
    with a year, or opening with one (`October 30, 2020 Jo Roe`)."""
    if not YEAR.search(longest_stamp(text, reading)) or not byline_or_stamp(text, reading):
        return None
    if after_published(text, reading) is not None or is_update(text, reading):
        return None
    moment = line_date(text, reading, language, order)
    return moment[:10] if moment else None
