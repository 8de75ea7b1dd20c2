"""The h1 line of page text: the headline as a line of the page, found as the first line that the
`<title>` line (the page text's first line) holds. The main region (page.region) starts near it,
and a standfirst (page.standfirst) stands right under it."""

from __future__ import annotations

from ..text import key
from .features import Features
from .headline import split as title_parts

HEADLINE_SPAN = 400  # lines searched for the h1
MATCH_SHARE = 0.5  # of the <title> line that the h1 line holds
# A one-word h1 line counts when it is this many letters long (`Elektro-Zapfsäulen.`, `Sauerteigbrot`):
# a shorter one is as often a menu word that the <title> holds (`News | Site`).
ONE_WORD_HEADLINE = 10
TITLE_MAX_TOKENS = 40  # a longer first line is no <title>


def headline_line(f: Features) -> int | None:
    """The h1 line: the first line that the `<title>` line, the page text's first line, holds."""
    keys, tokens, title = f.keys, f.tokens, f.keys[0]
    if len(keys) < 3 or not 2 <= tokens[0] <= TITLE_MAX_TOKENS:
        return None
    for i in range(1, min(len(f.texts), HEADLINE_SPAN)):
        k = keys[i]
        if len(k) >= MATCH_SHARE * len(title) and k in title and (tokens[i] >= 2 or _one_word_headline(f, k)):
            return i
    return None


def _one_word_headline(f: Features, k: str) -> bool:
    """A one-word line (key `k`) that may be the h1: long, and not the <title>'s last part, which
    names the site more often than not (`Elektro-Zapfsäulen. – Sprechblase`)."""
    parts = title_parts(f.texts[0])[0]
    return len(k) >= ONE_WORD_HEADLINE and len(parts) > 1 and key(parts[-1]) != k
