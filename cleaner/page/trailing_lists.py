"""A table right after the article's last paragraph, which the main region (page.region) takes
in though no prose follows it: tour dates, results, a schedule. The maximum-sum run
leaves it out (its short lines cost what a menu's do); what tells it from a menu or a footer is
that nearly all its lines hold figures, inner punctuation or bullets, and that no line a phrase
rule dropped (a copyright, a share bar) or a trailer's opener (`Related`, `Filed Under: …`, whose
teasers and tags hold dates, counts and commas) stands among them."""

from __future__ import annotations

from ..rules.generic import GenericRules
from ..settings import RegionSettings
from .features import Features

INNER_SIGNS = frozenset(",:;?、，：；？")
BULLETS = frozenset("•–-*·▪►✓✔")
TABLE_LINES = 5  # a run of at least this many table lines right after the article is its own ...
TABLE_SHARE = 0.9  # ... when this share of the run's lines hold figures, punctuation or bullets ...
TABLE_BREAK = 2  # ... and it ends at this many other lines in a row (one is a heading)
TABLE_SPAN = 400


def table_line(text: str) -> bool:
    """A line of a table, a list or a Q&A: a bullet, figures or inner punctuation."""
    return text[0] in BULLETS or any(ch in INNER_SIGNS or ch.isdigit() for ch in text)


def trailer_stops(f: Features, generic: GenericRules) -> frozenset[int]:
    """The lines that open a trailer (`Related`, `Comments`, an author box): a table or a list
    after the article ends above them, though their teasers hold figures (dates, comment counts)."""
    stops = [m for m in (generic.page_trailer_lines, generic.comment_lines) if m]
    return frozenset(i for m in stops for i, _ in m.lines(f))


def trailing_table(f: Features, scores: list[float], last: int, s: RegionSettings,
                   stops: frozenset[int] = frozenset()) -> int:
    """The region's last line, taking in a table right after the article's last
    paragraph `last`; a line a phrase rule dropped ends it, and so does a trailer's opener in `stops`."""
    n = len(scores)
    start, end, rows, others = None, last, 0, 0
    for j in range(last + 1, min(n, last + 1 + TABLE_SPAN)):
        if scores[j] <= -s.dropped_cost or j in stops:
            break
        if scores[j] <= 0 and table_line(f.texts[j]):
            start = j if start is None else start
            rows, end, others = rows + 1, j, 0
        else:
            others += 1
            if others >= TABLE_BREAK:
                break
    if start is not None and rows >= TABLE_LINES and rows >= TABLE_SHARE * (end - start + 1):
        return end
    return last
