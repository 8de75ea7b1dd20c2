"""Scoring as ../shared/bench/README.md defines it: AEB shingle F1, teval passage F1, title accuracy."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

import regex

TOKEN = regex.compile(r"\w+")
SHINGLE = 4
# Characters that show nothing (soft hyphen, zero-width space, non-joiner and joiner, word joiner,
# BOM), removed from both sides before any comparison, as the title score removes soft hyphens: a
# reader sees `Mittelalter` whether the page wrote `Mit&shy;tel&shy;al&shy;ter` or not, and some
# annotations keep them where a result that drops them (as a browser's copy does) is as right.
INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def visible(text: str | None) -> str:
    return (text or "").translate(INVISIBLE)


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(visible(text))
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def aeb_page(result: str, body: str) -> tuple[float, float, float]:
    """(tp, fp, fn) shares of shingles for one page."""
    got, want = shingles(result), shingles(body)
    tp = sum((got & want).values())
    fp = sum(got.values()) - tp
    fn = sum(want.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def aeb_score(pairs: list[tuple[str, str]]) -> Score:
    """pairs: (result, annotated body) per page."""
    precisions, recalls = [], []
    for result, body in pairs:
        tp, fp, fn = aeb_page(result, body)
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return Score(_f1(p, r), p, r)


def _ws(text: str) -> str:
    return " ".join(visible(text).split())


def teval_counts(result: str, with_: list[str], without: list[str]) -> tuple[int, int, int]:
    text = _ws(result)
    tp = sum(1 for s in with_ if _ws(s) in text)
    fn = len(with_) - tp
    fp = sum(1 for s in without if _ws(s) in text)
    return tp, fp, fn


def teval_score(rows: list[tuple[str, list[str], list[str]]]) -> Score:
    tp = fp = fn = 0
    for result, with_, without in rows:
        a, b, c = teval_counts(result, with_, without)
        tp, fp, fn = tp + a, fp + b, fn + c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return Score(_f1(p, r), p, r)


# --- titles -----------------------------------------------------------------------------------

# Curly quotes and dashes made plain (after NFKC, which leaves them as they are).
PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u00ad": None,  # soft hyphen
})


def normalise_title(title: str | None) -> str:
    """Unicode NFKC, soft hyphens removed, curly quotes and dashes plain, case folded, whitespace
    collapsed, a trailing `.` or space stripped."""
    text = unicodedata.normalize("NFKC", title or "").translate(PLAIN).casefold()
    text = " ".join(text.split())
    return text[:-1].rstrip() if text.endswith(".") else text


def title_on_a_line(title: str, text: str) -> bool:
    """Whether the title is one of the page text's lines (both normalised): the text path can only
    know a title that the page text holds."""
    want = normalise_title(title)
    return any(normalise_title(line) == want for line in text.splitlines())


def title_right(result: str | None, title: str) -> bool:
    return normalise_title(result) == normalise_title(title)


@dataclass(frozen=True)
class Accuracy:
    right: int
    pages: int

    @property
    def value(self) -> float:
        return self.right / self.pages if self.pages else 0.0


def title_score(pairs: list[tuple[str | None, str]]) -> Accuracy:
    """pairs: (title found, expected title) per page whose expected title is not null."""
    return Accuracy(sum(title_right(got, want) for got, want in pairs), len(pairs))
