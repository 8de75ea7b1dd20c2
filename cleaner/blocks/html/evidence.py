"""What a site's rules say of the page's title, author and date: read before any node is removed
(a config often strips the very headline it points at, so that the body does not repeat it).

A CSS `title` selector is an order: the first that matches gives the title. A `title_xpath` is
evidence: it gives the title where the page's own declarations give none (or only the site's
name), and never when what it finds is the site's name (a stale XPath that now finds a logo's
text or a section's name).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from ...authors import BYLINE_WORD
from ...dates import from_declared, from_text
from ...rules.site import SiteRules
from ...rules.site_html import Named
from ...text import strip_site_name
from .dom import node_text
from .site import first_match

MAX_TITLE_CHARS = 300
MAX_AUTHOR_CHARS = 200


@dataclass(slots=True)
class Evidence:
    css_title: str | None = None  # what the site's CSS `title` selector found (an order)
    title: str | None = None  # what its title XPaths found (evidence)
    title_rule: str = ""
    author: str | None = None
    date: str | None = None  # ISO 8601 (cleaner.dates)
    author_rule: str = ""  # the rules that found them (`file.toml: html.author_xpath[0]`), for --explain
    date_rule: str = ""


def read_evidence(tree: HtmlElement, site: SiteRules) -> Evidence:
    found = Evidence()
    if site.html_title:
        node = first_match(tree, site.html_title)
        if node is not None:
            found.css_title = strip_site_name(node_text(node), [site.name])
    found.title, found.title_rule = first_text(tree, site.xpaths.title, MAX_TITLE_CHARS)
    author, found.author_rule = first_text(tree, site.xpaths.author, MAX_AUTHOR_CHARS, every=True)
    found.author = BYLINE_WORD.sub("", author) if author else None
    date, found.date_rule = first_text(tree, site.xpaths.date, MAX_TITLE_CHARS)
    found.date = (from_declared(date) or from_text(date)) if date else None
    return found


def first_text(tree: etree._Element, paths: Named, limit: int, every: bool = False) -> tuple[str | None, str]:
    """(the text the first XPath that gives some gives, that rule): an attribute's value, a text,
    a node's text; with `every`, the texts of all its nodes, joined (several authors)."""
    for rule, path in paths:
        try:
            found = path(tree)
        except etree.XPathError:  # an XPath that compiles may still fail on a page (a bad argument)
            continue
        texts = [t for t in (_text(item) for item in (found if isinstance(found, list) else [found])) if t]
        if not every:
            texts = texts[:1]
        text = ", ".join(dict.fromkeys(texts))
        if text and len(text) <= limit:
            return text, rule
    return None, ""


def _text(item: object) -> str:
    if isinstance(item, etree._Element):
        return node_text(item)
    if isinstance(item, str):  # an attribute's value or a text node (lxml's smart strings are str)
        return " ".join(item.split())
    return ""
