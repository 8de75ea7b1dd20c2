"""Trailers inside the main region of page text: related lists, previous/next links and comments.

A comment section opener ("34 responses to …", "Leave a Reply", a run of "name says:" and time
stamp lines) cuts wherever it follows some article prose, and so does an author box's heading
("About the author", "Über den Autor") over a short bio; a weaker marker ("Related", "Read
more") only in the article's last part or when less prose follows it than precedes it, and not
when the article resumes right after it (a box set into the article: the box goes). Analysis
only: the trailers stage marks what this finds.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.generic import AUTHOR_BOX, GenericRules
from .bios import bio_lines, with_name
from .clock_stamps import is_clock
from .features import Features

STAMP_PROSE_BEFORE = 30  # words of article before a cluster of time stamps
MIN_PROSE_BEFORE = 60  # words of article before a marker; above that a marker is the article's
SAYS_MAX_TOKENS = 8  # words of a comment's header line (`joetoronto says:`; its endings: generic.toml)
THREAD_STAMPS = 3  # this many time stamps among the prose after the article ...
THREAD_SPAN = 15  # ... within this many lines: a comment thread
RESUME_WITHIN = 6  # lines after a weak marker where the article may resume (two boxes in a row) ...
RESUME_WORDS = 12  # ... with two paragraphs in a row, each of at least this many words
MAX_BOX = 10  # lines of a box set into the article higher up
BIO_WORDS = 150  # prose words under an author box's heading, up to the next marker: a bio, not the article


def is_says(f: Features, i: int, headers: tuple[str, ...]) -> bool:
    """`joetoronto says:`: the header of a comment (`headers`: GenericRules.comment_headers)."""
    return f.tokens[i] <= SAYS_MAX_TOKENS and f.lowered[i].endswith(headers)


@dataclass(slots=True, frozen=True)
class RegionCut:
    cut: int | None  # where the trailer starts, or None
    boxes: tuple[tuple[int, int], ...] = ()  # (start, stop) of each box set into the article above it


def region_cut(f: Features, generic: GenericRules, first: int, last: int, scores: list[float]) -> RegionCut:
    """Where the trailer starts inside the region [first, last], and the boxes above it."""
    doc = f.doc
    comments = {i for i, _ in generic.comment_lines.lines(f)} if generic.comment_lines else set()
    found = dict(generic.page_trailer_lines.lines(f)) if generic.page_trailer_lines else {}
    markers = set(found)
    authors = {i for i, rule in found.items() if rule.tag == AUTHOR_BOX}
    bios = bio_lines(f, generic, first, last)
    total = sum(f.tokens[i] for i in range(first, last + 1) if scores[i] > 0)
    within_last = generic.trailer_within_last
    before = 0.0
    stamps: list[int] = []
    boxes: list[tuple[int, int]] = []
    for i in range(first, last + 1):
        # A clock time alone stamps a live blog's entry, not a comment: it is no thread's stamp.
        stamp = doc.blocks[i].dropped == "lexicon.dateline" and not is_clock(doc.blocks[i].text)
        if before >= STAMP_PROSE_BEFORE and stamp:
            stamps.append(i)
            # Time stamps close together: comments or a teaser list, each with its date.
            if len(stamps) >= THREAD_STAMPS and i - stamps[-THREAD_STAMPS] <= THREAD_SPAN:
                return RegionCut(_with_header(f, stamps[-THREAD_STAMPS], first), tuple(boxes))
        if before >= MIN_PROSE_BEFORE:
            if i in comments or is_says(f, i, generic.comment_headers):
                return RegionCut(_with_header(f, i, first), tuple(boxes))
            if i in authors and _short_bio(f, scores, i, last, comments | markers, generic.comment_headers):
                return RegionCut(i, tuple(boxes))
            near_end = before >= total - before or i >= last - (last - first) * within_last
            if i in bios and near_end:
                return RegionCut(with_name(f, i, first), tuple(boxes))
            if i in markers:
                resumes = _article_resumes(f, scores, i, last, near_end)
                if resumes is None:
                    return RegionCut(i, tuple(boxes))
                boxes.append((i, resumes))  # the box goes, the article goes on
        if scores[i] > 0:
            before += f.tokens[i]  # words, not the score: the headline's head start is no prose
    return RegionCut(None, tuple(boxes))


def _short_bio(f: Features, scores: list[float], i: int, last: int, stops: set[int], headers: tuple[str, ...]) -> bool:
    """Whether the prose under the author box's heading at `i`, up to the next marker or comment
    (or the region's end), is short enough for a bio."""
    words = 0
    for j in range(i + 1, last + 1):
        if j in stops or is_says(f, j, headers):
            break
        words += f.tokens[j] if scores[j] > 0 else 0
    return words <= BIO_WORDS


def _article_resumes(f: Features, scores: list[float], i: int, last: int, near_end: bool) -> int | None:
    """Where the article resumes after a "Related" or "Read more" box set into it, or None.
    Such a box holds a few teaser lines, then the article goes on. Near the article's end the
    article must go on with two long paragraphs in a row: a trailer's teasers, even written as
    sentences, alternate with their headlines. Higher up, any prose after the box will do."""
    for j in range(i + 1, min(last, i + 1 + (RESUME_WITHIN if near_end else MAX_BOX))):
        if not near_end and scores[j] > 0:
            return j
        if all(scores[k] > 0 and f.tokens[k] >= RESUME_WORDS for k in (j, j + 1)):
            return j
    return None if near_end else i + 1


def _with_header(f: Features, i: int, first: int) -> int:
    """A comment's author line stands right above its opener or time stamp."""
    if i - 1 > first and f.tokens[i - 1] <= SAYS_MAX_TOKENS and not f.terminal[i - 1]:
        return i - 1
    return i
