"""stages.title on page text where the <title> line's parts once led to another line than the
headline (tests/title_parts_pages.py): the headline a reader sees is the title, and it never opens the body."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from title_parts_pages import PARTS, URLS


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


@pytest.mark.parametrize("name", list(PARTS))
def test_the_headline_is_the_title(cleaner, name):
    page, want = PARTS[name]
    article = cleaner.clean(page, URLS.get(name))
    assert article.title == want
    assert article.body.split("\n")[0] != want
