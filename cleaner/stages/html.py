"""What the HTML path can tell from the structure of trafilatura's output and from the page's
markup (document.Markup): teaser headings, link blocks, date lines, tag lists. Each marks blocks
dropped, naming the reason; on page text there is no markup and none of them runs."""

from __future__ import annotations

import regex

from ..document import HEADING, TABLE, Document, drop_runs
from ..page import Page
from ..text import LETTER_WORD

TEASER_RUN = 3  # this many headings in a row, with no text between, are teasers of other articles


def structure(doc: Document, page: Page) -> None:
    """Drop what only the block kinds show: runs of headings with nothing under them (teaser
    lists), a heading that ends the page."""
    if doc.markup is None:
        return
    drop_runs(doc.blocks, lambda block: block.kind == HEADING, TEASER_RUN, "html.teasers")
    kept = [b for b in doc.blocks if b.kept]
    if kept and kept[-1].kind == HEADING:
        kept[-1].drop("html.trailing-heading")


# A name or a product linked where the text mentions it is no teaser; a headline has more words.
MIN_LINK_WORDS = 5
LINK_PREFIX = regex.compile(r"^[^:]{1,30}:\s+")  # `Related: `, `SEE MORE: `
TEASER_SHARE = 0.25  # of the block: the linked headline before its summary


def links(doc: Document, page: Page) -> None:
    """Drop a block that is a link's text on the page, alone or after a short label: a pointer to
    another article (`Related: ...`, a teaser headline), not text of this one."""
    anchors = doc.markup.links if doc.markup is not None else None
    if not anchors:
        return
    for block in doc.blocks:
        if block.kept and block.kind not in (HEADING, TABLE) and len(block.text.split()) >= MIN_LINK_WORDS and (
                block.text in anchors or LINK_PREFIX.sub("", block.text, count=1) in anchors
                or _teaser(block.text, anchors)):
            block.drop("html.link")


def _teaser(text: str, anchors: frozenset[str]) -> bool:
    """A linked headline followed by its summary: `Armenia named most popular spot ... Armenia has been ...`."""
    words = text.split()
    for n in range(MIN_LINK_WORDS, min(len(words), 25)):
        head = " ".join(words[:n])
        if head in anchors:
            return len(head) >= TEASER_SHARE * len(text)
    return False


DATE_MAX_WORDS = 3  # words of letters beside the date: `Updated`, `Tue.`, `às`
MAX_DATE_LINE = 80


def dates(doc: Document, page: Page) -> None:
    """Drop a block that is a date line (`November 20, 2019 - 11:28`, `Aktualisiert am 17.01.2021`):
    when the page was published is metadata, not article text. The date patterns are generic.toml's
    `html.dates`."""
    date = page.generic.html.dates
    if doc.markup is None or date is None:
        return
    for block in doc.blocks:
        # `— Name (@handle) January 24, 2020` closes a quoted tweet: it stays with the tweet.
        if block.kept and len(block.text) <= MAX_DATE_LINE and "@" not in block.text and date.search(block.text):
            rest = date.sub(" ", block.text)
            if len(LETTER_WORD.findall(rest)) <= DATE_MAX_WORDS:
                block.drop("html.dateline")


MIN_LABEL_CHARS = 3
MAX_META_CHARS = 80


def marked_metadata(doc: Document, page: Page) -> None:
    """Drop what the page's markup itself calls metadata: a date line that is the text of a <time>
    or of an itemprop date (`segunda-feira, 22 de janeiro de 2018`, which no date pattern knows),
    and a list of tag links (rel="tag", the microformat every blog engine writes) with its label."""
    if doc.markup is None or not (doc.markup.dates or doc.markup.tag_lists):
        return
    marked, tag_lists = doc.markup.dates, doc.markup.tag_lists
    for block in doc.blocks:
        if not block.kept or block.kind == HEADING:
            continue
        if len(block.text) <= MAX_META_CHARS and any(d in block.text for d in marked):
            rest = block.text
            for d in marked:
                rest = rest.replace(d, " ")
            if len(LETTER_WORD.findall(rest)) <= DATE_MAX_WORDS:
                block.drop("html.dateline")
                continue
        # the list, or most of it, or the label that opens it (`Tags`)
        if len(block.text) >= MIN_LABEL_CHARS and any(
                block.text in t and (t.startswith(block.text) or len(block.text) >= len(t) / 2) for t in tag_lists):
            block.drop("html.tags")
