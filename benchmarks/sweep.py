"""Sweep one setting of `cleaner.Settings` on the text path: AEB F1, teval F1 and title accuracy
on fold A, fold B and both, for each value, in one run.

    python benchmarks/sweep.py region.line_cost 4 5 6 7 8
    python benchmarks/sweep.py --all          # every setting at 0.5x, 0.75x, 1x, 1.25x, 1.5x its default

The value the shipped settings use is marked `*`. A setting is worth its value when that value
is at least as good as its neighbours on both folds (see cleaner/settings.py's provenance notes).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from data import Page, load  # noqa: E402
from figures import FOLD_NAMES, as_output, by_fold, clean_pages  # noqa: E402

from cleaner import Cleaner, Settings, SettingsError  # noqa: E402

FACTORS = (0.5, 0.75, 1.0, 1.25, 1.5)


def with_value(name: str, value: float) -> Settings:
    """The shipped settings with one of them (`section.field`) changed."""
    section, _, key = name.partition(".")
    base = Settings()
    part = getattr(base, section)
    current = getattr(part, key)
    typed = round(value) if isinstance(current, int) else float(value)
    return replace(base, **{section: replace(part, **{key: typed})})


def names() -> list[str]:
    base = Settings()
    return [f"{f.name}.{g.name}" for f in fields(base) for g in fields(getattr(base, f.name))]


def default_of(name: str) -> float:
    section, _, key = name.partition(".")
    return float(getattr(getattr(Settings(), section), key))


def row(pages: list[Page], name: str, value: float) -> str:
    cleaner = Cleaner(settings=with_value(name, value))
    out = {k: as_output(a) for k, a in clean_pages(pages, "text", cleaner).items()}
    figs = by_fold(pages, out, "text")
    mark = "*" if abs(value - default_of(name)) < 1e-9 else " "
    cells = [f"{figs[f].aeb.f1:.4f} {figs[f].teval.f1:.4f} {figs[f].title.value:.3f}"  # type: ignore[union-attr]
             for f in FOLD_NAMES]
    return f"{name:28} {value:>8g}{mark} | " + " | ".join(cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("name", nargs="?", help="section.setting, e.g. region.line_cost")
    ap.add_argument("values", nargs="*", type=float)
    ap.add_argument("--all", action="store_true", help="every setting at 0.5x to 1.5x its default")
    args = ap.parse_args(argv)
    if not args.all and not (args.name and args.values):
        ap.error("give a setting and values, or --all")
    pages = load()
    print(f"{'setting':28} {'value':>9} | " + " | ".join(f"{f}: AEB teval title".ljust(22) for f in FOLD_NAMES))
    for name in names() if args.all else [args.name]:
        values = args.values if not args.all else [default_of(name) * k for k in FACTORS]
        for value in values:
            try:
                print(row(pages, name, value), flush=True)
            except SettingsError as exc:  # beyond the setting's range (a share over 1)
                print(f"{name:28} {value:>8g}  | {exc}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
