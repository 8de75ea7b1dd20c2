"""A small on-disk cache of what building a Cleaner derives from files that rarely change (the
stoplists read from jusText, the rule files found to compile), so that a process starts in a
fraction of the time.

Safe by construction: an entry is plain JSON data (never pickle: reading it runs no code), stored
under a key that is a digest of everything it was derived from (the inputs' bytes or versions, this
package's version, the cache layout), so a changed input finds no entry and the work is done again.
A missing, stale, unreadable or corrupt entry is the same as none; writes go to a temporary file
renamed into place, so a reader never sees half an entry; a cache that cannot be written (a
read-only home) is skipped without a word.

Where: `$ARTICLE_CLEANER_CACHE` (empty or `off`: no cache at all), else `$XDG_CACHE_HOME/article-cleaner`,
else `~/.cache/article-cleaner`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ..version import __version__

LAYOUT = 1  # the entries' layout: a change here makes every old entry stale
ENV = "ARTICLE_CLEANER_CACHE"


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip() in ("", "off") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "article-cleaner"


def digest(*parts: object) -> str:
    """The key of an entry: a digest of its inputs (JSON-able values), the layout and the package's version."""
    text = json.dumps([LAYOUT, __version__, *parts], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@functools.cache
def source_digest(*modules: str) -> str | None:
    """A digest of these modules' source (files of this folder, cleaner/rules), for the key of what
    their code derives: while the package is developed its version alone does not change with it.
    None when one cannot be read (nothing is cached then)."""
    here = Path(__file__).resolve().parent
    try:
        code = b"".join((here / name).read_bytes() for name in modules)
    except OSError:
        return None
    return hashlib.sha256(code).hexdigest()


def load(name: str, key: str) -> Any:
    """The entry's data when `name` holds one stored under `key`; else None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        entry = json.loads((folder / f"{name}.json").read_bytes())
    except (OSError, ValueError):  # none yet, unreadable, or not JSON: as if none
        return None
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    return entry.get("data")


def store(name: str, key: str, data: Any) -> None:
    """Store `data` under `key` as `name`, atomically; nothing happens when the cache cannot be written."""
    folder = cache_dir()
    if folder is None:
        return
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"key": key, "data": data}, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(temp, folder / f"{name}.json")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


class Digests:
    """A set of digests kept as the entry `name` (the rule files found to compile): read on first
    use, written again when it grows, the newest `limit` kept (a crawl reads thousands of imported files)."""

    def __init__(self, name: str, *key_parts: object, limit: int = 4096) -> None:
        self.name, self.key_parts, self.limit = name, key_parts, limit
        self._known: dict[str, None] | None = None  # a dict keeps the order they were added in

    def _read(self) -> dict[str, None]:
        if self._known is None:
            found = load(self.name, digest(*self.key_parts))
            self._known = dict.fromkeys(d for d in found if isinstance(d, str)) if isinstance(found, list) else {}
        return self._known

    def __contains__(self, item: str) -> bool:
        return item in self._read()

    def add(self, item: str) -> None:
        known = self._read()
        if item not in known:
            known[item] = None
            store(self.name, digest(*self.key_parts), list(known)[-self.limit:])
