"""A converted config written as a site rule file: TOML, with a header that says where it came
from and comments for the lines that were not applied. (A TOML library would not write the
comments; the data here is only tables of strings, booleans, integers and lists of them.)"""

from __future__ import annotations

from typing import Any

from ..toml_text import toml_str
from .convert import Converted

HEADER = """\
# Converted by `article-cleaner rules import-ftr` from the Full-Text RSS site config {file}
# ({source}{at}; {license}: see LICENSE.txt).
# Do not edit: convert again (see README.md).
"""


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_str(value)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    if len(value) <= 1 and not any(isinstance(v, dict) for v in value):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "[\n" + "".join(f"  {toml_value(v)},\n" for v in value) + "]"


def toml_table(name: str, table: dict[str, Any]) -> str:
    return f"[{name}]\n" + "".join(f"{key} = {toml_value(value)}\n" for key, value in table.items())


def rule_file(converted: Converted) -> str:
    """The TOML text of a converted config."""
    data = converted.data
    imported = data["imported"]
    out = [HEADER.format(file=imported["file"], source=imported["source"], license=imported["license"],
                         at=f" at commit {imported['commit']}" if imported["commit"] else ""),
           f"format = {data['format']}\n"]
    out += ["\n" + toml_table(name, data[name]) for name in ("site", "html", "imported") if name in data]
    skipped = converted.skipped()
    if skipped:
        out.append("\n# Not applied:\n")
        out += [f"# line {o.line}: {_one_line(o.text)}  ({o.reason})\n" if o.text
                else f"# {o.reason}\n" for o in skipped]
    return "".join(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())
