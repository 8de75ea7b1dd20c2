"""The quality floor: the project's scores on the dev bench pages against the floors in floors.toml.

    python benchmarks/floors.py      # every figure beside its floor, and whether it holds

tests/test_quality_floor.py runs the same check in CI, the way trafilatura's evaluation gate does:
AEB F1, teval F1 and title accuracy, for the HTML path and the text path, on fold A and on fold B,
may each fall at most TOLERANCE below its floor. A floor is raised by a one-line change to
floors.toml, in a commit that says why.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from data import FOLDS, load  # noqa: E402
from figures import Figures, as_output, by_fold, clean_pages  # noqa: E402

FLOORS = Path(__file__).resolve().parent / "floors.toml"
PATHS = ("html", "text")
FIGURES = ("aeb_f1", "teval_f1", "title")
NAMES = {"aeb_f1": "AEB F1", "teval_f1": "teval F1", "title": "title accuracy"}
# How far a figure may fall below its floor before the check fails: room for a change that trades
# a little of one figure for a gain elsewhere, as trafilatura's gate allows; a drop larger than
# this is a regression to fix, or a floor to lower in a commit that says why.
TOLERANCE = 0.003


@dataclass(frozen=True)
class Check:
    path: str
    fold: str
    figure: str
    floor: float
    measured: float

    @property
    def holds(self) -> bool:
        return self.measured >= self.floor - TOLERANCE

    def __str__(self) -> str:
        verdict = "ok" if self.holds else f"more than {TOLERANCE} below the floor"
        return (f"{self.path} path, fold {self.fold}: {NAMES[self.figure]} {self.measured:.4f}, "
                f"floor {self.floor:.3f} ({verdict})")


def read_floors(path: Path = FLOORS) -> dict[str, dict[str, dict[str, float]]]:
    """floors[path][fold][figure], e.g. floors["html"]["A"]["aeb_f1"]."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def value(f: Figures, figure: str) -> float:
    score = {"aeb_f1": f.aeb.f1 if f.aeb else None, "teval_f1": f.teval.f1 if f.teval else None,
             "title": f.title.value if f.title else None}[figure]
    if score is None:
        raise ValueError(f"no {NAMES[figure]} to measure: no page of its kind")
    return score


def measure() -> dict[str, dict[str, Figures]]:
    """The project's figures on every dev page, per path and fold (one Cleaner for all)."""
    from cleaner import Cleaner

    cleaner, pages = Cleaner(), load()
    out = {}
    for path in PATHS:
        outputs = {key: as_output(a) for key, a in clean_pages(pages, path, cleaner).items()}
        out[path] = by_fold(pages, outputs, path)
    return out


def checks(measured: dict[str, dict[str, Figures]], floors: dict[str, dict[str, dict[str, float]]]) -> list[Check]:
    """One Check a figure that floors.toml names; a missing floor is an error, not a pass."""
    out = []
    for path in PATHS:
        for fold in FOLDS:
            for figure in FIGURES:
                try:
                    floor = float(floors[path][fold][figure])
                except KeyError:
                    raise KeyError(f"{FLOORS.name}: no floor for [{path}.{fold}] {figure}") from None
                out.append(Check(path, fold, figure, floor, value(measured[path][fold], figure)))
    return out


def main() -> int:
    results = checks(measure(), read_floors())
    for c in results:
        print(c)
    failed = [c for c in results if not c.holds]
    print(f"{len(results) - len(failed)} of {len(results)} figures hold their floor (tolerance {TOLERANCE})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
