"""A page the cleaner wrote (stages.title): its first line is the title it found, and a standfirst
may open the body right under it. A scraped page shows its headline again under the `<title>` line,
past the site's logo and menu; a cleaned one does not, so a standfirst right under a `<title>` line
that names no site is the headline's standfirst, not the headline (cleaning a cleaned page again
must give the same title: `fix` rewrites files in place). Reading only: nothing here drops a block."""

from __future__ import annotations

from ..page import Page
from ..page.features import Features
from .title_lines import HEADLINE_WORDS, STANDFIRST_RATIO, STANDFIRST_WORDS, furniture


def headline_over(page: Page, head: int, i: int, title_text: str, trimmed: str) -> str:
    """Line i, the headline found above the article; or the <title> line when line i is its
    standfirst on a page the cleaner wrote."""
    if _standfirst_under_title(page, head, i, title_text, trimmed) and not furniture(trimmed, page):
        return trimmed
    return page.features.texts[i]


def _standfirst_under_title(page: Page, head: int, i: int, title_text: str, trimmed: str) -> bool:
    """Line i stands right under the <title> line, which names no site (nothing trimmed off it) and
    reads as a headline (a menu run of section names does not), opens the article's region,
    and is as long as a standfirst under that headline."""
    f = page.features
    if not (i == head + 1 == page.body_start and trimmed == title_text and _headline_phrase(f, head)):
        return False
    return f.tokens[i] >= STANDFIRST_WORDS and f.tokens[i] >= STANDFIRST_RATIO * f.tokens[head]


def _headline_phrase(f: Features, i: int) -> bool:
    """A phrase of a headline's length, without a full stop, with a stopword in small letters when
    the page's language has a stoplist (a menu run capitalises each name: `News Politics Top Stories`)."""
    if f.tokens[i] < HEADLINE_WORDS - 1 or f.texts[i].endswith("."):
        return False
    return not f.stopwords or f.small_stopword(f.texts[i])
