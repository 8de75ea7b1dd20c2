"""Trailers: related lists, previous/next links and comments cut near the end of the page."""

from __future__ import annotations

from ..document import Document
from .context import Context


def apply(doc: Document, ctx: Context) -> None:
    markers = ctx.generic.trailer_markers
    if markers is None or not doc.blocks:
        return
    kept = doc.kept_indices()
    if not kept:
        return
    # Only in the last share of the kept text, so a marker word high up never eats the article.
    first = kept[int(len(kept) * (1 - ctx.generic.trailer_within_last))]
    for i in kept:
        if i >= first and markers.fullmatch(doc.blocks[i].text):
            doc.drop_from(i, "trailers")
            return
