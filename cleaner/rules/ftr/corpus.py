"""A folder of Full-Text RSS site configs converted into a folder of site rule files, with the
index of their domains (rules.imported), the source's licence and a README, and a report of what
became of every directive."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from ..files import RuleError
from ..imported import INDEX, INDEX_FORMAT
from ..schema import SiteFile
from .convert import SOURCE, convert
from .parse import GLOBAL_FILE, decode, site_file_hosts
from .report import Report, readme
from .write import rule_file

LICENSE_FILE = "LICENSE.txt"


def convert_folder(source: Path, commit: str = "") -> Report:
    """Convert every config of a folder (sorted by name; nothing is written)."""
    if not source.is_dir():
        raise RuleError(source, "", "not a folder of site config files")
    report = Report()
    names = sorted(p.name for p in source.iterdir() if p.is_file() and p.suffix == ".txt")
    present = set(names)
    for name in names:
        if name == LICENSE_FILE:
            continue
        report.files += 1
        target, why = _target(name, present)
        if target is None:
            report.left_out.append((name, why))
            continue
        text, problems = decode((source / name).read_bytes())
        hosts = site_file_hosts(name)  # None for global.txt
        host, wildcard = hosts if hosts is not None else (None, False)
        report.converted[target] = convert(name, text, host, wildcard, commit, problems)
        report.sources[target] = name
    return report


def _target(name: str, present: set[str]) -> tuple[str | None, str]:
    """(the output file name for config `name`, or None; why it is not converted)."""
    if name == GLOBAL_FILE:
        return "global.toml", ""
    hosts = site_file_hosts(name)
    if hosts is None:
        return None, "its name is no host (`example.com.txt` or `.example.com.txt`)"
    host, wildcard = hosts
    if not wildcard and name != f"{host}.txt" and f"{host}.txt" in present:
        return None, f"{host}.txt is the config for the same host (hosts are looked up without www.)"
    return (f"_.{host}.toml" if wildcard else f"{host}.toml"), ""


def write_folder(report: Report, source: Path, out: Path, commit: str = "") -> None:
    """Write the converted files, the index, the licence and the README into `out`. A folder that
    holds files but no index of ours is refused; in one that does, the old rule files go first."""
    if out.exists():
        _clear(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, converted in report.converted.items():
        text = rule_file(converted)
        SiteFile.model_validate(converted.data)  # the converter's own check: a failure here is its bug
        (out / name).write_text(text, encoding="utf-8")
    (out / INDEX).write_text(json.dumps(index_data(report, commit), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    if (source / LICENSE_FILE).is_file():
        shutil.copyfile(source / LICENSE_FILE, out / LICENSE_FILE)
    (out / "README.md").write_text(readme(report, commit), encoding="utf-8")


def _clear(out: Path) -> None:
    if not out.is_dir():
        raise RuleError(out, "", "not a folder")
    if any(out.iterdir()) and not (out / INDEX).is_file():
        raise RuleError(out, "", f"holds files but no {INDEX}: not a folder this command wrote; choose another --out")
    for old in out.glob("*.toml"):
        old.unlink()


def index_data(report: Report, commit: str) -> dict[str, Any]:
    """The index: each file's site name, domains and whether subdomains count (rules.imported reads it)."""
    files = {}
    for name, converted in report.converted.items():
        site = converted.data["site"]
        files[name] = [site["name"], site.get("domains", []), site.get("subdomains", True)]
    fallback = [n for n, c in report.converted.items() if c.data["imported"].get("global_rules")]
    return {"format": INDEX_FORMAT, "source": SOURCE, "commit": commit, "files": files,
            "global": fallback[0] if fallback else None}
