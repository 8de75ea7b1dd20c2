"""A menu item above the article (stages.title): a big news or shop page runs its menus, its table of
contents and its service links right above the article, and a short item there (`How To & Tips`,
`5 tips for your loan`, `100 years of our paper`) has a headline's shape. An item stands between
other items, each a word or three; a headline stands over its standfirst, its byline or the article.
Reading only: nothing here drops a block."""

from __future__ import annotations

from ..page import Features

MENU_ITEM_WORDS = 5  # a menu item or a table of contents entry is at most this long ...
MENU_NEIGHBOUR_WORDS = 3  # ... and the lines right above and right below it at most this long


def menu_item(f: Features, i: int) -> bool:
    """A short line between two lines of a word or three: an item of a menu, not a headline."""
    if not 0 < i < len(f.tokens) - 1 or f.tokens[i] > MENU_ITEM_WORDS:
        return False
    return f.tokens[i - 1] <= MENU_NEIGHBOUR_WORDS and f.tokens[i + 1] <= MENU_NEIGHBOUR_WORDS
