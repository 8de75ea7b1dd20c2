"""Not an article: index and list pages give an empty body and `status = "not-article"`.

A mash-up of teasers is worse than nothing (users ask for this: an index page is not a story).
An article has a body of prose; an index page has little prose where the article would be, and
(on page text) much more of it scattered outside: teasers, each a headline and a sentence.
"""

from __future__ import annotations

from ..document import HEADING, LIST_ITEM, Document
from . import region
from .context import Context
from .features import features

PROSE_TOKENS = 8  # a sentence this long counts as prose
MIN_PROSE = 15  # fewer words of prose than this in the body: no article ...
MIN_ITEMS = 10  # ... in a list of at least this many items (a near-empty page is not judged) ...
PARAGRAPH_TOKENS = 30  # ... none of them a paragraph
THIN_BODY = 20  # a body of fewer prose words than this ...
SCATTERED = 8.0  # ... with this many times more prose outside it, in teasers: an index page
TEASERS = 8  # at least this many separate prose lines outside the body


def apply(doc: Document, ctx: Context) -> None:
    if not doc.blocks:
        return
    region.trim_edges(doc, ctx)
    f = features(doc, ctx)
    kept = [i for i, b in enumerate(doc.blocks) if b.kept]
    prose = sum(f.tokens[i] for i in kept if f.terminal[i] and f.tokens[i] >= PROSE_TOKENS)
    if doc.source == "html":
        items = sum(1 for i in kept if doc.blocks[i].kind in (LIST_ITEM, HEADING) or f.tokens[i] < PROSE_TOKENS)
        longest = max((f.tokens[i] for i in kept), default=0)
        not_article = prose < MIN_PROSE and items >= MIN_ITEMS and longest < PARAGRAPH_TOKENS
    else:
        outside = [i for i, b in enumerate(doc.blocks)
                   if b.dropped is not None and b.dropped.startswith("region.")
                   and f.terminal[i] and f.tokens[i] >= PROSE_TOKENS]
        scattered = sum(f.tokens[i] for i in outside)
        not_article = prose < THIN_BODY and len(outside) >= TEASERS and scattered >= SCATTERED * max(prose, 1)
    if not_article:
        doc.status = "not-article"
        for i in kept:
            doc.blocks[i].drop("verdict.not-article")
