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
from .html_marks import mark_dates, mark_links, mark_marked_metadata, mark_structure
from .html_meta import PageMeta, node_text, page_meta
from .html_recover import chunks_left_out, holds, page_of, with_lead, with_posts
from .ruleset import SiteRules
from .titles import strip_site_name
from .visible import visible_text

# lxml refuses a str that declares its own encoding; the text is decoded already.
XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*\?>", regex.I)
TAG = regex.compile(r"<[^>]*>")
HIDDEN = regex.compile(r"<(script|style|head|template|noscript)\b.*?</\1\s*>", regex.I | regex.S)
# The tags of trafilatura's XML that make a block, and the kind each gives.
KINDS = {"p": PARAGRAPH, "head": HEADING, "item": LIST_ITEM, "quote": QUOTE, "cell": TABLE,
         "figure": CAPTION, "caption": CAPTION, "code": PARAGRAPH}
CONTAINERS = frozenset({"list", "table", "row", "body", "div", "doc", "main", "comments"})
LINE_BREAK = "lb"
# Options for trafilatura: the article body without reader comments; `fast` skips its second
# opinion from readability and jusText (measured in benchmarks/: as good here, much faster).
EXTRACT_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True, "include_images": False,
                   "with_metadata": False}
SECOND_OPINION = {**EXTRACT_OPTIONS, "fast": False}

# trafilatura takes only lxml.html's HtmlElement, but lxml.html's own parser picks each element's
# class with a Python callback (FormElement for <form>, ...), called for every element any code
# touches: trafilatura's walks over its copies of the tree pay it a few thousand times a page.
# One class for all elements is looked up in C; nothing here or in trafilatura uses the form classes.
ELEMENT_CLASSES = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement)


def parse(html: str) -> etree._Element | None:
    """The page as an lxml tree, or None when nothing (or not all) of it can be read; broken markup
    is repaired."""
    html = XML_DECLARATION.sub("", html, count=1)
    # As trafilatura parses: comments and processing instructions would only be in its way.
    parser = etree.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(ELEMENT_CLASSES)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    # libxml2 silently leaves out what is nested deeper than its limit (256 elements): a tree
    # without it would lose text, so such a page is read as text between tags instead.
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return None
    return tree


def apply_site_html(tree: etree._Element, site: SiteRules) -> list[tuple[str, str]]:
    """Remove the nodes the site's `[html] drop` and `drop_xpath` rules name; (text, rule) of each
    node that held text, for --explain."""
    removed = []
    for rule, selector in site.html_drop:
        for node in selector(tree):
            if isinstance(node, etree._Element):
                text = node_text(node)
                if text:
                    removed.append((text, rule))
                _remove(node)
    return removed


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
    if tree is None:  # nothing lxml can read whole: the text between the tags, line by line
        return Document(text_blocks(TAG.sub("\n", HIDDEN.sub(" ", html))), url=url, source="html-fallback")
    removed = apply_site_html(tree, site) if site is not None else []
    meta = page_meta(tree, url)
    body_node = _first(tree, site.html_body) if site is not None else None
    blocks = extract_blocks(body_node if body_node is not None else tree, url, meta.title)
    for number, block in enumerate(blocks, start=1):
        block.line = number
    if blocks:
        mark_structure(blocks)
        mark_links(blocks, tree)
        mark_dates(blocks)
        mark_marked_metadata(blocks, tree, html)
        doc = Document(blocks, url=url, source="html")
    else:  # trafilatura found nothing: the page's visible text through the text path
        doc = Document(text_blocks(visible_text(tree)), url=url, source="html-fallback")
    doc.removed_before = removed
    doc.title = _title(tree, site, meta)
    doc.meta = meta.as_dict()
    doc.language = meta.language
    return doc


def _title(tree: etree._Element, site: SiteRules | None, meta: PageMeta) -> str | None:
    if site is not None and site.html_title:
        node = _first(tree, site.html_title)
        if node is not None:
            return strip_site_name(node_text(node), [site.name])
    return meta.title


def extract_blocks(tree: etree._Element, url: str | None, headline: str | None = None) -> list[Block]:
    """trafilatura's main content as blocks; [] when it finds none. `headline`: the page's, when known."""
    blocks = _extract(tree, url, EXTRACT_OPTIONS)
    if len(blocks) <= 1:
        # Nothing, or the whole page in one block (trafilatura's last-resort dump): ask again
        # without `fast`, so that trafilatura compares its result with readability's and jusText's.
        second = _extract(tree, url, SECOND_OPINION)
        if second:
            blocks = second
    chunks = chunks_left_out(tree, blocks)
    if chunks is not None:  # the article goes on in sibling containers trafilatura left out
        # One chunk at a time: trafilatura takes the first of like containers as the article.
        whole = [b for chunk in chunks for b in _extract(page_of([chunk]), url, EXTRACT_OPTIONS)]
        if holds(whole, blocks) and len(whole) > len(blocks):
            blocks = whole
    return with_posts(tree, with_lead(tree, blocks, headline))


def _extract(tree: etree._Element, url: str | None, options: dict) -> list[Block]:
    result = trafilatura.bare_extraction(tree, url=url, **options)
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
