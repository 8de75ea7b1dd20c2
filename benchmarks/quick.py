"""A quick look at the project alone, for iterating on a heuristic:

    python benchmarks/quick.py [text|html]            # every score, fold A, fold B and both
    python benchmarks/quick.py html --titles --fold A # ... and fold A's wrong titles, by kind
    python benchmarks/quick.py text --worst 10 --fold B

The full comparison with the peers is benchmarks/run.py. Study the errors of one fold (`--fold`
picks the pages that `--worst` and `--titles` list) and confirm a change on the other: the scores
are always printed for both folds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner import Article, Cleaner  # noqa: E402
from data import FOLDS, Page, in_fold, load  # noqa: E402
from figures import Figures, Output, as_output, by_fold, clean_pages, title_pages  # noqa: E402
from scoring import aeb_page, normalise_title, teval_counts, teval_score, title_right  # noqa: E402

# The kinds of wrong title, in the order they are tried: the first that fits names the error.
KINDS = (
    ("empty", "no title where the page has one"),
    ("longer", "the headline with more on it (a site name, a section, a second line)"),
    ("shorter", "part of the headline only"),
    ("other line", "another line of the page text (a breadcrumb, caption, byline, menu ...)"),
    ("elsewhere", "text that is not a line of the page text (a metadata variant ...)"),
)


def run(pages: list[Page], path: str) -> tuple[dict[str, Article], float]:
    cleaner = Cleaner()
    start = time.perf_counter()
    articles = clean_pages(pages, path, cleaner)
    return articles, time.perf_counter() - start


def print_figures(path: str, folds: dict[str, Figures], rate: float) -> None:
    for name, f in folds.items():
        a, t, ti = f.aeb, f.teval, f.title
        if not (a and t and ti):
            print(f"{path} {name:>4}: too few pages to score")
            continue
        print(f"{path} {name:>4}: aeb F1 {a.f1:.3f} P {a.precision:.3f} R {a.recall:.3f} | "
              f"teval F1 {t.f1:.3f} P {t.precision:.3f} R {t.recall:.3f} | "
              f"title {ti.value:.3f} ({ti.right}/{ti.pages})")
    print(f"  {rate:.0f} pages/s")


def kind(got: str, want: str, text: str) -> str:
    g, w = normalise_title(got), normalise_title(want)
    if not g:
        return "empty"
    if w in g:
        return "longer"
    if g in w:
        return "shorter"
    if any(normalise_title(line) == g for line in text.splitlines()):
        return "other line"
    return "elsewhere"


def print_titles(pages: list[Page], out: dict[str, Output], path: str, fold: str | None) -> None:
    """The wrong titles of the fold's pages (those scored on this path), grouped by kind."""
    groups: dict[str, list[tuple[Page, str]]] = {k: [] for k, _ in KINDS}
    scored = title_pages(in_fold(pages, fold), path)
    for p in scored:
        got = out[p.id].title or ""
        if not title_right(got, p.title or ""):
            groups[kind(got, p.title or "", p.text)].append((p, got))
    wrong = sum(len(g) for g in groups.values())
    print(f"\nwrong titles, {path} path, fold {fold or 'A and B'}: {wrong} of {len(scored)}")
    print("  " + ", ".join(f"{k} {len(groups[k])}" for k, _ in KINDS))
    for k, what in KINDS:
        if groups[k]:
            print(f"\n{k}: {what} ({len(groups[k])})")
        for p, got in sorted(groups[k], key=lambda x: x[0].url):
            print(f"  {p.set} {p.id[:12]} {p.url}\n    expected: {p.title}\n    got:      {got}")


def print_worst(pages: list[Page], out: dict[str, Output], n: int) -> None:
    body = {p.id: out[p.id].body or "" for p in pages}
    scored = sorted(((aeb_page(body[p.id], p.body or ""), p) for p in pages if p.set == "aeb"),
                    key=lambda x: x[0][0])
    for (tp, fp, fn), p in scored[:n]:
        print(f"  aeb {p.id[:12]} tp {tp:.2f} fp {fp:.2f} fn {fn:.2f} {p.url}")
    tv = sorted(((teval_counts(body[p.id], p.with_ or [], p.without or []), p) for p in pages if p.set == "teval"),
                key=lambda x: -(x[0][1] + x[0][2]))
    for (tp, fp, fn), p in tv[:n]:
        print(f"  teval {p.id} tp {tp} fp {fp} fn {fn} {p.url}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", choices=("text", "html"), nargs="?", default="text")
    ap.add_argument("--fold", choices=FOLDS, help="the fold whose pages --worst and --titles list (default: both)")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages of each set")
    ap.add_argument("--titles", action="store_true", help="list the wrong titles (expected, got), by kind")
    ap.add_argument("--trafilatura", action="store_true",
                    help="also time trafilatura's default extraction on the same pages' HTML, in this process")
    args = ap.parse_args()
    pages = load()
    articles, elapsed = run(pages, args.path)
    out = {key: as_output(a) for key, a in articles.items()}
    languages = {key: a.language for key, a in articles.items()}
    print_figures(args.path, by_fold(pages, out, args.path), len(pages) / elapsed)
    print_languages(pages, out, languages)
    if args.trafilatura:
        import trafilatura

        start = time.perf_counter()
        for page in pages:
            trafilatura.extract(page.html, url=page.url)
        rate = len(pages) / (time.perf_counter() - start)
        ratio = len(pages) / elapsed / rate
        print(f"  trafilatura (default, HTML): {rate:.1f} pages/s; this path is {ratio:.1f}x that")
    if args.worst:
        print_worst(in_fold(pages, args.fold), out, args.worst)
    if args.titles:
        print_titles(pages, out, args.path, args.fold)


def print_languages(pages: list[Page], out: dict[str, Output], languages: dict[str, str | None],
                    least: int = 5) -> None:
    """teval by page language, as the cleaner names it (`Article.language`: on page text the
    stopword detector; on HTML the page's declared language when trafilatura finds one)."""
    by: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for p in pages:
        if p.set == "teval":
            by.setdefault(languages[p.id] or "?", []).append((out[p.id].body or "", p.with_ or [], p.without or []))
    parts, other = [], []
    for lang, rows in sorted(by.items(), key=lambda kv: -len(kv[1])):
        if len(rows) >= least:
            t = teval_score(rows)
            parts.append(f"{lang} {t.f1:.3f} ({len(rows)})")
        else:
            other += rows
    if other:
        parts.append(f"other {teval_score(other).f1:.3f} ({len(other)})")
    print("  teval F1 by language (pages): " + ", ".join(parts))


if __name__ == "__main__":
    main()
