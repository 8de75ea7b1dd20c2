"""The quality floor: the dev bench pages through both paths, against benchmarks/floors.toml.

AEB F1, teval F1 and title accuracy of the HTML path and of the text path, on fold A and on fold B,
each at most benchmarks/floors.py's TOLERANCE below its floor (about 20 s: every dev page, twice).
Skipped when the bench pages are not beside the checkout (../shared/bench, or BENCH_DIR).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import data  # noqa: E402
import floors  # noqa: E402
from scoring import title_right  # noqa: E402


def test_the_fold_is_the_hosts_without_www_and_case():
    # sha1("example.com") starts with 0 (even: A), sha1("zeit.de") with 1 (odd: B)
    assert data.fold_of("https://WWW.Example.com/a/story?x=1") == "A"
    assert data.fold_of("http://example.com:8080/") == "A"
    assert data.fold_of("https://www.zeit.de/politik") == "B"


@pytest.mark.parametrize(("got", "want"), [
    ("\u201cStorm\u201d closes the coast road \u2013 again.", '"storm" closes the coast road - again'),
    ("Sturm  sperrt die\nK\u00fcsten\u00adstra\u00dfe ", "STURM SPERRT DIE KÜSTENSTRASSE"),
    ("La temp\u00eate ferme la route c\u00f4ti\u00e8re\u2019s", "la tempête ferme la route côtière's"),
    ("\uff2e\uff25\uff37\uff33 台風で海岸道路が閉鎖", "news 台風で海岸道路が閉鎖"),  # full-width NEWS
])
def test_a_title_is_right_after_normalising(got, want):
    assert title_right(got, want)


@pytest.mark.parametrize(("got", "want"), [
    ("Storm closes the coast road | The Coastal Courier", "Storm closes the coast road"),
    ("Storm closes the coast", "Storm closes the coast road"),
    ("", "Storm closes the coast road"),
])
def test_a_title_with_more_or_less_on_it_is_wrong(got, want):
    assert not title_right(got, want)


@pytest.fixture(scope="module")
def measured():
    if not data.available():
        pytest.skip(f"no bench pages at {data.bench_dir()} (set BENCH_DIR to the folder of aeb.jsonl and teval.jsonl)")
    return floors.measure()


def test_every_figure_holds_its_floor(measured):
    results = floors.checks(measured, floors.read_floors())
    failed = [str(c) for c in results if not c.holds]
    assert not failed, (f"{len(failed)} of {len(results)} figures fell below their floor in "
                        f"benchmarks/floors.toml:\n" + "\n".join(failed))


def test_a_figure_below_its_floor_fails_with_its_name_fold_floor_and_value(measured):
    # floors at the measured values hold; one raised 0.01 above its value fails, and says so
    at_measured = {path: {fold: {figure: floors.value(measured[path][fold], figure) for figure in floors.FIGURES}
                          for fold in data.FOLDS} for path in floors.PATHS}
    assert all(c.holds for c in floors.checks(measured, at_measured))
    value = measured["text"]["B"].teval.f1
    at_measured["text"]["B"]["teval_f1"] = round(value + 0.01, 3)
    failed = [c for c in floors.checks(measured, at_measured) if not c.holds]
    assert [(c.path, c.fold, c.figure) for c in failed] == [("text", "B", "teval_f1")]
    assert str(failed[0]) == (f"text path, fold B: teval F1 {value:.4f}, floor {value + 0.01:.3f} "
                              f"(more than {floors.TOLERANCE} below the floor)")
