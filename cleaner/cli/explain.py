"""`--explain --format text`: the page, line by line, with what was removed and the rule that removed it.

On a terminal: a rich table, removed lines dimmed, the rule beside each, the title in bold.
Elsewhere (a pipe, a file): plain text, one row a line, `LINE MARK TEXT [RULE]`, where MARK is
`+` kept in the body, `-` removed, `=` removed from the body because it is the title, `!` a note
on how a site rule read the page (a body XPath that matched nothing: the generic extraction was used),
`@` a metadata field, `author: Jane Doe`, with where it came from (`line 3`, `json-ld.author`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from ..document import FIELDS, Document
from ..read import read_page

if TYPE_CHECKING:
    from ..pipeline import Cleaner

KEPT, REMOVED, TITLE, NOTE, FIELD = "+", "-", "=", "!", "@"


@dataclass(slots=True, frozen=True)
class Row:
    line: int  # source line (text) or block number (HTML)
    mark: str  # KEPT, REMOVED or TITLE
    text: str
    rule: str = ""


def rows(doc: Document) -> list[Row]:
    """Every block in page order; a stripped prefix is its own removed row before the rest of its line."""
    out = [Row(0, FIELD, f"{key}: {_value(doc.found[key].value)}", doc.found[key].source)
           for key in FIELDS if key in doc.found]
    out += [Row(0, NOTE, text, rule) for text, rule in doc.notes]
    out += [Row(0, REMOVED, text, rule) for text, rule in doc.removed_before]  # before extraction: line 0
    for block in doc.blocks:
        if block.stripped:
            out.append(Row(block.line, REMOVED, block.stripped, block.stripped_by))
        if block.dropped is None:
            out.append(Row(block.line, KEPT, block.text))
        else:
            out.append(Row(block.line, TITLE if block.title else REMOVED, block.text, block.dropped))
    return out


def _value(value: str | tuple[str, ...]) -> str:
    return ", ".join(value) if isinstance(value, tuple) else value


def explain(cleaner: Cleaner, page: str | bytes, url: str | None = None, kind: str | None = None) -> Document:
    """The marked Document for a page: what `Cleaner.clean` summarises into an Article."""
    text, is_html = read_page(page, kind)
    return cleaner.document(text, url, is_html)


def plain(table: list[Row], out: TextIO) -> None:
    width = len(str(max((r.line for r in table), default=0)))
    for r in table:
        out.write(f"{r.line:>{width}} {r.mark} {r.text}" + (f"  [{r.rule}]" if r.rule else "") + "\n")


def rich(table: list[Row], out: TextIO, title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    grid = Table(box=None, show_header=False, pad_edge=False, expand=True, title=title, title_justify="left")
    grid.add_column(justify="right", style="dim", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(style="magenta", no_wrap=True)
    styles = {KEPT: "", REMOVED: "dim", TITLE: "bold", NOTE: "italic", FIELD: "cyan"}
    for r in table:
        # Text objects, not markup: page text with [brackets] must print as it is.
        grid.add_row(str(r.line), Text(r.text, style=styles[r.mark]), Text(r.rule))
    Console(file=out, highlight=False).print(grid)


def show(doc: Document, out: TextIO, terminal: bool, name: str | None = None) -> None:
    """Write the explanation: rich on a terminal, plain rows otherwise. `name` heads it (several pages)."""
    table = rows(doc)
    if terminal:
        rich(table, out, name)
        return
    if name is not None:
        out.write(f"==> {name} <==\n")
    plain(table, out)
