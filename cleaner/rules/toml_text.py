"""Rule files written as text: a TOML string, the one way every writer of rule files quotes."""

from __future__ import annotations

import json


def toml_str(value: str) -> str:
    """A TOML string: literal ('...') when it can be, so patterns keep their backslashes and XPaths
    their double quotes readable; else a basic string (JSON's escapes are TOML's; DEL is escaped too)."""
    if "'" not in value and not any(ord(c) < 0x20 or c == "\x7f" for c in value):
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
