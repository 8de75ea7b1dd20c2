"""A title repeated under the article (a share bar, a sticky footer or a "most viewed" box shows it
again) that page.h1 takes for the headline when the h1 above the article reads otherwise than the
`<title>`: the region must not start under it."""

from __future__ import annotations

from ..rules.patterns import Pattern
from .features import Features
from .lead import meta_line

META_NEAR = 3  # lines either side of a headline where its date or byline stands
# How many times the prose below the headline the prose above it must weigh: a box of teasers over
# a short article can outweigh it (the teasers' lines are long too), an article over the box of
# the most read under it outweighs it several times. A thin margin on the bench: the one repeat
# found weighed 3.6 times; a teaser box over a real h1 weighed 4.3 times, kept by its date line.
FOOT_SHARE = 3.0


def repeated_at_foot(f: Features, scores: list[float], first: int, headline: int, start: int, last: int,
                     dates: Pattern | None) -> bool:
    """Whether the headline line (`headline`, the article to start at `start`) is such a repeat: no
    date or byline stands near it, as one does near an h1, and the prose of the run [first, last]
    above it outweighs several times all the prose the run holds from `start` on (the
    headline's bonus with it)."""
    near = range(max(0, headline - META_NEAR), min(len(f.texts), headline + META_NEAR + 1))
    if any(meta_line(f.texts[j], dates) for j in near):
        return False
    above = sum(x for x in scores[first:headline] if x > 0)
    below = sum(x for x in scores[start:last + 1] if x > 0)
    return above > FOOT_SHARE * below
