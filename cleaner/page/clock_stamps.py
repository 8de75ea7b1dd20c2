"""A live blog's entry stamps: a clock time alone on a line (`15:40`, `3.12pm`, `14h48`, `09:05 GMT`).

A live blog sets one over each of its entries, newest first; a comment thread stamps its comments
with a day (`12 March 2024 at 10:15`, `2 hours ago`). So a run of bare clock times is no comment
thread, and the trailers' cut on a cluster of time stamps leaves it alone; on a page with a few of
them, each stamp and the entry's heading under it cost the main region as little as a list's line
(the entries go on under the standfirst), and a stamp signs no headline. Analysis only.
"""

from __future__ import annotations

import regex

from .features import Features
from .region_costs import LIST_COST

# A clock time, with an optional am/pm, `Uhr` or time zone, and nothing else on the line.
CLOCK = regex.compile(
    r"\d{1,2}[:.h]\d{2}(\s?([ap]\.?m\.?|uhr|h|gmt|bst|utc|cet|cest|edt|est|pdt|pst|et))?",
    regex.IGNORECASE,
)


def is_clock(line: str) -> bool:
    """Whether `line` is a clock time alone (a live blog's entry stamp), not a dated stamp."""
    return CLOCK.fullmatch(line.strip()) is not None


LIVE_STAMPS = 3  # bare clock times on a page that make it a live blog (as page.trailers.THREAD_STAMPS)


def live_entry_stamp(texts: list[str], i: int) -> bool:
    """Whether line `i` is a live blog's entry stamp: a clock time alone, on a page with at least
    LIVE_STAMPS of them. It signs the entry's heading under it, never the page's headline."""
    return is_clock(texts[i]) and sum(1 for t in texts if is_clock(t)) >= LIVE_STAMPS


def live_entries(f: Features, scores: list[float]) -> None:
    """On a live blog, each entry's stamp and the heading right under it (a short line, no sentence)
    cost LIST_COST, whatever a stage made of the stamp: the article runs on through its entries."""
    stamps = [i for i, t in enumerate(f.texts) if is_clock(t)]
    if len(stamps) < LIVE_STAMPS:
        return
    for i in stamps:
        scores[i] = -LIST_COST
        nxt = i + 1
        if nxt < len(scores) and scores[nxt] < 0 and f.doc.blocks[nxt].kept and not f.terminal[nxt]:
            scores[nxt] = -LIST_COST


def entry_heading(texts: list[str], i: int) -> bool:
    """Whether line `i` stands right under a live blog's entry stamp: an entry's heading, not the page's headline."""
    return i > 0 and live_entry_stamp(texts, i - 1)
