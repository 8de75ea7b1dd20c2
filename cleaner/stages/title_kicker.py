"""A dated kicker over a signed headline (stages.title): a magazine sets its section's name and the
day over the headline (`conservatism May 16, 2020` / `The GOP Is the Problem. Is ... the Solution?` /
`By Jane Roe`). Such a kicker is shorter than the headline, which so looks like its standfirst; but a
line that carries a day's date is furniture beside a headline, never a headline over its standfirst.
Reading only: nothing here drops a block."""

from __future__ import annotations

from ..page import Page
from .title_lines import signature


def past_dated_kicker(page: Page, chosen: int, nearest: int) -> int:
    """The headline of c0.: `nearest`, the signed line, where the line chosen over it as its headline
    (`chosen`, right above) is a kicker with a date (a byline or a time stamp of a day in it)."""
    if chosen == nearest - 1 and signature(page.features.texts[chosen], page):
        return nearest
    return chosen
