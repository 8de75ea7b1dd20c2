"""The main region of page text (page.region finds it): what lies outside it is dropped; and, once
the later stages have dropped more, the edges that no longer end with prose."""

from __future__ import annotations

from ..document import Document, drop_all, page_text
from ..page import Page
from ..page.region import edge_lines


def apply(doc: Document, page: Page) -> None:
    if not page_text(doc) or not doc.blocks:
        return
    region = page.region
    if region.total <= 0:
        return  # no prose at all: the verdict stage decides what the page is
    # A recipe's ingredient list right above the method's first paragraph stays with it; the
    # region (the title and metadata stages look above it) starts at the method.
    drop_all(doc.blocks[:page.body_start], "region.before")
    drop_all(doc.blocks[region.last + 1:], "region.after")


def edges(doc: Document, page: Page) -> None:
    """After the later stages dropped lines (repeats, the title), the body again starts and ends
    with prose, as the region did: so cleaning the result again finds the same region."""
    if not page_text(doc) or not doc.blocks:
        return
    for i in edge_lines(doc, page.features, page.own_scores, page.settings.region,
                        page.generic.html.dates, page.generic.ingredients, page.region.standfirst,
                        page.generic.signoffs, page.generic.salutations):
        doc.blocks[i].drop("region.edge")
