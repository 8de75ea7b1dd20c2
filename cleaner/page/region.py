"""The main region of page text: the article is the densest run of prose.

Menus, headers, footers and link lists sit around it as runs of short lines. Each line gets a
score: prose (long enough, ending like a sentence, with the stopwords of the page's language)
counts its words; any other line costs a fixed amount. The run of lines with the highest total
(a maximum-sum subarray, found in one pass) is the article; what lies outside it is dropped.
Lines that the phrase rules already dropped count as junk here, so they never bridge or promote
their neighbours. A little prose after a gap below the article (a bio, a blurb) is cut off.
Page text only: the HTML path's blocks are already trafilatura's main content.

This is analysis: it finds the region and where trailers cut it (page.trailers), and marks
nothing; the trailers, region and edges stages mark what it found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document
from ..rules.generic import GenericRules
from ..rules.patterns import Pattern
from ..settings import RegionSettings, Settings, TailSettings
from ..text import has_separator
from . import foot_notes, trailers
from .cjk_prose import clauses
from .clock_stamps import live_entries
from .features import STOPS_MIN_TOKENS, Features
from .foot_headline import repeated_at_foot
from .h1 import TITLE_MAX_TOKENS, headline_line
from .ingredients import ingredients_start
from .language import CJK_LANGUAGES
from .lead import lead_start
from .recipe_card import method_end
from .region_contents import contents_runs
from .region_costs import LIST_COST, figure_rows, label_runs
from .runs import run_together
from .salutation import salutation_start
from .signoff import signoff_end
from .standfirst import standfirst
from .trailing_lists import table_line, trailer_stops, trailing_table
from .wrapped import paragraph_stops, share_out, wrapped_paragraphs

UNFINISHED_COST = 2.0
MAX_LIST = 20  # items of a list announced by a colon (each costs LIST_COST)
NEAR_TOKENS = STOPS_MIN_TOKENS  # ... or this many, ending like a sentence (features counts stopwords from here)
NEAR_HEADLINE = 15  # lines after the h1 where the article starts


@dataclass(slots=True, frozen=True)
class Region:
    """The article's lines on page text: [first, last], their total score (<= 0: no prose at all),
    and the trailer cuts found inside the run the maximum-sum search chose."""

    first: int
    last: int
    total: float
    trailer: tuple[int, int] | None = None  # (start, end): the trailer, through the run's old end
    boxes: tuple[tuple[int, int], ...] = field(default=())  # (start, stop): inline boxes set into it
    standfirst: int | None = None  # the standfirst it starts with, its byline between dropped (page.standfirst)


def _scores(f: Features, own: list[float], s: Settings) -> tuple[list[float], int | None]:
    """The scores, and the article's first line under its headline when the page shows one."""
    scores = with_dropped(f, own, s.region)
    _announced_lists(f, scores)
    label_runs(f, scores)
    figure_rows(f, scores)
    contents_runs(f, scores)
    live_entries(f, scores)
    return scores, _pull_towards_headline(f, scores, s.region)


def with_dropped(f: Features, own: list[float], s: RegionSettings) -> list[float]:
    """The lines' own scores, a line the stages dropped so far counted as junk."""
    return [score if b.dropped is None else -s.dropped_cost for score, b in zip(own, f.doc.blocks, strict=True)]


def own_scores(f: Features, s: RegionSettings) -> list[float]:
    """Each line's score from its own features, as if no stage had dropped it (page.Page keeps
    it: the region and, after later stages dropped more, the edges both need it). A paragraph
    that the page breaks into short lines (hard-wrapped, or a `<br>` a line) is scored whole."""
    cjk = f.language in CJK_LANGUAGES
    density = s.cjk_density if cjk else s.min_density
    scores = [_score(n, stops, terminal, text, cjk, density, f.language is not None, s)
              for n, stops, terminal, text in zip(f.tokens, f.stops, f.terminal, f.texts, strict=True)]
    if not cjk:
        for first, last in wrapped_paragraphs(f):
            whole = _score(sum(f.tokens[first:last + 1]), paragraph_stops(f, first, last), f.terminal[last],
                           f.texts[last], False, density, f.language is not None, s)
            share_out(f, scores, first, last, whole)
    for i in run_together(f):  # a drop-down or a tag cloud on one line: no paragraph
        scores[i] = -s.line_cost
    return scores


def _score(n: int, stops: int, terminal: bool, text: str, cjk: bool, density: float, has_stops: bool,
           s: RegionSettings) -> float:
    if n < NEAR_TOKENS:
        return -s.line_cost
    d = stops / (len(text) if cjk else n)
    wordy = not has_stops or d >= density or (cjk and clauses(text))
    if wordy and terminal:
        return float(n)
    if wordy and n >= s.long_tokens:
        return n / 2  # prose whose last sentence lost its full stop
    if wordy and n >= s.good_tokens:
        return -UNFINISHED_COST  # a teaser headline more often than prose
    if wordy and text.endswith(":"):
        return n / 2  # a sentence that opens a list or a quote
    return -s.line_cost


def _announced_lists(f: Features, scores: list[float]) -> None:
    """A line ending with a colon announces what follows (`What you need:`): the run of short
    lines after it is a list of the article, which costs little to bridge."""
    n = len(scores)
    texts, tokens, terminal, blocks = f.texts, f.tokens, f.terminal, f.doc.blocks
    # Only the lines ending with a colon can start a list: found in one comprehension, in order.
    for i in [i for i, t in enumerate(texts) if t.endswith(":")]:
        if i < n - 1 and scores[i] < 0 and blocks[i].dropped is None and tokens[i] >= 2:
            j = i + 1
            while j < n and j <= i + MAX_LIST and scores[j] < 0 and blocks[j].dropped is None and not terminal[j]:
                j += 1
            if j < n and j > i + 1 and scores[j] > 0:  # the list ends where prose resumes
                for k in range(i, j):
                    scores[k] = -LIST_COST


def _pull_towards_headline(f: Features, scores: list[float], s: RegionSettings) -> int | None:
    """The article follows its headline: the first prose after the h1 line (a line that the
    `<title>` line, the page text's first line, holds) gets a bonus."""
    if len(f.texts) < 3 or not 2 <= f.tokens[0] <= TITLE_MAX_TOKENS:
        return None
    i = headline_line(f)
    if i is not None:
        for j in range(i + 1, min(len(scores), i + NEAR_HEADLINE)):
            if scores[j] > 0:
                scores[j] += s.headline_bonus
                return j
        return None
    if not has_separator(f.texts[0]) and scores[1] > 0:
        # No line repeats the first one, and it names no site: the first line is the headline
        # itself (a page cleaned before: its title, a blank line, its body), and the article
        # starts right under it. So cleaning a result again finds the same region.
        scores[1] += s.headline_bonus
        return 1
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


def find(f: Features, own: list[float], generic: GenericRules, s: Settings) -> Region:
    """The main region of the page, from its lines' scores and the marks of the stages so far."""
    scores, start = _scores(f, own, s)
    foot_notes.close_comments(f, generic, scores, s.region.dropped_cost)
    first, last, total = best_run(scores)
    if (start is not None and first < start <= last
            and not repeated_at_foot(f, scores, first, headline_line(f) or 0, start, last, generic.html.dates)):
        first = start  # the article starts under its headline, whatever prose stands above it
        total = sum(scores[first:last + 1])
    elif start is not None and not first <= start <= last:
        # The best run lies elsewhere (a long teaser, a footer): the run that starts under the
        # headline wins unless it is much poorer.
        end, run_total = _best_end(scores, start)
        if run_total >= s.region.headline_run_share * total:
            first, last, total = start, end, run_total
    trailer: tuple[int, int] | None = None
    boxes: tuple[tuple[int, int], ...] = ()
    lead: int | None = None
    if total > 0:
        found = trailers.region_cut(f, generic, first, last, scores)
        boxes = found.boxes
        if found.cut is not None:
            trailer = (found.cut, last)
            last = found.cut - 1
            while last > first and scores[last] <= 0:  # the region ends with prose, as before the cut
                last -= 1
            total = sum(scores[first:last + 1])
    if total > 0:
        boxed = {i for start_, stop in boxes for i in range(start_, stop)}
        # Until no gap cuts: what a cut leaves must not be cut again when the result is cleaned again.
        while (cut := _tail_cut(f, scores, first, last, boxed, s.tail)) != last:
            last = cut
        last = method_end(f, generic.ingredients, scores, last, s.region.dropped_cost)
        last, trailer = foot_notes.trim(f, generic, first, last, scores, trailer)
        last = trailing_table(f, scores, last, s.region, trailer_stops(f, generic))
        last = signoff_end(f, generic.signoffs, last, len(scores) if trailer is None else trailer[0])
        first = lead_start(f.texts, scores, first, -UNFINISHED_COST, generic.html.dates)
        first = salutation_start(f, generic.salutations, first)
        lead = standfirst(f, scores, first, headline_line(f), -UNFINISHED_COST, -s.region.dropped_cost,
                          generic.html.dates)
        first = first if lead is None else lead
        total = sum(scores[first:last + 1])
    return Region(first, last, total, trailer, boxes, lead)


def _tail_cut(f: Features, scores: list[float], first: int, last: int, boxed: set[int], s: TailSettings) -> int:
    """The region's last line once the page's tail is cut off. After the article a page shows
    a few lines of furniture (teasers, a byline box, share links), then often a little more
    prose: the author's bio, the site's blurb, a newsletter or cookie notice. The maximum-sum
    run bridges such a gap whenever that prose outweighs the gap's cost; an article that goes on
    after an interruption goes on at some length, though. A gap whose lines mostly hold figures,
    inner punctuation or bullets is a table, a list or a Q&A of the article and never cuts."""
    # Prose that a stage already dropped (a box set into the article) is not counted: the
    # result cleaned again does not hold it.
    blocks = f.doc.blocks
    prose = [f.tokens[i] if scores[i] > 0 and blocks[i].kept and i not in boxed else 0 for i in range(first, last + 1)]
    total, before, i = sum(prose), 0, first
    while i <= last:
        if scores[i] > 0:
            before += prose[i - first]
            i += 1
            continue
        j = i
        while j <= last and scores[j] <= 0:
            j += 1
        if j - i >= s.gap and total - before < s.share * before and j <= last:
            content = sum(_content_like(f, scores, k) for k in range(i, j))
            if content < s.content_share * (j - i):
                return i - 1
        i = j
    return last


def _content_like(f: Features, scores: list[float], i: int) -> bool:
    """A line of a table, a list or a Q&A: figures, inner punctuation, a bullet, or an item of
    a list announced by a colon."""
    return scores[i] == -LIST_COST or table_line(f.texts[i])


def _best_end(scores: list[float], start: int) -> tuple[int, float]:
    """The end of the best run that starts at `start`, and its total."""
    best, best_end, total = float("-inf"), start, 0.0
    for i in range(start, len(scores)):
        total += scores[i]
        if total > best:
            best, best_end = total, i
    return best_end, best


def edge_lines(doc: Document, f: Features, own: list[float], s: RegionSettings,
               dates: Pattern | None = None, ingredients: Pattern | None = None,
               kept_standfirst: int | None = None, signoffs: Pattern | None = None,
               salutations: Pattern | None = None) -> list[int]:
    """After the later stages dropped lines (repeats, the title), the lines to drop so that the
    body again starts and ends with prose, as the region did: so cleaning the result again finds
    the same region. The lead stays, as the region took it in, and an ingredient list above it."""
    # The region's scores with the lines dropped since counted as junk: the announced lists and
    # the headline's bonus, left out here, change no score's sign and make none as low as a
    # dropped line's, and the sign and that are all this and `trailing_table` look at.
    scores = with_dropped(f, own, s)
    kept = doc.kept_indices()
    if not any(scores[i] > 0 for i in kept):
        return []  # no prose at all: nothing to trim towards
    # A table right after the article's last paragraph stays, as the region took it in.
    last_prose = max(i for i in kept if scores[i] > 0)
    table_end = trailing_table(f, scores, last_prose, s)
    # ... and so does a sign-off under it (page.signoff).
    table_end = max(table_end, signoff_end(f, signoffs, last_prose, len(scores)))
    first_prose = min(i for i in kept if scores[i] > 0)
    lead = salutation_start(f, salutations, lead_start(f.texts, scores, first_prose, -UNFINISHED_COST, dates))
    if kept_standfirst is not None and doc.blocks[kept_standfirst].kept:
        lead = min(lead, kept_standfirst)  # the region took it in, the lines between it and the article dropped
    lead = ingredients_start(f, ingredients, lead)
    edges = []
    for order in (kept, kept[::-1]):
        for i in order:
            if scores[i] > 0 or (order is not kept and i <= table_end) or (order is kept and i >= lead):
                break
            edges.append(i)
    return edges
