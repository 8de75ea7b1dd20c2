"""The benchmark pages of ../shared/bench (or BENCH_DIR): records with their HTML loaded."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


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


def bench_dir() -> Path:
    return Path(os.environ.get("BENCH_DIR", DEFAULT_DIR))


def load(sets: tuple[str, ...] = ("aeb", "teval"), limit: int | None = None) -> list[Page]:
    root = bench_dir()
    pages = []
    for name in sets:
        with open(root / f"{name}.jsonl", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if limit is not None and i >= limit:
                    break
                r = json.loads(line)
                html = gzip.decompress((root / r["html"]).read_bytes()).decode("utf-8", errors="replace")
                pages.append(Page(name, r["id"], r["url"], html, r["text"], r.get("body"),
                                  r.get("with"), r.get("without")))
    return pages
