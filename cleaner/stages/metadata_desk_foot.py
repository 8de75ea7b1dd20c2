"""A desk that signs the article at its foot (stages.metadata_far, page text only): a line of the
desk's name alone a few lines past the article's end (`Harbour Redaktion`, `Gazette News Desk`), its
last word one of [metadata] desk_ends and its words in capitals, none a word the page writes in small
letters (`Die Redaktion`, `Kontakt zur Redaktion` are a menu's entries or a box's heading)."""

from __future__ import annotations

from collections.abc import Container

import regex

from ..document import Document
from ..page import Page
from ..rules.generic import MetadataReading
from .metadata_head import widget_line

FOOT = 6  # lines past the article's end where the desk signs (widgets not counted; as stages.metadata_far)
DESK_NAME = regex.compile(r"\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){1,4}")  # two to five words in capitals


def desk_at_foot(doc: Document, page: Page, reading: MetadataReading,
                 common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    seen = 0
    for i in range(page.region.last + 1, len(doc.blocks)):
        text = doc.blocks[i].text.strip()
        if widget_line(doc.blocks[i].text, doc.blocks[i].dropped, reading):
            continue
        seen += 1
        if seen > FOOT:
            return None
        words = text.split()
        if DESK_NAME.fullmatch(text) and words[-1].casefold() in reading.desk_ends \
                and not any(w.casefold() in common for w in words[:-1]):
            return (text,), i
    return None
