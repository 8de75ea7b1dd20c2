"""The peers a user would otherwise pick, each as `html -> text`, set up once per process.

Each returns plain text with one block a line, so that they are scored exactly like the project.
"""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
from lxml import etree

from cleaner.blocks.html.dom import visible_text

Extractor = Callable[[str, str], str]

def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, a line per block (for peers that return HTML)."""
    if not html or not html.strip():
        return ""
    try:
        return visible_text(lxml.html.fromstring(html))
    except (etree.ParserError, ValueError):
        return ""


def trafilatura_peer(**options) -> Extractor:
    import trafilatura

    def run(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url, **options) or ""

    return run


def readability_peer() -> Extractor:
    from readability import Document

    def run(html: str, url: str) -> str:
        return html_to_text(Document(html, url=url).summary(html_partial=True))

    return run


def justext_peer() -> Extractor:
    import justext

    # One stoplist for every language of the benchmark, as trafilatura's own evaluation does:
    # the pages are in many languages and jusText needs to be told one.
    stoplist = frozenset().union(*(justext.get_stoplist(lang) for lang in justext.get_stoplists()))

    def run(html: str, url: str) -> str:
        paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def resiliparse_peer() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str) -> str:
        return extract_plain_text(html, main_content=True)

    return run
