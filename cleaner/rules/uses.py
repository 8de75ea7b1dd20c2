"""How much of the imported site rules applies (rules.imported): a name the command line offers
before any rule is read, so it lives apart from the rules themselves."""

from __future__ import annotations

from typing import Literal

# How much of an imported file applies: all of it, only what it says of the title, author and
# date (`metadata`), or none (`off`).
ImportedUse = Literal["all", "metadata", "off"]
USES: tuple[ImportedUse, ...] = ("all", "metadata", "off")
# The default, as measured by benchmarks/site_rules.py on the dev pages with an imported rule
# (and on all of them): all of it lowers no F1 on either fold, and raises some (README.md,
# "Imported site rules"); "metadata" is for a corpus where a stale rule costs more than it earns.
DEFAULT_USE: ImportedUse = "all"


def imported_use(value: bool | str) -> ImportedUse:
    """True is "all", False "off"; a name must be one of USES (ValueError)."""
    if value is True or value is False:
        return "all" if value else "off"
    for use in USES:
        if value == use:
            return use
    raise ValueError(f"imported_rules must be True, False or one of {', '.join(USES)}, not {value!r}")
