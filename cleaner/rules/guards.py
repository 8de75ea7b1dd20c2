"""A substring test before a rule pattern is run on one text: the texts every match of the pattern
holds (rules.required), checked on the `fold`ed text. A line that lacks them cannot match, and a
regex call under a time limit costs microseconds before it matches anything (the bench pages'
text: the byline patterns ran 46,000 times, about 3,700 lines hold their words)."""

from __future__ import annotations

import functools

from .patterns import Pattern
from .required import Requirements, holds, required


@functools.lru_cache(maxsize=4096)
def _requirements(source: str) -> Requirements:
    return required(source)


def may_match(pattern: Pattern, folded: str) -> bool:
    """False when the `fold`ed text lacks what every match of the pattern holds (it cannot match);
    True when it may match."""
    return holds(_requirements(pattern.source), folded)
