"""A byline and its date that open a line run on past a bar into a note or the article's first
sentence (stages.metadata): `By Jo Roe on 3 May 2023 | 18 Comments. This post may contain affiliate
links.` The line is too long and ends as a sentence, so no byline rule takes it whole; its first
piece is a byline with a date. Its names and its date are read from that piece; the line stays in
the body (what follows the bar may be the article's)."""

from __future__ import annotations

import regex

from ..dates import YEAR
from ..rules.generic import MetadataReading
from .metadata_lines import SENTENCE_END, byline_names, longest_stamp

MAX_HEAD = 100  # the first piece as short as a byline (stages.metadata MAX_BYLINE_CHARS)
BAR = regex.compile(r"\s\|\s")


def byline_head(text: str, reading: MetadataReading) -> str:
    """The line's first piece when it is a byline with a dated stamp and the line runs on past it into
    a sentence; "" otherwise."""
    if not SENTENCE_END.search(text):
        return ""
    head = BAR.split(text, maxsplit=1)[0]
    if head == text or len(head) > MAX_HEAD or not YEAR.search(longest_stamp(head, reading)):
        return ""
    return head if byline_names(head, reading, whole=True) else ""
