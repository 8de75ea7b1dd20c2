"""Named word lists of a generic rule file (its `[words]` table), and the patterns that use them.

A list is declared once, and a pattern names it in braces:

    [words]
    months_de = ['januar', 'februar', 'märz']
    [datelines]
    lines = ['\\d{1,2}\\. (?:{months_de}) \\d{4}']

When the file is read, each `{name}` becomes the list's items as one alternation, in the list's
order (an atomic group takes the first item that fits, so the order can matter). Where the
reference stands alone in an alternation, between `(`, `(?:`, `(?>` or `|` and `|` or `)`, the
items go in as they are (`(Jan|{months_de})` is `(Jan|januar|februar|märz)`); anywhere else they
go in as a group (`{months_de}[a-z]*` is `(?:januar|februar|märz)[a-z]*`). An item is a regular
expression and may name other lists itself. A name is a lower-case letter, then at least one more
lower-case letter, digit or `_`, so that no quantifier (`{2}`, `{1,4}`), property (`\\p{Lu}`) or
fuzzy constraint (`{e}`) is ever read as one; braces inside a character class are literal.

An unknown name, or a list that names itself through others, is a problem of the key that holds
it (`datelines.lines.0`, `words.months.2`): `rules check` reports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

NAME = r"[a-z][a-z0-9_]+"
REFERENCE = regex.compile(r"\{(" + NAME + r")\}")
_OPENERS = ("(?:", "(?>")  # groups whose alternation a bare list may join; `(` alone too
_BRACED_ESCAPES = frozenset("pPNx")  # `\p{Lu}`, `\N{name}`, `\x{263a}`: braces that are no reference


class WordsError(ValueError):
    """A reference that cannot be expanded; the message says which name and why."""


def _class_end(source: str, i: int) -> int:
    """The index just past the character class that opens at `source[i]` (`[`), nested sets included."""
    depth = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
            i += 1
            # A `]` (or `^]`) right after the opening bracket is a literal.
            if source[i:i + 1] == "^":
                i += 1
            if source[i:i + 1] == "]":
                i += 1
            continue
        if ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(source)


def references(source: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every `{name}` in a pattern, outside escapes and character classes."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            if source[i + 1:i + 2] in _BRACED_ESCAPES and source[i + 2:i + 3] == "{":
                close = source.find("}", i + 3)
                i = close + 1 if close >= 0 else len(source)
            else:
                i += 2
        elif ch == "[":
            i = _class_end(source, i)
        elif ch == "{" and (m := REFERENCE.match(source, i)):
            out.append((i, m.end(), m.group(1)))
            i = m.end()
        else:
            i += 1
    return out


def _bare_left(source: str, start: int, edge: bool) -> bool:
    """Does the reference at `start` begin an alternative (after `(`, `(?:`, `(?>` or `|`)?"""
    if start == 0:
        return edge
    before = source[:start]
    if before.endswith(_OPENERS):
        return not _escaped(before, len(before) - 3)
    if before[-1] in "(|":
        return not _escaped(before, len(before) - 1) and not before.endswith("(?(")
    return False


def _escaped(text: str, i: int) -> bool:
    """Is `text[i]` escaped by an odd run of backslashes before it?"""
    run = 0
    while i - run - 1 >= 0 and text[i - run - 1] == "\\":
        run += 1
    return run % 2 == 1


def _bare_right(source: str, end: int, edge: bool) -> bool:
    """Does the reference ending at `end` end an alternative (before `|` or `)`)?"""
    return edge if end == len(source) else source[end] in "|)"


def expand(source: str, lists: Mapping[str, str | None], edge: bool = False) -> str:
    """The pattern with every `{name}` replaced by its list's alternation (`lists`: name -> the
    expanded alternation, or None for a list that has a problem of its own). `edge`: the pattern
    is an alternative of a larger one (a list's item), so its own start and end delimit it."""
    found = references(source)
    if not found:
        return source
    out: list[str] = []
    at = 0
    for start, end, name in found:
        if name not in lists:
            raise WordsError(f"unknown word list {{{name}}}: the file's [words] table has no such list")
        alternation = lists[name]
        if alternation is None:
            raise WordsError(f"the word list {{{name}}} has a problem (see words.{name})")
        bare = _bare_left(source, start, edge) and _bare_right(source, end, edge)
        out += [source[at:start], alternation if bare else f"(?:{alternation})"]
        at = end
    out.append(source[at:])
    return "".join(out)


def resolve(table: Mapping[str, Any]) -> tuple[dict[str, str | None], list[tuple[str, str]]]:
    """Every list of a `[words]` table as one alternation of its items, each item's own references
    expanded: ({name: alternation, or None when the list has a problem}, [(key, problem), ...]).
    Entries of the wrong type are left out here: the schema reports them."""
    raw = {name: items for name, items in table.items()
           if isinstance(items, list) and all(isinstance(item, str) for item in items)}
    done: dict[str, str | None] = {}
    problems: list[tuple[str, str]] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        path = (*path, name)
        parts = []
        for index, item in enumerate(raw[name]):
            for _, _, other in references(item):
                if other in path:
                    problems.append((f"words.{name}.{index}",
                                     f"the word list {{{other}}} names itself: {' -> '.join((*path, other))}"))
                    done[name] = None
                    return
                if other in raw and other not in done:
                    visit(other, path)
            try:
                parts.append(expand(item, done, edge=True))
            except WordsError as exc:
                # A list it names that has a problem of its own is reported at that list.
                if not all(other in raw for _, _, other in references(item)):
                    problems.append((f"words.{name}.{index}", str(exc)))
                done[name] = None
                return
        done[name] = "|".join(parts)

    for name in raw:
        if name not in done:
            visit(name, ())
    return done, problems
