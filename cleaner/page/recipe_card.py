"""A recipe card under the story of a recipe blog: a few short lines (the dish's name, its times,
its servings), the ingredient list's heading (`[recipes] ingredients` in generic.toml) over its
quantity lines, then the method's heading (`Instructions`, `Zubereitung`) and its steps. The
maximum-sum run of the main region (page.region) ends at the story's last paragraph: the card's
short lines cost more than its few steps weigh. The card is the article's, so the region ends at
its method's last step. Analysis only: page.region moves its end.
"""

from __future__ import annotations

from ..rules.patterns import Pattern
from .features import Features
from .ingredients import GAP_LINES, GAP_TOKENS, ITEM_TOKENS, MIN_QUANTITIES, quantity

LIST_LINES = 60  # an ingredient list's lines at most
METHOD_BREAK = 2  # the method ends at this many lines in a row that are no step (`Nutrition`, `Notes`)


def method_end(f: Features, heading: Pattern | None, scores: list[float], last: int, dropped_cost: float) -> int:
    """The last step of a recipe card's method right below the region's `last` line, or `last`."""
    if heading is None:
        return last
    start = _card_heading(f, heading, scores, last, dropped_cost)
    if start is None:
        return last
    j = _list_end(f, scores, start, dropped_cost)
    if j is None:
        return last
    return _steps_end(f, scores, j, dropped_cost) or last


def _card_heading(f: Features, heading: Pattern, scores: list[float], last: int, dropped_cost: float) -> int | None:
    """The ingredient list's heading among the few short lines right below `last`."""
    n = len(scores)
    for j in range(last + 1, min(n, last + 1 + GAP_LINES)):
        if scores[j] > 0 or scores[j] <= -dropped_cost or f.tokens[j] > GAP_TOKENS:
            return None
        if heading.fullmatch(f.texts[j]) is not None:
            return j
    return None


def _list_end(f: Features, scores: list[float], start: int, dropped_cost: float) -> int | None:
    """The first line after the ingredient list under the heading at `start`, if the list holds
    MIN_QUANTITIES quantity lines or more (fewer: `Ingredients` is a menu item)."""
    n, quantities, j = len(scores), 0, start + 1
    while j < n and j - start <= LIST_LINES and scores[j] <= 0 and scores[j] > -dropped_cost:
        if quantity(f, j):
            quantities += 1
        elif f.tokens[j] > ITEM_TOKENS:
            break
        j += 1
    return j if quantities >= MIN_QUANTITIES else None


def _steps_end(f: Features, scores: list[float], j: int, dropped_cost: float) -> int | None:
    """The method's last step from line `j` on (its heading, then steps: prose, or a short line
    such as a step's number), or None when no step is prose."""
    n, end, others = len(scores), None, 0
    while j < n and scores[j] > -dropped_cost:
        if scores[j] > 0:
            end, others = j, 0
        elif f.tokens[j] <= GAP_TOKENS:
            others += 1
            if others >= METHOD_BREAK and end is not None:
                break
            if others > GAP_LINES:
                break
        else:
            break
        j += 1
    return end
