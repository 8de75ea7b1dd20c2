"""A line of a results table or of a list of persons, which a byline looks like (stages.metadata):
- a person's name run on into a figure, no separator between them, often with more words after it
  (`Jane Roe 100 backstroke`, `Max Muster 3:42.1`, `Ana Ruiz 12,5 puntos`). The stamp patterns take
  the figure for a stamp (a count of days, a clock time); a byline's stamp is a date or a time of day,
  set off from the name (`Jane Doe | 14:32`, `Jo Roe, 3. Mai 2021`);
- one of a run of short lines that each open with a person's name (`Jane Roe 100 backstroke` /
  `Jo Roe North Diving` / `Max Muster Trinity`: a results list, a roster, photo captions): a byline
  stands alone, at most one more line of names beside it (`Jane Doe` / `and` / `Jo Roe`)."""

from __future__ import annotations

from collections.abc import Container

import regex

from ..authors import bare_names
from ..dates import YEAR
from ..document import Document

# A name's last letter, a space, then a figure: a whole number with words after it (`100 backstroke`),
# a decimal (`12,5`), or a race time with its fraction of a second (`3:42.1`, `1:02,35`). A whole
# number that ends the line is an affiliation's mark (`Jo Roe 1`, a paper's author), no figure.
FIGURE_STAMP = regex.compile(r"[\d:.,]+")
RESULT_FIGURE = regex.compile(r"\p{L}[ \t]+(?:\d+[ \t]+\p{L}|(?:\d+[.,]\d+|\d{1,2}:\d\d[.,]\d+)(?:[ \t]|$))")


def results_row(text: str, stamp: str) -> bool:
    """The line's stamp, which has no year and is digits alone (`2 min` is a reading time), is a
    figure run on from the name before it."""
    if not FIGURE_STAMP.fullmatch(stamp.strip()) or YEAR.search(stamp):
        return False
    at = text.find(stamp.strip())
    m = RESULT_FIGURE.search(text, max(0, at - 2))
    return m is not None and m.start() <= at


LIST_RUN = 3  # lines in a row that open with a name: a list (a byline and a co-author's line are two)
MAX_LIST_LINE = 100  # a list's line is short (as stages.metadata's MAX_BYLINE_CHARS)
NAME_LEAD = 2  # the words of a name that open a list's line (`Jane Roe ...`)


def in_name_list(doc: Document, i: int, common: Container[str]) -> bool:
    """Line i is one of LIST_RUN lines or more in a row that each open with a person's name."""
    def name_led(j: int) -> bool:
        block = doc.blocks[j]
        return not block.title and len(block.text) <= MAX_LIST_LINE \
            and bool(bare_names(" ".join(block.text.split()[:NAME_LEAD]), common))

    if not name_led(i):
        return False
    first = last = i
    while first > 0 and last - first + 1 < LIST_RUN and name_led(first - 1):
        first -= 1
    while last + 1 < len(doc.blocks) and last - first + 1 < LIST_RUN and name_led(last + 1):
        last += 1
    return last - first + 1 >= LIST_RUN
