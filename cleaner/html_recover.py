"""What trafilatura leaves out of an article, looked for in the page: the chunks of an article
split into like containers, and a lead set apart between the headline and the body."""

from __future__ import annotations

import copy

import lxml.html
import regex
from lxml import etree

from .document import PARAGRAPH, Block

HOLDS_SHARE = 0.5

MIN_ANCHOR_CHARS = 50
SIBLING_LEVELS = 6  # how far up from the first paragraph to look for its chunks (grid wrappers nest them)
PROSE_PARAGRAPH = 120  # characters
MAX_LINK_SHARE = 0.3
CHUNK_PROSE_CHARS = 300  # a sibling holding this much paragraph text that was left out continues the article


def chunks_left_out(tree: etree._Element, blocks: list[Block]) -> list[etree._Element] | None:
    """Articles split into chunks (`<div class="body">` after `<div class="body">`, with ads between):
    the containers of the same tag and class as the one holding the extracted text, in page order,
    when others among them hold paragraphs that were left out."""
    texts = {b.text for b in blocks if b.kind == PARAGRAPH and len(b.text) >= MIN_ANCHOR_CHARS}
    if not texts:
        return None
    anchor = next((p for p in tree.iter("p") if " ".join(p.text_content().split()) in texts), None)
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


def _prose_left_out(node: etree._Element, extracted: str) -> int:
    """Characters of prose paragraphs in the node that the extraction left out; teasers (short,
    or mostly links) are not prose."""
    total = 0
    for p in node.iter("p"):
        text = " ".join(p.text_content().split())
        if len(text) < PROSE_PARAGRAPH or text in extracted or next(p.iterancestors("a"), None) is not None:
            continue
        linked = sum(len(a.text_content()) for a in p.iter("a"))
        if linked <= MAX_LINK_SHARE * len(text):
            total += len(text)
    return total


def page_of(nodes: list[etree._Element]) -> etree._Element:
    """A page whose body holds copies of the nodes, in order."""
    page = lxml.html.document_fromstring("<html><body></body></html>")
    body = page.find("body")
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
LEAD_END = regex.compile(r"[.!?…:;。！？\"”»)]$")
OUTSIDE_LEAD = frozenset({"nav", "aside", "header", "footer", "figure", "figcaption", "form", "a", "li", "button"})
LEAD_SCOPE = frozenset({"article", "main", "body"})
NOT_LEAD = regex.compile(r"caption|credit|byline|author|meta|date|share|teaser|related|breadcrumb|social|"
                         r"newsletter|comment|cookie|consent|promo|advert|banner", regex.I)


def with_lead(tree: etree._Element, blocks: list[Block]) -> list[Block]:
    """The lead (standfirst, intro) that sites set apart between the headline and the body, where
    trafilatura does not look: prose paragraphs after the last <h1> before the first extracted one."""
    first = next((b.text for b in blocks if b.kind == PARAGRAPH and len(b.text) >= MIN_ANCHOR_CHARS), None)
    if first is None:
        return blocks
    extracted = " ".join(b.text for b in blocks)
    lead: list[str] | None = None  # None until an <h1> is seen
    for node in tree.iter("h1", "p"):
        if node.tag == "h1":
            lead = []
            continue
        text = " ".join(node.text_content().split())
        if text == first:
            if not lead:
                return blocks
            return [Block(t, 0, PARAGRAPH) for t in lead[:LEAD_MAX]] + blocks
        if lead is not None and _is_lead(node, text, extracted):
            lead.append(text)
    return blocks


def _is_lead(node: etree._Element, text: str, extracted: str) -> bool:
    if len(text) < LEAD_MIN_CHARS or not LEAD_END.search(text) or text in extracted:
        return False
    if sum(len(a.text_content()) for a in node.iter("a")) > MAX_LINK_SHARE * len(text):
        return False
    # Up to the article (or main, or body): an <article>'s own <header> holds its lead; the page's
    # does not, and the classes of <body> say nothing of a paragraph.
    path = []
    for ancestor in (node, *node.iterancestors()):
        if ancestor.tag in LEAD_SCOPE:
            break
        path.append(ancestor)
    outside = OUTSIDE_LEAD - {"header"} if ancestor.tag == "article" else OUTSIDE_LEAD
    return not any(a.tag in outside or NOT_LEAD.search(f"{a.get('class', '')} {a.get('id', '')}") for a in path)
