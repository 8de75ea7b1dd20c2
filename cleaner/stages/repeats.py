"""Repeated blocks: real text is kept once; a block seen three times or more is page furniture."""

from __future__ import annotations

from collections import Counter

from ..document import Document, extracted
from ..page import Page

FURNITURE_COUNT = 3  # a caption repeated beside each photo, a slogan in header and footer
MIN_KEY = 3


def apply(doc: Document, page: Page) -> None:
    if extracted(doc):
        return
    keys = page.features.keys
    blocks = doc.blocks
    counts = Counter(keys)
    dropped_keys = {k for k, block in zip(keys, blocks, strict=True)
                    if block.dropped is not None and block.dropped.startswith("captions")}
    seen: set[str] = set()
    # Only a line whose key the page holds twice, or a dropped caption's, can go: the rest are
    # passed over in one comprehension.
    for i in [i for i, k in enumerate(keys) if counts[k] > 1 or k in dropped_keys]:
        k, block = keys[i], blocks[i]
        if block.dropped is not None or len(k) < MIN_KEY:
            continue
        if k in dropped_keys:  # a copy of a caption that was dropped elsewhere on the page
            block.drop("repeats.caption")
        elif counts[k] >= FURNITURE_COUNT:
            block.drop("repeats.furniture")
        elif k in seen:
            block.drop("repeats.duplicate")
        seen.add(k)
