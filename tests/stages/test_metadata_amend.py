"""stages.metadata_amend: a byline's surname written in small letters is read with its first name
when the page writes that word only after it; a co-author's name alone under a name alone is read
too, a job's line under it is not."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import news_page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "March 14, 2022 by Jamal hussain Leave a comment", "Jamal hussain"),
    ("de", "14.03.2022 von Jana müller", "Jana müller"),
    ("fr", "Par Julien moreau | 14/03/2022", "Julien moreau"),
    ("es", "Por Lucía fernández | 14/03/2022", "Lucía fernández"),
])
def test_a_surname_in_small_letters_is_read(cleaner, language, lines, author):
    assert cleaner.clean(news_page(language, lines)).author == (author,)


def test_a_word_the_page_writes_elsewhere_is_no_surname(cleaner):
    # `harbour` stands in the article's prose too: a common word after the name, not its surname
    assert cleaner.clean(news_page("en", "March 14, 2022 by Sam harbour")).author == ("Sam",)


@pytest.mark.parametrize(("language", "lines", "authors"), [
    ("en", "Jane Doe\nJohn Roe\nMarch 14, 2022", ("Jane Doe", "John Roe")),
    ("de", "Anna Müller\nJonas Weber\n14.03.2022", ("Anna Müller", "Jonas Weber")),
    ("fr", "Julie Martin\nPaul Bernard\n14/03/2022", ("Julie Martin", "Paul Bernard")),
    ("it", "Giulia Rossi\nMarco Bianchi\n14/03/2022", ("Giulia Rossi", "Marco Bianchi")),
])
def test_a_co_author_alone_under_a_name_alone_is_read(cleaner, language, lines, authors):
    assert cleaner.clean(news_page(language, lines)).author == authors


def test_a_job_under_the_name_is_no_co_author(cleaner):
    assert cleaner.clean(news_page("en", "Jane Doe\nPolitical Editor\nMarch 14, 2022")).author == ("Jane Doe",)


def test_a_stopword_after_the_name_is_no_surname(cleaner):
    # `under` stands once on the page, right after the name: a stopword, never a surname
    assert cleaner.clean(news_page("en", "March 14, 2022 by Sam under Harbour")).author == ("Sam",)


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("de", "Anna Müller\nAlle Artikel\n14.03.2022", "Anna Müller"),  # the author box's link, no co-author
    ("it", "Giulia Rossi\nPrecedente Successivo\n14/03/2022", "Giulia Rossi"),  # a pager's words
])
def test_a_link_or_a_pager_under_the_name_is_no_co_author(cleaner, language, lines, author):
    assert cleaner.clean(news_page(language, lines)).author == (author,)
