"""Title cleanup: site names stripped at either end, never a split inside a word."""

from __future__ import annotations

import pytest

from cleaner.text import strip_site_name


@pytest.mark.parametrize(("title", "names", "expected"), [
    # a known site name, at the end or the start, with each separator
    ("Council approves new budget | The Daily Planet", ["The Daily Planet"], "Council approves new budget"),
    ("The Daily Planet » Council approves new budget", ["The Daily Planet"], "Council approves new budget"),
    ("Council approves new budget – Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Council approves new budget — Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Council approves new budget • Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Council approves new budget · Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Daily Planet : Council approves new budget", ["Daily Planet"], "Council approves new budget"),
    ("Daily Planet « Council approves new budget", ["Daily Planet"], "Council approves new budget"),
    # the name as a domain, compared by letters and digits alone
    ("Council approves new budget - dailyplanet.com", ["www.dailyplanet.com"], "Council approves new budget"),
    ("Council approves new budget | Daily Planet", ["dailyplanet.com"], "Council approves new budget"),
    # an unknown name: a short last part goes when the headline is clearly longer
    ("Council approves new budget after long debate | Metro", [], "Council approves new budget after long debate"),
    ("Metro | Council approves new budget after long debate", [], "Council approves new budget after long debate"),
])
def test_site_name_is_stripped(title, names, expected):
    assert strip_site_name(title, names) == expected


@pytest.mark.parametrize("title", [
    "Wal-Mart opens stores in the U.S.-Mexico border region",  # hyphens inside words
    "Brexit: what happens to the border next",  # a colon without a space before it
    "Budget 2024 – explained",  # the headline is not clearly longer than the part after it
    "Self-driving cars - a primer",
])
def test_no_split_inside_words_or_of_a_short_headline(title):
    assert strip_site_name(title, ["Daily Planet"]) == title


def test_known_name_strips_only_the_name():
    # With the name known, the section label beside the headline stays: it may be the headline's.
    assert strip_site_name("Analysis | Why rates rise | Daily Planet", ["Daily Planet"]) == "Analysis | Why rates rise"


def test_slash_is_no_separator_and_whitespace_is_collapsed():
    assert strip_site_name("Either  / or: the choice\n we face today", []) == "Either / or: the choice we face today"


def test_a_title_that_is_only_the_name_stays():
    assert strip_site_name("Daily Planet", ["Daily Planet"]) == "Daily Planet"


# --- the title of an HTML page: its metadata and headline ----------------------------------

from cleaner import clean  # noqa: E402

PROSE = "".join(f"<p>Paragraph {i} of the story says what happened at the harbour on Monday, and why it matters to the town.</p>"
                for i in range(5))


def html_page(head: str, h1: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{h1}{PROSE}</article></body></html>"


def test_title_element_with_site_suffix():
    page = html_page('<title>Storm closes coast road again | The Coastal Courier</title>'
                     '<meta property="og:site_name" content="The Coastal Courier">')
    assert clean(page).title == "Storm closes coast road again"


def test_site_name_inferred_from_the_difference_between_title_and_og_title():
    page = html_page('<title>Storm closes coast road again - Courier Online</title>'
                     '<meta property="og:title" content="Storm closes coast road again">')
    assert clean(page).title == "Storm closes coast road again"


def test_domain_is_a_site_name():
    page = html_page("<title>Coastal Courier | Storm closes coast road</title>")
    assert clean(page, url="https://www.coastalcourier.example/x").title == "Storm closes coast road"


def test_h1_held_by_the_declared_title_is_the_headline():
    page = html_page("<title>Storm closes coast road again, for a third time | News | Courier</title>",
                     "<h1>Storm closes coast road again, for a third time</h1>")
    article = clean(page)
    assert article.title == "Storm closes coast road again, for a third time"
    assert "Storm closes coast road again" not in article.body


def test_hyphenated_headline_is_not_cut():
    page = html_page("<title>Wal-Mart to open stores near the U.S.-Mexico border</title>")
    assert clean(page).title == "Wal-Mart to open stores near the U.S.-Mexico border"
