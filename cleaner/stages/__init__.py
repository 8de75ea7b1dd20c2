"""Cleaning stages: each looks at the Document's blocks and marks some dropped, naming why. A stage
only marks: it never deletes a block, rewrites text (but for a site's `strip_prefix`, which is
recorded), or changes another stage's reason.

The order matters: site rules run before every generic mark, and phrase rules (site, lexicon)
before anything that looks at neighbours, so that junk never promotes the lines around it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document
from ..page import Page
from . import captions, html, lexicon, navigation, region, repeats, site, title, trailers, verdict

Stage = Callable[[Document, Page], None]

# What each stage writes as a dropped block's reason (`--explain` shows it). A site rule's reason is
# its file and key (`bbc.com.toml: html.drop_xpath[3]`); the lexicon's is `lexicon.<kind>`, the
# kind a group of rules/generic.toml.
REASONS: dict[str, tuple[str, ...]] = {
    "site": ("<file>.toml: <key>",),
    "html.structure": ("html.teasers", "html.trailing-heading"),
    "html.links": ("html.link",),
    "html.dates": ("html.dateline",),
    "html.marked_metadata": ("html.tags",),
    "lexicon": ("lexicon.dateline", "lexicon.<kind>"),
    "captions": ("captions.caption", "captions.credit", "captions.alt-text"),
    "navigation": ("navigation.menu-item", "navigation.breadcrumb", "navigation.menu-run"),
    "trailers": ("trailers", "trailers.box"),
    "region": ("region.before", "region.after"),
    "title": ("title",),
    "repeats": ("repeats.caption", "repeats.furniture", "repeats.duplicate"),
    "region.edges": ("region.edge",),
    "verdict": ("verdict.not-article",),
}

STAGES: tuple[Stage, ...] = (
    site.apply,
    html.structure,
    html.links,
    html.dates,
    html.marked_metadata,
    lexicon.apply,
    captions.apply,
    navigation.apply,
    trailers.apply,
    region.apply,
    title.apply,
    repeats.apply,
    region.edges,
    verdict.apply,
)


def run(doc: Document, page: Page) -> Document:
    for stage in STAGES:
        stage(doc, page)
    return doc


__all__ = ["REASONS", "STAGES", "Page", "run"]
