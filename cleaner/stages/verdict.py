"""Not an article: index and list pages give an empty body and `status = "not-article"`.

A mash-up of teasers is worse than nothing (users ask for this: an index page is not a story).
An article has a body of prose; an index page has little prose where the article would be, and
(on page text) much more of it scattered outside: teasers, each a headline and a sentence.
"""

from __future__ import annotations

from ..document import HEADING, LIST_ITEM, Document, page_text
from ..page import Page

PROSE_TOKENS = 8  # a sentence this long counts as prose
MIN_PROSE = 15  # fewer words of prose than this in the body: no article ...
MIN_ITEMS = 10  # ... in a list of at least this many items (a near-empty page is not judged) ...
PARAGRAPH_TOKENS = 30  # ... none of them a paragraph ...
LIST_SHARE = 0.8  # ... and nearly all of the page ...
LINK_TOKENS = 8  # ... and short on average, as the texts of links are
MENU_LINES = 3  # this many lines or more left, each a few words and none a sentence: a menu, no article
MENU_TOKENS = 4


def apply(doc: Document, page: Page) -> None:
    if not doc.blocks:
        return
    f = page.features
    kept = doc.kept_indices()
    prose = sum(f.tokens[i] for i in kept if f.terminal[i] and f.tokens[i] >= PROSE_TOKENS)
    if not page_text(doc):
        # A list of links: list items and headings, short, without a sentence between them
        # (short paragraphs without sentences are as often a poem or lyrics).
        items = [i for i in kept if doc.blocks[i].kind in (LIST_ITEM, HEADING) and f.tokens[i] < PARAGRAPH_TOKENS]
        short = sum(f.tokens[i] for i in items) <= LINK_TOKENS * len(items)  # link texts are short
        not_article = prose < MIN_PROSE and len(items) >= MIN_ITEMS and len(items) >= LIST_SHARE * len(kept) and short
    else:
        is_prose = [terminal and n >= PROSE_TOKENS for terminal, n in zip(f.terminal, f.tokens, strict=True)]
        outside = [i for i, b in enumerate(doc.blocks)
                   if is_prose[i] and b.dropped is not None and b.dropped.startswith(("region.", "trailers"))]
        # Teasers stand alone, each between its headline and its date; an article's paragraphs
        # that the region missed stand together.
        alone = [i for i in outside
                 if not (i > 0 and is_prose[i - 1]) and not (i + 1 < len(is_prose) and is_prose[i + 1])]
        scattered = sum(f.tokens[i] for i in alone)
        s = page.settings.verdict  # on page text: a thin body, with lone teasers all around it
        not_article = (prose < s.thin_body and len(alone) >= s.teasers and len(alone) >= s.alone_share * len(outside)
                       and scattered >= s.scattered * max(prose, 1))
        # A page of nothing but menu words (the region found no prose to choose between).
        not_article = not_article or (len(kept) >= MENU_LINES and all(
            f.tokens[i] <= MENU_TOKENS and not f.terminal[i] for i in kept))
    if not_article:
        doc.status = "not-article"
        for i in kept:
            doc.blocks[i].drop("verdict.not-article")
