"""stages.metadata (metadata_handles): a login run into the date line under the headline (`jdoe
May 3, 2021`, `May 3, 2021 jdoe 4 Comments`) is the author when the page shows it is one: in lower
case, the word stands nowhere else on the page; capitalised, the page signs with it after a byline
word elsewhere. A section's name or a common word there names no author. Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "line", "login"), [
    ("en", "jdoe May 3, 2021", "jdoe"),
    ("en", "May 3, 2021 jdoe 4 Comments", "jdoe"),
    ("de", "5. November 2021 mrossi Allgemein 0", "mrossi"),
    ("fr", "3 mai 2021 jdupont 2 commentaires", "jdupont"),
    ("es", "mlopez 3 de mayo de 2021", "mlopez"),
])
def test_a_lower_case_login_beside_the_stamp_is_the_author(language, line, login):
    assert Cleaner().clean(news_page(language, line)).author == (login,)


@pytest.mark.parametrize(("language", "line", "word"), [
    ("en", "May 3, 2021 harbour", "harbour"),  # the prose has the word: a common one
    ("de", "3. Mai 2021 rat", "rat"),  # (`Der Rat ...`: in any case)
])
def test_a_common_word_beside_the_stamp_is_no_login(language, line, word):
    cleaner = Cleaner()
    assert cleaner.clean(news_page(language, line.replace(word, "xyzlogin"))).author == ("xyzlogin",)
    assert cleaner.clean(news_page(language, line)).author is None


@pytest.mark.parametrize(("language", "line", "teasers"), [
    ("de", "5 Min. 3. Mai 2021 Nick 1 Kommentar",
     "Mehr zum Thema\nDie Brücke wird ab Montag gesperrt\nvon Anna Müller\nDer neue Bahnhof öffnet im Frühjahr\nvon Nick\n"),
    ("en", "May 3, 2021 Nick 4 Comments",
     "More stories\nThe bridge closes on Monday\nBy Jane Doe\nThe new station opens in the spring\nBy Nick\n"),
])
def test_a_capitalised_login_is_the_author_when_the_page_signs_with_it(language, line, teasers):
    """The teasers below sign with the login (and another author first: no foot byline of the article's)."""
    cleaner = Cleaner()
    assert cleaner.clean(news_page(language, line) + teasers).author == ("Nick",)
    assert cleaner.clean(news_page(language, line.replace("Nick", "Kultur"))).author is None  # a section's name


def test_a_word_before_a_time_is_the_stamps_own():
    assert Cleaner().clean(news_page("pt", "22 de outubro de 2010 jsilva")).author == ("jsilva",)
    assert Cleaner().clean(news_page("pt", "22 de outubro de 2010 às 20:13")).author is None
