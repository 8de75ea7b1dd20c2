"""Lines above the article that read like a headline but belong to a box beside it (stages.title):
a fact box's `Label: value` line among others (`Fecha: ...` / `Lugar: Explanada del Puerto` /
`Precio: ...`, an event's or a product's facts: page.region_costs.label), and the author's tagline
that opens with the name of the byline under it (`Jo Roe is a writer on cities` / `Jo Roe`)."""

from __future__ import annotations

from ..page import Features
from ..page.region_costs import LABEL_RUN, label

NAME_REACH = 2  # lines under a tagline where the byline's name stands (a photo's credit may come between)
NAME_WORDS = (2, 4)  # words of a name alone on a line
# The verbs that follow a name opening an author's tagline (`Jo Roe is ...`, `Jana Roth ist ...`,
# `Julie Martin est ...`), in en, de, fr, es, it, nl, pl, pt.
COPULAS = ("is", "was", "ist", "war", "est", "es", "è", "jest", "é", "writes", "schreibt", "écrit", "escribe", "scrive")


def fact_line(f: Features, i: int) -> bool:
    """Line i is a `Label: value` line among LABEL_RUN or more in a row, each with its own label."""
    lo = hi = i
    if label(f.texts[i]) is None:
        return False
    while lo > 0 and label(f.texts[lo - 1]) is not None:
        lo -= 1
    while hi + 1 < len(f.texts) and label(f.texts[hi + 1]) is not None:
        hi += 1
    labels = [label(f.texts[k]) for k in range(lo, hi + 1)]
    return hi - lo + 1 >= LABEL_RUN and len(set(labels)) == len(labels)


def author_tagline(f: Features, i: int) -> bool:
    """Line i opens with a name that stands alone on one of the next NAME_REACH lines, a verb after it."""
    for j in range(i + 1, min(len(f.texts), i + 1 + NAME_REACH)):
        name = f.texts[j].strip()
        if NAME_WORDS[0] <= f.tokens[j] <= NAME_WORDS[1] and f.texts[i].startswith(name + " "):
            rest = f.texts[i][len(name) + 1:].split(" ", 1)[0].casefold()
            if rest in COPULAS:
                return True
    return False
