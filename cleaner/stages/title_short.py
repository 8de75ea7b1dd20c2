"""A short headline, signed and told twice (stages.title, step c0.): a page of three words' headline
(`Kommunalwahlen in Nordmazedonien`, `Brexit et pêche`) shows it as the breadcrumb's last step and
again as its h1, right over the byline. Three words alone make no headline by their place (a menu
item has as many); told twice and signed, with a small word of the page's language in small letters
(a section's label, told on every teaser, names things: `Wine & Taste`), they do. Reading only:
nothing here drops a block."""

from __future__ import annotations

from collections import Counter

from ..page import Features
from .title_lines import HEADLINE_WORDS

SHORT_WORDS = HEADLINE_WORDS - 1  # a headline this short counts when it stands twice on the page


def long_enough(f: Features, i: int, counts: Counter[str]) -> bool:
    """Line i is long enough for a headline found by its place: HEADLINE_WORDS, or SHORT_WORDS when
    the page shows it twice (`counts`: how often each line's key stands on the page) and it reads as
a phrase."""
    n = f.tokens[i]
    return n >= HEADLINE_WORDS or (n == SHORT_WORDS and counts[f.keys[i]] > 1 and _phrase(f, i))


def _phrase(f: Features, i: int) -> bool:
    """The line holds a stopword of the page's language in small letters: a phrase, not a label."""
    return f.small_stopword(f.texts[i])
