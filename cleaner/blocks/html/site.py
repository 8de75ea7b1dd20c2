"""A site's HTML rules on the parsed page: nodes removed before extraction, and the nodes its
selectors point at (the article's container, its headline)."""

from __future__ import annotations

import functools

from lxml import etree
from lxml.html import HtmlElement

from ...rules.site import SiteRules
from ...rules.xpaths import needles
from .dom import node_text


def apply_site_html(tree: etree._Element, site: SiteRules) -> list[tuple[str, str]]:
    """Remove the nodes the site's `[html] drop` and `drop_xpath` rules name; (text, rule) of each
    node that held text, for --explain."""
    removed = []
    for rule, selector in site.html_drop:
        for node in selected(selector, tree):
            if isinstance(node, etree._Element):
                text = node_text(node)
                if text:
                    removed.append((text, rule))
                remove_node(node)
    return removed


def edits_page(tree: etree._Element, site: SiteRules) -> bool:
    """Whether any of the site's drop, dissolve or wrap rules selects an element of the page: when
    none does, its rules leave the tree as it is (and the generic reading need not be taken twice).
    An XPath whose needles (rules.xpaths.needles) the page's attributes do not hold is not run: the
    fallback config's class and image rules, on every page, cost more to run than to rule out."""
    paths = [*(s for _, s in site.html_drop), *(p for _, p in site.xpaths.dissolve),
             *(p for _, _, p in site.xpaths.wrap_in)]
    values: dict[str, str] = {}
    return any(isinstance(n, etree._Element) for path in paths if _may_select(path, tree, values)
               for n in selected(path, tree))


def _may_select(path: etree.XPath, tree: etree._Element, values: dict[str, str]) -> bool:
    found = needles(path.path)
    if found is None:
        return True
    for name, _ in found:
        if name not in values:
            values[name] = "\0".join(_attribute_values(name)(tree))
    return any(text in values[name] for name, text in found)


@functools.lru_cache(maxsize=64)
def _attribute_values(name: str) -> etree.XPath:
    """Every value of the attribute `name` on the page (a name `needles` took from an XPath)."""
    return etree.XPath(f"//@{name}", smart_strings=False)


def remove_node(node: etree._Element) -> None:
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


def selected(selector: etree.XPath, tree: etree._Element) -> list[object]:
    """What the selector selects; [] for a value (`count(//p)`) or an XPath that fails on this page
    (one that compiles can still fail when it runs, e.g. on an argument of the wrong type)."""
    try:
        found = selector(tree)
    except etree.XPathError:
        return []
    return found if isinstance(found, list) else []


def first_match(tree: HtmlElement, selectors: tuple[etree.XPath, ...]) -> HtmlElement | None:
    """The first node a selector finds that holds text (every element of `parse`'s tree is an HtmlElement)."""
    for selector in selectors:
        for node in selected(selector, tree):
            if isinstance(node, HtmlElement) and node_text(node):
                return node
    return None


