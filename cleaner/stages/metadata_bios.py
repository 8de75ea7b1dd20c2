"""An author box's bio under the article (stages.metadata_far, page text only): a line that opens with
a person's name and their job as a writer (`Jane Doe is a senior writer for Harbour News, covering
science.`, `Jo Roe ist Redakteurin im Ressort Kultur.`; [metadata] author_bios) names the article's
author. Only past the article's end: inside it, such a sentence tells of someone the article is about."""

from __future__ import annotations

from collections.abc import Container

from ..authors import bare_names, person
from ..document import Document
from ..page import Page
from ..rules.generic import MetadataReading


def bio_below(doc: Document, page: Page, reading: MetadataReading,
              common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The name of the first bio line past the article's end."""
    for i in range(page.region.last + 1, len(doc.blocks)):
        text = doc.blocks[i].text.strip()
        m = next((m for p in reading.author_bios if (m := p.match(text))), None)
        if m is None:
            continue
        name = m.group("names")
        # (a first name may be a common word here: `Will Roe is a ...`; the job after it tells it is one)
        if bare_names(name, (), whole=True) == (name,) and person(name, reading.roles) == name:
            return (name,), i
    return None
