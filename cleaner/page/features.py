"""Per-line features, computed once per page and shared by the heuristics.

Speed matters (a corpus has millions of pages): every feature is computed in one pass over the
blocks and kept in plain lists; rule patterns are matched through rules.matching's indexes, which
find the lines worth trying with substring searches over the page's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ..document import Document
from ..rules.matching import LineIndex, Rule
from ..rules.required import fold_casefolded
from ..rules.stoplists import Stoplists
from ..text import ends_sentences
from .language import detect

# `key` of a page's lines joined by newlines, in two passes: the ASCII characters that are no
# letter, digit or newline deleted from its UTF-8 bytes (a table look-up a byte, where the regex
# engine spends a match on each run of spaces and punctuation), then what is left of `[\W_]`,
# beyond ASCII (`’`, `–`), with the regex engine.
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "\n"))
_NOT_WORD_BEYOND_ASCII = re.compile(r"[^\w\x00-\x7f]+")
# Stopwords are counted only on lines of this many tokens or more: their one reader, the main
# region (page.region), scores shorter lines as no prose whatever words they hold.
STOPS_MIN_TOKENS = 5


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
    stopwords: frozenset[str] = frozenset()  # the page language's stoplist (empty: none, or CJK)
    _keys: list[str] | None = None
    _folded: tuple[str, list[int], list[str]] | None = None
    _line_hits: tuple[LineIndex, list[dict[int, Rule]]] | None = None

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

    def small_stopword(self, text: str) -> bool:
        """The text holds a stopword of the page's language in small letters: a phrase, where a menu
        run of section names or a label capitalises each word (`News Politics Top Stories`)."""
        return any(w.islower() and w in self.stopwords for w in text.split())

    def line_hits(self, index: LineIndex) -> list[dict[int, Rule]]:
        """Every whole-line matcher's hits on this page (rules.matching.LineIndex), found once."""
        if self._line_hits is None or self._line_hits[0] is not index:
            self._line_hits = (index, index.scan(self))
        return self._line_hits[1]

    @property
    def folded(self) -> list[str]:
        """The lines `fold`ed (rules.required): what rule requirements are checked against."""
        return self._folded_page()[2]

    def folded_text(self) -> tuple[str, list[int]]:
        """(the folded lines joined by newlines, where each line starts in it): line i is
        text[starts[i]:starts[i + 1] - 1]."""
        page, starts, _ = self._folded_page()
        return page, starts

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


def compute(doc: Document, stoplists: Stoplists) -> Features:
    """The features of the Document's blocks as they are now (page.Page caches them for the stages)."""
    texts = [b.text for b in doc.blocks]
    page = "\n".join(texts)
    if page.count("\n") >= len(texts):  # a block of several lines (HTML path): one line here
        texts = [t.replace("\n", " ") for t in texts]
        page = "\n".join(texts)
    lowered = page.casefold().split("\n")
    split = [line.split() for line in lowered]
    language, stopwords, cjk = detect(split, lowered, doc.language, stoplists)
    if cjk:
        tokens = [max(len(s), len(t) // 2) for s, t in zip(split, texts, strict=True)]
        stops = [sum(map(stopwords.__contains__, t)) if n >= STOPS_MIN_TOKENS else 0
                 for t, n in zip(lowered, tokens, strict=True)]
    else:
        tokens = [len(s) for s in split]
        stops = [sum(map(stopwords.__contains__, s)) if len(s) >= STOPS_MIN_TOKENS else 0 for s in split]
    return Features(doc, texts, tokens, ends_sentences(texts), stops, language, lowered, split,
                    frozenset() if cjk else stopwords)
