"""Rule files read once: the schema's reading of a file (rules.schema, pydantic) kept in the cache
(rules.cache) as plain JSON, so that the next process that reads the same file builds its rules
without importing pydantic or the schema (a tenth of a second of every start-up).

An entry is the file's validated data, keyed by the model, the file's bytes, the source of the
modules that decide what the schema reads (SCHEMA_MODULES), the regex version and the rule format
(and, through rules.cache, the package's version and the cache layout): a changed file, schema or
version finds no entry, and the file is validated afresh. The entry is JSON data read back as data
(never pickle: reading it runs no code); one of the wrong shape is the same as none. One entry a
rule file's path, so an edited file replaces its own entry and the cache holds no more entries
than there are rule files read.

Either way a caller gets a `Spec`: read-only attributes, as the schema's model has them, and
`model_fields_set` (the keys the file gives), so that a cache hit and a miss build the same rules.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import regex

from . import cache

# The modules whose code decides what a rule file's validated data is: a change in any of them
# makes every entry stale (the package's version alone does not change while it is developed).
SCHEMA_MODULES = ("schema.py", "words.py", "patterns.py", "xpaths.py", "files.py", "specs.py")
MODEL, LIST, DICT = "m", "l", "d"  # how each value is tagged in an entry
FORMAT = 1  # the rule file format this version reads (rules.files and rules.schema name it too)


class Spec:
    """A validated rule file's data (or a part of it), read-only: `spec.site.name`, `spec.lexicon[0].kind`."""

    __slots__ = ("_fields", "model_fields_set")

    def __init__(self, fields: dict[str, Any], fields_set: frozenset[str]) -> None:
        object.__setattr__(self, "_fields", fields)
        object.__setattr__(self, "model_fields_set", fields_set)  # the keys the file gives (pydantic's name)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a rule file's data is read-only: {name}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Spec) and self._fields == other._fields

    __hash__ = None  # type: ignore[assignment]  # equal by value, and its lists are mutable

    def __repr__(self) -> str:
        return f"Spec({self._fields!r})"


def dump(value: Any) -> Any:
    """A validated model (pydantic) as an entry's JSON data: each model, list and dict tagged."""
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        return [MODEL, sorted(value.model_fields_set), {name: dump(getattr(value, name)) for name in fields}]
    if isinstance(value, list | tuple):
        return [LIST, [dump(v) for v in value]]
    if isinstance(value, dict):
        return [DICT, {str(k): dump(v) for k, v in value.items()}]
    return value


def view(data: Any) -> Any:
    """An entry's data as Specs, lists and dicts; ValueError (or another lookup error) when it is
    not of the shape `dump` writes."""
    if isinstance(data, list):
        tag, *rest = data
        if tag == MODEL and len(rest) == 2 and isinstance(rest[1], dict):
            return Spec({k: view(v) for k, v in rest[1].items()}, frozenset(rest[0]))
        if tag == LIST and len(rest) == 1 and isinstance(rest[0], list):
            return [view(v) for v in rest[0]]
        if tag == DICT and len(rest) == 1 and isinstance(rest[0], dict):
            return {k: view(v) for k, v in rest[0].items()}
        raise ValueError(f"not an entry's value: {str(data)[:60]}")
    if isinstance(data, dict):
        raise ValueError("a dict is always tagged")
    return data


def schema_digest() -> str | None:
    """A digest of SCHEMA_MODULES' source; None when it cannot be read (nothing is cached then)."""
    return cache.source_digest(*SCHEMA_MODULES)


def entry(model: str, path: Path, data: bytes) -> tuple[str, str] | None:
    """(the entry's name, its key) for a rule file's bytes; None when nothing can be cached."""
    schema = schema_digest()
    if schema is None or cache.cache_dir() is None:
        return None
    name = "spec-" + hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    key = cache.digest("validated rule file", model, hashlib.sha256(data).hexdigest(), schema,
                       regex.__version__, FORMAT)
    return name, key


def load(where: tuple[str, str] | None) -> Spec | None:
    """The file's validated data when the cache holds it under this key; else None."""
    if where is None:
        return None
    found = cache.load(*where)
    if found is None:
        return None
    try:
        spec = view(found)
    except (ValueError, TypeError, KeyError, IndexError):  # an entry of the wrong shape: as none
        return None
    return spec if isinstance(spec, Spec) else None


def store(where: tuple[str, str] | None, data: Any) -> None:
    if where is not None:
        cache.store(*where, data)
