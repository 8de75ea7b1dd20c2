"""What one `[metadata]` reading made of one line, kept for the next ask: the stages ask the same
line's stamps and byline again and again (stages.metadata, metadata_near, title_lines; the bench
pages' text: 47 stamp readings a page of about 13 lines)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")

# Lines kept before the memo starts over: a page reads a few dozen, a corpus millions.
LIMIT = 4096


class ReadingMemo(Generic[V]):
    """{(reading, key): value}, the reading held with its value, so a reading made after another
    was dropped (at the same id) never sees the other's values."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._known: dict[tuple[int, Hashable], tuple[object, V]] = {}
        self._limit = limit

    def get(self, reading: object, key: Hashable) -> V | None:
        hit = self._known.get((id(reading), key))
        return hit[1] if hit is not None and hit[0] is reading else None

    def put(self, reading: object, key: Hashable, value: V) -> V:
        if len(self._known) >= self._limit:
            self._known.clear()
        self._known[id(reading), key] = (reading, value)
        return value
