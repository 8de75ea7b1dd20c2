"""The HTML path: site HTML rules, then trafilatura for the main content and its metadata."""

from __future__ import annotations

import lxml.html
import trafilatura
from lxml import etree
from lxml.cssselect import CSSSelector

from .document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE, Block, Document, text_blocks
from .ruleset import SiteRules
from .titles import strip_site_name

KINDS = {"p": PARAGRAPH, "head": HEADING, "item": LIST_ITEM, "quote": QUOTE, "cell": TABLE, "row": TABLE}


def parse(html: str) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def apply_site_html(tree: etree._Element, site: SiteRules) -> None:
    for selector in site.html_drop:
        for node in CSSSelector(selector)(tree):
            _remove(node)
    for path in site.html_drop_xpath:
        for node in tree.xpath(path):
            if isinstance(node, etree._Element):
                _remove(node)


def _remove(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is not None:
        parent.remove(node)  # the tail goes too; it is part of what the rule names


def _first_text(tree: etree._Element, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        found = CSSSelector(selector)(tree)
        if found:
            text = " ".join(found[0].text_content().split())
            if text:
                return text
    return None


def html_document(html: str, url: str | None, site: SiteRules | None) -> Document:
    tree = parse(html)
    if tree is None:
        return Document(text_blocks(html), url=url, source="html-fallback")
    if site is not None:
        apply_site_html(tree, site)
    body_node = None
    if site is not None and site.html_body:
        for selector in site.html_body:
            found = CSSSelector(selector)(tree)
            if found:
                body_node = found[0]
                break
    result = trafilatura.bare_extraction(
        body_node if body_node is not None else tree, url=url, include_comments=False,
        include_tables=True, include_images=False, with_metadata=True,
    )
    blocks = _blocks(result) if result is not None else []
    meta = {k: str(getattr(result, k)) for k in ("title", "author", "date", "sitename", "language")
            if result is not None and getattr(result, k, None)}
    if blocks:
        out = Document(blocks, url=url, source="html", meta=meta)
    else:  # trafilatura found nothing: the page's visible text through the text path
        out = Document(text_blocks(tree.text_content()), url=url, source="html-fallback", meta=meta)
    title = (_first_text(tree, site.html_title) if site is not None else None) or meta.get("title")
    if title:
        out.title = strip_site_name(title, [n for n in (meta.get("sitename"), site.name if site else None) if n])
    out.language = meta.get("language")
    return out


def _blocks(result) -> list[Block]:
    body = getattr(result, "body", None)
    if body is None:
        return text_blocks(getattr(result, "text", None) or "")
    blocks: list[Block] = []
    for node in body.iter("p", "head", "item", "quote", "cell", "figure", "caption"):
        if node.tag in ("item",) and node.getparent() is not None and node.getparent().tag != "list":
            continue
        text = " ".join("".join(node.itertext()).split())
        if not text:
            continue
        kind = CAPTION if node.tag in ("figure", "caption") else KINDS.get(node.tag, PARAGRAPH)
        blocks.append(Block(text, len(blocks) + 1, kind))
    return blocks
