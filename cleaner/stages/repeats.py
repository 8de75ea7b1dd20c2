"""Repeated blocks: real text is kept once; a block seen three times or more is page furniture."""

from __future__ import annotations

from ..document import Document
from .context import Context
from .features import extracted, features

FURNITURE_COUNT = 3  # a caption repeated beside each photo, a slogan in header and footer
MIN_KEY = 3


def apply(doc: Document, ctx: Context) -> None:
    if extracted(doc):
        return
    keys = features(doc, ctx).keys
    counts: dict[str, int] = {}
    dropped_keys: set[str] = set()
    for k, block in zip(keys, doc.blocks):
        counts[k] = counts.get(k, 0) + 1
        if not block.kept and block.dropped.startswith("captions"):
            dropped_keys.add(k)
    seen: set[str] = set()
    for k, block in zip(keys, doc.blocks):
        if not block.kept or len(k) < MIN_KEY:
            continue
        if k in dropped_keys:  # a copy of a caption that was dropped elsewhere on the page
            block.drop("repeats.caption")
        elif counts[k] >= FURNITURE_COUNT:
            block.drop("repeats.furniture")
        elif k in seen:
            block.drop("repeats.duplicate")
        seen.add(k)
