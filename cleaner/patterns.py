"""Patterns compiled once with the `regex` module and run under a time limit."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import regex

log = logging.getLogger("cleaner")

# Seconds one pattern may spend on one line before it counts as no match.
DEFAULT_TIMEOUT = 0.25
FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V1


class PatternError(ValueError):
    """A pattern that does not compile."""


@dataclass(slots=True)
class Pattern:
    """A compiled pattern that names where it came from, so a timeout can say which rule hung."""

    source: str
    origin: str  # "file.toml: key"
    timeout: float = DEFAULT_TIMEOUT
    compiled: regex.Pattern = field(init=False, repr=False)
    warned: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        try:
            self.compiled = regex.compile(self.source, FLAGS)
        except regex.error as exc:
            raise PatternError(f"pattern {self.source!r} does not compile: {exc}") from None

    def search(self, text: str) -> regex.Match | None:
        try:
            return self.compiled.search(text, timeout=self.timeout)
        except TimeoutError:
            self._timed_out()
            return None

    def fullmatch(self, text: str) -> regex.Match | None:
        try:
            return self.compiled.fullmatch(text, timeout=self.timeout)
        except TimeoutError:
            self._timed_out()
            return None

    def match(self, text: str) -> regex.Match | None:
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

    def __getstate__(self) -> dict:
        return {"source": self.source, "origin": self.origin, "timeout": self.timeout}

    def __setstate__(self, state: dict) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, value)
        self.warned = False
        self.__post_init__()


def union(patterns: list[Pattern], origin: str, timeout: float = DEFAULT_TIMEOUT) -> Pattern | None:
    """One alternation of many patterns: one scan per line instead of one per pattern."""
    if not patterns:
        return None
    return Pattern("|".join(f"(?:{p.source})" for p in patterns), origin, timeout)
