"""Cleaning stages: each looks at the Document's blocks and marks some dropped, naming why. A stage
only marks: it never deletes a block, rewrites text (but for a site's `strip_prefix` and a wiki's
edit links, which are recorded), or changes another stage's reason.

The order matters: site rules run before every generic mark, and phrase rules (site, lexicon)
before anything that looks at neighbours, so that junk never promotes the lines around it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document
from ..page import Page
from . import (
    captions,
    edit_links,
    html,
    lexicon,
    metadata,
    metadata_amend,
    metadata_cjk,
    metadata_far,
    metadata_foot_date,
    navigation,
    region,
    repeats,
    site,
    title,
    trailers,
    verdict,
)

Stage = Callable[[Document, Page], None]

STAGES: tuple[Stage, ...] = (
    site.apply,
    edit_links.apply,
    html.structure,
    html.gallery,
    html.links,
    html.dates,
    html.marked_metadata,
    html.notices,
    lexicon.apply,
    captions.apply,
    navigation.apply,
    trailers.apply,
    region.apply,
    title.apply,
    metadata.apply,
    metadata_cjk.apply,
    metadata_far.apply,
    metadata_amend.apply,
    metadata_foot_date.apply,
    repeats.apply,
    region.edges,
    verdict.apply,
)


# Every reason a generic stage gives (`--explain`'s `rule`), in the order of STAGES, each in one
# line; the README's list is made from these (reasons_markdown), and a test checks both ways.
# Site rules give `file.toml: key[index]`; the lexicon gives `lexicon.<kind>`, one a kind of its groups.
REASONS: dict[str, str] = {
    "navigation.edit-link": "a wiki's edit link after a section's heading (`History[edit]`): stripped from "
                            "the line's end, the heading kept",
    "html.teasers": "three or more headings in a row with nothing between them (HTML): teasers of other stories",
    "html.trailing-heading": "a heading that ends the body, with nothing under it (HTML)",
    "html.link": "a block that is mostly a link to another page (HTML): a teaser, `Related: ...`",
    "html.link-list": "three or more list items closing the body, each opening or ending with a link (HTML): "
                      "other stories",
    "html.dateline": "a short block that holds a date the markup marks as one (HTML)",
    "html.tags": "the page's tag list, or its label (`Tags`) (HTML)",
    "html.notice": "a block of a box the markup calls a disclosure notice (`affiliate-disclosure`) (HTML): "
                   "what the site earns from its links",
    "html.gallery": "the slides of a gallery between the article's paragraphs, counted against one total "
                    "(`Bild 3 von 50`) (HTML)",
    "lexicon.<kind>": "a phrase of the generic lexicon; the kinds: {kinds}",
    "lexicon.dateline": "a dateline or time stamp line of page text",
    "captions.caption": "a photo caption",
    "captions.credit": "a photo credit (`Photo: ...`, `(AP)`)",
    "captions.alt-text": "an image's alt text repeated next to its caption",
    "navigation.menu-item": "a menu word alone on its line",
    "navigation.breadcrumb": "a breadcrumb trail (`Home > News > ...`)",
    "navigation.menu-run": "a run of short lines without a sentence: a menu",
    "trailers": "the page's tail after the article: comments, related stories, about the author",
    "trailers.box": "a box inside the article (`Related`, `Read more`) that the article goes on after",
    "region.before": "page text above the article's main region",
    "region.after": "page text below the article's main region",
    "region.edge": "a line left at the body's start or end, not prose, once later stages dropped lines",
    "title": "the headline line: it is the title, not body",
    "metadata.byline": "a byline the other rules left in the body (`By Jane Doe | Harbour Media`, `Jane Doe, "
                       "03.11.2023`): read into `author` and `date`",
    "repeats.duplicate": "a line the page already had",
    "repeats.caption": "a caption the page already had",
    "repeats.furniture": "a block seen three times or more on the page: furniture",
    "verdict.not-article": "the page holds no article (a thin body among many lone teasers, a list of links): "
                           "status `not-article`",
    "verdict.teaser-list": "page text whose body is teasers (each a headline and a sentence with its date or "
                           "`Read more`): status `not-article`",
    "verdict.menu-page": "page text of menu words only: status `not-article`",
}


def reasons_markdown() -> str:
    """The README's list of reasons, one a line, the lexicon's kinds read from the shipped rules."""
    import tomllib

    from ..rules.files import builtin_rules_dir

    with (builtin_rules_dir() / "generic.toml").open("rb") as fh:
        groups = tomllib.load(fh)["lexicon"]
    kinds = ", ".join(f"`{k}`" for k in sorted({g["kind"] for g in groups}))
    return "".join(f"- `{name}`: {what.format(kinds=kinds)}\n" for name, what in REASONS.items())


def run(doc: Document, page: Page) -> Document:
    for stage in STAGES:
        stage(doc, page)
    return doc


__all__ = ["REASONS", "STAGES", "Page", "reasons_markdown", "run"]
