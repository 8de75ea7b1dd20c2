"""The metadata benchmark: the article's `date` and `author` against what the bench pages' own HTML
declares (metadata_truth.py), for fold A, fold B and both:

    python benchmarks/metadata.py              # the table
    python benchmarks/metadata.py --misses B   # ... and the text path's misses on fold B
    python benchmarks/metadata.py --misses-html A   # ... and the HTML path's misses on fold A

- text path (the page text only: it never sees the HTML): over the pages whose text shows the
  declared day (or names: in one of metadata_truth's forms, or as the text path got it right), the
  share where `date` is that day (or the declared moment in another zone) and `author` those names
  (any order, as metadata_truth.names_match compares them); over the pages whose text does not
  show it, the share with no `date` (`author`) at all. Pages whose declared author is the site
  itself or a firm are left out of the text path's author score (metadata_truth.site_authors,
  firm_authors). A page whose
  text shows a date line (byline) of its own under the headline, other than the declared one, and
  whose text path gives that, is counted apart, in neither column (metadata_shown).
- HTML path and trafilatura's metadata (`extract_metadata`) on the same HTML: over the pages with a
  declared day (names), the share that gives one (coverage) and the share that gives it right.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner import Cleaner  # noqa: E402
from data import FOLDS, Page, load  # noqa: E402
from metadata_shown import shows_own_date, shows_own_names  # noqa: E402
from metadata_truth import (  # noqa: E402
    firm_authors, names_match, same_moment, shows_day, shows_names, site_authors, truth)

ALL = "both"


@dataclass
class Got:
    date: str | None
    author: list[str] | None


@dataclass
class Row:
    page: Page
    day: str | None  # declared, ISO
    names: list[str] | None
    text_names: list[str] | None  # the names the text path is scored on (none when the site is the author)
    instants: tuple[datetime, ...]  # the declared moments, when the declarations give a time
    day_shown: bool
    names_shown: bool
    other_day: bool  # the day not shown, but a date line of the page's own under the headline, given
    other_names: bool  # ... a byline of its own
    text: Got
    html: Got
    trafilatura: Got


def _split(author: str | None) -> list[str] | None:
    return [a.strip() for a in author.split(";") if a.strip()] if author else None


def read(pages: list[Page]) -> list[Row]:
    from trafilatura.metadata import extract_metadata

    cleaner = Cleaner()
    rows = []
    for p in pages:
        declared = truth(p.html)
        day, names, instants = declared.day, declared.names, declared.instants
        text_names = None if site_authors(names, p.url, declared.site_names) or firm_authors(names) else names
        text, html = cleaner.clean(p.text), cleaner.clean(p.html, p.url)
        try:
            meta = extract_metadata(p.html, default_url=p.url)
            peer = Got(meta.date, _split(meta.author))
        except Exception:  # noqa: BLE001 - a peer's failure is its miss
            peer = Got(None, None)
        iso = day.isoformat() if day else None
        got = Got(text.date, list(text.author) if text.author else None)
        # The text path sees only the text: what it gets right, the text shows (in a form the list misses).
        day_shown = bool(day) and (shows_day(p.text, day) or day_right(got.date, iso, instants))  # type: ignore[arg-type]
        names_shown = bool(text_names) and (shows_names(p.text, text_names or [])
                                            or names_right(got.author, text_names))
        rows.append(Row(p, iso, names, text_names, instants, day_shown, names_shown,
                        bool(day) and not day_shown and shows_own_date(p.text, p.title, got.date),
                        bool(text_names) and not names_shown and shows_own_names(p.text, p.title, got.author),
                        got, Got(html.date, list(html.author) if html.author else None), peer))
    return rows


def day_right(got: str | None, day: str | None, instants: tuple[datetime, ...] = ()) -> bool:
    return bool(got) and (got[:10] == day or same_moment(got, instants))  # type: ignore[index]


def names_right(got: list[str] | None, names: list[str] | None) -> bool:
    return names_match(got, names)


def share(hits: int, pages: int) -> str:
    return f"{hits / pages:.3f} ({hits}/{pages})" if pages else "—"


def table(rows: list[Row]) -> list[str]:
    out = ["| fold | text: date right | text: author right | text: no date where none shown "
           "| text: no author where none shown | html: date given / right | html: author given / right "
           "| trafilatura: date given / right | trafilatura: author given / right |",
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for fold in (*FOLDS, ALL):
        rs = [r for r in rows if fold in (ALL, r.page.fold)]
        dated, named = [r for r in rs if r.day], [r for r in rs if r.names]
        text_named = [r for r in rs if r.text_names]
        shown_d, shown_n = [r for r in dated if r.day_shown], [r for r in text_named if r.names_shown]
        hidden_d = [r for r in dated if not r.day_shown and not r.other_day]
        hidden_n = [r for r in text_named if not r.names_shown and not r.other_names]
        cells = [
            share(sum(day_right(r.text.date, r.day, r.instants) for r in shown_d), len(shown_d)),
            share(sum(names_right(r.text.author, r.text_names) for r in shown_n), len(shown_n)),
            share(sum(r.text.date is None for r in hidden_d), len(hidden_d)),
            share(sum(r.text.author is None for r in hidden_n), len(hidden_n)),
        ]
        for system in ("html", "trafilatura"):
            got = [getattr(r, system) for r in dated]
            cells.append(f"{share(sum(g.date is not None for g in got), len(dated))} / "
                         f"{share(sum(day_right(g.date, r.day, r.instants) for g, r in zip(got, dated, strict=True)), len(dated))}")
            got = [getattr(r, system) for r in named]
            cells.append(f"{share(sum(g.author is not None for g in got), len(named))} / "
                         f"{share(sum(names_right(g.author, r.names) for g, r in zip(got, named, strict=True)), len(named))}")
        out.append(f"| {fold} | " + " | ".join(cells) + " |")
    return out


def misses(rows: list[Row], fold: str) -> list[str]:
    out = []
    for r in rows:
        if r.page.fold != fold:
            continue
        # a miss: the shown day not given, or a date given where the text shows none
        if r.other_day or r.other_names:
            out.append(f"apart  {r.page.set}/{r.page.id}: declared {r.day} {r.text_names}, "
                       f"shown under the headline {r.text.date if r.other_day else ''} "
                       f"{r.text.author if r.other_names else ''}")
        if r.day and not r.other_day and (not day_right(r.text.date, r.day, r.instants) if r.day_shown else r.text.date):
            out.append(f"date   {r.page.set}/{r.page.id}: declared {r.day} shown={r.day_shown} got {r.text.date}")
        # ... the shown names not given, or a name given where the text shows none
        if r.text_names and not r.other_names and (not names_right(r.text.author, r.text_names) if r.names_shown else r.text.author):
            out.append(f"author {r.page.set}/{r.page.id}: declared {r.text_names} shown={r.names_shown} "
                       f"got {r.text.author}")
    return out


def misses_html(rows: list[Row], fold: str) -> list[str]:
    """The HTML path's wrong or missing dates and authors on this fold (declared, got)."""
    out = []
    for r in rows:
        if r.page.fold != fold:
            continue
        if r.day and not day_right(r.html.date, r.day, r.instants):
            out.append(f"date   {r.page.set}/{r.page.id}: declared {r.day} got {r.html.date}")
        if r.names and not names_right(r.html.author, r.names):
            out.append(f"author {r.page.set}/{r.page.id}: declared {r.names} got {r.html.author}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="the first N pages of each set")
    parser.add_argument("--misses", choices=FOLDS, help="list the text path's misses on this fold")
    parser.add_argument("--misses-html", choices=FOLDS, help="list the HTML path's misses on this fold")
    args = parser.parse_args(argv)
    rows = read(load(limit=args.limit))
    print("\n".join(table(rows)))
    dated = sum(r.day is not None for r in rows)
    named = sum(r.names is not None for r in rows)
    site = sum(r.names is not None and r.text_names is None for r in rows)
    print(f"\n{len(rows)} pages; a declared day on {dated}, declared authors on {named} "
          f"(the site itself or a firm on {site}: out of the text path's author score)")
    for fold in FOLDS:
        rs = [r for r in rows if r.page.fold == fold]
        print(f"fold {fold}: a date line of the page's own under the headline, not the declared day, given on "
              f"{sum(r.other_day for r in rs)} pages; a byline of its own, not the declared names, on "
              f"{sum(r.other_names for r in rs)} (counted apart)")
    if args.misses:
        print("\n".join(misses(rows, args.misses)))
    if args.misses_html:
        print("\n".join(misses_html(rows, args.misses_html)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
