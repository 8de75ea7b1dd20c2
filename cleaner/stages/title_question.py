"""A headline that asks (stages.title): a news page's headline may be a question (`When do the
school holidays start this year?`), which reads as a sentence, and so as the article's first line,
when it opens the main region right over its standfirst. A question under the page's menus (a line
that ends no sentence above it), over a longer sentence, is that headline, not the article's start.
Reading only: nothing here drops a block."""

from __future__ import annotations

from ..page import Page
from ..text import CLOSERS

QUESTION_MARKS = ("?", "？")
QUESTION_WORDS = 20  # a question this long at most is a headline (title_lines.SENTENCE_WORDS, which imports this)


def asking_headline(page: Page, i: int) -> bool:
    """Line i is a question no longer than a headline's sentence, under a line that ends no sentence
    (a menu's, a breadcrumb's) and over a longer line that ends one (its standfirst or first paragraph)."""
    f = page.features
    if not 0 < i < len(f.texts) - 1 or f.tokens[i] > QUESTION_WORDS:
        return False
    if not f.texts[i].rstrip(CLOSERS).endswith(QUESTION_MARKS):
        return False
    return not f.terminal[i - 1] and f.terminal[i + 1] and f.tokens[i + 1] > f.tokens[i]
