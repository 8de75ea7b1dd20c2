"""A letter's salutation over the article's first paragraph: `Liebe Leserinnen und Leser,`,
`Dear friends,`, `Chers lecteurs,` (the openings: `[trailers] salutations` in generic.toml). A
post written as a letter opens so; the line's few words score as junk, so the region, which starts
with prose, would leave it out. It is the article's, as the sign-off under it is (page.signoff).
Analysis only: page.region reads it.
"""

from __future__ import annotations

from ..rules.patterns import Pattern
from .features import Features

SALUTATION_MAX_TOKENS = 6  # words of a salutation line


def salutation_start(f: Features, salutations: Pattern | None, first: int) -> int:
    """The salutation's line right above the paragraph at `first`, or `first` when none is there."""
    above = first - 1
    if (salutations is None or above < 0 or f.doc.blocks[above].dropped is not None
            or not 0 < f.tokens[above] <= SALUTATION_MAX_TOKENS):
        return first
    return above if salutations.search(f.texts[above]) is not None else first
