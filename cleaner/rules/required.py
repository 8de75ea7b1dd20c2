"""The texts a pattern's match must hold: a cheap test that spares most lines the regex engine.

`required(source)` reads a rule pattern and returns what any text it matches contains, `fold`ed:
a tuple of requirements, each a tuple of alternatives of which the text holds at least one
(`Share this (article|story)` -> `(("share this ",), ("article", "story"))`). A substring test
costs a fraction of a regex call (with a time limit, the `regex` module spends microseconds on the
call alone), and most lines fail it. The reading is conservative: what it does not understand
(classes, escapes of character kinds, optional parts, look-arounds that must not match, verbose
mode) it takes as requiring nothing, so a line that fails the test can never match the pattern.

Under the rule flags (IGNORECASE, full case folding) a matched literal is, folded, a substring of
the folded text (checked for every pair of characters the `regex` module matches with each other).
"""

from __future__ import annotations

import re

Requirements = tuple[tuple[str, ...], ...]

# Escapes of a single character kind or of a position: they match no fixed text.
_CLASS_ESCAPES = frozenset("dDwWsShHvVbBAZzGmMKXRO")
_BRACED = frozenset("pPNx")  # `\p{L}`, `\N{name}`, `\x{263a}`; also `\pL`, `\x41`
_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_FLAGS = re.compile(r"\(\?[a-zA-Z-]*\)")  # `(?i)`, `(?-i)`: scoped or global flags


class _Unsure(Exception):
    """A construct this reading does not follow: the pattern requires nothing it can tell."""


def required(source: str) -> Requirements:
    """What every match of the pattern holds, `fold`ed (empty when nothing can be told)."""
    try:
        parser = _Parser(source)
        found = parser.alternation()
        if parser.i != len(source):
            raise _Unsure
    except (_Unsure, IndexError, ValueError):  # ValueError: `str.index` found no end
        return ()
    return tuple(alts for alts in found if all(alts))


def fold(text: str) -> str:
    """Casefolded, and the Turkish i's made plain: the `regex` module matches `I` with `ı` and `i`
    with `İ` (casefolded `i` and a combining dot), which casefolding alone keeps apart."""
    return fold_casefolded(text.casefold())


def fold_casefolded(text: str) -> str:
    """`fold` of a text that is casefolded already."""
    if "\u0307" in text or "ı" in text:
        text = text.replace("\u0307", "").replace("ı", "i")
    return text


def holds(requirements: Requirements, text: str) -> bool:
    """True when the text, `fold`ed, meets every requirement (so the pattern may match it)."""
    for alternatives in requirements:
        for alternative in alternatives:
            if alternative in text:
                break
        else:
            return False
    return True


class _Parser:
    """A recursive reading of the pattern: alternation := sequence ('|' sequence)*."""

    def __init__(self, source: str) -> None:
        if "\\Q" in source or "\\L<" in source or _verbose(source):
            raise _Unsure  # quoted text, named lists and verbose mode change what characters mean
        self.s = source
        self.i = 0

    def alternation(self) -> list[tuple[str, ...]]:
        branches = [self.sequence()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        # One of the branches matched: its longest requirement, or any other branch's, is there.
        if not all(branches):
            return []
        best = [max(b, key=lambda alts: min(map(len, alts))) for b in branches]
        return [tuple(dict.fromkeys(a for alts in best for a in alts))]

    def sequence(self) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        run: list[str] = []  # adjacent literal characters: together a required text

        def flush() -> None:
            if run:
                out.append((fold("".join(run)),))
                run.clear()

        s = self.s
        while self.i < len(s) and s[self.i] not in "|)":
            literal, inner = self.atom()
            least = self.quantifier()  # -1: no quantifier; 0: optional
            if literal is not None and least != 0:
                run.append(literal)
                if least > 0:  # repeated: what follows need not stand right after it
                    flush()
                continue
            flush()
            if least != 0:
                out.extend(inner)
        flush()
        return out

    def quantifier(self) -> int:
        """The least count of the quantifier after an atom: -1 when there is none."""
        s, i = self.s, self.i
        if i >= len(s) or s[i] not in "?*+{":
            return -1
        if s[i] == "{":
            m = _QUANTIFIER.match(s, i)
            if m is None or (m.group(1) == "" and m.group(2) is None):
                raise _Unsure  # a brace that may be a literal or a quantifier
            least = int(m.group(1) or 0)
            self.i = m.end()
        else:
            least = 1 if s[i] == "+" else 0
            self.i += 1
        if self.i < len(s) and s[self.i] in "?+":  # lazy or possessive
            self.i += 1
        return least

    def atom(self) -> tuple[str | None, list[tuple[str, ...]]]:
        """(the literal character, or None; what a group's content requires)."""
        s = self.s
        ch = s[self.i]
        if ch == "\\":
            return self.escape(), []
        if ch == "[":
            self.char_class()
            return None, []
        if ch == "(":
            return None, self.group()
        self.i += 1
        if ch in ".^$":
            return None, []
        if ch in "*+?{}":
            raise _Unsure
        return ch, []

    def escape(self) -> str | None:
        s = self.s
        ch = s[self.i + 1]
        self.i += 2
        if not ch.isalnum():
            return ch
        if ch in _BRACED:
            if s[self.i] == "{":
                self.i = s.index("}", self.i) + 1
            else:
                self.i += 2 if ch == "x" else 1
            return None
        if ch in _CLASS_ESCAPES or ch in "tnrfvae":
            return None
        if ch == "u":
            self.i += 4
            return None
        if ch == "U":
            self.i += 8
            return None
        if ch == "g" and s[self.i] == "<":
            self.i = s.index(">", self.i) + 1
            return None
        if ch.isdigit():  # a back reference or an octal escape
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
            return None
        raise _Unsure

    def char_class(self) -> None:
        """Skip `[...]`, sets nested in it (the V1 flag) and escapes included."""
        s = self.s
        self.i += 1
        if s[self.i] == "^":
            self.i += 1
        if s[self.i] == "]":
            raise _Unsure  # `[]...]`: a literal `]` or an empty set, by version
        depth = 1
        while depth:
            ch = s[self.i]
            if ch == "\\":
                self.i += 2
                if s[self.i - 1] in _BRACED and s[self.i] == "{":
                    self.i = s.index("}", self.i) + 1
                continue
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
            self.i += 1

    def group(self) -> list[tuple[str, ...]]:
        s = self.s
        m = _FLAGS.match(s, self.i)
        if m:  # flags alone: they change the case rule, which casefolding already ignores
            self.i = m.end()
            return []
        self.i += 1
        counts = True
        if s[self.i] == "?":
            kind = s[self.i + 1]
            if (kind == "P" and s[self.i + 2] == "<") or (kind == "<" and s[self.i + 2] not in "=!"):
                self.i = s.index(">", self.i) + 1  # a named group
            elif kind in ":>|=":
                self.i += 2  # plain, atomic, branch reset, look-ahead (its text is in the subject)
            elif kind == "<" and s[self.i + 2] == "=":
                self.i += 3  # look-behind
            elif kind in "!" or (kind == "<" and s[self.i + 2] == "!"):
                self.i += 2 if kind == "!" else 3
                counts = False  # what must not follow or precede
            elif kind == "#":
                self.i = s.index(")", self.i) + 1
                return []
            else:
                m = re.compile(r"\?[a-zA-Z-]+:").match(s, self.i)
                if m is None:
                    raise _Unsure  # conditionals, recursion and the like
                self.i = m.end()  # scoped flags: `(?-i:...)`
        inner = self.alternation()
        if s[self.i] != ")":
            raise _Unsure
        self.i += 1
        return inner if counts else []


def _verbose(source: str) -> bool:
    return any("x" in m.group(0) for m in re.finditer(r"\(\?[a-zA-Z-]*[):]", source))
