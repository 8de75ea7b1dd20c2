"""An article's body as Markdown, from the kinds and places of its kept blocks.

Headings become `#` lines (their page's level, `##` when not known), list items `- ` lines
(indented by depth), quotes `> ` lines, the cells of a table a pipe table (the first row its
header; several blocks in one cell joined by `<br>`); every other block a paragraph. The text
path's blocks are paragraphs, as they are. Nothing is added to the text but marks, and a line
that would read as a mark (`# tag`, `- item`, `1. step`, `> x`) has its first mark escaped, so
that the Markdown without its marks is the plain body. Inline characters (`*`, `_`, a backtick)
are left as the page has them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from .document import HEADING, LIST_ITEM, QUOTE, Place

DEFAULT_LEVEL = 2  # a heading whose level the page did not say: below the title's `#`
INDENT = "  "  # a list level
CELL_BREAK = "<br>"  # between the blocks of one table cell (a Markdown cell holds one line)

# A line that Markdown would read as a block mark: an ATX heading, a bullet, a quote, a table row,
# a thematic break, a code fence, a setext underline, an HTML block. A backslash before it keeps it text.
BLOCK_START = re.compile(r"#{1,6}(?=\s|$)|[-+*](?=\s|$)|[>|]|(?:[-*_]\s*){3,}$|`{3,}|~{3,}|=+\s*$|<[A-Za-z/!?]")
ORDERED_ITEM = re.compile(r"(\d{1,9})([.)])(?=\s|$)")  # `1. step`: escaped as `1\. step`
CLOSING_HASHES = re.compile(r"(?:^|(?<=\s))#+\s*$")  # an ATX heading's optional closing sequence


@dataclass(slots=True, frozen=True)
class Part:
    """A kept block of an article's body: its text, its kind (document.PARAGRAPH, HEADING, ...) and,
    on the HTML path, where it stood in the page (document.Place)."""

    text: str
    kind: str
    place: Place | None = None

    @property
    def quoted(self) -> bool:
        return self.kind == QUOTE or (self.place is not None and self.place.quoted)

    @property
    def table(self) -> int | None:
        return self.place.cell[0] if self.place is not None and self.place.cell is not None else None

    @property
    def depth(self) -> int:
        return self.place.depth if self.place is not None else 0


def render(parts: Iterable[Part]) -> str:
    """The body as Markdown: blocks separated by a blank line, as the plain body's paragraphs are."""
    sections = []
    for quoted, section in groupby(parts, key=lambda part: part.quoted):
        text = "\n\n".join(_render_run(run) for run in _runs(list(section)))
        sections.append("\n".join(f"> {line}" if line else ">" for line in text.split("\n")) if quoted else text)
    return "\n\n".join(sections)


def heading(text: str, level: int) -> str:
    """An ATX heading; a closing run of `#` in the text is escaped, since Markdown would drop it."""
    found = CLOSING_HASHES.search(text)
    if found:
        text = f"{text[:found.start()]}\\{text[found.start():]}"
    return f"{'#' * min(max(level, 1), 6)} {text}"


def escape_start(text: str) -> str:
    """The text, with a backslash before a first character that Markdown would read as a block mark."""
    if BLOCK_START.match(text):
        return "\\" + text
    ordered = ORDERED_ITEM.match(text)
    if ordered:
        return f"{ordered.group(1)}\\{text[ordered.end(1):]}"
    return text


def _runs(parts: Sequence[Part]) -> Iterator[list[Part]]:
    """Parts that render together: the cells of one table, the lines of one list; else one part."""
    def key(index_part: tuple[int, Part]) -> tuple[str, int]:
        index, part = index_part
        if part.table is not None:
            return "table", part.table
        if part.depth > 0:
            return "list", 0
        return "block", index

    for _, run in groupby(enumerate(parts), key=key):
        yield [part for _, part in run]


def _render_run(run: list[Part]) -> str:
    first = run[0]
    if first.table is not None:
        return _table(run)
    if first.depth > 0:
        return "\n".join(_list_line(part) for part in run)
    if first.kind == HEADING:
        level = first.place.level if first.place is not None else 0
        return heading(first.text, level or DEFAULT_LEVEL)
    return escape_start(first.text)


def _list_line(part: Part) -> str:
    indent = INDENT * (part.depth - 1)
    if part.kind == LIST_ITEM:
        return f"{indent}- {escape_start(part.text)}"
    return f"{indent}{INDENT}{escape_start(part.text)}"  # more of the item above: a continuation line


def _table(run: list[Part]) -> str:
    """A pipe table: cells in their rows and columns (a dropped cell leaves its place empty)."""
    cells: dict[tuple[int, int], list[str]] = {}
    for part in run:
        _, row, column = part.place.cell if part.place is not None and part.place.cell is not None else (0, 0, 0)
        cells.setdefault((max(row, 0), max(column, 0)), []).append(part.text.replace("|", "\\|"))
    rows = sorted({row for row, _ in cells})
    width = 1 + max(column for _, column in cells)
    lines = [_row([CELL_BREAK.join(cells.get((row, column), ())) for column in range(width)]) for row in rows]
    lines.insert(1, _row(["---"] * width))
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
