"""The HTML path: parse once, apply the site's HTML rules, let trafilatura find the main content,
and turn its XML into the blocks the stages work on (headings, paragraphs, list items, captions);
collect the page's declarations (meta) and what its markup says of the blocks' texts (markup).

When trafilatura finds nothing, the page's visible text goes through the text path instead
(Document.source says which: "html" or "html-fallback").
"""

from __future__ import annotations

import regex
from lxml.html import HtmlElement

from ...document import Document
from ...rules.site import SiteRules
from ...rules.vocabulary import HtmlVocabulary, shipped
from ...text import strip_site_name
from ..text import text_blocks
from .dom import HIDDEN_ELEMENT, node_text, visible_text
from .extract import extract_blocks
from .markup import markup
from .meta import PageMeta, page_meta
from .parse import parse
from .site import apply_site_html, first_match

# What stands between tags, for a page lxml cannot read whole (its hidden elements left out).
TAG = regex.compile(r"<[^>]*>")


def html_document(html: str, url: str | None, site: SiteRules | None,
                  vocabulary: HtmlVocabulary | None = None) -> Document:
    """The Document for an HTML page (decoded and normalised already). `vocabulary`: the generic
    rules' (GenericRules.html; the shipped rules' when None)."""
    vocabulary = shipped() if vocabulary is None else vocabulary
    tree = parse(html)
    if tree is None:  # nothing lxml can read whole: the text between the tags, line by line
        return Document(text_blocks(TAG.sub("\n", HIDDEN_ELEMENT.sub(" ", html))), url=url, source="html-fallback")
    removed = apply_site_html(tree, site) if site is not None else []
    meta = page_meta(tree, url, vocabulary)
    body_node = first_match(tree, site.html_body) if site is not None else None
    blocks = extract_blocks(body_node if body_node is not None else tree, url, meta.title, vocabulary)
    for number, block in enumerate(blocks, start=1):
        block.line = number
    if blocks:
        doc = Document(blocks, url=url, source="html", markup=markup(tree, html, vocabulary))
    else:  # trafilatura found nothing: the page's visible text through the text path
        doc = Document(text_blocks(visible_text(tree)), url=url, source="html-fallback")
    doc.removed_before = removed
    doc.title = _title(tree, site, meta)
    doc.meta = meta.as_dict()
    doc.declared = meta.declared
    doc.language = meta.language
    return doc


def _title(tree: HtmlElement, site: SiteRules | None, meta: PageMeta) -> str | None:
    if site is not None and site.html_title:
        node = first_match(tree, site.html_title)
        if node is not None:
            return strip_site_name(node_text(node), [site.name])
    return None  # stages.title decides from the page's declarations


