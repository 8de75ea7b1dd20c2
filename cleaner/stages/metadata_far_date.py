"""The article's date from the date line beside its byline when that byline stands further from the
headline than stages.metadata reads (stages.metadata_far found it: a teaser list or a photo's caption
between the byline and the article, or a headline the title stage did not take for one; or at the
article's foot): `By Jo Roe` / `Nov 15, 2019 5:45 AM`, `By Jo Roe, Harbour News` / `Updated 0339 GMT
November 19, 2019`, `Author Harbour Desk` / `Date 6. Dezember 2022`.
Only the byline's own line and the lines right above and below it, share and follow widgets' lines
passed over, are read, and only date lines among them: a line the dateline rules took out, or a short
one that is no sentence and mostly a stamp with a year. A date in the article's prose is never read."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..dates import YEAR, slash_order
from ..document import DATE, Document
from ..rules.generic import MetadataReading
from .metadata_alone import DATE_LINES
from .metadata_choice import DateChoice
from .metadata_head import widget_line
from .metadata_lines import SENTENCE_END, byline_or_stamp, is_update, stamps
from .metadata_marks import after_published
from .metadata_replies import is_reply_stamp

# Lines read on each side of the byline: its date lines and their labels (`First published` / `14.03.2022`
# / `Last updated` / `15.03.2022` / `Jane Doe`); widget lines passed over, at most MAX_WIDGETS of them
# (`By Jo Roe` / `Tweet` / `Share` / `May 3, 2021`).
MAX_LINES = 4
MAX_WIDGETS = 3
MAX_LABEL = 40  # a date's label alone on its line is short
DIGIT = regex.compile(r"\d")
MAX_DATE_LINE = 100  # a longer line is prose or a teaser (as stages.metadata's MAX_BYLINE_CHARS)


def date_beside_byline(doc: Document, i: int, reading: MetadataReading, language: str | None,
                       page_text: str) -> None:
    """Set the page's date from the date lines beside the byline at line i, when it has none yet
    (a slashed date read in the order of the page's other dates, dates.slash_order)."""
    if DATE in doc.found:
        return
    dates = DateChoice(reading, language, slash_order(page_text) if "/" in page_text else None)
    for j in (i, *_beside(doc, i, reading)):
        block = doc.blocks[j]
        if _date_line(block.text, block.dropped, reading) and not is_reply_stamp(doc, j):
            label = doc.blocks[j - 1].text if j > 0 and _date_label(doc.blocks[j - 1].text, reading) else ""
            dates.read(f"{label} {block.text}".strip(), f"line {block.line}")
    date = dates.best()
    if date:
        doc.found[DATE] = date


def _beside(doc: Document, i: int, reading: MetadataReading) -> Iterator[int]:
    """The date lines right above and below line i and their labels' lines, widget lines passed over."""
    for step in (1, -1):
        passed = 0
        j = i + step
        while 0 <= j < len(doc.blocks) and abs(j - i) <= MAX_LINES + passed:
            block = doc.blocks[j]
            if _date_line(block.text, block.dropped, reading):  # (a counter's pattern may take a date)
                yield j
            elif widget_line(block.text, block.dropped, reading) and passed < MAX_WIDGETS:
                passed += 1
            elif not _date_label(block.text, reading):
                break
            j += step


def _date_label(text: str, reading: MetadataReading) -> bool:
    """A date's label alone on its line (`First published`, `Letzte Aktualisierung`)."""
    return not DIGIT.search(text) and len(text) <= MAX_LABEL and (
        is_update(text, reading) or after_published(text, reading) == text)


def _date_line(text: str, dropped: str | None, reading: MetadataReading) -> bool:
    """A date line: short, no sentence, with a stamp that has a year; taken out by the dateline rules,
    mostly its stamp, or opening with a word that says what its date is (`Updated 0339 GMT (1139 HKT)
    November 19, 2019`, `Published ...`)."""
    if len(text) > MAX_DATE_LINE or SENTENCE_END.search(text):
        return False
    if not any(YEAR.search(stamp) for stamp in stamps(text, reading)):
        return False
    return dropped in DATE_LINES or byline_or_stamp(text, reading) or is_update(text, reading) \
        or after_published(text, reading) == text
