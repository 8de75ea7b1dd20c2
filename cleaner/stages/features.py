"""Per-line features, computed once per page and shared by the heuristics.

Speed matters (a corpus has millions of pages): every feature is computed in one pass over the
blocks and kept in plain lists; rule patterns are matched through stages.matching's indexes, and
the few without a literal start run once over the page's short lines joined by newlines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import re

import regex

from ..document import Document
from ..patterns import Pattern
from .context import Context

WORD = regex.compile(r"\w+(?:[’'.-]\w+)*")
TERMINAL = regex.compile(r"[.!?…:;。！？»\"”’)\]]\s*$")
RUN_TOGETHER = regex.compile(r"\p{Ll}\p{Lu}")
_NOT_ALNUM = re.compile(r"[\W_]+")  # the stdlib engine: faster for this, and no rule runs here
# A line "ends a sentence" when its last character, past closing quotes and brackets, is one of these.
SENTENCE_END = frozenset(".!?…。！？")
SHORT_LINE = 60  # characters: rule patterns without a literal start are tried on lines this short
CLOSERS = "\"'”’»)]*"


def extracted(doc: Document) -> bool:
    """True for trafilatura's blocks: the main content already, with its structure. The stages
    that find a page's furniture among its lines (language guess, navigation, repeats) leave
    them alone: what repeats inside an article's content (a table's cells, a meal plan's
    headings) is content (measured in benchmarks/: both cost AEB F1 there)."""
    return doc.source == "html"


def page_text(doc: Document) -> bool:
    """True when the blocks are a page's whole visible text, a line each, as a scraper saved it:
    the heuristics that judge a line by its place on the page (main region, menu runs, trailers
    cut in the region, index-page verdict) apply only then. Trafilatura's blocks (`html`) are
    already the main content, and the HTML path's fallback (`html-fallback`) is its own."""
    return doc.source == "text"


def words(text: str) -> int:
    return len(WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return TERMINAL.search(text) is not None


def key(text: str) -> str:
    """A comparison key: case and everything but letters and digits ignored."""
    return _NOT_ALNUM.sub("", text.casefold())


def is_terminal(text: str) -> bool:
    """Ends like a sentence: `.`, `!`, `?`, `…` (also CJK), closing quotes and brackets skipped."""
    t = text.rstrip(CLOSERS)
    return bool(t) and t[-1] in SENTENCE_END


@dataclass(slots=True)
class Features:
    """Features of every block of one Document, index for index."""

    doc: Document
    texts: list[str]
    tokens: list[int]  # whitespace tokens (for CJK pages: about one word per two characters)
    terminal: list[bool]  # ends like a sentence
    stops: list[int]  # stopword tokens, in the page's language
    language: str | None
    lowered: list[str]  # casefolded texts
    split: list[list[str]]  # casefolded whitespace tokens
    _keys: list[str] | None = None
    _short: tuple[list[int], str] | None = None
    _line_hits: tuple[object, list] | None = None

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [key(t) for t in self.texts]
        return self._keys

    def tokens_of(self, candidates: list[int]) -> set[str]:
        """Every casefolded token of the candidate lines (to pick the phrase patterns worth trying)."""
        out: set[str] = set()
        for i in candidates:
            out.update(self.split[i])
        return out

    def line_hits(self, index) -> list:
        """Every whole-line matcher's hits on this page (stages.matching.LineIndex), found once."""
        if self._line_hits is None or self._line_hits[0] is not index:
            self._line_hits = (index, index.scan(self))
        return self._line_hits[1]

    def short_line_matches(self, pattern: Pattern) -> Iterator[tuple[int, regex.Match]]:
        """(block index, match) of an anchored whole-line pattern, scanned once over the short lines."""
        if self._short is None:
            index = [i for i, t in enumerate(self.texts) if len(t) <= SHORT_LINE]
            self._short = (index, "\n".join(self.texts[i] for i in index))
        index, text = self._short
        starts, pos = [], 0
        for i in index:
            starts.append(pos)
            pos += len(self.texts[i]) + 1
        for m in _scan(pattern, text):
            k = bisect_right(starts, m.start()) - 1
            if starts[k] == m.start() and m.end() == starts[k] + len(self.texts[index[k]]):
                yield index[k], m


def _scan(pattern: Pattern, text: str) -> list:
    """All matches of a rule pattern in the page, under its time limit (none if it runs out)."""
    try:
        return list(pattern.compiled.finditer(text, timeout=pattern.timeout * 4))
    except TimeoutError:
        pattern._timed_out()
        return []


def features(doc: Document, ctx: Context) -> Features:
    """The page's features, computed on first use and cached for the page's other stages."""
    cached = ctx.cache.get("features")
    if cached is not None and cached.doc is doc:
        return cached
    from .language import detect  # language needs the token pass; imported here to avoid a cycle

    texts = [b.text.replace("\n", " ") for b in doc.blocks]
    lowered = "\n".join(texts).casefold().split("\n")
    split = [line.split() for line in lowered]
    language, stopwords, cjk = detect(split, lowered, doc.language, ctx)
    if cjk:
        tokens = [max(len(s), len(t) // 2) for s, t in zip(split, texts)]
        stops = [sum(map(stopwords.__contains__, t)) for t in lowered]
    else:
        tokens = [len(s) for s in split]
        stops = [sum(map(stopwords.__contains__, s)) for s in split]
    feats = Features(doc, texts, tokens, [is_terminal(t) for t in texts], stops, language,
                     lowered, split)
    ctx.cache["features"] = feats
    return feats
