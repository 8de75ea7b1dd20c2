"""A headline signed twice (stages.title, c0): a byline and a date line right under it. Reading only."""

from __future__ import annotations

from ..page import Page
from .metadata import byline_names
from .metadata_marks import is_other_date
from .title_lines import signature


def signed_twice(page: Page, i: int) -> bool:
    """The two lines under the line are a byline and a time stamp, in either order (`By Jo Roe` /
    `published March 28, 2024`): the article's own signature, which no teaser or menu item above
    the article carries, so the headline it signs may stand far above the article (a review's
    verdict box, a recipe's buttons, a table of contents between them)."""
    f, reading = page.features, page.generic.metadata
    below = f.texts[i + 1:i + 3]
    if len(below) < 2:
        return False
    names = [bool(byline_names(text, reading)) for text in below]
    stamps = [not named and signature(text, page) and not is_other_date(text, reading)
              for text, named in zip(below, names, strict=True)]
    return (names[0] and stamps[1]) or (stamps[0] and names[1])
