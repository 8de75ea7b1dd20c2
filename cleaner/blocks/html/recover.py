"""What trafilatura leaves out of an article, looked for in the page: the chunks of an article
split into like containers, and a lead set apart between the headline and the body."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from itertools import islice

import lxml.html
import regex
from lxml import etree
from lxml.html import HtmlElement

from ...document import PARAGRAPH, QUOTE, Block
from ...rules.vocabulary import shipped
from ...text import ends_clause
from .dom import BLOCK_TAGS, HIDDEN_TAGS, flat_text, visible_text

HOLDS_SHARE = 0.5

MIN_ANCHOR_CHARS = 50
SIBLING_LEVELS = 6  # how far up from the first paragraph to look for its chunks (grid wrappers nest them)
PROSE_PARAGRAPH = 120  # characters
MAX_LINK_SHARE = 0.3
CHUNK_PROSE_CHARS = 300  # a sibling holding this much paragraph text that was left out continues the article


def chunks_left_out(tree: HtmlElement, blocks: list[Block]) -> list[HtmlElement] | None:
    """Articles split into chunks (`<div class="body">` after `<div class="body">`, with ads between):
    the containers of the same tag and class as the one holding the extracted text, in page order,
    when others among them hold paragraphs that were left out."""
    texts = {b.text for b in blocks if b.kind == PARAGRAPH and len(b.text) >= MIN_ANCHOR_CHARS}
    if not texts:
        return None
    anchor = next((p for p in tree.iter("p") if flat_text(p) in texts), None)
    if anchor is None:
        return None
    extracted = " ".join(b.text for b in blocks)
    for level, node in enumerate(anchor.iterancestors()):
        parent = node.getparent()
        if level >= SIBLING_LEVELS or parent is None:
            return None
        cls = node.get("class")
        if not cls:
            continue
        same = [s for s in parent if s.tag == node.tag and s.get("class") == cls]
        if len(same) > 1:
            left_out = [s for s in same if s is not node and _prose_left_out(s, extracted) >= CHUNK_PROSE_CHARS]
            return [s for s in same if s is node or s in left_out] if left_out else None
    return None


def _prose_left_out(node: HtmlElement, extracted: str) -> int:
    """Characters of prose paragraphs in the node that the extraction left out; teasers (short,
    or mostly links) are not prose."""
    total = 0
    for p in node.iter("p"):
        text = flat_text(p)
        if len(text) < PROSE_PARAGRAPH or text in extracted or next(p.iterancestors("a"), None) is not None:
            continue
        linked = sum(len(a.text_content()) for a in p.iter("a"))
        if linked <= MAX_LINK_SHARE * len(text):
            total += len(text)
    return total


def page_of(nodes: list[HtmlElement]) -> HtmlElement:
    """A page whose body holds copies of the nodes, in order."""
    page = lxml.html.document_fromstring("<html><body></body></html>")
    body = page.find("body")
    assert body is not None  # written just above
    for node in nodes:
        body.append(copy.deepcopy(node))
    return page


def holds(longer: list[Block], shorter: list[Block]) -> bool:
    """Does the longer result hold most of the shorter one? Else it found another part of the page."""
    text = " ".join(b.text for b in longer)
    found = sum(len(b.text) for b in shorter if b.text in text)
    return found >= HOLDS_SHARE * sum(len(b.text) for b in shorter)


LEAD_MIN_CHARS = 80
LEAD_MAX = 3  # paragraphs
OUTSIDE_LEAD = frozenset({"nav", "aside", "header", "footer", "figure", "figcaption", "form", "a", "li", "button"})
LEAD_SCOPE = frozenset({"article", "main", "body"})
MIN_HEADLINE_CHARS = 10
INLINE_SHARE = 0.5  # of a chunk's text, held by an inline element whose classes then count
LEAD_SEARCH_CHUNKS = 300  # text chunks after the headline to look through for the body's start
MAX_PASSED_CHARS = 150  # extracted text between the headline and the lead: a date line or two
# The body found after the headline must hold most of the extraction: when most of it comes before
# the headline, the "lead" would land in the middle of the article, not at its start.
LEAD_BEFORE_SHARE = 0.5


def with_lead(tree: HtmlElement, blocks: list[Block], headline: str | None = None,
              not_lead: regex.Pattern[str] | None = None) -> list[Block]:
    """The lead (standfirst, intro) that sites set apart between the headline and the body, where
    trafilatura does not look: prose after the last <h1> before the first extracted paragraph that
    follows it. The lead may be a <p>, text straight in a <div>, or the text that opens the body's
    container before its first break (trafilatura drops such text more often than a <p>).
    `headline` (the page's, from its metadata) tells the article's <h1> from a logo's above it.
    `not_lead` finds the words of a class or id that holds no lead (generic.toml's `html.not_lead`;
    the shipped rules' when None)."""
    not_lead = shipped().not_lead if not_lead is None else not_lead
    extracted = " ".join(b.text for b in blocks)
    h1 = _headline_h1(tree, headline)
    if h1 is None or not extracted:
        return blocks
    lead: list[str] = []
    passed: set[str] = set()  # extracted text met after the headline
    for count, (owner, text, linked) in enumerate(_chunks_after(h1)):
        if count >= LEAD_SEARCH_CHUNKS:
            return blocks
        if owner is None:  # another <h1>: the headline is the last one before the body
            lead = []
            continue
        if (owner if owner.tag in BLOCK_TAGS else _block_of(owner)).tag == "h1":  # the headline's own text
            continue
        start = extracted.find(text[:MIN_ANCHOR_CHARS]) if _body_like(text) else -1
        if start >= 0:  # the body starts here
            if not lead or start > LEAD_BEFORE_SHARE * len(extracted):
                return blocks
            at = _block_at(blocks, start)
            return blocks[:at] + [Block(t, 0, PARAGRAPH) for t in lead[:LEAD_MAX]] + blocks[at:]
        if text in extracted:  # a date line, a kicker; past a few of them, this is the body already
            passed.add(text)  # once: a gallery repeats its title under every picture
            if sum(map(len, passed)) > MAX_PASSED_CHARS:
                return blocks
            continue
        if text not in lead and _is_lead(owner, text, linked, not_lead):  # pages repeat a standfirst for small screens
            lead.append(text)
    return blocks


def _headline_h1(tree: HtmlElement, headline: str | None) -> HtmlElement | None:
    """The <h1> that holds the headline, else the first: sites put their name in an <h1> too, with
    the menus between it and the article."""
    h1s = list(tree.iter("h1"))
    if headline and len(h1s) > 1:
        folded = " ".join(headline.split()).casefold()
        for h1 in h1s:
            text = flat_text(h1).casefold()
            if text and (text == folded or folded in text or (len(text) >= MIN_HEADLINE_CHARS and text in folded)):
                return h1
    return h1s[0] if h1s else None


def _body_like(text: str) -> bool:
    """Could this text start the body? A short line without a sentence's end (`Written: 2023-11-07
    15:03 / Updated: ...`) is a date or a kicker that the extraction kept above the body."""
    return len(text) >= MIN_ANCHOR_CHARS and (len(text) >= PROSE_PARAGRAPH or ends_clause(text))


def _block_at(blocks: list[Block], offset: int) -> int:
    """The index of the block at `offset` in the blocks' texts joined by spaces."""
    position = 0
    for index, block in enumerate(blocks):
        position += len(block.text) + 1
        if position > offset:
            return index
    return len(blocks)


def _chunks_after(h1: HtmlElement) -> Iterator[tuple[HtmlElement | None, str, int]]:
    """The page's text after `h1`, in page order, cut at block elements and line breaks: for each
    chunk, the element whose text starts it (None for a further <h1>), its text, its characters in links.
    The tree is `blocks.html.parse`'s, without comments (iterwalk skips them, and their tails)."""
    parts: list[str] = []
    linked = hidden = in_link = 0
    owner: HtmlElement | None = None
    for event, node in _events_after(h1):
        tag = node.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
            if event == "end" and node.tail and not hidden:
                parts.append(node.tail)
            continue
        if tag in HIDDEN_TAGS:
            hidden = hidden + 1 if event == "start" else max(hidden - 1, 0)
            if event == "start" or hidden:
                continue
        elif hidden:
            continue
        if tag in BLOCK_TAGS:
            text = " ".join("".join(parts).split())
            if text:
                yield owner, text, linked
            parts, linked, owner = [], 0, None
            if tag == "h1" and event == "start":
                yield None, "", 0
        if tag == "a":
            in_link = in_link + 1 if event == "start" else max(in_link - 1, 0)
        piece = node.text if event == "start" else node.tail
        if piece:
            if owner is None and piece.strip():
                owner = node if event == "start" else node.getparent()
            parts.append(piece)
            if in_link and event == "start":
                linked += len(piece.strip())
    text = " ".join("".join(parts).split())
    if text:
        yield owner, text, linked


def _events_after(node: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """iterwalk's (event, element) pairs for everything after `node` in the page: its tail, then
    its following siblings, then its parent's end and tail, and so on up."""
    current: HtmlElement | None = node
    while current is not None:
        yield "end", current
        for sibling in current.itersiblings():
            if isinstance(sibling.tag, str):
                yield from etree.iterwalk(sibling, events=("start", "end"))
            else:  # a comment: iterwalk takes elements only; its tail is text
                yield "end", sibling
        current = current.getparent()


def _block_of(node: HtmlElement) -> HtmlElement:
    for ancestor in node.iterancestors():
        if ancestor.tag in BLOCK_TAGS:
            return ancestor
    return node


def _is_lead(node: HtmlElement, text: str, linked: int, not_lead: regex.Pattern[str]) -> bool:
    if len(text) < LEAD_MIN_CHARS or not ends_clause(text) or linked > MAX_LINK_SHARE * len(text):
        return False
    # Up to the article (or main, or body): an <article>'s own <header> holds its lead; the page's
    # does not, and the classes of <body> say nothing of a paragraph.
    path = []
    for ancestor in (node, *node.iterancestors()):
        if ancestor.tag in LEAD_SCOPE:
            break
        path.append(ancestor)
    outside = OUTSIDE_LEAD - {"header"} if ancestor.tag == "article" else OUTSIDE_LEAD
    # The classes of an inline element that holds most of the text count too (`<p><span
    # class="image-caption">`), not those of one that opens it (`<span class="date">`); the tags of
    # inline elements do not count: a lead may open with a link.
    block_seen = False
    for element in path:
        block_seen = block_seen or element.tag in BLOCK_TAGS
        if block_seen and element.tag in outside:
            return False
        if not_lead.search(f"{element.get('class', '')} {element.get('id', '')}") and (
                block_seen or len(element.text_content().strip()) >= INLINE_SHARE * len(text)):
            return False
    return True


POST_ANCHOR_LEVELS = 5  # how far up from the post to look for the paragraph before it
POST_ANCHOR_SIBLINGS = 8
MIN_POST_ANCHOR = 20  # characters of the paragraph before the post


def with_posts(tree: HtmlElement, blocks: list[Block], embedded: regex.Pattern[str] | None = None) -> list[Block]:
    """Posts embedded among the article's paragraphs (a quoted tweet) are text the article quotes,
    but trafilatura drops them with the embed code around them: put each back after the extracted
    paragraph that comes before it on the page. A post with no extracted paragraph just before it
    (in a sidebar, a feed) stays out. `embedded` finds a post's class, as the embed codes of social
    networks write it (generic.toml's `html.embedded_posts`; the shipped rules' when None)."""
    embedded = shipped().embedded_posts if embedded is None else embedded
    # iter() walks the tree in C: faster than an XPath testing every element's class
    posts = [q for q in tree.iter("blockquote") if embedded.search(q.get("class") or "")]
    if not posts or not blocks:
        return blocks
    extracted = " ".join(b.text for b in blocks)
    after: dict[int, list[Block]] = {}
    for post in posts:
        lines = visible_text(post).split("\n")
        if not lines[0] or any(line in extracted for line in lines):
            continue
        anchor = _paragraph_before(post, blocks)
        if anchor is not None:
            after.setdefault(anchor, []).extend(Block(line, 0, QUOTE) for line in lines)
    if not after:
        return blocks
    return [b for index, block in enumerate(blocks) for b in (block, *after.get(index, ()))]


def _paragraph_before(node: HtmlElement, blocks: list[Block]) -> int | None:
    """The index of the extracted block that is the element just before `node` (or before its parents)."""
    current: HtmlElement | None = node
    for _ in range(POST_ANCHOR_LEVELS):
        if current is None:
            return None
        for sibling in islice(current.itersiblings(preceding=True), POST_ANCHOR_SIBLINGS):
            if not isinstance(sibling.tag, str):
                continue
            # a paragraph, not a container that ends with one: the post must sit among the paragraphs
            text = flat_text(sibling)
            if len(text) >= MIN_POST_ANCHOR:
                for index in range(len(blocks) - 1, -1, -1):
                    if blocks[index].text == text:
                        return index
        current = current.getparent()
    return None
