"""stages.navigation: breadcrumbs and menu runs; headings and names are kept."""

from __future__ import annotations

import pytest

from cleaner.stages import navigation
from helpers import doc_of, dropped
from text_pages import PROSE


def test_breadcrumb_run_together(ctx):
    doc = doc_of("NewsPoliticsTop StoryUS", "Ukraine, W. Balkans top Blinken’s agenda", PROSE)
    navigation.apply(doc, ctx(doc))
    assert dropped(doc) == {"NewsPoliticsTop StoryUS": "navigation.breadcrumb"}


def test_menu_run_of_short_lines_in_the_html_fallback_text(ctx):
    # On page text the main region judges short runs in context (see test_region.py).
    doc = doc_of("Home", "Politik", "Wirtschaft", "Sport", "Kultur", PROSE)
    doc.source = "html-fallback"
    navigation.apply(doc, ctx(doc))
    assert set(dropped(doc)) == {"Home", "Politik", "Wirtschaft", "Sport", "Kultur"}


def test_navigation_leaves_trafilaturas_blocks_alone(ctx):
    # What trafilatura extracted is content: a table's short cells are not a menu.
    doc = doc_of("Home", "Politik", "Wirtschaft", "Sport", "Kultur", PROSE)
    doc.source = "html"
    navigation.apply(doc, ctx(doc))
    assert dropped(doc) == {}


@pytest.mark.parametrize("lines", [
    ("McDonald’s and JPMorgan shares rose", PROSE),  # two capitals inside words, but a sentence
    ("Why it matters", PROSE, "What comes next", PROSE),  # short headings between paragraphs
    ("iPhone", PROSE),
])
def test_navigation_keeps_headings_and_names(ctx, lines):
    doc = doc_of(*lines)
    navigation.apply(doc, ctx(doc))
    assert dropped(doc) == {}
