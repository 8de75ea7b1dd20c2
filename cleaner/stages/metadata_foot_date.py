"""The article's date from its post line at its foot (page text only, when no line near the headline
gave one): a blog's or a magazine's template puts the byline with its date under the article, before
the tags, the share buttons and the comments (`Jane Doe | 29.07.2006 um 14:26`, `20. Juni 2019 Jo Roe
über Stars`, `May 3, 2021 by Jane Doe in News`).

Only the FOOT lines past the article's end are read (share and follow widgets not counted), up to
the comments' first line, a count's (`3 Comments`) or a teaser list's heading; only a short line, no
sentence, that gives a date (day, month and year) and names a person beside it (after a byline word,
or a name's words right beside the stamp). A comment's date line (beside a post's number), an
embedded post's, a last change's, a teaser list's and another thing's date (an event's) give none. It marks no line."""

from __future__ import annotations

from collections.abc import Container, Iterator

import regex

from ..authors import LowerCaseWords, bare_names
from ..dates import slash_order
from ..document import DATE, Document, Found, page_text
from ..page import Page
from ..rules.generic import MetadataReading
from .metadata import MAX_BYLINE_CHARS
from .metadata_head import widget_line
from .metadata_lines import SENTENCE_END, byline_names, is_update, line_date, line_pieces, longest_stamp
from .metadata_marks import before_update, is_other_date
from .metadata_replies import is_reply_stamp
from .metadata_teasers import in_teaser_run

FOOT = 6  # lines past the article's end where its post line stands (as stages.metadata_far's FOOT)
COMMENTS = "lexicon.comments"  # the comments' first line (`3 Kommentare`, `Leave a reply`): their dates are theirs
DIGIT = regex.compile(r"\d")
# An embedded post's signature (`— Jo Roe (@joroe) May 3, 2021`): its author's and its date, not the article's.
EMBEDDED = regex.compile(r"^[—–-][ \t]|\(@\w+\)")
NAME_LEAD = 2  # the words of a name right beside the stamp (`20. Juni 2019 Jo Roe über Stars`)


def apply(doc: Document, page: Page) -> None:
    if DATE in doc.found or not doc.blocks or not page_text(doc) or page.region.total <= 0:
        return
    reading = page.generic.metadata
    language = doc.language or page.features.language
    common = LowerCaseWords((b.text for b in doc.blocks), reading.labels)
    order = slash_order(common.text) if "/" in common.text else None  # the page's own d/m order
    for i in _foot(doc, page.region.last + 1, reading):
        block = doc.blocks[i]
        if block.dropped == COMMENTS or _list_heading(block.text, reading):
            return
        if not _post_line(block.text, reading, common) or is_reply_stamp(doc, i) \
                or in_teaser_run(doc, i, reading, language, order):
            continue
        moment = line_date(block.text, reading, language, order)
        if moment:
            doc.found[DATE] = Found(moment, f"line {block.line}")
            return


def _foot(doc: Document, start: int, reading: MetadataReading) -> Iterator[int]:
    """The first FOOT lines from `start` on that are no share or follow widget's, up to a count's
    line (`3 Comments`, `12 Kommentare`: the comments follow it, each with its date line)."""
    seen = 0
    for j in range(start, len(doc.blocks)):
        if widget_line(doc.blocks[j].text, doc.blocks[j].dropped, reading):
            if DIGIT.search(doc.blocks[j].text):
                return
            continue
        seen += 1
        if seen > FOOT:
            return
        yield j


def _list_heading(text: str, reading: MetadataReading) -> bool:
    """A teaser list's heading (`Neueste Beiträge`, `Related posts`: a label word opens it); the list's
    dates follow it."""
    words = text.split()
    return bool(words) and words[0].casefold() in reading.labels


def _post_line(text: str, reading: MetadataReading, common: Container[str]) -> bool:
    """A short line, no sentence, with a stamp and a person's name beside it."""
    if len(text) > MAX_BYLINE_CHARS or SENTENCE_END.search(text) or is_other_date(text, reading) \
            or EMBEDDED.search(text):
        return False
    if is_update(text, reading) or before_update(text, reading) is not None:
        return False  # a last change alone is no publication (`Page last edited 2019-11-10 by Jo Roe`)
    stamp = longest_stamp(text, reading)
    if not stamp:
        return False
    for piece in line_pieces(text, stamp):
        lead = " ".join(piece.split()[:NAME_LEAD])
        if byline_names(piece, reading) or bare_names(lead, common):
            return True
    return False
