"""Costs of the main region (page.region) for runs of short lines that are article content: a
fact box or a spec sheet, a `Label: value` a line (`Born: 1950`, `Population: 3,400`,
`Zutaten: Mehl, Zucker`). Such a run costs what a list item costs inside the region, so that the
maximum-sum run bridges it, and the page's tail is not cut at it. The rows of a table of figures
(standings, results, a timetable: `3 Jane Roe 5033 4 6 15`) cost nothing: such a table is often
the article itself, under a paragraph or two that say what it shows."""

from __future__ import annotations

import regex

from .features import Features

LIST_COST = 1.0  # what an item of a list costs inside the region (page.region)
LABEL_RUN = 3  # this many `Label: value` lines in a row are a fact box ...
LABEL_WORDS = 3  # ... each label at most this many words (`Date of birth`) ...
# ... and the labels all differ: the same label again (`Video: ...`, `Pingback: ...`, `iOS 13: ...`)
# heads the teasers of a list, and a comment thread repeats its posters' names.
# A label starts with a letter and ends with a colon (French sets a space before it), a value follows.
_LABEL = regex.compile(r"(\p{L}[^:\n]{0,40}?) ?: +\S")
FIGURE_RUN = 5  # this many lines in a row, each holding ...
ROW_FIGURES = 3  # ... at least this many figures, are the rows of a table
_FIGURE = regex.compile(r"(?<![\w.,])\d+(?:[.,:]\d+)*(?!\w)")


def label(text: str) -> str | None:
    """The casefolded label of a `Label: value` line, or None."""
    m = _LABEL.match(text)
    if m is None or len(m.group(1).split()) > LABEL_WORDS or "//" in text[:m.end()]:
        return None
    return m.group(1).casefold()


def label_runs(f: Features, scores: list[float]) -> None:
    """A run of LABEL_RUN or more `Label: value` lines in a row, each with its own label, costs
    LIST_COST a line (lines a stage dropped and prose lines keep their scores)."""
    n, blocks = len(scores), f.doc.blocks
    i = 0
    while i < n:
        j, seen = i, set()
        while j < n and scores[j] < 0 and blocks[j].dropped is None:
            name = label(f.texts[j])
            if name is None or name in seen:
                break
            seen.add(name)
            j += 1
        if j - i >= LABEL_RUN:
            for k in range(i, j):
                scores[k] = -LIST_COST
        i = max(j, i + 1)


def figure_rows(f: Features, scores: list[float]) -> None:
    """A run of FIGURE_RUN or more lines in a row, each holding ROW_FIGURES figures or more, costs
    nothing (lines a stage dropped and prose lines keep their scores)."""
    n, blocks = len(scores), f.doc.blocks
    rows = [scores[i] < 0 and blocks[i].dropped is None and len(_FIGURE.findall(f.texts[i])) >= ROW_FIGURES
            for i in range(n)]
    i = 0
    while i < n:
        j = i
        while j < n and rows[j]:
            j += 1
        if j - i >= FIGURE_RUN:
            for k in range(i, j):
                scores[k] = 0.0
        i = max(j, i + 1)
