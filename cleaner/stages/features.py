"""Cheap per-line features shared by the heuristics."""

from __future__ import annotations

import regex

WORD = regex.compile(r"\w+(?:[’'.-]\w+)*")
TERMINAL = regex.compile(r"[.!?…:;。！？»\"”’)\]]\s*$")
RUN_TOGETHER = regex.compile(r"\p{Ll}\p{Lu}")


def words(text: str) -> int:
    return len(WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return TERMINAL.search(text) is not None


def key(text: str) -> str:
    """A comparison key: case and everything but letters and digits ignored."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())
