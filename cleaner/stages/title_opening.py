"""The headline right under the article's start (stages.title, step b.): a big news page may set a
badge or a fact-check note (`News: information checked by our reporter ...`) over its headline, and
that note, a long sentence, reads as the article's first line; the headline then stands a line or
two below the start. Only a line that says nearly what the `<title>` line says counts there.
Reading only: nothing here drops a block."""

from __future__ import annotations

from ..document import Document
from ..page import Page
from .title_lines import SENTENCE_WORDS, eligible


def opening_lines(doc: Document, page: Page, head: int, end: int) -> list[int]:
    """The article's first line (line `end`) when it is headline-shaped and no longer than a sentence
    under a headline; else the line right under it, so: where step b. looks after the lines above
    the article."""
    f = page.features
    if not head < end < len(doc.blocks):
        return []
    if eligible(doc, page, end):
        return [end] if f.tokens[end] <= SENTENCE_WORDS else []
    nxt = end + 1
    return [nxt] if nxt < len(doc.blocks) and f.tokens[nxt] <= SENTENCE_WORDS and eligible(doc, page, nxt) else []
