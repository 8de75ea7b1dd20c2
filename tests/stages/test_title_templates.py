"""stages.title on whole pages of common templates (tests/title_pages.py): the headline a reader
sees is the title, with or without the `<title>` line a scraper may keep above the page, and it
never opens the body. A page that shows no headline has none."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from title_pages import KNOWN_WRONG, TEMPLATES


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


def _without_title_line(page: str) -> str:
    return page.split("\n", 1)[1]


def _has_title_line(page: str, want: str | None) -> bool:
    """The page starts with a `<title>` line and shows its headline again as a line of its own."""
    lines = page.split("\n")
    return want is not None and want in lines[0] and want in lines[1:]


CASES = [(name, False) for name in TEMPLATES] + [(name, True) for name, (page, want) in TEMPLATES.items()
                                                  if _has_title_line(page, want)]
PARAMS = [pytest.param(name, headless, marks=pytest.mark.xfail(reason=KNOWN_WRONG[name], strict=True))
          if name in KNOWN_WRONG and not headless else (name, headless) for name, headless in CASES]


@pytest.mark.parametrize("name,headless", PARAMS, ids=[f"{n}{'-no-title-line' * h}" for n, h in CASES])
def test_the_title_is_the_pages_headline(cleaner, name, headless):
    page, want = TEMPLATES[name]
    article = cleaner.clean(_without_title_line(page) if headless else page)
    assert article.title == want
    if want is not None:
        assert article.body.split("\n")[0] != want
