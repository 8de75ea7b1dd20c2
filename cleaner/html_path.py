"""The HTML path: parse once, apply the site's HTML rules, let trafilatura find the main content,
and turn its XML into the blocks the stages work on (headings, paragraphs, list items, captions).

When trafilatura finds nothing, the page's visible text goes through the text path instead
(Document.source says which: "html" or "html-fallback").
"""

from __future__ import annotations

import lxml.html
import regex
import trafilatura
from lxml import etree

from .document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE, Block, Document, text_blocks
from .html_meta import PageMeta, page_meta
from .ruleset import SiteRules
from .titles import strip_site_name
from .visible import visible_text

# lxml refuses a str that declares its own encoding; the text is decoded already.
XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*\?>", regex.I)
TAG = regex.compile(r"<[^>]*>")
# The tags of trafilatura's XML that make a block, and the kind each gives.
KINDS = {"p": PARAGRAPH, "head": HEADING, "item": LIST_ITEM, "quote": QUOTE, "cell": TABLE,
         "figure": CAPTION, "caption": CAPTION, "code": PARAGRAPH}
CONTAINERS = frozenset({"list", "table", "row", "body", "div", "doc", "main", "comments"})
LINE_BREAK = "lb"
# Options for trafilatura: the article body without reader comments; `fast` skips its second
# opinion from readability and jusText (measured in benchmarks/: as good here, much faster).
EXTRACT_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True, "include_images": False,
                   "with_metadata": False}


def parse(html: str) -> etree._Element | None:
    """The page as an lxml tree, or None when nothing can be made of it; broken markup is repaired."""
    html = XML_DECLARATION.sub("", html, count=1)
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def apply_site_html(tree: etree._Element, site: SiteRules) -> None:
    """Remove the nodes the site's `[html] drop` and `drop_xpath` rules name."""
    for selector in site.html_drop:
        for node in selector(tree):
            if isinstance(node, etree._Element):
                _remove(node)


def _remove(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    # The text after the node belongs to its parent, not to the node: keep it.
    if node.tail and node.tail.strip():
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _first(tree: etree._Element, selectors: tuple[etree.XPath, ...]) -> etree._Element | None:
    for selector in selectors:
        for node in selector(tree):
            if isinstance(node, etree._Element) and " ".join(node.itertext()).strip():
                return node
    return None


def html_document(html: str, url: str | None, site: SiteRules | None) -> Document:
    """The Document for an HTML page (decoded and normalised already)."""
    tree = parse(html)
    if tree is None:  # nothing lxml can read: the text between the tags, line by line
        return Document(text_blocks(TAG.sub(" ", html)), url=url, source="html-fallback")
    if site is not None:
        apply_site_html(tree, site)
    meta = page_meta(tree, url)
    body_node = _first(tree, site.html_body) if site is not None else None
    blocks = extract_blocks(body_node if body_node is not None else tree, url)
    if blocks:
        doc = Document(blocks, url=url, source="html")
    else:  # trafilatura found nothing: the page's visible text through the text path
        doc = Document(text_blocks(visible_text(tree)), url=url, source="html-fallback")
    doc.title = _title(tree, site, meta)
    doc.meta = meta.as_dict()
    doc.language = meta.language
    return doc


def _title(tree: etree._Element, site: SiteRules | None, meta: PageMeta) -> str | None:
    if site is not None and site.html_title:
        node = _first(tree, site.html_title)
        if node is not None:
            return strip_site_name(" ".join(" ".join(node.itertext()).split()), [site.name])
    return meta.title


def extract_blocks(tree: etree._Element, url: str | None) -> list[Block]:
    """trafilatura's main content as blocks; [] when it finds none."""
    result = trafilatura.bare_extraction(tree, url=url, **EXTRACT_OPTIONS)
    body = getattr(result, "body", None)
    if body is None:
        return []
    blocks: list[Block] = []
    _walk(body, PARAGRAPH, blocks)
    return blocks


def _walk(node: etree._Element, kind: str, out: list[Block]) -> None:
    """Each block element's own text is a block; nested blocks (a <p> in a <quote>) are their own;
    a line break inside a block starts a new one, as a new line does on the text path."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if not isinstance(child.tag, str):  # a comment or processing instruction: only its tail is text
            parts.append(child.tail or "")
            continue
        tag = child.tag
        if tag in KINDS or tag in CONTAINERS or tag == LINE_BREAK:
            _flush(parts, kind, out)
            if tag != LINE_BREAK:
                _walk(child, KINDS.get(tag, kind), out)
            parts = [child.tail or ""]
        else:  # inline: hi, ref, del, graphic
            parts += [*child.itertext(), child.tail or ""]
    _flush(parts, kind, out)


def _flush(parts: list[str], kind: str, out: list[Block]) -> None:
    text = " ".join("".join(parts).split())
    if text:
        out.append(Block(text, len(out) + 1, kind))
