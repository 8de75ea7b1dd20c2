"""The main region of page text: the article is the densest run of prose.

Menus, headers, footers and link lists sit around it as runs of short lines. Each line gets a
score: prose (long enough, ending like a sentence, with the stopwords of the page's language)
counts its words; any other line costs a fixed amount. The run of lines with the highest total
(a maximum-sum subarray, found in one pass) is the article; what lies outside it is dropped.
Lines that the phrase rules already dropped count as junk here, so they never bridge or promote
their neighbours. Page text only: the HTML path's blocks are already trafilatura's main content.
"""

from __future__ import annotations

from ..document import Document
from .context import Context
from . import trailers
from .features import Features, features, page_text

GOOD_TOKENS = 10  # a line of prose has at least this many words ...
LONG_TOKENS = 25  # ... or, without a sentence end, this many
UNFINISHED_COST = 2.0
MAX_LIST = 20  # items of a list announced by a colon ...
LIST_COST = 1.0  # ... and what each costs
NEAR_TOKENS = 5  # ... or this many, ending like a sentence
MIN_DENSITY = 0.22  # stopwords per token of prose, where the page's language has a stoplist
CJK_DENSITY = 0.04  # function characters per character in Chinese, Japanese, Korean
LINE_COST = 6.0  # what a line that is not prose costs (a heading between paragraphs is bridged)
DROPPED_COST = 8.0
CJK_LANGUAGES = ("zh", "ja", "ko")
TITLE_MAX_TOKENS = 40
HEADLINE_SPAN = 400  # lines searched for the h1
MATCH_SHARE = 0.5  # of the <title> line that the h1 line holds
NEAR_HEADLINE = 15  # lines after the h1 where the article starts
HEADLINE_BONUS = 60.0
HEADLINE_RUN_SHARE = 0.5  # of the best run's total that the run under the headline must reach


def prose_scores(f: Features) -> list[float]:
    """A score per block: its words when it reads as prose, a negative cost otherwise."""
    return _scores(f)[0]


def _scores(f: Features) -> tuple[list[float], int | None]:
    """The scores, and the article's first line under its headline when the page shows one."""
    cjk = f.language in CJK_LANGUAGES
    has_stops = f.language is not None
    density = CJK_DENSITY if cjk else MIN_DENSITY
    scores = []
    tokens, stops, terminal, texts = f.tokens, f.stops, f.terminal, f.texts  # local names: a hot loop
    for i, block in enumerate(f.doc.blocks):
        n = tokens[i]
        if block.dropped is not None:
            scores.append(-DROPPED_COST)
            continue
        if n < NEAR_TOKENS:
            scores.append(-LINE_COST)
            continue
        d = stops[i] / (len(texts[i]) if cjk else n)
        wordy = not has_stops or d >= density
        if wordy and terminal[i]:
            scores.append(float(n))
        elif wordy and n >= LONG_TOKENS:
            scores.append(n / 2)  # prose whose last sentence lost its full stop
        elif wordy and n >= GOOD_TOKENS:
            scores.append(-UNFINISHED_COST)  # a teaser headline more often than prose
        elif wordy and texts[i].endswith(":"):
            scores.append(n / 2)  # a sentence that opens a list or a quote
        else:
            scores.append(-LINE_COST)
    _announced_lists(f, scores)
    return scores, _pull_towards_headline(f, scores)


def _announced_lists(f: Features, scores: list[float]) -> None:
    """A line ending with a colon announces what follows (`What you need:`): the run of short
    lines after it is a list of the article, which costs little to bridge."""
    n = len(scores)
    for i in range(n - 1):
        if scores[i] < 0 and f.texts[i].endswith(":") and f.doc.blocks[i].kept and f.tokens[i] >= 2:
            j = i + 1
            while j < n and j <= i + MAX_LIST and scores[j] < 0 and f.doc.blocks[j].kept and not f.terminal[j]:
                j += 1
            if j < n and j > i + 1 and scores[j] > 0:  # the list ends where prose resumes
                for k in range(i, j):
                    scores[k] = -LIST_COST


def _pull_towards_headline(f: Features, scores: list[float]) -> int | None:
    """The article follows its headline: the first prose after the h1 line (a line that the
    `<title>` line, the page text's first line, holds) gets a bonus."""
    if len(f.texts) < 3 or not 2 <= f.tokens[0] <= TITLE_MAX_TOKENS:
        return None
    title = f.keys[0]
    for i in range(1, min(len(f.texts), HEADLINE_SPAN)):
        k = f.keys[i]
        if len(k) >= MATCH_SHARE * len(title) and k in title and f.tokens[i] >= 2:
            for j in range(i + 1, min(len(scores), i + NEAR_HEADLINE)):
                if scores[j] > 0:
                    scores[j] += HEADLINE_BONUS
                    return j
            return None
    return None


def best_run(scores: list[float]) -> tuple[int, int, float]:
    """(first, last, total) of the contiguous run with the highest total (Kadane's algorithm)."""
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for i, s in enumerate(scores):
        if total <= 0:
            start, total = i, s
        else:
            total += s
        if total > best[2]:
            best = (start, i, total)
    return best


def main_region(doc: Document, ctx: Context) -> tuple[int, int, float]:
    """The main region's first and last block and its score (cached for the page)."""
    cached = ctx.cache.get("region")
    if cached is not None and cached[0] is doc:
        return cached[1]
    scores, start = _scores(features(doc, ctx))
    first, last, total = best_run(scores)
    if start is not None and first < start <= last:
        first = start  # the article starts under its headline, whatever prose stands above it
        total = sum(scores[first:last + 1])
    elif start is not None and not first <= start <= last:
        # The best run lies elsewhere (a long teaser, a footer): the run that starts under the
        # headline wins unless it is much poorer.
        end, run_total = _best_end(scores, start)
        if run_total >= HEADLINE_RUN_SHARE * total:
            first, last, total = start, end, run_total
    if total > 0:
        cut = trailers.region_cut(doc, ctx, first, last, scores)
        if cut is not None:
            for block in doc.blocks[cut:last + 1]:
                block.drop("trailers")
            last = cut - 1
            while last > first and scores[last] <= 0:  # the region ends with prose, as before the cut
                last -= 1
            total = sum(scores[first:last + 1])
    region = (first, last, total)
    ctx.cache["region"] = (doc, region)
    return region


def _best_end(scores: list[float], start: int) -> tuple[int, float]:
    """The end of the best run that starts at `start`, and its total."""
    best, best_end, total = float("-inf"), start, 0.0
    for i in range(start, len(scores)):
        total += scores[i]
        if total > best:
            best, best_end = total, i
    return best_end, best


def trim_edges(doc: Document, ctx: Context) -> None:
    """After the later stages dropped lines (repeats, the title), the body again starts and ends
    with prose, as the region did: so cleaning the result again finds the same region."""
    if not page_text(doc):
        return
    scores = prose_scores(features(doc, ctx))
    kept = doc.kept_indices()
    if not any(scores[i] > 0 for i in kept):
        return  # no prose at all: nothing to trim towards
    for order in (kept, kept[::-1]):
        for i in order:
            if scores[i] > 0:
                break
            doc.blocks[i].drop("region.edge")


def apply(doc: Document, ctx: Context) -> None:
    if not page_text(doc) or not doc.blocks:
        return
    first, last, total = main_region(doc, ctx)
    if total <= 0:
        return  # no prose at all: the verdict stage decides what the page is
    for i, block in enumerate(doc.blocks):
        if i < first:
            block.drop("region.before")
        elif i > last:
            block.drop("region.after")
