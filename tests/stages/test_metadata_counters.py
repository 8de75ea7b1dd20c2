"""stages.metadata_counters: a name alone under the headline with a post's counters under it (likes,
comments, shares: `0 4 12`) is the byline; the same name without them, and no other sign, is not."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import news_page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "name"), [
    ("en", "Jane Doe"), ("de", "Anna Müller"), ("fr", "Julie Martin"), ("es", "Lucía Pérez"),
])
def test_a_name_over_counters_is_the_author(cleaner, language, name):
    assert cleaner.clean(news_page(language, f"{name}\n0 4 12")).author == (name,)


def test_a_name_alone_with_no_counters_is_no_author(cleaner):
    assert cleaner.clean(news_page("en", "Jane Doe")).author is None
