"""A letter's sign-off under the article's last paragraph: `Liebe Grüße, Anna`, `Euer Tom`,
`x Franzi`, `Bisous, Léa` (the openings: `[trailers] signoffs` in generic.toml). Blogs, deal
posts and newsletters end so. Its few words score as junk, so the region, which ends with prose,
would leave it out; it is the article's, though, and the region takes it in. A short exclamation
may stand between (`Good luck!`), and the name may have a line of its own under an opening that
ends with a comma or is one word (`Cheers,` over `Tom`). Analysis only: page.region reads it.
"""

from __future__ import annotations

from ..rules.patterns import Pattern
from .features import Features

SIGNOFF_WITHIN = 2  # lines after the last paragraph where the sign-off may stand
SIGNOFF_MAX_TOKENS = 6  # words of a sign-off, and of a short exclamation between it and the paragraph
NAME_MAX_TOKENS = 3  # words of the name's own line under the opening
NAME_LINES = 2  # lines of the name under the opening (`Herzlichst` / `Eure` / `Anna Roe`)


def signoff_end(f: Features, signoffs: Pattern | None, last: int, stop: int) -> int:
    """The last line of the sign-off under the paragraph at `last`, before `stop` (a trailer's
    start or the page's end); `last` when none stands there."""
    if signoffs is None or not f.terminal[last]:
        return last  # a paragraph that opens a list (`Try our plan:`) is no letter's end
    for j in range(last + 1, min(stop, last + 1 + SIGNOFF_WITHIN)):
        if not _short(f, j, SIGNOFF_MAX_TOKENS):
            return last
        if signoffs.search(f.texts[j]) is not None:
            return _with_name(f, signoffs, j, stop)
        if not f.terminal[j]:
            return last  # only a short sentence stands between the paragraph and the sign-off
    return last


def _short(f: Features, i: int, most: int) -> bool:
    return f.doc.blocks[i].dropped is None and 0 < f.tokens[i] <= most


def _with_name(f: Features, signoffs: Pattern, i: int, stop: int) -> int:
    """The sign-off's end: the name's own line under an opening that asks for one (one word or
    a comma: `Cheers,`), or a second opening (`Herzlichst` over `Eure` over the name)."""
    end = i
    while (end - i < NAME_LINES and end + 1 < stop and _asks_name(f, signoffs, end)
           and _short(f, end + 1, NAME_MAX_TOKENS) and not f.terminal[end + 1] and f.texts[end + 1][:1].isupper()):
        end += 1
    return end


def _asks_name(f: Features, signoffs: Pattern, i: int) -> bool:
    return (f.tokens[i] == 1 or f.texts[i].endswith(",")) and signoffs.search(f.texts[i]) is not None
