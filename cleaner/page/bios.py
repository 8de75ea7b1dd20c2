"""A bio at the article's foot with no heading, led by the author's name: `Jane Roe is a reporter
for …`, `Jane Roe ist Redakteurin bei …` (the openings: `[trailers] bios` in generic.toml). Near
the article's end such a short paragraph ends the article, and the name's own line above it
(`Jane Roe`, an author box's heading) goes with it. Analysis only: page.trailers cuts there.
"""

from __future__ import annotations

from ..rules.generic import GenericRules
from .features import Features

BIO_MAX_WORDS = 80  # a bio's paragraph: a longer one is the article's own prose about a journalist
NAME_MAX_WORDS = 5  # the name's own line above the bio


def bio_lines(f: Features, generic: GenericRules, first: int, last: int) -> set[int]:
    """The lines in [first, last] that open like a name-led bio and are short enough for one."""
    if generic.bios is None:
        return set()
    return {i for i in range(first, last + 1)
            if f.tokens[i] <= BIO_MAX_WORDS and generic.bios.search(f.texts[i]) is not None}


def with_name(f: Features, i: int, first: int) -> int:
    """Where the bio at `i` starts: its name's own line above it (`Jane Roe` over `Jane Roe is …`,
    or the first name alone), if there is one."""
    above = i - 1
    if above <= first or f.tokens[above] > NAME_MAX_WORDS or f.terminal[above] or not f.split[above]:
        return i
    return above if f.split[above][0] == f.split[i][0] else i
