"""A recipe's ingredient list right above the method's first paragraph: the heading (`Zutaten`,
`Ingredients`: `[recipes] ingredients` in generic.toml) over a run of quantity lines (`250 g
Mehl`, `1 TL Zimt`, `2 cups flour`). The main region's run of prose starts at the method; the
list above it is the article's too, so the region starts at its heading. Analysis only:
page.region moves its start.
"""

from __future__ import annotations

import regex

from ..rules.patterns import Pattern
from .features import Features

GAP_LINES = 8  # lines between the list's end and the region's first line (`Zubereitung`, `1`, `Vorbereiten`) ...
GAP_TOKENS = 12  # ... each at most this many words (a method's step heading, a short step)
LIST_SPAN = 60  # lines from the heading to the region's first line
ITEM_TOKENS = 6  # a line in the list that holds no quantity (`Belag:`, `etwas Fett`, `Salz`)
QUANTITY_TOKENS = 12  # a quantity line's words at most
MIN_QUANTITIES = 3  # quantity lines under the heading: fewer, and `Ingredients` is a menu item
# A quantity opens the line: a number, a range or a fraction, and a word after it (`1-2 EL Öl`).
_QUANTITY = regex.compile(r"(\d+([.,/]\d+)?|[½¼¾⅓⅔⅛])( ?[-–] ?\d+([.,/]\d+)?)? ?\p{L}")


def ingredients_start(f: Features, heading: Pattern | None, first: int) -> int:
    """The line of the ingredient list's heading above the region's `first` line, or `first`."""
    if heading is None:
        return first
    j = first - 1
    while j >= 0 and first - j <= GAP_LINES and not quantity(f, j) and f.tokens[j] <= GAP_TOKENS:
        j -= 1
    quantities = 0
    while j >= 0 and first - j <= LIST_SPAN:
        if heading.fullmatch(f.texts[j]) is not None:
            return j if quantities >= MIN_QUANTITIES else first
        if quantity(f, j):
            quantities += 1
        elif f.tokens[j] > ITEM_TOKENS:
            return first  # prose or a long line: no ingredient list
        j -= 1
    return first


def quantity(f: Features, i: int) -> bool:
    return f.tokens[i] <= QUANTITY_TOKENS and _QUANTITY.match(f.texts[i]) is not None
