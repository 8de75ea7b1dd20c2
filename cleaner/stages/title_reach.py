"""How far above the article its headline may stand (stages.title, step c.): NEAR lines, the lines
of share and follow widgets between them not counted (`Headline` / `Jo Roe` / `Share` / `Tweet` /
`Pin` / `Email` / `Print` / the article: a share bar of a button a line pushed the headline out
of reach), at most MAX_WIDGETS of them. Reading only: nothing here drops a block."""

from __future__ import annotations

from ..document import Document
from ..page import Page
from .metadata_head import MAX_WIDGETS, widget_line


def near_top(doc: Document, page: Page, end: int, near: int) -> int:
    """The first of the `near` lines above line `end`, widget lines passed over."""
    reading = page.generic.metadata
    counted = widgets = 0
    i = end
    while i > 0 and counted < near:
        i -= 1
        block = doc.blocks[i] if i < len(doc.blocks) else None
        if block is not None and widgets < MAX_WIDGETS and widget_line(block.text, block.dropped, reading):
            widgets += 1
        else:
            counted += 1
    return i


def in_reach(doc: Document, page: Page, lines: list[int], end: int, near: int) -> list[int]:
    """The lines (of `lines`) among the `near` lines above line `end`, widget lines passed over."""
    top = near_top(doc, page, end, near)
    return [i for i in lines if i >= top]
