"""The title of HTML that declares none (stages.title, step 4.): the first heading-like block of the
article's first half (2-30 words, no full stop at its end), before the first block of prose; one
that stands twice (as the `<title>` and as the h1) first. Reading only: nothing here drops a block."""

from __future__ import annotations

from collections import Counter

from ..document import Document
from ..page.headline import SiteNames, trim
from ..text import ends_clause, words
from .title_lines import MAX_WORDS, MIN_WORDS

PROSE_WORDS = 25  # a block this long is article prose: the headline stands before it
HEAD_SHARE = 0.5  # the headline is in the first half of the kept blocks (HTML path)


def _candidates(doc: Document) -> list[int]:
    """Heading-like kept blocks of the first half, up to the first block of prose."""
    kept = doc.kept_indices()
    limit = kept[: max(1, int(len(kept) * HEAD_SHARE))]
    out = []
    for i in limit:
        text = doc.blocks[i].text
        n = words(text)
        if n >= PROSE_WORDS and ends_clause(text):
            break
        if MIN_WORDS <= n <= MAX_WORDS and not text.endswith("."):
            out.append(i)
    return out


def first_heading(doc: Document, site: SiteNames, keys: list[str]) -> str | None:
    """The first heading-like block of the article's first half, one that stands twice first."""
    candidates = _candidates(doc)
    if not candidates:
        return None
    counts = Counter(keys)
    # A headline often stands twice: as the <title> line and as the page's h1.
    repeated = [i for i in candidates if counts[keys[i]] > 1]
    chosen = repeated[0] if repeated else candidates[0]
    return trim(doc.blocks[chosen].text, site)
