"""cleaner.text: title cleanup: site names stripped at either end, never a split inside a word."""

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
