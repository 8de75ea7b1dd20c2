"""Date lines of a dated list (stages.metadata): a ticker, an archive or a `Latest posts` box lists
other stories a line each, each line opening with its date and going on with the story's headline:

    [ 14. Februar 2020 ] Digitalisierung in der Praxis   <- a list's line
    [ 12. Februar 2020 ] Dienste unter Windows starten   <- the next one's, another day
    [ 10. Februar 2020 ] Windows Suche geht nicht mehr

A line with such lines right above or below it, LIST_RUN in a row that give at least two days, is
the list's: none of them is the article's date. (metadata_teasers reads the lists that put a
headline or a link between the date lines.) The article's own date lines, two or three in a row,
are a date alone or say what each is (`May 3, 2021`, `Published May 3, 2021` / `Updated May 4, 2021`)."""

from __future__ import annotations

import regex

from ..dates import YEAR
from ..document import Document
from ..rules.generic import MetadataReading
from .metadata_lines import STAMP_OPENS, is_update, line_date, longest_stamp
from .metadata_marks import after_published

LIST_RUN = 3  # lines in a row that open with a date: a list (a date line and its last change are two)
HEADLINE_WORDS = 2  # words of 3 letters or more after the date: a story's headline
WORD = regex.compile(r"(?<![\w.])\p{L}{3,}(?![\w])")


def in_dated_list(doc: Document, i: int, reading: MetadataReading, language: str | None,
                  order: bool | None) -> bool:
    """Line i is one of LIST_RUN lines or more in a row, each opening with a date, of two days or more."""
    def day(j: int) -> str | None:
        return _opening_day(doc.blocks[j].text, reading, language, order) if 0 <= j < len(doc.blocks) else None

    if day(i) is None:
        return False
    for first in range(i - LIST_RUN + 1, i + 1):  # each run of LIST_RUN lines that holds line i
        days = [day(j) for j in range(first, first + LIST_RUN)]
        if None not in days and len(set(days)) > 1:
            return True
    return False


def _opening_day(text: str, reading: MetadataReading, language: str | None, order: bool | None) -> str | None:
    """The day of a line that opens with a date and goes on with a story's headline (`[ 14. Februar
    2020 ] Digitalisierung in der Praxis`), no label beside the date."""
    stamp = longest_stamp(text, reading)
    if not YEAR.search(stamp) or text.find(stamp) > STAMP_OPENS:
        return None
    if len(WORD.findall(text.replace(stamp, " "))) < HEADLINE_WORDS:
        return None  # a date line alone (`May 3, 2021`, `May 5, 2021 Correction`): the article's own
    if after_published(text, reading) is not None or is_update(text, reading):
        return None
    moment = line_date(text, reading, language, order)
    return moment[:10] if moment else None
