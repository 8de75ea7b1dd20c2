"""stages.metadata_initials: avatar badges of initials, each on the line over its author's name
(`JD` / `Jane Doe`), give the byline's names, every name of the run."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import news_page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "lines", "authors"), [
    ("en", "JD\nJane Doe\nJR\nJo Roe\nMarch 14, 2022", ("Jane Doe", "Jo Roe")),
    ("pt", "MS\nMaria Silva\nJS\nJoão Santos\npostado em 14/03/2022 09:12", ("Maria Silva", "João Santos")),
    ("de", "AM\nAnna Müller\nJW\nJonas Weber\n14.03.2022", ("Anna Müller", "Jonas Weber")),
    ("fr", "JM\nJulie Martin\nPB\nPaul Bernard", ("Julie Martin", "Paul Bernard")),
])
def test_the_names_under_badges_are_the_authors(cleaner, language, lines, authors):
    assert cleaner.clean(news_page(language, lines)).author == authors


def test_letters_that_are_not_the_initials_are_no_badge(cleaner):
    assert cleaner.clean(news_page("fr", "AB\nJulie Martin\nCD\nPaul Bernard")).author is None
