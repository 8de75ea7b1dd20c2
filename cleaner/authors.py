"""Author names as the Article gives them: a tuple of names, each as the page writes it."""

from __future__ import annotations

import regex

MAX_NAME_CHARS = 60
# Between names in one author text: `A; B`, `A, B and C`, `A und B`, `A & B`.
NAME_SEPARATORS = regex.compile(r"\s*(?:[;,|/]|\s(?:and|und|et|y|e|i|&)\s)\s*", regex.I)
BYLINE_WORD = regex.compile(r"^(?:by|von|par|por|di|door|przez)\s+", regex.I)
NOT_A_NAME = regex.compile(r"https?:|www\.|@|\d{3}|[<>{}]")


def names(text: str) -> tuple[str, ...]:
    """The names in an author text (`By Jane Doe and John Roe`, `A; B`), each once; a profile's URL,
    a handle or an over-long text gives none."""
    text = BYLINE_WORD.sub("", " ".join(text.split()))
    out = [n.strip(" .-–—:") for n in NAME_SEPARATORS.split(text)]
    return tuple(dict.fromkeys(n for n in out if n and len(n) <= MAX_NAME_CHARS and not NOT_A_NAME.search(n)))
