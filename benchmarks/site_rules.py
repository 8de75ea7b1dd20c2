"""What the imported site rules (rules/ftr/) are worth: `python benchmarks/site_rules.py`.

On the dev pages whose host has an imported rule (not counting the global fallback), the HTML
path with and without the imported rules, in one run: AEB F1, teval F1 and title accuracy on
both folds; the share of the dev pages covered; how often each directive acted and what that did
to the pages it acted on. `--variants` also runs the imported rules with parts left out (body,
title, strip, the global fallback), to see which part helps.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner import Article, Cleaner  # noqa: E402
from cleaner.rules.uses import DEFAULT_USE, USES  # noqa: E402
from cleaner.rules.ruleset import Ruleset  # noqa: E402
from cleaner.rules.site import SiteRules, url_host  # noqa: E402
from data import FOLDS, Page, in_fold, load  # noqa: E402
from scoring import aeb_page, aeb_score, teval_counts, teval_score, title_right  # noqa: E402

# --- variants: the imported rules with parts left out -----------------------------------------

Variant = Callable[[SiteRules], SiteRules]


def without_body(site: SiteRules) -> SiteRules:
    return dataclasses.replace(site, xpaths=dataclasses.replace(site.xpaths, body=()))


def without_title(site: SiteRules) -> SiteRules:
    return dataclasses.replace(site, xpaths=dataclasses.replace(site.xpaths, title=()))


def without_strip(site: SiteRules) -> SiteRules:
    return dataclasses.replace(site, html_drop=())


def without_prune_switch(site: SiteRules) -> SiteRules:
    return dataclasses.replace(site, xpaths=dataclasses.replace(site.xpaths, prune=True))


def metadata_only(site: SiteRules) -> SiteRules:
    x = site.xpaths
    return dataclasses.replace(site, html_drop=(), xpaths=dataclasses.replace(
        x, body=(), find_replace=(), dissolve=(), wrap_in=()))


def strip_only(site: SiteRules) -> SiteRules:
    return dataclasses.replace(site, xpaths=type(site.xpaths)(imported=True))


VARIANTS: dict[str, Variant | None] = {"all, no body": without_body, "all, no title": without_title,
                                       "all, no strip": without_strip, "all, prune ignored": without_prune_switch,
                                       "strip only": strip_only, "metadata only (as the bench sees it)": metadata_only}


def cleaner_with(variant: Variant | None, fallback: bool = True) -> Cleaner:
    cleaner = Cleaner(imported_rules="all")
    if not fallback:
        for folder in cleaner.ruleset.imported:
            folder.global_file = None
    if variant is not None:
        cleaner.ruleset = VariantRuleset(cleaner.ruleset, variant)  # type: ignore[assignment]
    return cleaner


class VariantRuleset:
    """The Cleaner's rules, with a variant applied to each imported site's."""

    def __init__(self, ruleset: Ruleset, variant: Variant) -> None:
        self.ruleset, self.variant = ruleset, variant

    def rules_for(self, page: str, url: str | None, html: bool = True) -> SiteRules | None:
        site = self.ruleset.rules_for(page, url, html)
        return self.variant(site) if site is not None and site.xpaths.imported else site

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ruleset, name)


# --- scoring ------------------------------------------------------------------------------------


def page_f1(page: Page, body: str) -> float:
    if page.set == "aeb":
        tp, fp, fn = aeb_page(body, page.body or "")
    else:
        tp, fp, fn = teval_counts(body, page.with_ or [], page.without or [])
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def scores(pages: list[Page], bodies: dict[str, str], got_titles: dict[str, str | None]) -> str:
    cells = []
    for f in FOLDS:
        sub = in_fold(pages, f)
        aeb = aeb_score([(bodies[p.id], p.body or "") for p in sub if p.set == "aeb"])
        tev = teval_score([(bodies[p.id], p.with_ or [], p.without or []) for p in sub if p.set == "teval"])
        titled = [(p.id, p.title) for p in sub if p.title]
        right = sum(title_right(got_titles[id_], title) for id_, title in titled)
        cells += [f"{aeb.f1:.4f}", f"{tev.f1:.4f}", f"{right}/{len(titled)}"]
    return " | ".join(cells)


Run = tuple[dict[str, str], dict[str, str | None], dict[str, Article]]  # bodies, titles, articles by page id


def run(cleaner: Cleaner, pages: list[Page]) -> Run:
    bodies: dict[str, str] = {}
    got_titles: dict[str, str | None] = {}
    articles: dict[str, Article] = {}
    for page in pages:
        article = cleaner.clean(page.html, page.url, kind="html")
        bodies[page.id], got_titles[page.id], articles[page.id] = article.body, article.title, article
    return bodies, got_titles, articles


def covered(cleaner: Cleaner, url: str) -> bool:
    host = url_host(url)
    return any(folder.file_for(host) for folder in cleaner.ruleset.imported)


def directive_stats(pages: list[Page], articles: dict[str, Article], base: dict[str, str],
                    bodies: dict[str, str]) -> list[str]:
    """How often body matched, fell back or matched nothing; strip and title rules acting; the
    mean change of page F1 on the pages where each acted."""
    acted: dict[str, list[float]] = defaultdict(list)
    for page in pages:
        article, delta = articles[page.id], page_f1(page, bodies[page.id]) - page_f1(page, base[page.id])
        kinds: set[str] = set()
        for note in article.notes:
            if ": html." not in note.rule:  # the file's whole reading was set aside (blocks.html.container)
                kinds.add("rules set aside: they left too little of the page's text")
            elif "body_xpath" in note.rule:
                kinds.add("body matched nothing" if note.text.startswith("matched nothing") else "body used")
            elif "title_xpath" in note.rule:
                kinds.add("title xpath lost: it gave the site's name")
            elif "find_replace" in note.rule:
                kinds.add("find_replace replaced")
        for rule in {r.rule.split(": ")[1].split("[")[0] for r in article.removed
                     if r.line == 0 and ": " in r.rule}:
            kinds.add(f"{rule} removed text")
        if article.meta.get("site_title"):
            kinds.add("title xpath found a text")
        for kind in kinds:
            acted[kind].append(delta)
    rows = []
    for kind, deltas in sorted(acted.items(), key=lambda kv: -len(kv[1])):
        better, worse = sum(d > 0.001 for d in deltas), sum(d < -0.001 for d in deltas)
        rows.append(f"| {kind} | {len(deltas)} | {better} | {worse} | {sum(deltas) / len(deltas):+.3f} |")
    return rows


def title_stats(pages: list[Page], articles: dict[str, Article], base_titles: dict[str, str | None]) -> list[str]:
    counts: Counter[tuple[bool, bool]] = Counter()
    for page in pages:
        article = articles[page.id]
        if not page.title or not article.meta.get("site_title"):
            continue
        now = title_right(article.title, page.title)
        before = title_right(base_titles[page.id], page.title)
        counts[(before, now)] += 1
    return [(f"title xpath pages: right before and after {counts[True, True]}, fixed {counts[False, True]}, "
             f"broken {counts[True, False]}, wrong both {counts[False, False]}")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", action="store_true", help="also run the imported rules with parts left out")
    ap.add_argument("--all", action="store_true", help="also score every dev page (the global fallback acts there)")
    args = ap.parse_args()
    every = load()
    probe = Cleaner()
    pages = [p for p in every if covered(probe, p.url)]
    sets = Counter(p.set for p in pages)
    totals = Counter(p.set for p in every)
    print(f"covered: {len(pages)} of {len(every)} dev pages ({len(pages) / len(every):.0%}): "
          + ", ".join(f"{s} {sets[s]} of {totals[s]}" for s in ("aeb", "teval"))
          + f"; fold A {len(in_fold(pages, 'A'))}, fold B {len(in_fold(pages, 'B'))}")
    print("\n| imported rules (HTML path) | A aeb F1 | A teval F1 | A titles | B aeb F1 | B teval F1 | B titles |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    base_bodies, base_titles, _ = run(Cleaner(imported_rules="off"), pages)
    print(f"| off (--no-imported-rules) | {scores(pages, base_bodies, base_titles)} |")
    results = {}
    for use in ("metadata", "all"):
        results[use] = run(Cleaner(imported_rules=use), pages)
        label = f"{use} (the default)" if use == DEFAULT_USE else use
        print(f"| {label} | {scores(pages, results[use][0], results[use][1])} |", flush=True)
    if args.variants:
        for name, variant in VARIANTS.items():
            got = run(cleaner_with(variant), pages)
            print(f"| {name} | {scores(pages, got[0], got[1])} |", flush=True)
        got = run(cleaner_with(None, fallback=False), pages)
        print(f"| all, no global fallback | {scores(pages, got[0], got[1])} |")
    print("\nwhat each directive of the imported rules (all of them) did, on the pages where it acted:")
    bodies, _, articles = results["all"]
    print("\n| directive acted | pages | F1 better | F1 worse | mean F1 change |\n| --- | --- | --- | --- | --- |")
    print("\n".join(directive_stats(pages, articles, base_bodies, bodies)))
    print("\n" + "\n".join(title_stats(pages, articles, base_titles)))
    if args.all:
        print("\nevery dev page (the global fallback acts on the others):")
        for use in USES:
            got = run(Cleaner(imported_rules=use), every)
            print(f"| {use} | {scores(every, got[0], got[1])} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
