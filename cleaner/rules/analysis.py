"""What the matchers read of each rule pattern (rules.matching: its literal start; rules.required:
the texts every match holds), kept in the cache (rules.cache) for the next process: reading the
shipped patterns character by character cost a third of building a Cleaner.

Plain JSON data keyed by a digest of the two readers' source (and, through rules.cache, the package's
version): a change of either makes the entry stale. An entry of the wrong shape is as none; a
reading not in it is made and added."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import cache

NAME = "rule-analysis"
READERS = ("matching.py", "required.py")  # the modules whose code makes the readings
LIMIT = 20_000  # readings kept: the shipped rules have about 1,500; a user's add theirs


def _key() -> str | None:
    code = cache.source_digest(*READERS)
    return None if code is None else cache.digest("rule pattern readings", code)


class Readings:
    """{(kind, pattern source): reading} read from the cache on first use, written back by `save` when it grew."""

    def __init__(self) -> None:
        self._known: dict[str, Any] | None = None
        self._added = False
        self._key: str | None = None

    def _read(self) -> dict[str, Any]:
        if self._known is None:
            self._key = _key()
            found = cache.load(NAME, self._key) if self._key is not None else None
            self._known = found if isinstance(found, dict) else {}
        return self._known

    def get(self, kind: str, source: str, read: Callable[[str], Any], restore: Callable[[Any], Any]) -> Any:
        """The reading of `source` by `read` (JSON data), as `restore` makes it."""
        known = self._read()
        name = f"{kind}\0{source}"
        if name in known:
            try:
                return restore(known[name])
            except (TypeError, ValueError):  # of the wrong shape: read afresh
                pass
        value = read(source)
        known[name] = value
        self._added = True
        return value

    def save(self) -> None:
        if self._added and self._key is not None and self._known is not None:
            self._added = False
            if len(self._known) > LIMIT:
                self._known = dict(list(self._known.items())[-LIMIT:])
            cache.store(NAME, self._key, self._known)


READINGS = Readings()
