"""The notes a newsroom sets under its article, on page text: how to reach or follow the reporter
(`Follow her on Twitter @jdoe`, `Write to Jane Doe at …`), who else reported (`Jane Roe contributed
to this report.`), how comments are moderated. The lexicon drops them on the HTML path only (its
`follow`, `contributors` and `comments` groups): on page text, dropped up front, they moved the
main region, for they are the article's last prose as far as the region's scores go. So they stay
in the scores, and when one stands among the region's last lines it ends the article there, and
what follows it goes too: page.region cuts there once its tail is cut, and the trailers stage
marks the cut. Analysis only."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from typing import Any

from ..rules.generic import GenericRules
from .features import Features

NOTE_KINDS = frozenset({"follow", "contributors", "comments"})  # the lexicon's HTML-only note groups
FOOT_LINES = 3  # a note among the region's last this many kept lines ...
FOOT_WORDS = 40  # ... with no more than this many words of prose after it (a second note, a line of credits)
PROSE_BEFORE = 60  # words of article prose above it: a note over a one-paragraph page is left alone
COMMENTS = "comments"  # the group of notes on comment moderation
COMMENT_NOTE_WORDS = 40  # the longest such note (the lexicon group's max_words)
COMMENTS_PROSE_BEFORE = 20  # words of prose above the note (an article's first paragraph) ...
COMMENTS_SPAN = 60  # ... within this many lines: a menu line at the page's top is no article above it


def foot_cut(f: Features, generic: GenericRules, first: int, last: int, scores: list[float]) -> int | None:
    """Where a newsroom's note at the foot of the region [first, last] cuts it, or None."""
    phrases = generic.lexicon_phrases
    kept = [i for i in range(first, last + 1) if f.doc.blocks[i].dropped is None]
    if not phrases or not kept:
        return None
    foot = kept[-FOOT_LINES:]
    notes = sorted(i for i, rule in _notes(phrases.lines(f, foot), NOTE_KINDS) if f.tokens[i] <= rule.tag.max_words)
    if not notes:
        return None
    cut = notes[0]
    after = sum(f.tokens[i] for i in range(cut + 1, last + 1) if scores[i] > 0 and i not in notes)
    before = sum(f.tokens[i] for i in range(first, cut) if scores[i] > 0)
    return cut if after <= FOOT_WORDS and before >= PROSE_BEFORE else None


def trim(f: Features, generic: GenericRules, first: int, last: int, scores: list[float],
         trailer: tuple[int, int] | None) -> tuple[int, tuple[int, int] | None]:
    """The region's last line and its trailer once a note at its foot cut it: the region ends
    with the prose above the note, and the trailer runs from the note through the old one."""
    cut = foot_cut(f, generic, first, last, scores)
    if cut is None:
        return last, trailer
    end = trailer[1] if trailer is not None else last
    last = cut - 1
    while last > first and scores[last] <= 0:
        last -= 1
    return last, (cut, end)


def close_comments(f: Features, generic: GenericRules, scores: list[float], cost: float) -> None:
    """A note on how comments are moderated stands over the comment form: the page's comments and
    the sidebar after it are no article, when some prose (COMMENTS_PROSE_BEFORE words) stands
    not far above it. Its line and every line after it cost `cost` (a dropped line's) in `scores`."""
    phrases = generic.lexicon_phrases
    if not phrases:
        return
    candidates = [i for i, n in enumerate(f.tokens) if n <= COMMENT_NOTE_WORDS]
    notes = [i for i, _rule in _notes(phrases.lines(f, candidates), {COMMENTS})]
    if not notes:
        return
    at = min(notes)
    if sum(f.tokens[i] for i in range(max(0, at - COMMENTS_SPAN), at) if scores[i] > 0) >= COMMENTS_PROSE_BEFORE:
        for i in range(at, len(scores)):
            scores[i] = -cost


def _notes(hits: Iterable[tuple[int, Any]], kinds: Container[str]) -> Iterator[tuple[int, Any]]:
    """(line, rule): the lines of the lexicon's HTML-only note groups of these kinds among a phrase search's hits."""
    return ((i, rule) for i, rule in hits if rule.tag.kind in kinds and not rule.tag.applies_to("text"))
