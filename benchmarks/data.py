"""The benchmark pages of ../shared/bench (or BENCH_DIR): records with their HTML loaded and their fold."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from scoring import title_on_a_line

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
SETS = ("aeb", "teval")
FOLDS = ("A", "B")


@dataclass
class Page:
    set: str  # aeb or teval
    id: str
    url: str
    html: str
    text: str
    body: str | None = None  # aeb
    with_: list[str] | None = None  # teval
    without: list[str] | None = None
    title: str | None = None  # the headline where the page's declarations agree, else None
    fold: str = ""  # A or B, by the page's host
    title_in_text: bool = False  # the title is a line of `text`: the text path's title pages


def bench_dir() -> Path:
    return Path(os.environ.get("BENCH_DIR", DEFAULT_DIR))


def available() -> bool:
    """Whether the bench pages are there (the floor test skips without them)."""
    return all((bench_dir() / f"{name}.jsonl").is_file() for name in SETS)


def fold_of(url: str) -> str:
    """The page's fold as the bench README defines it: the first hex digit of sha1(host), host
    lower-cased without `www.`, even for fold A, odd for fold B."""
    host = (urlsplit(url).hostname or "").lower()
    host = host.removeprefix("www.")
    digit = int(hashlib.sha1(host.encode("utf-8")).hexdigest()[0], 16)
    return "A" if digit % 2 == 0 else "B"


def load(sets: tuple[str, ...] = SETS, limit: int | None = None) -> list[Page]:
    root = bench_dir()
    pages = []
    for name in sets:
        with open(root / f"{name}.jsonl", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if limit is not None and i >= limit:
                    break
                r = json.loads(line)
                html = gzip.decompress((root / r["html"]).read_bytes()).decode("utf-8", errors="replace")
                title = r.get("title")
                pages.append(Page(name, r["id"], r["url"], html, r["text"], r.get("body"),
                                  r.get("with"), r.get("without"), title, fold_of(r["url"]),
                                  title is not None and title_on_a_line(title, r["text"])))
    return pages


def in_fold(pages: list[Page], fold: str | None) -> list[Page]:
    """The pages of fold A or B; all of them for None."""
    return [p for p in pages if fold is None or p.fold == fold]
