"""An author box's bio under the article (stages.metadata_far, page text only): a line that opens with
a person's name and their job as a writer (`Jane Doe is a senior writer for Harbour News, covering
science.`, `Jo Roe ist Redakteurin im Ressort Kultur.`; [metadata] author_bios) names the article's
author. Only past the article's end: inside it, such a sentence tells of someone the article is about."""

from __future__ import annotations

from collections.abc import Container

import regex

from ..authors import bare_names, person
from ..document import Document
from ..page import Page
from ..rules.generic import MetadataReading

# A bio opens with a full name ([metadata] author_bios: `names` first, rules.generic's `full_name`): two
# capitalised words, a name particle in small letters between them at most. A line that does not is none.
OPENS_WITH_NAME = regex.compile(r"\p{Lu}[\w.'’-]+[ \t]+(?:\p{Ll}+[ \t]+)?\p{Lu}")


def bio_below(doc: Document, page: Page, reading: MetadataReading,
              common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The name of the first bio line past the article's end."""
    for i in range(page.region.last + 1, len(doc.blocks)):
        text = doc.blocks[i].text.strip()
        if not OPENS_WITH_NAME.match(text):  # (every line past the end would be tried by every pattern)
            continue
        m = next((m for p in reading.author_bios if (m := p.match(text))), None)
        if m is None:
            continue
        name = m.group("names")
        # (a first name may be a common word here: `Will Roe is a ...`; the job after it tells it is one)
        if bare_names(name, (), whole=True) == (name,) and person(name, reading.roles) == name:
            return (name,), i
    return None
