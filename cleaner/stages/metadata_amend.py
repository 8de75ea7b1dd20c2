"""The names read from a byline line, made whole (page text only; after stages.metadata and
stages.metadata_far):
- a surname written in small letters, where the name's run stopped (`by Jo roe`, `von Anna müller`):
  the word after the first name is the surname when the page writes that word nowhere else but right
  after that first name (a common word, a link word, stands elsewhere too: `by Jo on May 3`);
- a dateline's place read as a name before a desk's (`Lakeside, Harbour News Bureau | May 3, 2021`,
  no byline word): the desk is the author ([metadata] desk_ends), a place is no person;
- a co-author's name alone on the line under a name alone (`Jane Doe` / `Jo Roe` under the headline):
  the second line is a name as the first is, no widget's, no label's.
"""

from __future__ import annotations

from collections.abc import Container

import regex

from ..authors import LowerCaseWords, bare_names, person
from ..document import AUTHOR, Document, Found, page_text
from ..page import Page
from ..rules.generic import MetadataReading
from .metadata_lines import byline_names

# A surname in small letters: a word of three letters or more (not a link word such as `on`, `am`).
SMALL_SURNAME = r"(\p{Ll}[\p{Ll}'’-]{2,})(?![\w'’-])"
LINE_SOURCE = regex.compile(r"line (\d+)")
# The desk after a dateline's place, up to the piece's end: `Lakeside, Harbour News Bureau | ...`
DESK_AFTER = r",\s+(?P<desk>\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,4})\s*(?:$|[|·•–—,]|\s-\s)"


def apply(doc: Document, page: Page) -> None:
    found = doc.found.get(AUTHOR)
    if found is None or not page_text(doc) or not isinstance(found.value, tuple):
        return
    m = LINE_SOURCE.fullmatch(found.source)
    at = next((i for i, b in enumerate(doc.blocks) if m and b.line == int(m.group(1))), None)
    if at is None:
        return
    common = LowerCaseWords((b.text for b in doc.blocks), page.generic.metadata.labels)
    reading = page.generic.metadata
    names = tuple(_with_small_surname(n, doc.blocks[at].text, common.text) for n in found.value)
    names = _desk_after_place(names, doc.blocks[at].text, reading)
    names += _co_author(doc, at, names, common, page.generic.metadata.roles)
    if names != found.value:
        doc.found[AUTHOR] = Found(names, found.source)


def _with_small_surname(name: str, line: str, text: str) -> str:
    """`Jo` read from `by Jo roe` -> `Jo roe`, when `roe` stands on the page only after `Jo`."""
    if " " in name:
        return name
    m = regex.search(rf"(?<![\w'’-]){regex.escape(name)}\s+{SMALL_SURNAME}", line)
    if m is None:
        return name
    word = m.group(1)
    alone = len(regex.findall(rf"(?<![\w./@'’-]){regex.escape(word)}(?![\w@'’-]|\.\w)", text))
    after = len(regex.findall(rf"(?<![\w'’-]){regex.escape(name)}\s+{regex.escape(word)}(?![\w@'’-]|\.\w)", text))
    return f"{name} {word}" if alone == after else name


def _desk_after_place(names: tuple[str, ...], line: str, reading: MetadataReading) -> tuple[str, ...]:
    """(`Lakeside`,) read from `Lakeside, Harbour News Bureau | May 3, 2021` -> (`Harbour News Bureau`,)."""
    if len(names) != 1 or byline_names(line, reading):
        return names
    m = regex.match(rf"\s*{regex.escape(names[0])}{DESK_AFTER}", line)
    desk = m.group("desk") if m else ""
    return (desk,) if desk and desk.split()[-1].casefold() in reading.desk_ends else names


def _co_author(doc: Document, at: int, names: tuple[str, ...], common: Container[str],
               roles: frozenset[str]) -> tuple[str, ...]:
    """The name alone on the line under the byline's line, when that line is one name alone too (no
    job's: `Jo Roe` / `Political Editor`)."""
    line = doc.blocks[at].text.strip()
    if len(names) != 1 or line != names[0] or at + 1 >= len(doc.blocks):
        return ()
    below = doc.blocks[at + 1]
    if doc.blocks[at + 1].line != doc.blocks[at].line + 1:  # a blank line between: another box's
        return ()
    second = bare_names(below.text, common, whole=True)
    if len(second) != 1 or second[0] != below.text.strip() or person(second[0], roles) != second[0]:
        return ()
    return second if second != names else ()
