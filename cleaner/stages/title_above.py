"""A headline signed from above (stages.title): a forum thread or a social post sets its byline and
how long ago it was posted over the post's title (`Posted by jo 5 hours ago` / `Finally a ripe tomato!`),
and that title reads as a sentence: an exclamation or a question, which a news headline's byline signs
from below. Reading only: nothing here drops a block."""

from __future__ import annotations

from ..page import Page
from ..text import CLOSERS

POST_TITLE_WORDS = 20  # a post's title is at most this long (as a sentence signed under a headline: SENTENCE_WORDS)
CALLS = ("!", "?", "！", "？")  # what a post's title that reads as a sentence ends with (a full stop ends its text)


def signed_above(page: Page, i: int) -> bool:
    """The line is an exclamation or a question under a line that tells how long ago it was posted
    (`[title] signs`), over a longer line (the post's text): the post's title, not its first sentence."""
    f, signs = page.features, page.generic.signs
    if signs is None or not 0 < i < len(f.texts) - 1 or f.tokens[i] > POST_TITLE_WORDS:
        return False
    if not f.texts[i].rstrip(CLOSERS).endswith(CALLS):
        return False
    return signs.search(f.texts[i - 1]) is not None and f.tokens[i + 1] > f.tokens[i]
