"""DOM helpers: a node's text (spaced or run together), and the visible text of a tree, one block
a line: what a scraper without main-content detection saves (the HTML path's fallback)."""

from __future__ import annotations

from collections.abc import Collection

import regex
from lxml import etree

# A new line starts at the start and end of these elements.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul".split()
)
# Never visible.
HIDDEN_TAGS = frozenset("script style noscript template head iframe object svg select option".split())
HIDDEN_TAG = "script"  # what visible_text reads an element it is told to skip as
# The same elements found in a page's source, each to its end tag: for a page lxml cannot read whole.
HIDDEN_ELEMENT = regex.compile(rf"<({'|'.join(sorted(HIDDEN_TAGS))})\b.*?</\1\s*>", regex.I | regex.S)


def visible_text(root: etree._Element, skip: Collection[etree._Element] = ()) -> str:
    """Text of `root` without scripts, styles and the head (nor the elements in `skip`), a line
    per block element."""
    parts: list[str] = []
    skip_depth = 0
    for event, node in etree.iterwalk(root, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is not None and node in skip:
            tag = HIDDEN_TAG
        if event == "start":
            if tag in HIDDEN_TAGS:
                skip_depth += 1
            elif skip_depth == 0:
                if tag in BLOCK_TAGS:
                    parts.append("\n")
                if tag is not None and node.text:
                    parts.append(node.text)
            continue
        if tag in HIDDEN_TAGS:
            skip_depth -= 1
        elif skip_depth == 0 and tag in BLOCK_TAGS:
            parts.append("\n")
        if skip_depth == 0 and node.tail and node is not root:
            parts.append(node.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def node_text(node: etree._Element) -> str:
    """A node's text on one line, a space between its elements' texts."""
    return " ".join(" ".join(node.itertext()).split())


def flat_text(node: etree._Element) -> str:
    """A node's text as the page runs it together (no space added between elements), on one line.
    (tostring's text method: faster here than text_content or itertext.)"""
    return " ".join(etree.tostring(node, method="text", encoding="unicode", with_tail=False).split())
