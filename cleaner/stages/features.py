"""Per-line features, computed once per page and shared by the heuristics.

Speed matters (a corpus has millions of pages): every feature is computed in one pass over the
blocks and kept in plain lists; rule patterns are matched through stages.matching's indexes, which
find the lines worth trying with substring searches over the page's text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

import re

import regex

from ..document import Document
from ..required import fold_casefolded
from .context import Context

WORD = regex.compile(r"\w+(?:[’'.-]\w+)*")
TERMINAL = regex.compile(r"[.!?…:;。！？»\"”’)\]]\s*$")
RUN_TOGETHER = regex.compile(r"\p{Ll}\p{Lu}")
_NOT_ALNUM = re.compile(r"[\W_]+")  # the stdlib engine: faster for this, and no rule runs here
# `key` of a page's lines joined by newlines, in two passes: the ASCII characters that are no
# letter, digit or newline deleted from its UTF-8 bytes (a table look-up a byte, where the regex
# engine spends a match on each run of spaces and punctuation), then what is left of `[\W_]`,
# beyond ASCII (`’`, `–`), with the regex engine.
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "\n"))
_NOT_WORD_BEYOND_ASCII = re.compile(r"[^\w\x00-\x7f]+")
# A line "ends a sentence" when its last character, past closing quotes and brackets, is one of these.
SENTENCE_END = frozenset(".!?…。！？")
CLOSERS = "\"'”’»)]*"
# Stopwords are counted only on lines of this many tokens or more: their one reader, the main
# region (stages.region), scores shorter lines as no prose whatever words they hold.
STOPS_MIN_TOKENS = 5


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
    return terminals([text])[0]


def terminals(texts: list[str]) -> list[bool]:
    """`is_terminal` of each text (in one comprehension: a call a line costs more than the test)."""
    return [t.rstrip(CLOSERS)[-1:] in SENTENCE_END for t in texts]


@dataclass(slots=True)
class Features:
    """Features of every block of one Document, index for index."""

    doc: Document
    texts: list[str]
    tokens: list[int]  # whitespace tokens (for CJK pages: about one word per two characters)
    terminal: list[bool]  # ends like a sentence
    stops: list[int]  # stopword tokens, in the page's language (0 below STOPS_MIN_TOKENS tokens)
    language: str | None
    lowered: list[str]  # casefolded texts
    split: list[list[str]]  # casefolded whitespace tokens
    _keys: list[str] | None = None
    _folded: tuple[str, list[int], list[str]] | None = None
    _line_hits: tuple[object, list] | None = None

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            # `key` of every line over the whole page at once (a call a line costs more). Every
            # byte of a character beyond ASCII is 0x80 or above in UTF-8, so the first pass
            # deletes no part of one; "surrogatepass" carries a lone surrogate through unchanged.
            page = "\n".join(self.lowered).encode("utf-8", "surrogatepass")
            ascii_done = page.translate(None, _ASCII_NOT_ALNUM).decode("utf-8", "surrogatepass")
            joined = _NOT_WORD_BEYOND_ASCII.sub("", ascii_done)
            self._keys = joined.split("\n") if self.texts else []
        return self._keys

    def tokens_of(self, candidates: list[int]) -> set[str]:
        """Every casefolded token of the candidate lines (to pick the phrase patterns worth trying)."""
        split = self.split
        out: set[str] = set()
        out.update(*[split[i] for i in candidates])
        return out

    def line_hits(self, index) -> list:
        """Every whole-line matcher's hits on this page (stages.matching.LineIndex), found once."""
        if self._line_hits is None or self._line_hits[0] is not index:
            self._line_hits = (index, index.scan(self))
        return self._line_hits[1]

    @property
    def folded(self) -> list[str]:
        """The lines `fold`ed (cleaner.required): what rule requirements are checked against."""
        return self._folded_page()[2]

    def lines_holding(self, alternatives: tuple[str, ...]) -> list[int]:
        """The lines whose folded text holds one of the texts, in order: a substring search over
        the page's text a hit, instead of a test a line."""
        page, starts, _ = self._folded_page()
        out: list[int] = []
        for text in alternatives:
            pos = page.find(text)
            while pos >= 0:
                i = bisect_right(starts, pos) - 1
                out.append(i)
                pos = page.find(text, starts[i + 1])
        return sorted(set(out)) if len(alternatives) > 1 else out

    def _folded_page(self) -> tuple[str, list[int], list[str]]:
        """(the folded lines joined by newlines, where each line starts in it, the folded lines)."""
        if self._folded is None:
            lowered = "\n".join(self.lowered)
            page = fold_casefolded(lowered)
            lines = self.lowered if page is lowered else page.split("\n")
            # Line i starts at starts[i]; starts[-1] is one past the page's end.
            starts = [0, *accumulate(map((1).__add__, map(len, lines)))]
            self._folded = (page, starts, lines)
        return self._folded


def features(doc: Document, ctx: Context) -> Features:
    """The page's features, computed on first use and cached for the page's other stages."""
    cached = ctx.cache.get("features")
    if cached is not None and cached.doc is doc:
        return cached
    from .language import detect  # language needs the token pass; imported here to avoid a cycle

    texts = [b.text for b in doc.blocks]
    page = "\n".join(texts)
    if page.count("\n") >= len(texts):  # a block of several lines (HTML path): one line here
        texts = [t.replace("\n", " ") for t in texts]
        page = "\n".join(texts)
    lowered = page.casefold().split("\n")
    split = [line.split() for line in lowered]
    language, stopwords, cjk = detect(split, lowered, doc.language, ctx)
    if cjk:
        tokens = [max(len(s), len(t) // 2) for s, t in zip(split, texts)]
        stops = [sum(map(stopwords.__contains__, t)) if n >= STOPS_MIN_TOKENS else 0
                 for t, n in zip(lowered, tokens)]
    else:
        tokens = [len(s) for s in split]
        stops = [sum(map(stopwords.__contains__, s)) if len(s) >= STOPS_MIN_TOKENS else 0 for s in split]
    feats = Features(doc, texts, tokens, terminals(texts), stops, language,
                     lowered, split)
    ctx.cache["features"] = feats
    return feats
