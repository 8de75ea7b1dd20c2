"""From a page to its blocks (a Document): page text a block a line (`text`), HTML through trafilatura (`html`).

Building never drops a block: what goes is marked later, by the stages. The one exception is
a node a site's HTML rule removes before extraction (listed in `Document.removed_before`).
"""

from .html import html_document
from .text import text_blocks

__all__ = ["html_document", "text_blocks"]
