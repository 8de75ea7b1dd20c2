"""A wiki's edit links: a section's heading as a scraper saves a wiki page carries its edit link in
brackets (`History[edit]`, `Geschichte[Bearbeiten | Quelltext bearbeiten]`, `Histoire[modifier |
modifier le code]`). The heading is the article's, the link is not: it is stripped from the line's
end and recorded, as a site's `strip_prefix` is (`--explain` lists it). The words are
`[navigation] edit_links` in generic.toml.
"""

from __future__ import annotations

from ..document import Document
from ..page import Page
from ..text import words

HEADING_WORDS = 12  # a heading's words at most: a longer line ending in brackets is a sentence's


def apply(doc: Document, page: Page) -> None:
    pattern = page.generic.edit_links
    if pattern is None:
        return
    reason = "navigation.edit-link"  # what --explain names the stripped link by
    for block in doc.blocks:
        if not block.kept or block.stripped or not block.text.endswith("]"):
            continue
        m = pattern.search(block.text)
        if m is None:
            continue
        rest = block.text[:m.start()].rstrip()
        if rest and words(rest) <= HEADING_WORDS:
            block.stripped, block.stripped_by, block.text = block.text[m.start():].strip(), reason, rest
