"""Lines of page text that are lists run together, no paragraph: a scraper puts every option of an
archive or category drop-down (`Select Month November 2019 (6) October 2019 (7) ...`), a tag cloud,
a country picker or a menu on one line, which is long and holds the page language's stopwords."""

from __future__ import annotations

from ..text import sentence_ends
from .features import Features

# A line this long, without a sentence end at its end, with fewer sentence ends inside than one per
# RUN_WORDS_PER_END words is a list. Prose ends a sentence every few dozen words (and a paragraph that
# is one long sentence ends with its full stop); on the dev split every line of 100 words or more with
# fewer than one end per 100 words is a drop-down, a tag cloud, a picker or a menu.
RUN_TOKENS = 100
RUN_WORDS_PER_END = 100


def run_together(f: Features) -> list[int]:
    """The lines that are lists run together."""
    return [i for i in [i for i, n in enumerate(f.tokens) if n >= RUN_TOKENS]
            if not f.terminal[i] and sentence_ends(f.texts[i]) * RUN_WORDS_PER_END < f.tokens[i]]
