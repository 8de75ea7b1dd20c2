"""The article's lead on page text: a standfirst or subheadline right above the first paragraph,
which the main region (page.region) takes in, and a byline, which it leaves out."""

from __future__ import annotations

from ..rules.patterns import Pattern
from ..text import words

META_SEPARATORS = (" / ", " · ", " | ", " • ")  # between a byline's parts
MAX_BYLINE_WORDS = 5  # beside a date: a byline or a time stamp, no lead


def lead_start(texts: list[str], scores: list[float], first: int, unfinished: float, dates: Pattern | None) -> int:
    """The region's first line, taking in the article's lead right above its first paragraph: a
    wordy line, long enough for prose, without a full stop (a standfirst, a subheadline, `Bern,
    17.08.2007 - Rede von ...`), which scores `unfinished` (page.region) and which the maximum-sum
    run leaves out for that small cost. A byline with its date (`October 12, 2018 / 0 Comments /
    by admin`) is no lead."""
    while first > 0 and scores[first - 1] == unfinished and not meta_line(texts[first - 1], dates):
        first -= 1
    return first


def meta_line(text: str, dates: Pattern | None) -> bool:
    """A line of the article's metadata: its parts set apart by separators (`by Jane / in News /
    3 Comments`), or a date (generic.toml's `html.dates`) with a few words (`Veröffentlicht am
    19. Dezember 2022 von Redaktion`)."""
    if sum(text.count(sep) for sep in META_SEPARATORS) >= 2:
        return True
    return dates is not None and dates.search(text) is not None and words(dates.sub(" ", text)) <= MAX_BYLINE_WORDS
