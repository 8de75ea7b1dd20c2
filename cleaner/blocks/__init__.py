"""From a page to its blocks (a Document): page text a block a line (`text`), HTML through trafilatura (`html`).

Building never drops a block: what goes is marked later, by the stages. The one exception is
a node a site's HTML rule removes before extraction (listed in `Document.removed_before`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import exports

if TYPE_CHECKING:
    from .html import html_document
    from .text import text_blocks

# Loaded on first use (cleaner.lazy): the text path never imports trafilatura.
__all__ = ["html_document", "text_blocks"]
__getattr__, __dir__ = exports(__name__, {"html_document": "html", "text_blocks": "text"})
