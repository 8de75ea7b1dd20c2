"""The `<title>` line over a nearest line that tells nothing of it (stages.title): where the page text
does not show its headline as a line (an image, a video shell or a live ticker stands in its place),
the line nearest the article is a hint, a rating, a teaser or the first of another story
(`Tip: page through with the arrow keys`, `from 293 reviews`), which shares no word with the `<title>`
line; the `<title>` line, when it reads as a headline, says the headline (but not when the page's
copyright line names it: that first line is the site's name over its menu). Reading only: nothing here
drops a block."""

from __future__ import annotations

from ..page import Features, Page
from ..text import words
from .title_lines import (
    DATE_FIRST,
    HEADLINE_WORDS,
    MIN_WORDS,
    content_words,
    copyright_owner,
    furniture,
    over_furniture,
)


def title_headline(trimmed: str, page: Page) -> bool:
    """The <title> line without the site's name reads as a headline: two words or more, no full
    stop at its end, no date first and no furniture (a byline, a time stamp, `[title] not_headline`)."""
    return (bool(trimmed) and not trimmed.endswith(".") and words(trimmed) >= MIN_WORDS
            and not DATE_FIRST.match(trimmed) and not furniture(trimmed, page))


def unshared(page: Page, i: int, trimmed: str) -> bool:
    """Line i, over no furniture, shares no word of three letters or more with the <title> line
    (without the site's name), which reads as a headline of HEADLINE_WORDS or more (a shorter one
    is as often the site's own name): it tells another thing than the page's headline."""
    if not title_headline(trimmed, page) or words(trimmed) < HEADLINE_WORDS or not _phrase(page.features, trimmed):
        return False
    if over_furniture(page, i):  # over a byline, a time stamp or a thread's counts: a headline by its place
        return False
    if copyright_owner(page.features, trimmed):  # the page's first line is the site's name, no <title> line
        return False
    return not content_words(page.features.texts[i]) & content_words(trimmed)


def _phrase(f: Features, text: str) -> bool:
    """A stopword of the page's language in small letters, where it has a stoplist: a phrase, not a
    menu run of section names, which capitalises each (`News Politics Top Stories`)."""
    return not f.stopwords or f.small_stopword(text)
