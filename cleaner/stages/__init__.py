"""Cleaning stages: each looks at the Document's blocks and marks some dropped, naming why.

The order matters: phrase rules (site, lexicon) run before anything that looks at neighbours,
so that junk never promotes the lines around it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document
from .context import Context
from . import captions, language, lexicon, navigation, region, repeats, site, title, trailers, verdict

Stage = Callable[[Document, Context], None]

STAGES: tuple[Stage, ...] = (
    site.apply,
    language.apply,
    lexicon.apply,
    captions.apply,
    navigation.apply,
    trailers.apply,
    region.apply,
    title.apply,
    repeats.apply,
    verdict.apply,
)


def run(doc: Document, ctx: Context) -> Document:
    for stage in STAGES:
        stage(doc, ctx)
    return doc


__all__ = ["STAGES", "Context", "run"]
