"""A site's rewrites of the page that remove no text: literal replacements in the raw HTML before
it is parsed (`find_replace`), elements replaced by their content (`dissolve`) or wrapped in a new
element (`wrap_in`, e.g. a pull quote in a <blockquote>, which becomes a quote block)."""

from __future__ import annotations

from lxml import etree

from ...rules.site import SiteRules
from .dom import BLOCK_TAGS
from .site import selected


def replace_in_html(html: str, site: SiteRules) -> tuple[str, list[tuple[str, str]]]:
    """The raw HTML with the site's replacements made, in order, each on the result of the one
    before (as Full-Text RSS makes them); (what each did, rule) of those that found their text."""
    notes = []
    for rule, find, replace in site.xpaths.find_replace:
        count = html.count(find)
        if count:
            html = html.replace(find, replace)
            notes.append((f"replaced {count} time{'s' * (count != 1)} in the raw HTML", rule))
    return html, notes


def rewrite(tree: etree._Element, site: SiteRules) -> None:
    """Dissolve, then wrap, the elements the site's XPaths select."""
    for _, path in site.xpaths.dissolve:
        for node in _elements(path, tree):
            dissolve(node)
    for _, tag, path in site.xpaths.wrap_in:
        for node in _elements(path, tree):
            wrap(node, tag)


def _elements(path: etree.XPath, tree: etree._Element) -> list[etree._Element]:
    return [n for n in selected(path, tree) if isinstance(n, etree._Element)]


def dissolve(node: etree._Element) -> None:
    """Replace the element by its content: its text, children and tail stay where they were. A
    block that holds only text and inline elements (a heading) becomes a plain paragraph instead:
    its text, left loose between blocks, would be lost to the extraction, and it must stay."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tag in BLOCK_TAGS and not any(child.tag in BLOCK_TAGS for child in node):
        node.tag = "p"
        node.attrib.clear()
        return
    index = parent.index(node)
    before = node.getprevious()
    text = node.text or ""
    if before is not None:
        before.tail = (before.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    children = list(node)
    tail = node.tail or ""
    parent.remove(node)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    if children:
        children[-1].tail = (children[-1].tail or "") + tail
    elif before is not None:
        before.tail = (before.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail


def wrap(node: etree._Element, tag: str) -> None:
    """Put the element inside a new `tag` element, in its place."""
    parent = node.getparent()
    if parent is None:
        return
    wrapper = node.makeelement(tag, {})
    wrapper.tail, node.tail = node.tail, None
    parent.replace(node, wrapper)
    wrapper.append(node)
