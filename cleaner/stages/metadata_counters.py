"""A name alone under the headline over a post's counters (stages.metadata_alone): a blog's header shows
the author's name and, on the line under it, the counts of its likes, comments and shares, numbers
alone (`Jane Doe` / `0 4 12`). A label or a tag over the article is never followed by them."""

from __future__ import annotations

import regex

from ..document import Document

COUNTERS = regex.compile(r"\d{1,5}(?:[ \t]+\d{1,5}){1,4}")  # two to five counts, each a number alone


def over_counters(doc: Document, text: str) -> bool:
    """A line of `text` alone stands right over a line of counters."""
    return any(b.text.strip() == text.strip() and COUNTERS.fullmatch(doc.blocks[i + 1].text.strip()) is not None
               for i, b in enumerate(doc.blocks[:-1]))
