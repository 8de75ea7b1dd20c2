"""The article's author from lines further from the headline than stages.metadata reads (page text
only, when no line near the headline named one):
- a byline above the article's first paragraph with other furniture between them (a teaser list,
  a photo's caption, a survey box: `By Jane Doe` / `Nov 19, 2019` / ... / the article), the one
  nearest the article; only a line that is a byline as a whole, whose names are persons' names;
- a name line over a job line right above the article (`Jane Doe` / `Environment correspondent`:
  stages.metadata_jobs);
- an author box under the article: a heading of `[trailers] author_boxes` (`About the author`,
  `Über die Autorin`, `À propos de l'auteur`) and, on one of the lines under it, a line of the
  author's name (`Jane Doe`, `Autorin: Jane Doe`; authors.without_labels leaves its label off, and
  a credit's label gives no author: `Fotos: Jo Roe`), or the heading's own rest (`About Jane Doe`);
- a personal site's copyright line under the article that names a person as its holder, with a year
  or a `by` (`© 2004 - 2020 Jane Doe`, `Copyright © 2020 by Jo Roe - All rights reserved`): the last
  such line of the page ([metadata] copyrights), its name a person's (`© 2019 Harbour Media GmbH`
  names a firm, and a photo's `© Jo Roe` has neither year nor `by`);
- a byline at the article's foot: in the few lines past its end, a line of one person's name alone
  right beside a date line the rules took out (`First published` / `31.10.2023` / `Jane Doe`), or
  the names after an author's label there (`Author Harbour Desk` / `Date 31.10.2023`).
It reads lines other stages dropped and marks none.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

import regex

from ..authors import MAX_NAME_WORDS, NAME_WORD, LowerCaseWords, bare_names, names, person, without_labels
from ..document import AUTHOR, Document, Found, page_text
from ..page import Page
from ..rules.generic import MetadataReading
from ..rules.patterns import joined
from .metadata import MAX_BYLINE_CHARS
from .metadata_alone import beside_date_line
from .metadata_bios import bio_below
from .metadata_desk_foot import desk_at_foot
from .metadata_far_date import date_beside_byline
from .metadata_head import widget_line
from .metadata_initials import initialled_names
from .metadata_jobs import name_over_job
from .metadata_lines import byline_authors, byline_names
from .metadata_links import name_over_links

FAR_ABOVE = 40  # lines above the article's start where its byline may stand, furniture between
FOOT = 6  # lines past the article's end where a byline at its foot stands (widgets not counted)
BOX_LINES = 3  # lines under an author box's heading where the author's name stands (widgets not counted)


def apply(doc: Document, page: Page) -> None:
    if AUTHOR in doc.found or not doc.blocks or not page_text(doc) or page.region.total <= 0:
        return
    reading = page.generic.metadata
    common = LowerCaseWords((b.text for b in doc.blocks), reading.labels)
    for find in (_byline_above, name_over_job, initialled_names, _author_box, name_over_links, bio_below,
                 _copyright, _byline_at_foot, desk_at_foot):
        found = find(doc, page, reading, common)
        if found:
            names, i = found
            doc.found[AUTHOR] = Found(names, f"line {doc.blocks[i].line}")
            if find in (_byline_above, _byline_at_foot):  # its date line beside it (`By Jo Roe` / `Nov 15, 2019`)
                date_beside_byline(doc, i, reading, doc.language or page.features.language, common.text)
            return


def _byline_above(doc: Document, page: Page, reading: MetadataReading,
                  common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The byline nearest above the article's start, within FAR_ABOVE lines of it."""
    start = page.region.first
    for i in range(start - 1, max(-1, start - FAR_ABOVE - 1), -1):
        block = doc.blocks[i]
        if block.dropped is None or len(block.text) > MAX_BYLINE_CHARS:
            continue
        if without_labels(block.text, reading.author_labels) == " ".join(block.text.split()):
            continue  # no byline word or label opens it (`Nachrichten von Harbour Media`: the site's)
        found = byline_names(block.text, reading, whole=True)
        if found and all(bare_names(n, common) for n in found):  # persons' names, not `Von Rechts wegen`
            return found, i
    return None


def _author_box(doc: Document, page: Page, reading: MetadataReading,
                common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The name an author box under the article gives: its heading's rest or a name line under it."""
    any_box = joined(reading.author_boxes, "metadata.author_boxes")  # (a line no heading opens is passed over)
    for i in range(page.region.last + 1, len(doc.blocks)):
        text = doc.blocks[i].text.strip()
        if any_box is None or not any_box.match(text):
            continue
        # a heading that is the whole line, or whose rest is a name: `Über die Autorin` is not `Über die Autor` + `in`
        heading = next((m for p in reading.author_boxes
                        if (m := p.fullmatch(text) or p.match(text)) and _heading_alone(text, m.end(), common)), None)
        if heading is None:
            continue
        rest = text[heading.end():].strip(" :")
        if rest:  # `About Jane Doe` over `Jane Doe writes ...` (not `About Harbour News` over a menu)
            return _named_again(doc, i, rest, reading, common)
        return _name_under(doc, i, reading, common)
    return None


def _heading_alone(text: str, end: int, common: Container[str]) -> bool:
    """The heading is the whole line, or the rest is a name (`About Jane Doe`, `Über Lynn`)."""
    words = text[end:].strip(" :").split()
    return len(words) <= MAX_NAME_WORDS and all(NAME_WORD.fullmatch(w) and w.casefold() not in common for w in words)


def _named_again(doc: Document, i: int, rest: str, reading: MetadataReading,
                 common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The name in the heading (`About Jane`) when the first line under it opens with it (`Jane is ...`)."""
    for block in doc.blocks[i + 1:]:
        if widget_line(block.text, block.dropped, reading):
            continue
        first = block.text.split()[:len(rest.split())]
        return ((rest,), i) if " ".join(first).rstrip(",.:") == rest and len(block.text) > len(rest) else None
    return None


def _name_under(doc: Document, i: int, reading: MetadataReading,
                common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    for j in _past_widgets(doc, i + 1, BOX_LINES, reading):
        block = doc.blocks[j]
        name = without_labels(block.text, reading.author_labels, reading.credit_labels)
        found = bare_names(name, common, whole=True) if name is not None else ()
        if found:
            return byline_authors(found, reading), j
        if name is None:  # a credit's line (`Fotos: Jo Roe`): the box names no author
            return None
    return None


def _past_widgets(doc: Document, start: int, limit: int, reading: MetadataReading) -> Iterator[int]:
    """The first `limit` lines from `start` on that are no share or follow widget's."""
    seen = 0
    for j in range(start, len(doc.blocks)):
        block = doc.blocks[j]
        if widget_line(block.text, block.dropped, reading):
            continue
        seen += 1
        if seen > limit:
            return
        yield j


COPYRIGHT_AT = 40  # characters into the line where its copyright sign may stand (`Webdesign und alle Inhalte ©`)
# A word of a copyright holder's name: a capital, then small letters only; a capital inside the word
# (`HarbourMedia`, `ChemLab`) is a brand's, which a firm's copyright line names more often than a person.
PLAIN_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}’'-]+")
# What may follow the holder's name on its line, when no full stop or comma ends it: a separator
# (`© 2020 Jo Roe | Impressum`, `© 2020 by Jo Roe - Alle Rechte vorbehalten`). Another word runs the
# name on into a firm's or a body's (`© 2022 Harbour Software GmbH`, `© 2018 Deutsche Gesellschaft für
# Hafenkunde e.V.`, `© 2022 Harbour Games Munich 2022`): no person's.
AFTER_HOLDER = regex.compile(r"[|·•/–—-]+")
# A longer copyright line is a firm's legal notice (`© 2020 Harbour Media. All rights reserved. Use of ...`).
MAX_COPYRIGHT_LINE = 200


def _copyright(doc: Document, page: Page, reading: MetadataReading,
               common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    for i in range(len(doc.blocks) - 1, page.region.last, -1):
        text = doc.blocks[i].text
        # the longest reading up to the holder (`© 2019 harbour.example by Jo Roe`: past the site's name)
        found_at = [m for p in reading.copyrights if (m := p.search(text)) and m.start() <= COPYRIGHT_AT]
        if not found_at:
            continue
        words = _holder(text[max(found_at, key=lambda m: m.end()).end():]) if len(text) <= MAX_COPYRIGHT_LINE else []
        found = bare_names(" ".join(words), common, whole=True) if words else ()
        return (found, i) if _one_person(found, reading) else None
    return None


def _holder(rest: str) -> list[str]:
    """The words of the holder's name at the start of the copyright line's rest: plain name words up
    to a full stop, a comma, a separator or the line's end; none when another word runs it on."""
    words: list[str] = []
    for word in rest.split()[:MAX_NAME_WORDS + 1]:
        bare = word.rstrip(".,;:|")
        if not PLAIN_NAME_WORD.fullmatch(bare):
            return words if AFTER_HOLDER.fullmatch(word) else []
        words.append(bare)
        if bare != word:
            break
    return words


def _byline_at_foot(doc: Document, page: Page, reading: MetadataReading,
                    common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """A person's name alone beside a date line in the FOOT lines past the article's end."""
    for i in _past_widgets(doc, page.region.last + 1, FOOT, reading):
        block = doc.blocks[i]
        if len(block.text) > MAX_BYLINE_CHARS or not beside_date_line(doc, i, reading):
            continue
        found = _foot_names(block.text, reading, common)
        if found:
            return found, i
    return None


def _foot_names(text: str, reading: MetadataReading, common: Container[str]) -> tuple[str, ...]:
    """A person's name alone (`Jane Doe`), or the names after an author's label (`Author Harbour Desk`,
    a desk's too: the label says it is the author)."""
    rest = without_labels(text, reading.author_labels, reading.credit_labels)
    if rest is None:
        return ()
    if rest != " ".join(text.split()):
        return byline_authors(names(rest), reading)
    found = bare_names(text, common, whole=True)
    return found if _one_person(found, reading) else ()


def _one_person(found: tuple[str, ...], reading: MetadataReading) -> bool:
    """One name, a person's (no role or firm word in it)."""
    return len(found) == 1 and person(found[0], reading.roles) == found[0]
