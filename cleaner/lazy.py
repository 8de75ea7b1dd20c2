"""Names a package re-exports, loaded on first use (PEP 562): importing the package (or any module
inside it) then costs nothing until a name is read. Keeps the command line's start-up to what a
command needs: `--version` loads no rules, a text page no HTML extractor."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def exports(package: str, homes: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """(`__getattr__`, `__dir__`) for `package`, whose names live in the modules `homes` gives
    (relative to the package: "pipeline", "rules.files")."""
    def getattr_(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{home}", package), name)
        vars(importlib.import_module(package))[name] = value  # found once: the next look-up is an ordinary one
        return value

    def dir_() -> list[str]:
        return sorted(set(vars(importlib.import_module(package))) | set(homes))

    return getattr_, dir_
