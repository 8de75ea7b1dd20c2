"""Where the article starts on page text, for the title stage: the region's first sentence, which
the headline stands above (stages.title).

A short sentence over a byline or a time stamp is a headline, not the article (`Is the GOP the
problem?` over `By Jane Roe`); but a live blog's entry stamp (a clock time alone, page.clock_stamps)
stands under its entries' text too, and a sentence over one is the article's.
"""

from __future__ import annotations

from ..document import Document
from ..page import Page
from ..page.clock_stamps import live_entry_stamp
from .title_above import signed_above
from .title_lines import over_furniture
from .title_question import asking_headline

PROSE_START = 8  # a sentence this long starts the article


def article_start(doc: Document, page: Page) -> int:
    """The article's first line: the region's first sentence (a long headline may open the
    region, and a question over its byline, or under the menus over its standfirst, is one),
    never the page's first line (the <title> line, or a cleaned page's title)."""
    f, region = page.features, page.region
    if region.total <= 0:
        return len(doc.blocks)
    if page.body_start < region.first:
        return max(page.body_start, 1)  # a recipe's ingredient list above its method is no headline
    first = max(region.first, 1)
    return next((i for i in range(first, region.last + 1) if f.terminal[i] and f.tokens[i] >= PROSE_START
                 and not _over_furniture(page, i) and not signed_above(page, i)
                 and not asking_headline(page, i)), first)


def _over_furniture(page: Page, i: int) -> bool:
    """Over a byline or a time stamp, but no live blog's entry stamp."""
    texts = page.features.texts
    return over_furniture(page, i) and not (i + 1 < len(texts) and live_entry_stamp(texts, i + 1))
