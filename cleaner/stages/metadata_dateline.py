"""A dateline's place before a desk's name, with no byline word (stages.metadata): `Lakeside, Harbour
News Bureau | Updated 3 May 2021`, `Hamburg, Hafen Redaktion | 03.05.2021`. The desk (its name's last
word one of [metadata] desk_ends) signs the article: it is the author; the place is no person."""

from __future__ import annotations

import regex

from ..rules.generic import MetadataReading

# A place of one to three words in capitals, a comma, a desk's name of one to five words in capitals.
PLACE_AND_DESK = regex.compile(
    r"\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+(?P<desk>\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,4})\s*")


def dateline_desk(piece: str, reading: MetadataReading) -> tuple[str, ...]:
    """(`Harbour News Bureau`,) for the piece `Lakeside, Harbour News Bureau`; () for any other."""
    m = PLACE_AND_DESK.fullmatch(piece)
    desk = m.group("desk") if m else ""
    return (desk,) if desk and desk.split()[-1].casefold() in reading.desk_ends else ()
