"""What the HTML path can tell from the structure of trafilatura's output and from the page's
links: teaser headings, link blocks, date lines. Each marks blocks dropped, naming the reason."""

from __future__ import annotations

import regex
from lxml import etree

from .document import HEADING, TABLE, Block, drop_runs

TEASER_RUN = 3  # this many headings in a row, with no text between, are teasers of other articles


def mark_structure(blocks: list[Block]) -> None:
    """Drop what only the block kinds show: runs of headings with nothing under them (teaser
    lists), a heading that ends the page."""
    drop_runs(blocks, lambda block: block.kind == HEADING, TEASER_RUN, "html.teasers")
    kept = [b for b in blocks if b.kept]
    if kept and kept[-1].kind == HEADING:
        kept[-1].drop("html.trailing-heading")


MIN_LINK_CHARS = 15  # shorter link texts ("Home", "More") say little
# A name or a product linked where the text mentions it is no teaser; a headline has more words.
MIN_LINK_WORDS = 5
ADDRESS = regex.compile(r"@|://|\bwww\.")  # a link showing its address is a reference the text gives
LINK_PREFIX = regex.compile(r"^[^:]{1,30}:\s+")  # `Related: `, `SEE MORE: `


def mark_links(blocks: list[Block], tree: etree._Element) -> None:
    """Drop a block that is a link's text on the page, alone or after a short label: a pointer to
    another article (`Related: ...`, a teaser headline), not text of this one."""
    anchors = set()
    for a in tree.iter("a"):
        text = " ".join(etree.tostring(a, method="text", encoding="unicode", with_tail=False).split())
        if len(text) >= MIN_LINK_CHARS and not ADDRESS.search(text):
            anchors.add(text)
    if not anchors:
        return
    for block in blocks:
        if block.kept and block.kind not in (HEADING, TABLE) and len(block.text.split()) >= MIN_LINK_WORDS and (
                block.text in anchors or LINK_PREFIX.sub("", block.text, count=1) in anchors
                or _teaser(block.text, anchors)):
            block.drop("html.link")


# A date or a time: 2019-11-20, 20.11.2019, 11/20/19, 11:28, or a year beside a day number.
DATE = regex.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|\d{1,2}\.?\s+\p{L}+\.?,?\s+(?:19|20)\d{2}|\p{L}+\.?\s+\d{1,2},?\s+(?:19|20)\d{2})\b")
DATE_MAX_WORDS = 3  # words of letters beside the date: `Updated`, `Tue.`, `às`


def mark_dates(blocks: list[Block]) -> None:
    """Drop a block that is a date line (`November 20, 2019 - 11:28`, `Aktualisiert am 17.01.2021`):
    when the page was published is metadata, not article text."""
    for block in blocks:
        # `— Name (@handle) January 24, 2020` closes a quoted tweet: it stays with the tweet.
        if block.kept and len(block.text) <= 80 and "@" not in block.text and DATE.search(block.text):
            rest = DATE.sub(" ", block.text)
            if len(regex.findall(r"\p{L}{2,}", rest)) <= DATE_MAX_WORDS:
                block.drop("html.dateline")


TEASER_SHARE = 0.25  # of the block: the linked headline before its summary


def _teaser(text: str, anchors: set[str]) -> bool:
    """A linked headline followed by its summary: `Armenia named most popular spot ... Armenia has been ...`."""
    words = text.split()
    for n in range(MIN_LINK_WORDS, min(len(words), 25)):
        head = " ".join(words[:n])
        if head in anchors:
            return len(head) >= TEASER_SHARE * len(text)
    return False
