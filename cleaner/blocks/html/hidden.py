"""What the page hides from its reader, taken out of the tree before extraction (as a site's HTML
drop rules are, and listed with them for --explain): elements with the `hidden` attribute or an
inline `display:none` / `visibility:hidden`, the inert content of `<template>` and `<noscript>`
(trafilatura keeps a template's text), and `aria-hidden` decoration that is no prose. A hidden
copy of text the page shows elsewhere stays (see remove_hidden).

Some pages hide the article's only copy and show it by script (a list whose entries a script
reveals one by one, a body loaded hidden): the caller keeps the hidden text when what is left
would be mostly empty (`only_copy`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from lxml import etree

from ...text import words
from .dom import flat_text, node_text, visible_text
from .site import remove_node

RULE = "html.hidden"
HIDDEN_STYLE = regex.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)",
                             regex.I)
INERT_TAGS = frozenset({"template", "noscript"})
# `aria-hidden` keeps an element from a screen reader, not from the eye: icons, counters and labels,
# but also pull quotes, which repeat the article's sentences and belong to its text. Only what
# reads as no prose (short, or without a sentence's end) is taken for decoration.
MAX_DECORATION_WORDS = 8
SENTENCE_END = regex.compile(r"[.!?\u3002\uff01\uff1f][\"'\u201d\u2019)]?(?:\s|$)")
# `hidden="until-found"` content is found by the browser's search and shown: it is the page's text.
UNTIL_FOUND = "until-found"


@dataclass(slots=True)
class Hidden:
    removed: list[tuple[str, str]]  # (text, RULE) of each element taken out that held text
    prose_words: int  # words of that text outside links: what the page would lose of its prose


def remove_hidden(tree: etree._Element) -> Hidden:
    """Take the hidden elements that hold text out of `tree` (outermost only; the text after each
    stays). A hidden copy of text the page shows elsewhere (a print-only lead, a share button's
    excerpt) stays: the reader sees that text, and where the copy stands may be inside the article
    where the shown one is not; the repeats stage drops a second copy."""
    found = [(n, text) for n in _outermost(tree) if (text := node_text(n)) or n.tag in INERT_TAGS]
    if not found:
        return Hidden([], 0)
    # The page's text without them, read (before any goes) only when a shown copy is to be looked for.
    looked_for = any(text and node.tag not in INERT_TAGS for node, text in found)
    shown = _squeezed(visible_text(tree, skip={node for node, _ in found})) if looked_for else ""
    removed: list[tuple[str, str]] = []
    prose = 0
    for node, text in found:
        if text and node.tag not in INERT_TAGS and _squeezed(flat_text(node)) in shown:
            continue
        if text:
            removed.append((text, RULE))
            prose += words(text) - sum(words(node_text(a)) for a in node.iter("a"))
        remove_node(node)
    return Hidden(removed, prose)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def only_copy(hidden: Hidden, kept_words: int) -> bool:
    """The hidden prose is the article's only copy: the extraction without it kept fewer words than
    it took out (the page empty, or mostly empty, without it)."""
    return hidden.prose_words > kept_words


def is_hidden(node: etree._Element) -> bool:
    tag = node.tag
    if not isinstance(tag, str) or tag in ("html", "body"):
        return False
    if tag in INERT_TAGS:
        return True
    value = node.get("hidden")
    if value is not None and value.strip().lower() != UNTIL_FOUND:
        return True
    style = node.get("style")
    if style and HIDDEN_STYLE.search(style):
        return True
    return (node.get("aria-hidden") or "").strip().lower() == "true" and _decoration(node)


def _decoration(node: etree._Element) -> bool:
    text = node_text(node)
    return words(text) <= MAX_DECORATION_WORDS or not SENTENCE_END.search(text)


def _outermost(tree: etree._Element) -> list[etree._Element]:
    found = [node for node in tree.iter() if is_hidden(node)]
    chosen = set(found)
    return [n for n in found if not any(a in chosen for a in n.iterancestors())]
