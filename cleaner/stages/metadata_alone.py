"""A person's name alone on a line near the headline or the article's foot, and the evidence that
makes it a byline (stages.metadata, stages.metadata_far): a date line beside it, share and follow
widgets' lines between them passed over (`Jo Roe` / `Twitter` / `May 3, 2021`); a job after it; the
page naming the person again in a longer line (an author box); the article signing with it again
after its paragraphs."""

from __future__ import annotations

from collections.abc import Container

import regex

from ..authors import bare_names, before_role
from ..dates import YEAR
from ..document import Document
from ..rules.generic import MetadataReading
from .metadata_counters import over_counters
from .metadata_head import widget_line

DATE_LINES = ("lexicon.dateline", "html.dateline")  # the reasons of the lines a byline or date may be read from
MAX_WIDGETS_BESIDE = 3  # widget lines between a name alone and its date line (`Jo Roe` / `Twitter` / `May 3, 2021`)
# The article's paragraphs between a name under the headline and the same line again, its signature:
# two kept lines of prose at least (as stages.metadata's PROSE_INTO, PROSE_CHARS).
SIGNED_PROSE, SIGNED_PROSE_CHARS = 2, 80
COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", regex.IGNORECASE)  # as stages.title_lines


def beside_date_line(doc: Document, i: int, reading: MetadataReading) -> bool:
    """The line next to line i above or below, share and follow widgets' lines passed over (`Jo Roe` /
    `Twitter` / `May 3, 2021`), is a date line the rules took out, with a year."""
    def dated(j: int) -> bool:
        return doc.blocks[j].dropped in DATE_LINES and YEAR.search(doc.blocks[j].text) is not None

    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.blocks) and abs(j - i) <= MAX_WIDGETS_BESIDE and not dated(j) and widget_line(
                doc.blocks[j].text, doc.blocks[j].dropped, reading):  # (a counter's pattern may take a date)
            j += step
        if 0 <= j < len(doc.blocks) and dated(j):
            return True
    return False


def lone_name(doc: Document, text: str, reading: MetadataReading, common: Container[str]) -> tuple[str, ...]:
    """A line right under the headline that holds a name and nothing else, no date beside it: a byline
    when a job follows the name (`Jo Roe Senior Contributor`) or the page names that person again in
    a longer line (an author box: `Jo Roe writes about ...`, `Follow Jo Roe`; a copyright line names the
    site, `Field Notes © 2024`, as often as a person); a label, a tag or a
    widget's buttons look the same (`Further Help`), but the page repeats them, if at all, alone; or
    the article signs with the name again after its paragraphs (signed_below), or a post's counters
    stand under it (`Jo Roe` / `0 4 12`: metadata_counters)."""
    name = before_role(text, reading.roles, common)
    found = bare_names(name, common, whole=True)
    if len(found) != 1:
        return ()
    if name == text and not any(found[0] in b.text and b.text.strip() != text.strip() and not COPYRIGHT.search(b.text)
                                for b in doc.blocks) \
            and not signed_below(doc, text) and not over_counters(doc, text):
        return ()
    return found


def signed_below(doc: Document, text: str) -> bool:
    """The name under the headline is the line again past the article's prose (a signature at its
    end): a widget's label repeats beside the menus, not after the article's paragraphs."""
    at = [i for i, b in enumerate(doc.blocks) if b.text.strip() == text.strip()]
    return len(at) == 2 and sum(b.dropped is None and len(b.text) >= SIGNED_PROSE_CHARS
                                for b in doc.blocks[at[0]:at[1]]) >= SIGNED_PROSE
