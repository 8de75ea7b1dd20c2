"""Paragraphs that page text breaks into lines (hard-wrapped, or a `<br>` a line): found here, so
that the main region (page.region) scores each one whole."""

from __future__ import annotations

from .features import Features

WRAP_MIN_TOKENS = 3  # a line broken off a paragraph holds at least this many words ...
WRAP_ENDS = frozenset(",;-–—\u00ad")  # ... ending mid-sentence: the next line starts small, or it ends so


def wrapped_paragraphs(f: Features) -> list[tuple[int, int]]:
    """(first, last) of each run of lines that is one paragraph broken into lines: lines right
    below each other in the page text (no blank line between them), each but the last ending
    mid-sentence, where the next line goes on with a small letter or this one ends with a comma
    or a dash (`... if one did not exist. This was such a neat` / `trick that all of us ...`).
    Lines of a menu, a list or a teaser list each start with a capital and end without a comma,
    so they stay lines; so do those of a paragraph broken where a German noun follows (a line
    ending with a function word would join them, and join the teaser `... Our perceptions are`
    to the next teaser too)."""
    blocks, texts = f.doc.blocks, f.texts
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(len(texts)):
        nxt = i + 1
        joins = (nxt < len(texts) and blocks[nxt].line == blocks[i].line + 1 and not f.terminal[i]
                 and f.tokens[i] >= WRAP_MIN_TOKENS and not texts[i].endswith(":")
                 and (texts[nxt][:1].islower() or texts[i][-1] in WRAP_ENDS))
        if not joins:
            if i > start:
                runs.append((start, i))
            start = nxt
    return runs


def paragraph_stops(f: Features, first: int, last: int) -> int:
    """The stopwords of the lines [first, last] together (features counts none on a short line)."""
    return sum(sum(map(f.stopwords.__contains__, f.split[i])) for i in range(first, last + 1))


def share_out(f: Features, scores: list[float], first: int, last: int, whole: float) -> None:
    """When the paragraph [first, last] is prose (`whole` > 0), each line gets its share by words."""
    if whole > 0:
        n = sum(f.tokens[first:last + 1])
        for i in range(first, last + 1):
            scores[i] = whole * f.tokens[i] / n
