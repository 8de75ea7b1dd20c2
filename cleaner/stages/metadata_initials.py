"""Bylines shown with their authors' avatars (stages.metadata_far, page text only): a site without a
photo of its author shows the initials in a round badge over or beside the name, and the page text
has the badge's letters as a line of their own over each name:
    JD            <- the avatar's initials
    Jane Doe      <- the author
    JR
    Jo Roe
    May 3, 2021
A line of two or three capitals that are the initials of the name on the line under it is such a
badge; the run of badges and names nearest above the article (or in its first lines) gives its authors."""

from __future__ import annotations

from collections.abc import Container

import regex

from ..authors import bare_names
from ..document import Document
from ..page import Page
from ..rules.generic import MetadataReading

BADGE = regex.compile(r"\p{Lu}{2,3}")
FAR_ABOVE, INTO = 40, 6  # lines above the article's start (as stages.metadata_far), and into it, read
MAX_AUTHORS = 6


def initialled_names(doc: Document, page: Page, reading: MetadataReading,
                     common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The names under avatar badges nearest above the article's start (the first run of them)."""
    start = page.region.first
    for i in range(max(0, start - FAR_ABOVE), min(len(doc.blocks) - 1, start + INTO)):
        found = badged_run(doc, i, common)
        if found:
            return found, i + 1
    return None


def badged_run(doc: Document, i: int, common: Container[str]) -> tuple[str, ...]:
    """The names of the badges from line i on, each over its name (`JD` / `Jane Doe` / `JR` / `Jo Roe`)."""
    found: list[str] = []
    while len(found) < MAX_AUTHORS and (name := badged(doc, i, common)):
        found.append(name)
        i += 2
    return tuple(dict.fromkeys(found))


def badged(doc: Document, i: int, common: Container[str]) -> str:
    """The name on line i + 1 when line i is a badge of its initials, else ''."""
    if i < 0 or i + 1 >= len(doc.blocks):
        return ""
    badge, line = doc.blocks[i].text.strip(), doc.blocks[i + 1].text.strip()
    if not BADGE.fullmatch(badge):
        return ""
    names = bare_names(line, common, whole=True)
    if len(names) != 1 or names[0] != line:
        return ""
    words = [w for w in line.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return line if badge in (initials, initials[0] + initials[-1]) else ""
