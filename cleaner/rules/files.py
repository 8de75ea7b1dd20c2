"""Rule files found and read: a folder's files, TOML parsed, validated against the schema; RuleError."""

from __future__ import annotations

import hashlib
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import regex

from . import cache, specs
from .specs import FORMAT
from .words import resolve

if TYPE_CHECKING:
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")
IMPORTED_INDEX = "index.json"  # marks a folder of imported rules (rules.imported)

# Rule files whose patterns all compiled, by a digest of their bytes (rules.cache): compiling every
# pattern to check it is most of what reading a rule file costs, and a file read again unchanged
# (by the next process) compiles as it did. Its patterns still compile when first used; the schema's
# other checks run every time. The key holds the regex version: another may compile otherwise.
COMPILED = cache.Digests("compiled-rules", "rule files whose patterns compile", regex.__version__, FORMAT)


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


def read_rule_file(model: str, path: Path, keep: bool = True) -> Any:
    """A rule file read and validated against the schema's `model` (its name: "GenericFile",
    "SiteFile"), as a rules.specs.Spec; RuleError with its first problem. With `keep`, its validated
    data is kept in the cache (rules.specs) and read from there while the file and the schema are
    unchanged: neither pydantic nor the schema is imported then. Otherwise its patterns are compiled
    to check them only when its bytes were not checked before (COMPILED)."""
    data = _read_bytes(path)
    where = specs.entry(model, path, data) if keep else None
    found = specs.load(where)
    if found is not None:
        return found
    from . import schema  # pydantic and the schema: only for a file not validated before

    model_type: type[BaseModel] = getattr(schema, model)
    checked = hashlib.sha256(model.encode() + b"\0" + data).hexdigest()
    trusted = checked in COMPILED
    validated = specs.dump(validate(model_type, _parse_toml(path, data), path, trusted=trusted))
    if not trusted:
        COMPILED.add(checked)
    specs.store(where, validated)
    return specs.view(validated)  # the same Spec a cache hit gives


def read_toml(path: Path) -> dict[str, Any]:
    return _parse_toml(path, _read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RuleError(path, "", f"cannot read: {exc.strerror or exc}") from None


def _parse_toml(path: Path, data: bytes) -> dict[str, Any]:
    try:
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(path, "", f"not valid TOML: {exc}") from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise RuleError(path, "", "not valid TOML here: arrays or tables nested too deeply to read") from None
    except UnicodeDecodeError as exc:
        at = exc.start
        line, column = data.count(b"\n", 0, at) + 1, at - (data.rfind(b"\n", 0, at) + 1) + 1
        raise RuleError(path, "", f"not UTF-8 text: byte {data[at]:#04x} at line {line}, column {column}") from None


def problems(model: type[M], data: dict[str, Any], path: Path,
             trusted: bool = False) -> tuple[M | None, list[RuleError]]:
    """(the validated file, or None; every problem found in it, not only the first). `trusted`: its
    patterns are known to compile (read_rule_file), so they are not compiled to check them."""
    from pydantic import ValidationError

    if data.get("format", FORMAT) != FORMAT:
        return None, [RuleError(path, "format", f"format {data.get('format')!r} is not supported "
                                                f"(this version reads {FORMAT})")]
    context: dict[str, Any] = {"trusted": trusted}
    found: list[RuleError] = []
    if "words" in model.model_fields:  # a generic file: its patterns may name its word lists
        table = data.get("words")
        lists, word_problems = resolve(table if isinstance(table, dict) else {})
        context["words"] = lists
        found = [RuleError(path, key, problem) for key, problem in word_problems]
    try:
        spec = model.model_validate(data, context=context)
    except ValidationError as exc:
        return None, found + [_rule_error(path, err) for err in exc.errors()]
    return (None if found else spec), found


def _rule_error(path: Path, err: Any) -> RuleError:
    key = ".".join(str(part) for part in err["loc"])
    problem = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
    return RuleError(path, key, problem.removeprefix("Value error, "))


def validate(model: type[M], data: dict[str, Any], path: Path, trusted: bool = False) -> M:
    """The validated file; RuleError with the first problem."""
    spec, found = problems(model, data, path, trusted)
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
    if not folder.exists():
        raise RuleError(folder, "", "does not exist")
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
