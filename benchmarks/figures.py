"""Every score of one system on the bench pages, for fold A, fold B and both.

A system's output on a page is its body and its title; either may be None when the system does
not give it (a body extractor has no title, trafilatura's metadata no body), and that score is
then left out. run.py, quick.py and the quality-floor test all score through `by_fold`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from data import FOLDS, Page, in_fold
from scoring import Accuracy, Score, aeb_score, teval_score, title_score

if TYPE_CHECKING:
    from cleaner import Article, Cleaner

ALL = "both"
FOLD_NAMES = (*FOLDS, ALL)  # the order in which every table prints them


@dataclass(frozen=True)
class Output:
    body: str | None
    title: str | None


@dataclass(frozen=True)
class Figures:
    aeb: Score | None
    teval: Score | None
    title: Accuracy | None


def as_output(article: Article) -> Output:
    return Output(article.body, article.title or "")


def clean_pages(pages: list[Page], path: str, cleaner: Cleaner) -> dict[str, Article]:
    """The project's Article for every page, from its HTML or its text (`path`)."""
    return {p.id: cleaner.clean(p.html if path == "html" else p.text, p.url, kind=path) for p in pages}


def title_pages(pages: list[Page], source: str) -> list[Page]:
    """The pages a title is scored on: those with a title; for a system that reads the page text,
    only those whose title is a line of that text."""
    return [p for p in pages if p.title is not None and (source == "html" or p.title_in_text)]


def figures(pages: list[Page], out: dict[str, Output], source: str) -> Figures:
    """The scores of one system over `pages`; `source` is the field it reads, html or text."""
    aeb = [(out[p.id].body, p.body or "") for p in pages if p.set == "aeb"]
    tev = [(out[p.id].body, p.with_ or [], p.without or []) for p in pages if p.set == "teval"]
    titled = [(out[p.id].title, p.title or "") for p in title_pages(pages, source)]
    gives_body = any(out[p.id].body is not None for p in pages)
    gives_title = any(out[p.id].title is not None for p in pages)
    return Figures(
        aeb_score([(b or "", want) for b, want in aeb]) if gives_body and aeb else None,
        teval_score([(b or "", w, wo) for b, w, wo in tev]) if gives_body and tev else None,
        title_score(titled) if gives_title and titled else None,
    )


def fold_pages(pages: list[Page], name: str) -> list[Page]:
    """The pages of fold `name`: "A", "B", or ALL for both."""
    return in_fold(pages, None if name == ALL else name)


def by_fold(pages: list[Page], out: dict[str, Output], source: str) -> dict[str, Figures]:
    """Figures for fold A, fold B and both (keys "A", "B", ALL)."""
    return {name: figures(fold_pages(pages, name), out, source) for name in FOLD_NAMES}
