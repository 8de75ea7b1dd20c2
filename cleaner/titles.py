"""Title cleanup: strip a site name prefix or suffix, never splitting inside a word."""

from __future__ import annotations

import regex

# Separators with white space on both sides: `Title | Site`, `Site » Title`, `Title - Site`.
SEPARATOR = regex.compile(r"\s+[|\-–—•·:»«/]\s+")
MAX_SITE_WORDS = 6


def strip_site_name(title: str, site_names: list[str] = ()) -> str:
    """`Headline | The Site` -> `Headline`. A known site name is stripped wherever it stands;
    otherwise the shorter outer part goes when the remaining headline is clearly longer."""
    title = " ".join(title.split())
    parts = SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = SEPARATOR.findall(title)
    names = {n.casefold() for n in site_names if n}
    # Known names first: drop matching parts at either end.
    while len(parts) > 1 and parts[-1].casefold() in names:
        parts.pop(), seps.pop()
    while len(parts) > 1 and parts[0].casefold() in names:
        parts.pop(0), seps.pop(0)
    if len(parts) > 1:
        parts, seps = _strip_unknown(parts, seps)
    return "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(parts)).strip()


def _strip_unknown(parts: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    first, last = parts[0], parts[-1]
    n_first, n_last = len(first.split()), len(" ".join(parts[:-1]).split())
    # `Headline - Site`: the last part is short and the rest is the longer headline.
    if len(last.split()) <= MAX_SITE_WORDS and n_last >= 2 * len(last.split()) and n_last >= 3:
        return parts[:-1], seps[:-1]
    rest = len(" ".join(parts[1:]).split())
    # `Site | Headline`: the first part is short.
    if n_first <= MAX_SITE_WORDS and rest >= 2 * n_first and rest >= 3 and seps[0].strip() in "|»:•·":
        return parts[1:], seps[1:]
    return parts, seps
