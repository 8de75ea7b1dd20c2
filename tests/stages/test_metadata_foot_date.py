"""stages.metadata_foot_date: the post line at the article's foot (a name beside a date) gives the
article's date when no line near the headline does; a comment's date line past the comment count, a
sentence's date and an event's span give none."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import HEADS, PROSE


def blog_page(language: str, foot: str, after: str) -> str:
    """No date line near the headline; the article, a line of tags, the foot line, then `after`."""
    head = HEADS[language]
    return f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{PROSE[language]}Harbour Council Vote\n{foot}\n{after}\nImpressum\n"


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "foot", "after", "date"), [
    ("de", "Malte Weber | 29.07.2016 um 14:26", "1 Kommentar", "2016-07-29T14:26:00"),
    ("de", "20. Juni 2019 Anna Galler über Stars", "Interessante Artikel", "2019-06-20"),
    ("en", "May 3, 2021 by Jane Roe in News", "3 Comments", "2021-05-03"),
    ("fr", "Claire Dumont | 3 mai 2021 à 14h26", "2 commentaires", "2021-05-03T14:26:00"),
])
def test_the_post_line_at_the_foot_gives_the_date(cleaner, language, foot, after, date):
    assert cleaner.clean(blog_page(language, foot, after)).date == date


@pytest.mark.parametrize(("foot", "after"), [
    ("3 Comments", "Jane Roe | May 3, 2021 at 2:26 pm"),  # a comment's
    ("We met Jane Roe on May 3, 2021.", "3 Comments"),  # a sentence's
    ("Jane Roe | 12-14 March 2024", "3 Comments"),  # an event's days
    ("— Jo Roe (@joroe) May 3, 2021", "3 Comments"),  # an embedded post's signature
    ("Page last edited 2021-05-03 by Jo Roe", "Contact"),  # a last change
    ("Recent posts", "Jo Roe Harbour notes May 3, 2021"),  # a teaser list's
])
def test_other_dates_at_the_foot_give_none(cleaner, foot, after):
    assert cleaner.clean(blog_page("en", foot, after)).date is None
