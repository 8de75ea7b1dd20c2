"""Title cleanup: strip a site name prefix or suffix, never splitting inside a word."""

from __future__ import annotations

from collections.abc import Iterable

import regex

# Separators with white space on both sides: `Title | Site`, `Site » Title`, `Title - Site`.
# `Wal-Mart`, `U.S.-China` and `Brexit: what next` have no space on one side: never split there.
SEPARATOR = regex.compile(r"\s+([|\-–—•·:»«])\s+")
# A separator that puts the site first (`Site | Title`, `Site » Title`, `Site: Title`).
PREFIX_SEPARATORS = frozenset("|»:•·")
MAX_SITE_WORDS = 6
MIN_HEADLINE_WORDS = 3


def _key(text: str) -> str:
    """Names compare by letters and digits alone: `The Guardian` = `theguardian`."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _name_keys(site_names: Iterable[str | None]) -> set[str]:
    keys = set()
    for name in site_names:
        if name:
            keys.add(_key(name))
            keys.add(_key(name.removeprefix("www.").rsplit(".", 1)[0]))  # `example.com` -> `example`
    keys.discard("")
    return keys


def strip_site_name(title: str, site_names: Iterable[str | None] = ()) -> str:
    """`Headline | The Site` -> `Headline`. A known site name is stripped from either end;
    otherwise a short last part goes when the rest is clearly the longer headline, or a short
    first part before `|`, `»`, `:`, `•` or `·`."""
    title = " ".join(title.split())
    pieces = SEPARATOR.split(title)  # part, separator, part, separator, ..., part
    parts, seps = pieces[0::2], pieces[1::2]
    if len(parts) < 2:
        return title
    names = _name_keys(site_names)
    known = False
    while len(parts) > 1 and _key(parts[-1]) in names:
        parts, seps, known = parts[:-1], seps[:-1], True
    while len(parts) > 1 and _key(parts[0]) in names:
        parts, seps, known = parts[1:], seps[1:], True
    if len(parts) > 1 and not known:
        parts, seps = _strip_unknown(parts, seps)
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += f" {sep} {part}"
    return out


def _words(parts: list[str]) -> int:
    return sum(len(p.split()) for p in parts)


def _strip_unknown(parts: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    last, rest = len(parts[-1].split()), _words(parts[:-1])
    # `Headline - Site`: the last part is short and the rest is the longer headline.
    if last <= MAX_SITE_WORDS and rest >= max(2 * last, MIN_HEADLINE_WORDS):
        return parts[:-1], seps[:-1]
    first, rest = len(parts[0].split()), _words(parts[1:])
    # `Site | Headline`: the first part is short, and the separator is one that puts a site first.
    if first <= MAX_SITE_WORDS and rest >= max(2 * first, MIN_HEADLINE_WORDS) and seps[0] in PREFIX_SEPARATORS:
        return parts[1:], seps[1:]
    return parts, seps
