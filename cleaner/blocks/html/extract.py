"""trafilatura's main content as blocks of a kind (heading, paragraph, list item, quote, table
cell, caption), with what it leaves out looked for in the page (blocks.html.recover)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import count
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from ...document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE, Block, Place
from ...rules.vocabulary import HtmlVocabulary, shipped
from .recover import chunks_left_out, holds, page_of, with_lead, with_posts

# The tags of trafilatura's XML that make a block, and the kind each gives.
KINDS = {"p": PARAGRAPH, "head": HEADING, "item": LIST_ITEM, "quote": QUOTE, "cell": TABLE,
         "figure": CAPTION, "caption": CAPTION, "code": PARAGRAPH}
CONTAINERS = frozenset({"list", "table", "row", "body", "div", "doc", "main", "comments"})
LINE_BREAK = "lb"
INLINE = frozenset({"hi", "ref", "del", "graphic"})  # text within a block (any other tag is read as such too)
# Where a block stands (document.Place): the rows of a table and the cells of a row are numbered.
TOP = Place()
ORDERED: dict[str, tuple[str, ...]] = {"table": ("row",), "row": ("cell",)}
HEADING_REND = re.compile(r"h[1-6]")
# Options for trafilatura: the article body without reader comments; `fast` skips its second
# opinion from readability and jusText (measured in benchmarks/: as good here, much faster).
EXTRACT_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True, "include_images": False,
                   "with_metadata": False}
SECOND_OPINION = {**EXTRACT_OPTIONS, "fast": False}


def extract_blocks(tree: HtmlElement, url: str | None, headline: str | None = None,
                   vocabulary: HtmlVocabulary | None = None) -> list[Block]:
    """trafilatura's main content as blocks; [] when it finds none. `headline`: the page's, when known;
    `vocabulary`: the generic rules' (the shipped rules' when None)."""
    vocabulary = shipped() if vocabulary is None else vocabulary
    tables = count()  # one numbering of tables for every extraction here, so that no two share a number
    blocks = _extract(tree, url, EXTRACT_OPTIONS, tables)
    if len(blocks) <= 1:
        # Nothing, or the whole page in one block (trafilatura's last-resort dump): ask again
        # without `fast`, so that trafilatura compares its result with readability's and jusText's.
        second = _extract(tree, url, SECOND_OPINION, tables)
        if second:
            blocks = second
    chunks = chunks_left_out(tree, blocks)
    if chunks is not None:  # the article goes on in sibling containers trafilatura left out
        # One chunk at a time: trafilatura takes the first of like containers as the article.
        whole = [b for chunk in chunks for b in _extract(page_of([chunk]), url, EXTRACT_OPTIONS, tables)]
        if holds(whole, blocks) and len(whole) > len(blocks):
            blocks = whole
    return with_posts(tree, with_lead(tree, blocks, headline, vocabulary.not_lead), vocabulary.embedded_posts)


def _extract(tree: HtmlElement, url: str | None, options: dict[str, Any],
             tables: Iterator[int] | None = None) -> list[Block]:
    result = trafilatura.bare_extraction(tree, url=url, **options)
    body = getattr(result, "body", None)
    if body is None:
        return []
    blocks: list[Block] = []
    _walk(body, PARAGRAPH, blocks, TOP, tables if tables is not None else count())
    return blocks


def _walk(node: etree._Element, kind: str, out: list[Block], place: Place, tables: Iterator[int]) -> None:
    """Each block element's own text is a block; nested blocks (a <p> in a <quote>) are their own;
    a line break inside a block starts a new one, as a new line does on the text path. Each block
    gets its Place: heading level, list depth, quote, table cell (for Markdown)."""
    parts: list[str] = [node.text or ""]
    ordinal = 0  # the rows of a table, the cells of a row, in order
    for child in node:
        if not isinstance(child.tag, str):  # a comment or processing instruction: only its tail is text
            parts.append(child.tail or "")
            continue
        tag = child.tag
        if tag in KINDS or tag in CONTAINERS or tag == LINE_BREAK:
            _flush(parts, kind, out, place)
            if tag != LINE_BREAK:
                _walk(child, KINDS.get(tag, kind), out, _inner(child, place, ordinal, tables), tables)
                ordinal += tag in ORDERED.get(str(node.tag), ())
            parts = [child.tail or ""]
        else:  # INLINE
            parts += [*child.itertext(), child.tail or ""]
    _flush(parts, kind, out, place)


def _inner(child: etree._Element, place: Place, ordinal: int, tables: Iterator[int]) -> Place:
    """The Place of what `child` holds, inside `place`; `ordinal`: the child's rank among its like siblings."""
    tag = child.tag
    if tag == "head":
        rend = child.get("rend") or ""
        return replace(place, level=int(rend[1]) if HEADING_REND.fullmatch(rend) else 0)
    if tag == "list":
        return replace(place, depth=place.depth + 1)
    if tag == "quote":
        return replace(place, quoted=True)
    if tag == "table":
        return replace(place, cell=(next(tables), -1, -1))
    if tag in ("row", "cell") and place.cell is not None:
        table, row, _ = place.cell
        return replace(place, cell=(table, ordinal, -1) if tag == "row" else (table, row, ordinal))
    return place


def _flush(parts: list[str], kind: str, out: list[Block], place: Place) -> None:
    text = " ".join("".join(parts).split())
    if text:
        out.append(Block(text, len(out) + 1, kind, place=place))
