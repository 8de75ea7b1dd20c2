"""The peers a user would otherwise pick, each as `(html, url) -> Output`, set up once per process.

Each body is plain text with one block a line, so that it is scored exactly like the project's; a
peer that gives no title (or no body) leaves it None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import lxml.html
from lxml import etree

from cleaner.blocks.html.dom import visible_text
from figures import Output

Extractor = Callable[[str, str], Output]


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, a line per block (for peers that return HTML)."""
    if not html or not html.strip():
        return ""
    try:
        return visible_text(lxml.html.fromstring(html))
    except (etree.ParserError, ValueError):
        return ""


def trafilatura_peer(**options: Any) -> Extractor:
    import trafilatura

    def run(html: str, url: str) -> Output:
        return Output(trafilatura.extract(html, url=url, **options) or "", None)

    return run


def trafilatura_title_peer() -> Extractor:
    """trafilatura's metadata title (what `bare_extraction(with_metadata=True)` reports)."""
    from trafilatura import extract_metadata

    def run(html: str, url: str) -> Output:
        return Output(None, extract_metadata(html, default_url=url).title or "")

    return run


def readability_peer() -> Extractor:
    from readability import Document

    def run(html: str, url: str) -> Output:
        doc = Document(html, url=url)
        title = doc.short_title()  # before summary(), which reworks the parsed tree
        return Output(html_to_text(doc.summary(html_partial=True)), title)

    return run


def justext_peer() -> Extractor:
    import justext

    # One stoplist for every language of the benchmark, as trafilatura's own evaluation does:
    # the pages are in many languages and jusText needs to be told one.
    stoplist = frozenset().union(*(justext.get_stoplist(lang) for lang in justext.get_stoplists()))

    def run(html: str, url: str) -> Output:
        paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate), None)

    return run


def resiliparse_peer() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str) -> Output:
        return Output(extract_plain_text(html, main_content=True), None)

    return run


def page_text_baseline() -> Extractor:
    """The page text as it is, and its first line as the title: what a cleaner must beat."""

    def run(text: str, url: str) -> Output:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        return Output(text, first)

    return run
