"""Rule files found and read: a folder's files, TOML parsed, validated against the schema; RuleError."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .schema import FORMAT
from .words import resolve

M = TypeVar("M", bound=BaseModel)
IMPORTED_INDEX = "index.json"  # marks a folder of imported rules (rules.imported)


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file, the key and the problem."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path, self.key, self.problem = str(path), key, problem
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")


def builtin_rules_dir() -> Path:
    """The rules shipped in the wheel (cleaner/_rules), or the checkout's top-level rules/."""
    here = Path(__file__).resolve().parent.parent  # the package
    installed = here / "_rules"
    return installed if installed.is_dir() else here.parent / "rules"


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(path, "", f"not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:  # tomllib decodes the bytes itself and lets this through
        data, at = exc.object, exc.start
        line, column = data.count(b"\n", 0, at) + 1, at - (data.rfind(b"\n", 0, at) + 1) + 1
        raise RuleError(path, "", f"not UTF-8 text: byte {data[at]:#04x} at line {line}, column {column}") from None
    except OSError as exc:
        raise RuleError(path, "", f"cannot read: {exc.strerror or exc}") from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise RuleError(path, "", "not valid TOML here: arrays or tables nested too deeply to read") from None


def problems(model: type[M], data: dict[str, Any], path: Path) -> tuple[M | None, list[RuleError]]:
    """(the validated file, or None; every problem found in it, not only the first)."""
    if data.get("format", FORMAT) != FORMAT:
        return None, [RuleError(path, "format", f"format {data.get('format')!r} is not supported "
                                                f"(this version reads {FORMAT})")]
    context, found = None, []
    if "words" in model.model_fields:  # a generic file: its patterns may name its word lists
        table = data.get("words")
        lists, word_problems = resolve(table if isinstance(table, dict) else {})
        context, found = {"words": lists}, [RuleError(path, key, problem) for key, problem in word_problems]
    try:
        spec = model.model_validate(data, context=context)
    except ValidationError as exc:
        return None, found + [_rule_error(path, err) for err in exc.errors()]
    return (None if found else spec), found


def _rule_error(path: Path, err: Any) -> RuleError:
    key = ".".join(str(part) for part in err["loc"])
    problem = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
    return RuleError(path, key, problem.removeprefix("Value error, "))


def validate(model: type[M], data: dict[str, Any], path: Path) -> M:
    """The validated file; RuleError with the first problem."""
    spec, found = problems(model, data, path)
    if spec is None:
        raise found[0]
    return spec


def rule_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(generic files, site files) below a rule folder, in a stable order; the files of imported
    folders (rule_folders) are not among them."""
    generic, sites, _ = rule_folders(folder)
    return generic, sites


def rule_folders(folder: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """(generic files, site files, imported folders) below a rule folder, in a stable order. An
    imported folder (one holding an `index.json`, as `rules import-ftr` writes) is read through its
    index, lazily (rules.imported): its files are not listed, and its folder is not walked."""
    if not folder.is_dir():
        raise RuleError(folder, "", "not a folder of rule files")
    files: list[Path] = []
    imported: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        if (current / IMPORTED_INDEX).is_file():
            imported.append(current)
            continue
        # Hidden folders below the rule folder are skipped; the folder itself may sit anywhere (a .venv).
        for entry in os.scandir(current):
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                pending.append(Path(entry.path))
            elif entry.name.endswith(".toml"):
                files.append(Path(entry.path))
    files.sort()
    generic = [p for p in files if p.name == "generic.toml"]
    return generic, [p for p in files if p.name != "generic.toml"], sorted(imported)
