"""The benchmark: the project beside its peers on ../shared/bench, in one run, one process.

    python benchmarks/run.py                    # everything; prints the table, writes nothing
    python benchmarks/run.py --out benchmarks/RESULTS.md   # ... and writes the results file there
    python benchmarks/run.py --limit 40         # the first 40 pages of each set
    python benchmarks/run.py --systems "article-cleaner (html),trafilatura"
    python benchmarks/run.py --cli              # ... then the project through its command line (cli_speed.py)

Every score (AEB F1/P/R, teval F1/P/R, title accuracy, pages/s) is printed for fold A, fold B and
both (the folds of ../shared/bench/README.md, by host), in one table. Nothing is written unless
`--out FILE` names the file; benchmarks/RESULTS.md is the tracked record of the last full run,
rewritten only by asking for it.

Every system sees the same pages in the same order. Pages are taken one at a time and handed to
each system in turn, so that a busy machine slows every system alike; pages per second are from
the time spent inside each system's call alone. The project is used through its public API,
`cleaner.Cleaner`, as a user would; its title comes from the same call as its body.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shlex
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
from figures import ALL, FOLD_NAMES, Figures, Output, as_output, by_fold, fold_pages  # noqa: E402


@dataclass
class System:
    name: str
    input: str  # html or text: which field of a page it reads
    what: str
    run: Callable[[str, str], Output]
    empty: Output = field(default_factory=lambda: Output("", None))  # what a crash on a page scores as: the shape of the system's output
    seconds: dict[str, float] = field(default_factory=dict)  # page id -> time inside the call
    results: dict[str, Output] = field(default_factory=dict)


def cleaner_system(path: str) -> System:
    from cleaner import Cleaner

    cleaner = Cleaner()  # rules compiled once, as a user does for many pages

    def run(page: str, url: str) -> Output:
        return as_output(cleaner.clean(page, url, kind=path))  # the page is what the bench says

    what = "article-cleaner on the page HTML" if path == "html" else "article-cleaner on the page text"
    return System(f"article-cleaner ({path})", path, what, run, Output("", ""))


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
        System("trafilatura metadata", "html", "trafilatura.extract_metadata(): its title only",
               peers.trafilatura_title_peer(), Output(None, "")),
        System("readability-lxml", "html", "readability.Document().summary(), as text; title: short_title()",
               peers.readability_peer(), Output("", "")),
        System("jusText", "html", "justext.justext(), all stoplists", peers.justext_peer()),
        System("resiliparse", "html", "extract_plain_text(main_content=True)", peers.resiliparse_peer()),
        System("page text as is", "text", "the page text unchanged; title: its first non-empty line",
               peers.page_text_baseline(), Output("", "")),
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
                out = system.empty
            system.seconds[page.id] = clock() - start
            system.results[page.id] = out
        if progress and n % 50 == 0:
            print(f"  {n}/{len(pages)} pages", file=sys.stderr)


HEADER = [
    "| system | input | fold | AEB F1 | AEB P | AEB R | teval F1 | teval P | teval R | title (pages) | pages/s |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
]


def row(name: str, source: str, fold: str, f: Figures, speed: float) -> str:
    """One table row; a score the system does not give is a dash."""
    cells = [name, source, fold]
    for score in (f.aeb, f.teval):
        cells += [f"{score.f1:.3f}", f"{score.precision:.3f}", f"{score.recall:.3f}"] if score else ["—"] * 3
    cells.append(f"{f.title.value:.3f} ({f.title.pages})" if f.title else "—")
    cells.append(f"{speed:.1f}" if speed else "—")
    return "| " + " | ".join(cells) + " |"


def table(chosen: list[System], pages: list[Page]) -> str:
    """Every system, each with a row for fold A, fold B and both."""
    rows = list(HEADER)
    for s in chosen:
        for name, f in by_fold(pages, s.results, s.input).items():
            fold = fold_pages(pages, name)
            seconds = sum(s.seconds[p.id] for p in fold)
            rows.append(row(s.name, s.input, name, f, len(fold) / seconds if seconds else 0.0))
    return "\n".join(rows)


def counts(pages: list[Page]) -> list[str]:
    """How many pages of each set and fold, and how many have a title to score: a line a fold."""
    out = []
    for name in FOLD_NAMES:
        fold = fold_pages(pages, name)
        aeb = sum(p.set == "aeb" for p in fold)
        titled = sum(p.title is not None for p in fold)
        in_text = sum(p.title_in_text for p in fold)
        label = "both folds" if name == ALL else f"fold {name}"
        out.append(f"- {label}: {aeb} AEB and {len(fold) - aeb} teval pages; {titled} with a title, "
                   f"{in_text} of them a line of the page text")
    return out


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = [f"Python {platform.python_version()}"]
    for dist in ("trafilatura", "readability-lxml", "jusText", "resiliparse", "lxml"):
        try:
            out.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            pass
    return ", ".join(out)


def write_results(path: Path, text: str, chosen: list[System], pages: list[Page], argv: list[str]) -> None:
    command = shlex.join(["python", "benchmarks/run.py", *argv])
    lines = [
        "# Benchmark results",
        "",
        f"Written by `{command}`",
        "(the development split of `../shared/bench`, one process, every system on the same pages in",
        "the same run). Scoring as the bench README defines it (`benchmarks/scoring.py`); folds by host",
        "as it defines them (`benchmarks/data.py`).",
        "",
        *counts(pages),
        "",
        text,
        "",
        "What each system is:",
        "",
        *(f"- **{s.name}**: {s.what}." for s in chosen),
        "",
        "Title accuracy is over the pages whose `title` is not null; for a system that reads the page",
        "text (the text path, the first-line baseline) only over those whose title is a line of the",
        "text, so its page count is smaller. trafilatura keeps reader comments unless told otherwise;",
        "its rows ask for the article body without them, as trafilatura's own evaluation does (with",
        "comments it scores lower here).",
        "",
        f"Versions: {versions()}. Machine: {platform.machine()}, shared with other jobs, so pages/s",
        "are comparable within a run, not across runs.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N pages of each set")
    ap.add_argument("--systems", help="comma-separated names (substrings) of systems to run")
    ap.add_argument("--out", type=Path, metavar="FILE",
                    help="also write the results, with versions and what each system is, to FILE "
                         "(benchmarks/RESULTS.md is the tracked one); nothing is written without it")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    ap.add_argument("--cli", action="store_true",
                    help="also the project through its command line, a process a run: start-up, the pages as a "
                         "JSON Lines stream (text and html), -j 1 and -j 2 on --jobs-pages records (cli_speed.py)")
    ap.add_argument("--jobs-pages", type=int, default=5000, metavar="N", help="records of the -j stream (default: 5000)")
    args = ap.parse_args(argv)
    chosen = systems()
    if args.systems:
        wanted = [w.strip() for w in args.systems.split(",")]
        chosen = [s for s in chosen if any(w == s.name for w in wanted)] or \
                 [s for s in chosen if any(w in s.name for w in wanted)]
    pages = load(limit=args.limit)
    print(f"{len(pages)} pages, {len(chosen)} systems", file=sys.stderr)
    start_load = os.getloadavg()
    measure(pages, chosen, not args.quiet)
    text = table(chosen, pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text += f"\n\nIn process: every system above in this one process, peak RSS {peak:.0f} MB (all of them together)."
    if args.cli:
        import cli_speed

        text += "\n\nThe project through its command line (a process a run, same pages):\n\n"
        text += cli_speed.table(cli_speed.measure(pages, jobs_pages=args.jobs_pages))
    text += (f"\n\nLoad average (1, 5, 15 min) at the start {start_load[0]:.1f} {start_load[1]:.1f} {start_load[2]:.1f}, "
             f"at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())} (2 cores).")
    print(text)
    if args.out:
        write_results(args.out, text, chosen, pages, argv)
        print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
