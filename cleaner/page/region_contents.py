"""A wiki's table of contents inside the article (page.region): its heading (`Inhaltsverzeichnis`,
`Contents`: the lexicon's `contents` kind) and its numbered entries (`1 Geschichte`, `2.1 Strecke`),
set between the article's lead and its first section. Each entry names a section heading the page
has further down, so the run is the article's own outline, not a menu: it costs what a list item
costs inside the region, so that the maximum-sum run takes in the lead above it (a page saved
without its `<title>` line has no headline to pull the region up to the lead)."""

from __future__ import annotations

import regex

from .features import Features
from .region_costs import LIST_COST

CONTENTS = "lexicon.contents"  # the reason of a table of contents' heading
ENTRY = regex.compile(r"(\d+(?:\.\d+)*)\.?\s+(\S.{0,80})")  # `1 Geschichte`, `2.1 Strecke`, `3. Heute`
MIN_ENTRIES = 2  # numbered entries under the heading, each a heading of the page further down
MAX_ENTRIES = 40


def contents_runs(f: Features, scores: list[float]) -> None:
    """A table of contents' heading and its entries cost LIST_COST a line."""
    blocks = f.doc.blocks
    for i, block in enumerate(blocks):
        if block.dropped != CONTENTS:
            continue
        end = _entries_end(f, i + 1)
        if end - (i + 1) >= MIN_ENTRIES:
            for k in range(i, end):
                scores[k] = max(scores[k], -LIST_COST)


def _entries_end(f: Features, start: int) -> int:
    """The line past the numbered entries from `start` on whose titles the page has as lines further down."""
    texts = f.texts
    last = {t.strip().casefold(): k for k, t in enumerate(texts)}  # where each line stands last
    j = start
    while j < len(texts) and j - start < MAX_ENTRIES:
        m = ENTRY.fullmatch(texts[j].strip())
        if m is None or last.get(m.group(2).strip().casefold(), -1) <= j:
            break
        j += 1
    return j
