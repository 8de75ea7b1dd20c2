"""The Document: a page as ordered blocks that stages mark as dropped, never delete."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

# Block kinds. The text path only knows "p"; the HTML path keeps the structure it finds.
PARAGRAPH, HEADING, LIST_ITEM, CAPTION, QUOTE, TABLE = "p", "h", "li", "caption", "quote", "table"


@dataclass(slots=True)
class Block:
    text: str
    line: int  # 1-based source line (text path) or block number (HTML path)
    kind: str = PARAGRAPH
    dropped: str | None = None  # the rule or heuristic that dropped the block
    stripped: str = ""  # a prefix a site rule stripped from the text, for --explain
    stripped_by: str = ""  # the rule that stripped it

    @property
    def kept(self) -> bool:
        return self.dropped is None

    def drop(self, reason: str) -> None:
        """Mark the block dropped; the first stage to drop a block names the reason."""
        if self.dropped is None:
            self.dropped = reason


@dataclass(slots=True)
class Document:
    blocks: list[Block]
    url: str | None = None
    site: str | None = None  # name of the matched site rule file
    source: str = "text"  # which path produced the blocks: text, html, html-fallback
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # metadata the HTML path found
    language: str | None = None
    status: str = "ok"
    # (text, rule) of what a site's `[html] drop` removed before extraction: no block, no line
    removed_before: list[tuple[str, str]] = field(default_factory=list)

    def kept(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.dropped is None)

    def kept_indices(self) -> list[int]:
        return [i for i, b in enumerate(self.blocks) if b.dropped is None]

    def drop_from(self, start: int, reason: str) -> None:
        """Drop block `start` and everything after it."""
        drop_all(self.blocks[start:], reason)


def drop_all(blocks: Iterable[Block], reason: str) -> None:
    """`Block.drop` each block, the test inlined: a page drops hundreds of lines at once (all
    around its main region), and a method call a line costs more than the test."""
    for block in blocks:
        if block.dropped is None:
            block.dropped = reason


def drop_runs(blocks: Iterable[Block], member: Callable[[Block], bool], min_run: int, reason: str) -> None:
    """Drop every run of at least `min_run` consecutive blocks that are `member`s (a menu, a list of
    teaser headings): one such line is content, many in a row are furniture."""
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and member(block):
            run.append(block)
            continue
        if len(run) >= min_run:
            for item in run:
                item.drop(reason)
        run = []


def text_blocks(text: str) -> list[Block]:
    """One block per non-empty line, whitespace inside a line collapsed."""
    if _collapsed(text):  # most pages: a split is all it takes
        return [Block(line, number) for number, line in enumerate(text.split("\n"), start=1) if line]
    blocks = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = " ".join(raw.split())
        if line:
            blocks.append(Block(line, number))
    return blocks


# White space other than a space or a newline (what `str.split()` splits on besides them).
_OTHER_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _collapsed(text: str) -> bool:
    """True when every line's white space is single spaces between words already (`" ".join(line.split())`
    would change no line): substring searches over the page, cheaper than a split and a join a line."""
    return not ("  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " "
                or _OTHER_SPACE.search(text))
