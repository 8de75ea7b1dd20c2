"""The date line nearest the headline (stages.metadata): on page text the article's date line stands
right under its headline (`Headline` / `May 3, 2021`), under the byline below it (`Headline` /
`By Jo Roe` / `May 3, 2021`) or just above it (`May 3, 2021` / `Headline`), often with share and
follow buttons, a menu or a photo credit between; a date elsewhere near the article (in a teaser
list beside it, in a related story's line, on the page's top bar) is another story's, or today's.

A date line there is short and mostly its stamp, or opens with it, or has a piece or a word or two
beside it (`Kultur | 3. Mai 2021`); the article's first paragraph may open with it (a dateline:
`06.11.23 - Die Gemeinde ...`). A page repeats its headline (the <title> line, a breadcrumb's, a
teaser's): the headline lines nearest the article's start are asked first, the page's first line
(its <title>, over the site's top bar and today's date) never. Past the article's first lines, only a
line that says it is the publication gives the date (published_elsewhere)."""

from __future__ import annotations

import regex

from ..dates import YEAR
from ..document import Document, Found
from ..page import Page
from ..rules.generic import MetadataReading
from .metadata_choice import DateChoice
from .metadata_lines import (
    PIECES,
    SENTENCE_END,
    STAMP_OPENS,
    byline_names,
    byline_or_stamp,
    is_update,
    line_date,
    longest_stamp,
    stamps,
)
from .metadata_marks import after_published, is_other_date
from .metadata_replies import is_reply_stamp
from .metadata_teasers import in_teaser_run

# Lines read below a headline and above it, not counting the page furniture and a byline between
# (dev split: 2 and 3 below read the same, 4 and 5 gave a date to a page of fold B that shows none;
# 2 above read a date more than 1 on fold A, the same on B, and 3 none more).
BELOW = 3
ABOVE = 2
MAX_LINES = 12  # ... and never further than this, furniture and all
BYLINE_MARKS = ("lexicon.dateline", "html.dateline", "metadata.byline")  # where a byline line stands
MAX_DATE_LINE = 200  # a longer line is prose, not a date line
# Words of 3 letters or more beside the stamp of a date line: a byline, a desk, a reading time, a
# comment count (`Jo Roe, 3. Mai 2021, 12:01 Uhr 3 min Lesezeit Kommentare 4`); more: a teaser.
WORD = regex.compile(r"(?<![\w.])\p{L}{3,}(?![\w])")
MAX_WORDS = 6
LABEL_WORDS = 2  # ... and at most this many beside it, wherever it stands in the line: a section's name
PROSE_CHARS = 80  # a kept line this long that ends as a sentence is the article's prose
# ... read past one (a standfirst: `Headline` / `What it is about.` / `By Jo Roe` / `May 3, 2021`;
# fold B: 0 missed one date, 2 read what 1 does)
MAX_PROSE = 1
LEAD_AFTER_STAMP = regex.compile(r"[ \t]*[-–—:]|[ \t]*\p{Lu}")  # a dateline's dash, or the sentence
# Page furniture that stands between a headline and its date line: it does not count as a line.
FURNITURE = ("lexicon.share", "lexicon.follow", "lexicon.comments", "lexicon.newsletter", "lexicon.read-more",
             "navigation.", "repeats.furniture", "captions.")


def near_headline_date(doc: Document, page: Page, reading: MetadataReading, language: str | None,
                       order: bool | None) -> tuple[Found, bool] | None:
    """The date the date lines beside the nearest headline line that has one give (the publication
    before a last change: `Updated May 4, 2021` / `Published May 3, 2021`), and whether it gives a last
    change only; None when no headline line has a date line beside it."""
    for head in _heads(doc, page, reading):
        choice = DateChoice(reading, language, order)
        for i, past_prose in _beside(doc, head, reading):
            if _date_line(doc, i, reading, past_prose) and not in_teaser_run(doc, i, reading, language, order) \
                    and not is_reply_stamp(doc, i):
                choice.read(doc.blocks[i].text, f"line {doc.blocks[i].line}")
        published = choice.marked or choice.plain
        if published:
            return published, False
        if choice.updated:
            return choice.updated, True
    return None


def published_elsewhere(doc: Document, window: range, reading: MetadataReading, language: str | None,
                        order: bool | None) -> Found | None:
    """The date of the first line outside the lines read near the article (after them: its end, the
    page's footer; then before them, the nearest first) that says it is the publication (`Posted on
    May 3, 2021 in News`, `Pubblicato il: 3 maggio 2021`); a date there without such a word is a
    comment's, a teaser's, the footer's."""
    for i in [*range(window.stop, len(doc.blocks)), *range(window.start - 1, -1, -1)]:
        text = doc.blocks[i].text
        if len(text) > MAX_DATE_LINE or not YEAR.search(text):
            continue
        published = after_published(text, reading)
        if published is None or is_other_date(text, reading):
            continue
        moment = line_date(published, reading, language, order)
        if moment:
            return Found(moment, f"line {doc.blocks[i].line}")
    return None


def _heads(doc: Document, page: Page, reading: MetadataReading) -> list[int]:
    """The headline lines, those nearest the article's start first; not the page's first line (its
    <title>: the date under it is the site's top bar's, today's), nor a teaser's line that opens
    with its date (`[ 3. Mai 2021 ] Headline`)."""
    start = page.region.first if page.region.total > 0 else 0
    heads = [i for i, b in enumerate(doc.blocks) if b.title and i > 0 and not _teaser(b.text, reading)]
    return sorted(heads, key=lambda i: (abs(i - start), i))


def _beside(doc: Document, head: int, reading: MetadataReading) -> list[tuple[int, bool]]:
    """The lines under a headline (past a byline and the furniture), then the line above it; and
    whether a paragraph of prose stands between the line and the headline."""
    below = _steps(doc, range(head + 1, min(len(doc.blocks), head + 1 + MAX_LINES)), BELOW, reading)
    above = _steps(doc, range(head - 1, max(-1, head - 1 - MAX_LINES), -1), ABOVE, reading)
    return below + above


def _steps(doc: Document, lines: range, wanted: int, reading: MetadataReading) -> list[tuple[int, bool]]:
    """The lines in this order (down or up from a headline) up to `wanted` of them, the furniture and
    a byline without a date not counted."""
    out: list[tuple[int, bool]] = []
    prose = bylines = 0
    for i in lines:
        block = doc.blocks[i]
        if block.title:
            break  # another headline's lines
        if _furniture(block.dropped):
            continue
        before = prose
        prose += _prose(block.text) and block.dropped is None
        if prose > MAX_PROSE:
            break  # the article's prose: a date past it is no date line of the headline's
        out.append((i, before > 0))
        bylines += _undated_byline(block.text, block.dropped, reading)
        if len(out) - bylines >= wanted:
            break
    return out


def _undated_byline(text: str, dropped: str | None, reading: MetadataReading) -> bool:
    return dropped in BYLINE_MARKS and not YEAR.search(text) and bool(byline_names(text, reading))


def _prose(text: str) -> bool:
    return len(text) >= PROSE_CHARS and SENTENCE_END.search(text) is not None


def _furniture(dropped: str | None) -> bool:
    return dropped is not None and dropped.startswith(FURNITURE)


def _date_line(doc: Document, i: int, reading: MetadataReading, past_prose: bool) -> bool:
    """A date line or a byline with its date, no teaser's line (a date and a headline)."""
    text = doc.blocks[i].text
    if not YEAR.search(text):  # most lines: no date to read
        return False
    if not past_prose and _dated_lead(text, reading):
        return True
    if len(text) > MAX_DATE_LINE or not (byline_or_stamp(text, reading) or byline_names(text, reading)
                                         or _opens_with_stamp(text, reading) or _dated_piece(text, reading)
                                         or _label_and_date(text, reading)):
        return False
    # a last change left in the body past its first paragraph (`Last updated on 20 Feb, 2024. 3 min
    # read`) is no date line, as in stages.metadata; right under the headline it is one
    kept_update = past_prose and doc.blocks[i].dropped is None and is_update(text, reading)
    return not _teaser(text, reading) and not kept_update


def _opens_with_stamp(text: str, reading: MetadataReading) -> bool:
    """A stamp with a year opens the line, a longer one may follow (`3. Mai 2021, 19:08 Uhr Editiert
    am 4. Mai 2021, 10:15 Uhr`)."""
    return any(YEAR.search(s) and text.find(s) <= STAMP_OPENS for s in stamps(text, reading) if s)


def _dated_lead(text: str, reading: MetadataReading) -> bool:
    """The article's first paragraph under the headline, opening with its date (a dateline: `06.11.23 -
    Die Gemeinde hat ...`, `19.10.2019, 15:30 Uhr Am Samstag ...`)."""
    if not _prose(text):
        return False
    stamp = next((s for s in stamps(text, reading) if s and text.startswith(s)), "")
    return YEAR.search(stamp) is not None and LEAD_AFTER_STAMP.match(text, len(stamp)) is not None


def _dated_piece(text: str, reading: MetadataReading) -> bool:
    """A piece of the line between separators is mostly a stamp with a year (`Verfasst von: jo | 3. Mai
    2021`, `Kultur · 3. Mai 2021 · 2 Min.`)."""
    return any(byline_or_stamp(p, reading) and YEAR.search(longest_stamp(p, reading))
               for p in PIECES.split(text) if p.strip())


def _label_and_date(text: str, reading: MetadataReading) -> bool:
    """A dated stamp beside a word or two, a section's or a desk's (`Ehrenamt Vereine 23.01.2020`)."""
    stamp = longest_stamp(text, reading)
    return YEAR.search(stamp) is not None and len(WORD.findall(text.replace(stamp, " "))) <= LABEL_WORDS


def _teaser(text: str, reading: MetadataReading) -> bool:
    """A line of a date and a headline (`3. Mai 2021 Wie das Netz schneller wird [Sponsored]`): more
    words beside its stamp than a byline and a desk have."""
    stamp = longest_stamp(text, reading)
    return YEAR.search(stamp) is not None and len(WORD.findall(text.replace(stamp, " "))) > MAX_WORDS
