"""Trailers: related lists, previous/next links and comments, cut near the end of the article.

On page text the main region's analysis (page.trailers) finds the cut and the boxes set into
the article; this stage marks them. On the HTML path's blocks a marker cuts when it stands in
the last share of the kept text.
"""

from __future__ import annotations

from ..document import Document, drop_all, page_text
from ..page import Page


def apply(doc: Document, page: Page) -> None:
    if not doc.blocks:
        return
    if page_text(doc):
        _region_trailers(doc, page)
        return
    matcher = page.generic.trailer_lines
    if not matcher:
        return
    kept = doc.kept_indices()
    if not kept:
        return
    # Only in the last share of the kept text, so a marker word high up never eats the article.
    first = kept[int(len(kept) * (1 - page.generic.trailer_within_last))]
    for i, _ in matcher.lines(page.features):
        if i >= first and doc.blocks[i].kept:
            doc.drop_from(i, "trailers")
            return


def _region_trailers(doc: Document, page: Page) -> None:
    region = page.region
    for start, stop in region.boxes:
        drop_all(doc.blocks[start:stop], "trailers.box")  # the box goes, the article goes on
    if region.trailer is not None:
        start, end = region.trailer
        drop_all(doc.blocks[start:end + 1], "trailers")
