"""The article's standfirst on page text, when its metadata stands between it and the first paragraph.

A news page sets, under its headline, a standfirst (a dek: a sentence or two that sum the story up),
then the byline, the date and a share bar, then the article. A standfirst without a full stop scores
as an unfinished line (page.region), which the lead (page.lead) takes in only right above the first
paragraph; here the byline and the date lie between, and the phrase rules have dropped them. The
line right under the headline, when only lines that a stage dropped part it from the first
paragraph, is the standfirst: the region starts there, and the dropped lines stay dropped.

A standfirst with its full stop scores as prose, and the region takes it in already. The two bench
sets disagree on it: teval's passages hold standfirsts (about 30 on the dev split's region starts),
AEB's bodies leave them out (about 20 pages), so the body keeps them: dropping them would lose teval passages.
"""

from __future__ import annotations

from ..rules.patterns import Pattern
from .features import Features
from .lead import meta_line

MAX_BETWEEN = 5  # dropped lines between the standfirst and the first paragraph (byline, date, share bar ...)


def standfirst(f: Features, scores: list[float], first: int, headline: int | None, unfinished: float,
               dropped: float, dates: Pattern | None) -> int | None:
    """The standfirst's line: the line right under the headline (line `headline`), an unfinished
    line (scoring `unfinished`) that is no byline and does not repeat the headline (a kicker and
    the headline on one line), when only dropped lines (scoring `dropped`) part it from the first
    paragraph (line `first`). None when the page shows none."""
    if headline is None:
        return None
    lead = headline + 1
    between = range(lead + 1, first)
    if not 0 < len(between) <= MAX_BETWEEN or any(scores[i] != dropped for i in between):
        return None
    if scores[lead] != unfinished or meta_line(f.texts[lead], dates) or f.keys[headline] in f.keys[lead]:
        return None
    return lead
