"""Breadcrumbs and menus: menu words, items run together, runs of short link-like lines."""

from __future__ import annotations

from ..document import PARAGRAPH, Block, Document, drop_runs, extracted, page_text
from ..page import Page
from ..text import RUN_TOGETHER, ends_clause, words

BREADCRUMB_MAX_WORDS = 6
MENU_ITEM_MAX_WORDS = 3
MENU_RUN = 4  # this many short item lines in a row make a menu


def apply(doc: Document, page: Page) -> None:
    if extracted(doc):
        return
    nav = page.generic.navigation_lines
    f = page.features
    blocks = doc.blocks
    if nav:
        for i, _ in nav.lines(f):
            blocks[i].drop("navigation.menu-item")
    # Cheap tests first, in one comprehension: few tokens, no sentence end; then the pattern.
    tokens, terminal = f.tokens, f.terminal
    for i in [i for i, b in enumerate(blocks)
              if b.dropped is None and tokens[i] <= BREADCRUMB_MAX_WORDS and not terminal[i]]:
        if is_run_together(blocks[i].text):
            blocks[i].drop("navigation.breadcrumb")
    if not page_text(doc):
        # On page text the main region judges runs of short lines in context (a list of
        # ingredients inside a recipe is not a menu); the HTML path's fallback text has no region.
        _drop_menu_runs(doc)


def is_run_together(text: str) -> bool:
    """Menu items glued by a scraper: `NewsPoliticsTop StoryUS` (two joins, few words, no sentence)."""
    rest = text[1:]
    if rest == rest.lower():  # no capital inside: nothing run together (the cheap test first)
        return False
    return (
        len(RUN_TOGETHER.findall(text)) >= 2  # the rarest first: most lines fail here
        and words(text) <= BREADCRUMB_MAX_WORDS
        and not ends_clause(text)
        and not any(ch.isdigit() for ch in text)
    )


def _is_item(block: Block) -> bool:
    return block.kind == PARAGRAPH and words(block.text) <= MENU_ITEM_MAX_WORDS and not ends_clause(block.text)


def _drop_menu_runs(doc: Document) -> None:
    drop_runs(doc.kept(), _is_item, MENU_RUN, "navigation.menu-run")
