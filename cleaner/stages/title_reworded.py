"""The `<title>` line or its headline reworded (stages.title, step b.): a page whose `<title>` names no
site wrote it as its own field (the headline for search engines and for sharing, which og:title and
the JSON-LD headline declare too), and its h1 may reword it a little (`Kein Zutritt` for `Kein Zugang`,
`High School` for `HS`, a plural). Reworded by a word or less, the two are one headline, and the
declared one stands; the h1 that adds or drops two words or more is the editor's fuller (or
shorter) headline, and the line stands. Where the <title> holds the line (step a.), it stands for a
kicker and its headline set on two lines. Reading only:
nothing here drops a block."""

from __future__ import annotations

from ..page import Page
from ..page.headline import split
from ..text import key, words
from .title_unshared import title_headline

# The h1 and the <title> differ in length by at most this many words: one headline. Swept 0-2 on the dev split
# (text path): 0 lost one page on each fold (`HS` / `High School`), 2 lost one on fold B (a `mit ... und` added).
REWORDED_WORDS = 1
CUT_MARKS = ("...", "…")  # a <title> cut short by its CMS is no headline to keep


def declared_over_line(page: Page, i: int, title_text: str, trimmed: str) -> bool:
    """The <title> line (of one part, so naming no site; not cut short; reading as a headline) stands
    for line i, its headline reworded by a word at most."""
    if len(split(title_text)[0]) > 1 or trimmed.endswith(CUT_MARKS) or not title_headline(trimmed, page):
        return False
    return abs(page.features.tokens[i] - words(trimmed)) <= REWORDED_WORDS


def title_over_held(page: Page, i: int, title_text: str, trimmed: str) -> str:
    """Line i, which the <title> line holds; or the <title>'s headline, when it is a kicker and line i."""
    return trimmed if over_kicker(page, i, trimmed) else page.features.texts[i]


def over_kicker(page: Page, i: int, trimmed: str) -> bool:
    """The <title>'s headline is line i's kicker and line i run together (`Turning 100: Ferry pioneer
    Jo Roe looks back` over the lines `Turning 100` / `Ferry pioneer Jo Roe looks back`): the page
    sets its headline's two parts on two lines, and the <title> tells it whole."""
    f = page.features
    return (i > 0 and 0 < f.tokens[i - 1] < f.tokens[i] and f.keys[i - 1] + f.keys[i] == key(trimmed)
            and trimmed.startswith(f.texts[i - 1]))
