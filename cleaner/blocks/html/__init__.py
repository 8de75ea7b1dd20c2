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
from ...text import words
from ..text import text_blocks
from .container import Reading, read_article
from .dom import HIDDEN_ELEMENT, visible_text
from .evidence import Evidence, read_evidence
from .fields import declared_fields
from .hidden import RULE as HIDDEN_RULE
from .hidden import only_copy, remove_hidden
from .markup import markup
from .meta import PageMeta, page_meta
from .parse import parse
from .rewrite import replace_in_html

# What stands between tags, for a page lxml cannot read whole (its hidden elements left out).
TAG = regex.compile(r"<[^>]*>")


def html_document(html: str, url: str | None, site: SiteRules | None,
                  vocabulary: HtmlVocabulary | None = None) -> Document:
    """The Document for an HTML page (decoded and normalised already). `vocabulary`: the generic
    rules' (GenericRules.html; the shipped rules' when None)."""
    vocabulary = shipped() if vocabulary is None else vocabulary
    notes: list[tuple[str, str]] = []
    if site is not None and site.xpaths.find_replace:
        html, notes = replace_in_html(html, site)
    tree = parse(html)
    if tree is None:  # nothing lxml can read whole: the text between the tags, line by line
        return Document(text_blocks(TAG.sub("\n", HIDDEN_ELEMENT.sub(" ", html))), url=url, source="html-fallback")
    # What the page and the site's rules say of the title, author and date, before any node goes.
    meta = page_meta(tree, url, vocabulary, json_ld=site is None or not site.xpaths.skip_json_ld)
    evidence = read_evidence(tree, site) if site is not None else Evidence()
    found = declared_fields(tree, url, vocabulary, evidence, json_ld=site is None or not site.xpaths.skip_json_ld)
    reading = _read_visible(tree, html, site, url, meta.title, vocabulary)
    for number, block in enumerate(reading.blocks, start=1):
        block.line = number
    if reading.blocks:
        doc = Document(reading.blocks, url=url, source="html", markup=markup(reading.tree, html, vocabulary))
    else:  # trafilatura found nothing: the page's visible text through the text path
        doc = Document(text_blocks(visible_text(reading.tree)), url=url, source="html-fallback")
    doc.removed_before = reading.removed
    doc.language = meta.language
    _metadata(doc, meta, evidence)
    doc.found = found
    doc.notes = notes + reading.notes + doc.notes
    return doc


KEPT_HIDDEN = "hidden text kept: without it the page is mostly empty (its only copy, shown by script)"


def _read_visible(tree: HtmlElement, html: str, site: SiteRules | None, url: str | None, headline: str | None,
                  vocabulary: HtmlVocabulary) -> Reading:
    """The article as the reader sees it, the hidden elements out; as the page came when they
    held its only copy."""
    hidden = remove_hidden(tree)
    reading = read_article(tree, site, url, headline, vocabulary)
    if not hidden.removed:
        return reading
    if only_copy(hidden, sum(words(b.text) for b in reading.blocks)):
        whole = parse(html)
        if whole is not None:
            reading = read_article(whole, site, url, headline, vocabulary)
            reading.notes.append((KEPT_HIDDEN, HIDDEN_RULE))
            return reading
    reading.removed = hidden.removed + reading.removed
    return reading


def _metadata(doc: Document, meta: PageMeta, evidence: Evidence) -> None:
    """The page's declarations and the site's evidence. The title is the site's CSS `title` when it
    matched (an order); otherwise stages.title decides, from the page's declarations, with the site's
    title XPath (`site_title`) as one more voice among them."""
    doc.title = evidence.css_title
    doc.declared = meta.declared
    doc.meta = meta.as_dict()
    # (the date is Article.date, blocks.html.fields: Article.meta repeated it)
    for name, value in (("site_title", evidence.title), ("author", evidence.author)):
        if value:
            doc.meta[name] = value
