"""What else a bench page's text shows under its headline, for the metadata benchmark: a date line or
a byline of its own that is not what the HTML declares.

A declaration and the page's own lines may disagree: a republished post keeps its first
`datePublished` while the page shows the day it was put up again, a page shows only its
`Updated March 28, 2022` line (which the text path reads, as issue 13 asks), a CMS declares the login
that uploaded the post (`kevin-r`) while the page is signed `By David Jeans`. Such a page does not
"show no date (author)": the text path that gives the shown one is not guessing. So when the field
given stands in a short line a few lines under the headline (the bench's title, found as a line of
the text), the page is scored in neither of the text path's columns, and counted apart.
"""

from __future__ import annotations

from datetime import date

from metadata_truth import BYLINE_WORD, key_name, shows_day, shows_names
from scoring import normalise_title

# How far under the headline its byline block reaches: standfirst, byline, share buttons, the date.
UNDER_HEADLINE = 12
SHORT_LINE = 14  # words: a byline or a date line, not a sentence that holds a date


def lines_under(text: str, title: str | None) -> list[str]:
    """The short lines under the page's headline (its first line that is the title)."""
    if not title:
        return []
    want = normalise_title(title)
    lines = [line.strip() for line in text.splitlines()]
    start = next((i for i, line in enumerate(lines) if normalise_title(line) == want), None)
    if start is None:
        return []
    under = [line for line in lines[start + 1:] if line][:UNDER_HEADLINE]
    return [line for line in under if len(line.split()) <= SHORT_LINE]


def shows_own_date(text: str, title: str | None, given: str | None) -> bool:
    """The day given stands in a short line under the headline."""
    if not given:
        return False
    try:
        day = date.fromisoformat(given[:10])
    except ValueError:
        return False
    return any(shows_day(line, day) for line in lines_under(text, title))


def shows_own_names(text: str, title: str | None, given: list[str] | None) -> bool:
    """The names given sign a short line under the headline: a byline word opens it, then the first
    of them (`By David Jeans`, `Von Jo Roe, Berlin`), and it holds them all. A line without a byline
    word may be a heading that holds a name (`Works list Jo Roe`): it signs nothing here."""
    if not given:
        return False
    first = key_name(given[0])
    return any(BYLINE_WORD.match(line) and key_name(line).startswith(first) and shows_names(line, list(given))
               for line in lines_under(text, title))
