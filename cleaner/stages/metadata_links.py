"""An author box that shows the author's name over its links (stages.metadata_far, page text only):
    Jane Doe
    Contact | More articles by this author
The links' line ([metadata] author_links: `More articles by this author`, `Weitere Artikel des
Autors`, `Contacter l'auteur`, `All posts` alone) tells that the name alone over it is the article's
author, when no blank line stands between them."""

from __future__ import annotations

from collections.abc import Container

from ..authors import bare_names, person
from ..document import Document
from ..page import Page
from ..rules.generic import MetadataReading
from ..rules.patterns import joined
from .metadata_head import widget_line

MAX_LINKS_LINE = 120  # a longer line under the name is prose, no box's links


def name_over_links(doc: Document, page: Page, reading: MetadataReading,
                    common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The first name alone on a line whose next line (widgets passed over) is an author box's links."""
    for i in range(len(doc.blocks) - 1):
        if not _links(doc, i + 1, reading):
            continue
        j = i
        while j >= 0 and widget_line(doc.blocks[j].text, doc.blocks[j].dropped, reading):
            j -= 1
        line = doc.blocks[j].text.strip() if j >= 0 else ""
        found = bare_names(line, common, whole=True)
        # (no blank line between: a menu's entry over another box's heading is none: `Our topics` / / `All posts`)
        close = doc.blocks[i + 1].line - doc.blocks[j].line == i + 1 - j if j >= 0 else False
        if close and len(found) == 1 and found[0] == line and person(line, reading.roles) == line:
            return found, j
    return None


def _links(doc: Document, i: int, reading: MetadataReading) -> bool:
    text = doc.blocks[i].text
    links = joined(reading.author_links, "metadata.author_links")  # (every line is tried: one search)
    return len(text) <= MAX_LINKS_LINE and links is not None and links.search(text) is not None
