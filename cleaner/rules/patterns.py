"""Patterns compiled once with the `regex` module and run under a time limit."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

log = logging.getLogger("cleaner")

# Seconds one pattern may spend on one line before it counts as no match.
DEFAULT_TIMEOUT = 0.25
FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V1


# The most a pattern may hold once its counted repeats are written out: the regex module expands
# `x{100}` into 100 copies when it compiles, so `((((a{100}){100}){100}){100})`, 40 bytes of rule,
# takes gigabytes. The shipped rules stay below a thousand; this leaves room for any real one.
MAX_EXPANDED = 100_000
COUNTED = regex.compile(r"\{(\d*)(?:,(\d*))?\}")


class PatternError(ValueError):
    """A pattern that does not compile."""


def expanded_size(source: str) -> int:
    """How many items the pattern holds with its counted repeats (`{m}`, `{m,n}`) written out: an
    upper bound on what compiling it builds. Read without compiling, so it is safe on any pattern."""
    stack, size, last, i = [0], 0, 0, 0  # size of the open groups; `last`: the item a repeat applies to
    while i < len(source):
        c = source[i]
        if c == "\\":
            i, last = i + 2, 1
        elif c == "[":  # a class is one item: skip to its unescaped end (a `]` first is literal)
            j = i + 1 + (source[i + 1:i + 2] == "^")
            j += source[j:j + 1] == "]"
            while j < len(source) and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            i, last = j + 1, 1
        elif c == "(":
            stack.append(size)
            size, last, i = 0, 0, i + 1
        elif c == ")" and len(stack) > 1:
            inner, size = size, stack.pop()
            i, last = i + 1, inner
        elif c == "{" and (counted := COUNTED.match(source, i)):
            times = max(int(counted[1] or 0), int(counted[2] or 0))
            size, last = size - last + last * times, last * times
            i = counted.end()
            continue
        else:
            i, last = i + 1, 1
        size += last if c != "(" else 0
        if size > MAX_EXPANDED:
            return size
    return size


@functools.lru_cache(maxsize=8192)
def compile_pattern(source: str) -> regex.Pattern[str]:
    """`regex.compile` with the rule flags, memoised: compiling is the dearest part of loading
    rules, and the same source is compiled for validation, alone and in alternations. A compiled
    pattern is immutable, so sharing it changes no result. Raises regex.error, also for a pattern
    too large to compile safely (before compiling it)."""
    if expanded_size(source) > MAX_EXPANDED:
        raise regex.error(f"pattern too large: its repeats expand to more than {MAX_EXPANDED:,} items")
    return regex.compile(source, FLAGS)


@dataclass(slots=True)
class Pattern:
    """A compiled pattern that names where it came from, so a timeout can say which rule hung."""

    source: str
    origin: str  # "file.toml: key"
    timeout: float = DEFAULT_TIMEOUT
    lazy: bool = False  # compile on first use (the source is known to compile: a checked rule's part)
    _compiled: regex.Pattern[str] | None = field(default=None, init=False, repr=False)
    warned: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.lazy:
            self._compile()

    def _compile(self) -> regex.Pattern[str]:
        try:
            self._compiled = compile_pattern(self.source)
        except regex.error as exc:
            raise PatternError(f"pattern {self.source!r} does not compile: {exc}") from None
        return self._compiled

    @property
    def compiled(self) -> regex.Pattern[str]:
        return self._compiled if self._compiled is not None else self._compile()

    def search(self, text: str) -> regex.Match[str] | None:
        try:
            return self.compiled.search(text, timeout=self.timeout)
        except TimeoutError:
            self._timed_out()
            return None

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        try:
            return self.compiled.fullmatch(text, timeout=self.timeout)
        except TimeoutError:
            self._timed_out()
            return None

    def sub(self, replacement: str, text: str) -> str:
        """The text with every match replaced; the text unchanged when the time limit is hit."""
        try:
            return self.compiled.sub(replacement, text, timeout=self.timeout)
        except TimeoutError:
            self._timed_out()
            return text

    def match(self, text: str) -> regex.Match[str] | None:
        try:
            return self.compiled.match(text, timeout=self.timeout)
        except TimeoutError:
            self._timed_out()
            return None

    def _timed_out(self) -> None:
        if not self.warned:  # once per pattern, not once per line
            self.warned = True
            log.warning("%s: pattern %r hit the %.2fs time limit; treated as no match",
                        self.origin, self.source, self.timeout)

    def __getstate__(self) -> dict[str, object]:
        return {"source": self.source, "origin": self.origin, "timeout": self.timeout, "lazy": self.lazy}

    def __setstate__(self, state: dict[str, object]) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, value)
        self.warned = False
        self._compiled = None
        self.__post_init__()


def rule_patterns(sources: list[str], origin: str, timeout: float) -> list[Pattern]:
    """The patterns of one rule key, each named `origin[index]`, compiled on first use (checked already)."""
    return [Pattern(s, f"{origin}[{i}]", timeout, lazy=True) for i, s in enumerate(sources)]


def union(patterns: list[Pattern], origin: str, timeout: float = DEFAULT_TIMEOUT) -> Pattern | None:
    """One alternation of many patterns: one scan per line instead of one per pattern."""
    if not patterns:
        return None
    # Its parts compile (each was checked), so the alternation is compiled when first used.
    return Pattern("|".join(f"(?:{p.source})" for p in patterns), origin, timeout, lazy=True)


@functools.lru_cache(maxsize=64)
def _joined(sources: tuple[str, ...], origin: str, timeout: float) -> Pattern | None:
    return union([Pattern(s, origin, timeout, lazy=True) for s in sources], origin, timeout)


def joined(patterns: Sequence[Pattern], origin: str) -> Pattern | None:
    """`union` of a rule key's patterns, made once for all pages (memoised by their sources), for a
    stage that tries every line against the key. Named groups may repeat (the `regex` module allows
    it). None for no patterns."""
    if not patterns:
        return None
    return _joined(tuple(p.source for p in patterns), origin, max(p.timeout for p in patterns))
