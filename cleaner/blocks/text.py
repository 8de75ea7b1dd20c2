"""Page text -> blocks: one block a non-empty line, white space inside a line collapsed."""

from __future__ import annotations

import re

from ..document import Block


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
