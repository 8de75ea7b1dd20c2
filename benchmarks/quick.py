"""A quick look at the project alone: `python benchmarks/quick.py [text|html] [--worst N]`.

The full comparison with the peers is benchmarks/run.py; this is for iterating on heuristics.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner import Cleaner  # noqa: E402
from data import load  # noqa: E402
from scoring import aeb_page, aeb_score, teval_counts, teval_score  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", choices=("text", "html"), nargs="?", default="text")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages of each set")
    ap.add_argument("--trafilatura", action="store_true",
                    help="also time trafilatura's default extraction on the same pages' HTML, in this process")
    args = ap.parse_args()
    pages = load()
    cleaner = Cleaner()
    results, languages = {}, {}
    start = time.perf_counter()
    for page in pages:
        a = cleaner.clean(page.text if args.path == "text" else page.html, page.url)
        results[page.id] = a.body
        languages[page.id] = a.language
    elapsed = time.perf_counter() - start
    aeb = [(results[p.id], p.body) for p in pages if p.set == "aeb"]
    tev = [(results[p.id], p.with_, p.without) for p in pages if p.set == "teval"]
    a, t = aeb_score(aeb), teval_score(tev)
    print(f"{args.path}: aeb F1 {a.f1:.3f} P {a.precision:.3f} R {a.recall:.3f} | "
          f"teval F1 {t.f1:.3f} P {t.precision:.3f} R {t.recall:.3f} | {len(pages) / elapsed:.0f} pages/s")
    print_languages(pages, results, languages)
    if args.trafilatura:
        import trafilatura

        start = time.perf_counter()
        for page in pages:
            trafilatura.extract(page.html, url=page.url)
        rate = len(pages) / (time.perf_counter() - start)
        print(f"  trafilatura (default, HTML): {rate:.1f} pages/s; this path is {len(pages) / elapsed / rate:.1f}x that")
    if args.worst:
        scored = sorted(((aeb_page(results[p.id], p.body), p) for p in pages if p.set == "aeb"),
                        key=lambda x: x[0][0])
        for (tp, fp, fn), p in scored[: args.worst]:
            print(f"  aeb {p.id[:12]} tp {tp:.2f} fp {fp:.2f} fn {fn:.2f} {p.url}")
        tv = sorted(((teval_counts(results[p.id], p.with_, p.without), p) for p in pages if p.set == "teval"),
                    key=lambda x: -(x[0][1] + x[0][2]))
        for (tp, fp, fn), p in tv[: args.worst]:
            print(f"  teval {p.id} tp {tp} fp {fp} fn {fn} {p.url}")


def print_languages(pages, results, languages, least: int = 5) -> None:
    """teval by page language, as the cleaner names it (`Article.language`: on page text the
    stopword detector; on HTML the page's declared language when trafilatura finds one)."""
    by: dict[str, list] = {}
    for p in pages:
        if p.set == "teval":
            by.setdefault(languages[p.id] or "?", []).append((results[p.id], p.with_, p.without))
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
