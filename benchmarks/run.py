"""The benchmark: the project beside its peers on ../shared/bench, in one run, one process.

    python benchmarks/run.py                    # everything; writes benchmarks/RESULTS.md
    python benchmarks/run.py --limit 40         # the first 40 pages of each set (no file written)
    python benchmarks/run.py --systems cleaner-html,trafilatura

Every system sees the same pages in the same order. Pages are taken one at a time and handed to
each system in turn, so that a busy machine slows every system alike; pages per second are from
the time spent inside each system's call alone. The project is used through its public API,
`cleaner.Cleaner`, as a user would.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import peers  # noqa: E402
from data import Page, load  # noqa: E402
from scoring import Score, aeb_score, teval_score  # noqa: E402

RESULTS = HERE / "RESULTS.md"


@dataclass
class System:
    name: str
    input: str  # html or text: which field of a page it reads
    what: str
    run: Callable[[str, str], str]
    seconds: float = 0.0
    results: dict[str, str] = field(default_factory=dict)


def cleaner_system(path: str) -> System:
    from cleaner import Cleaner

    cleaner = Cleaner()  # rules compiled once, as a user does for many pages

    def run(page: str, url: str) -> str:
        return cleaner.clean(page, url).body

    what = "article-cleaner on the page HTML" if path == "html" else "article-cleaner on the page text"
    return System(f"article-cleaner ({path})", path, what, run)


def systems() -> list[System]:
    return [
        cleaner_system("html"),
        cleaner_system("text"),
        # trafilatura keeps reader comments by default; an article body is asked for without them
        # (as trafilatura's own evaluation does), which scores better here.
        System("trafilatura", "html", "trafilatura.extract(include_comments=False)",
               peers.trafilatura_peer(include_comments=False)),
        System("trafilatura fast", "html", "trafilatura.extract(include_comments=False, fast=True)",
               peers.trafilatura_peer(include_comments=False, fast=True)),
        System("trafilatura precision", "html", "trafilatura.extract(include_comments=False, favor_precision=True)",
               peers.trafilatura_peer(include_comments=False, favor_precision=True)),
        System("readability-lxml", "html", "readability.Document().summary(), as text", peers.readability_peer()),
        System("jusText", "html", "justext.justext(), all stoplists", peers.justext_peer()),
        System("resiliparse", "html", "extract_plain_text(main_content=True)", peers.resiliparse_peer()),
    ]


def measure(pages: list[Page], chosen: list[System], progress: bool) -> None:
    clock = time.perf_counter
    for n, page in enumerate(pages, start=1):
        for system in chosen:
            source = page.html if system.input == "html" else page.text
            start = clock()
            try:
                out = system.run(source, page.url)
            except Exception as exc:  # noqa: BLE001 - a peer's crash on a page scores as an empty result
                print(f"{system.name}: {page.set}/{page.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                out = ""
            system.seconds += clock() - start
            system.results[page.id] = out
        if progress and n % 50 == 0:
            print(f"  {n}/{len(pages)} pages", file=sys.stderr)


def scores(system: System, pages: list[Page]) -> tuple[Score, Score]:
    aeb = [(system.results[p.id], p.body) for p in pages if p.set == "aeb"]
    tev = [(system.results[p.id], p.with_, p.without) for p in pages if p.set == "teval"]
    return aeb_score(aeb), teval_score(tev)


def table(chosen: list[System], pages: list[Page]) -> str:
    rows = [
        "| system | input | AEB F1 | AEB P | AEB R | teval F1 | teval P | teval R | pages/s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in chosen:
        a, t = scores(s, pages)
        speed = len(pages) / s.seconds if s.seconds else 0.0
        rows.append(f"| {s.name} | {s.input} | {a.f1:.3f} | {a.precision:.3f} | {a.recall:.3f} | "
                    f"{t.f1:.3f} | {t.precision:.3f} | {t.recall:.3f} | {speed:.1f} |")
    return "\n".join(rows)


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = [f"Python {platform.python_version()}"]
    for dist in ("trafilatura", "readability-lxml", "jusText", "resiliparse", "lxml"):
        try:
            out.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            pass
    return ", ".join(out)


def write_results(text: str, chosen: list[System], pages: list[Page]) -> None:
    n_aeb = sum(p.set == "aeb" for p in pages)
    lines = [
        "# Benchmark results",
        "",
        "Written by `python benchmarks/run.py` (the full development split of `../shared/bench`:",
        f"{n_aeb} AEB pages and {len(pages) - n_aeb} teval pages, one process, every system on the same pages",
        "in the same run). Scoring as the bench README defines it (`benchmarks/scoring.py`).",
        "",
        text,
        "",
        "What each system is:",
        "",
        *(f"- **{s.name}**: {s.what}." for s in chosen),
        "",
        "trafilatura keeps reader comments unless told otherwise; its rows ask for the article body",
        "without them, as trafilatura's own evaluation does (with comments it scores lower here).",
        "",
        f"Versions: {versions()}. Machine: {platform.machine()}, shared with other jobs, so pages/s",
        "are comparable within a run, not across runs.",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N pages of each set (nothing is written)")
    ap.add_argument("--systems", help="comma-separated names (substrings) of systems to run")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/RESULTS.md")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)
    chosen = systems()
    if args.systems:
        wanted = [w.strip() for w in args.systems.split(",")]
        chosen = [s for s in chosen if any(w == s.name for w in wanted)] or \
                 [s for s in chosen if any(w in s.name for w in wanted)]
    pages = load(limit=args.limit)
    print(f"{len(pages)} pages, {len(chosen)} systems", file=sys.stderr)
    measure(pages, chosen, not args.quiet)
    text = table(chosen, pages)
    print(text)
    if not (args.limit or args.systems or args.no_write):
        write_results(text, chosen, pages)
        print(f"written to {RESULTS.relative_to(HERE.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
