"""The names read from a byline line, made whole (page text only; after stages.metadata and
stages.metadata_far):
- a surname written in small letters, where the name's run stopped (`by Jo roe`, `von Anna müller`):
  the word after the first name is the surname when the page writes that word nowhere else but right
  after that first name (a common word, a link word, stands elsewhere too: `by Jo on May 3`) and no
  language's stopword is it;
- the other names of a run of avatar badges over names (stages.metadata_initials: `JD` / `Jane Doe` /
  `JR` / `Jo Roe`), when a name of the run was read;
- a co-author's name alone on the line under a name alone (`Jane Doe` / `Jo Roe` under the headline):
  the second line is a name as the first is, no widget's, no label's.
"""

from __future__ import annotations

from collections.abc import Container

import regex

from ..authors import LowerCaseWords, bare_names, person
from ..document import AUTHOR, Document, Found, page_text
from ..page import Page
from .metadata_initials import badged_run

# A surname in small letters: a word of three letters or more (not a link word such as `on`, `am`).
SMALL_SURNAME = r"(\p{Ll}[\p{Ll}'’-]{2,})(?![\w'’-])"
LINE_SOURCE = regex.compile(r"line (\d+)")


def apply(doc: Document, page: Page) -> None:
    found = doc.found.get(AUTHOR)
    if found is None or not page_text(doc) or not isinstance(found.value, tuple):
        return
    m = LINE_SOURCE.fullmatch(found.source)
    at = next((i for i, b in enumerate(doc.blocks) if m and b.line == int(m.group(1))), None)
    if at is None:
        return
    common = LowerCaseWords((b.text for b in doc.blocks), page.generic.metadata.labels)
    stopwords = page.generic.stoplists.group_of if page.generic.stoplists else {}
    names = tuple(_with_small_surname(n, doc.blocks[at].text, common.text, stopwords) for n in found.value)
    badges = badged_run(doc, at - 1, common) if names == (doc.blocks[at].text.strip(),) else ()
    names = badges if len(badges) > 1 else names + _co_author(doc, at, names, common, page)
    if names != found.value:
        doc.found[AUTHOR] = Found(names, found.source)


def _with_small_surname(name: str, line: str, text: str, stopwords: Container[str]) -> str:
    """`Jo` read from `by Jo roe` -> `Jo roe`, when `roe` stands on the page only after `Jo` and is no
    language's stopword (`by Jo under News`, `by Jo with photos`: the page may have it once)."""
    if " " in name:
        return name
    m = regex.search(rf"(?<![\w'’-]){regex.escape(name)}\s+{SMALL_SURNAME}", line)
    if m is None:
        return name
    word = m.group(1)
    if word in stopwords:
        return name
    alone = len(regex.findall(rf"(?<![\w./@'’-]){regex.escape(word)}(?![\w@'’-]|\.\w)", text))
    after = len(regex.findall(rf"(?<![\w'’-]){regex.escape(name)}\s+{regex.escape(word)}(?![\w@'’-]|\.\w)", text))
    return f"{name} {word}" if alone == after else name


def _co_author(doc: Document, at: int, names: tuple[str, ...], common: Container[str], page: Page) -> tuple[str, ...]:
    """The name alone on the line under the byline's line, when that line is one name alone too: no
    job's (`Jo Roe` / `Political Editor`), no author box's link (`Jo Roe` / `All posts`), no menu's
    entry (a third name under it: a list of persons), no word past its first a stopword of the page's
    language (`Prev Next`)."""
    line = doc.blocks[at].text.strip()
    if len(names) != 1 or line != names[0] or at + 1 >= len(doc.blocks):
        return ()
    below = doc.blocks[at + 1]
    if below.line != doc.blocks[at].line + 1:  # a blank line between: another box's
        return ()
    reading = page.generic.metadata
    second = bare_names(below.text, common, whole=True)
    if len(second) != 1 or second[0] != below.text.strip() or person(second[0], reading.roles) != second[0]:
        return ()
    if any(w.casefold() in page.features.stopwords for w in second[0].split()[1:]) \
            or any(p.search(below.text) for p in reading.author_links):
        return ()
    third = doc.blocks[at + 2].text if at + 2 < len(doc.blocks) else ""
    return second if second != names and not bare_names(third, common, whole=True) else ()
