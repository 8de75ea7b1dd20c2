"""What the HTML path can tell from the structure of trafilatura's output and from the page's
links: teaser headings, link blocks, date lines. Each marks blocks dropped, naming the reason."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex
from lxml import etree

from .document import HEADING, TABLE, Block, drop_runs
from .visible import flat_text

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
        text = flat_text(a)
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


# schema.org microdata and <time> mark a date as the page's metadata, in any language or format.
ITEMPROPS = etree.XPath("//*[@itemprop]")  # faster than comparing the values in the XPath
DATE_PROPS = frozenset({"datePublished", "dateModified", "dateCreated"})
# Searching the page's source for the markup first costs far less than searching the tree for it.
# (Python's re finds this literal twice as fast as regex; regex is the faster for the other two.)
TIME_IN_SOURCE = re.compile(r"<time\b", re.I)
DATE_PROPS_IN_SOURCE = regex.compile(r"itemprop=[\"']?date(?:Published|Modified|Created)")
TAG_LINKS_IN_SOURCE = regex.compile(r"\brel=[\"']?(?:[^\"'>]*\s)?tag\b")
MAX_META_CHARS = 80


def _texts(nodes: Iterable) -> set[str]:
    return {t for t in (flat_text(n) for n in nodes if isinstance(n, etree._Element)) if t}


def mark_marked_metadata(blocks: list[Block], tree: etree._Element, html: str) -> None:
    """Drop what the page's markup itself calls metadata: a date line that is the text of a <time>
    or of an itemprop date (`segunda-feira, 22 de janeiro de 2018`, which no date pattern knows),
    and a list of tag links (rel="tag", the microformat every blog engine writes) with its label.
    `html` is the page's source."""
    dated = [*tree.iter("time")] if TIME_IN_SOURCE.search(html) else []
    if DATE_PROPS_IN_SOURCE.search(html):
        dated += [n for n in ITEMPROPS(tree) if n.get("itemprop") in DATE_PROPS]
    dates = {t for t in _texts(dated) if len(t) <= MAX_META_CHARS}
    tag_lists = _tag_lists(tree) if TAG_LINKS_IN_SOURCE.search(html) else []
    if not (dates or tag_lists):
        return
    for block in blocks:
        if not block.kept or block.kind == HEADING:
            continue
        if len(block.text) <= MAX_META_CHARS and any(d in block.text for d in dates):
            rest = block.text
            for d in dates:
                rest = rest.replace(d, " ")
            if len(regex.findall(r"\p{L}{2,}", rest)) <= DATE_MAX_WORDS:
                block.drop("html.dateline")
                continue
        # the list, or most of it, or the label that opens it (`Tags`)
        if len(block.text) >= MIN_LABEL_CHARS and any(
                block.text in t and (t.startswith(block.text) or len(block.text) >= len(t) / 2) for t in tag_lists):
            block.drop("html.tags")


MIN_LABEL_CHARS = 3
TAG_LIST_SHARE = 0.7  # of an element's letters in tag links: the element is a tag list


def _tag_lists(tree: etree._Element) -> list[str]:
    """The texts of the elements that hold two tag links or more and little else."""
    parents: dict[etree._Element, list[etree._Element]] = {}
    for link in tree.iter("a"):
        if "tag" not in (link.get("rel") or "").split():
            continue
        parent = link.getparent()
        if parent is not None:
            parents.setdefault(parent, []).append(link)
    lists = []
    for parent, links in parents.items():
        if len(links) < 2:
            continue
        text = flat_text(parent)
        tagged = sum(_letters(" ".join(link.itertext())) for link in links)
        if tagged >= TAG_LIST_SHARE * _letters(text):
            lists.append(text)
    return lists


def _letters(text: str) -> int:
    return len(regex.findall(r"\p{L}", text))
