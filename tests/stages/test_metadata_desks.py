"""stages.metadata: a newsroom that signs an article as itself, alone in its byline (`red.` beside the
date line, `Editorial` under the headline), is the article's author ([metadata] desks); a menu's
entry for the newsroom far from the headline is not."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import news_page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "lines", "desk"), [
    ("en", "Editorial\n14 March 2022", "Editorial"),
    ("en", "Staff | March 14, 2022", "Staff"),
    ("de", "red. 14.03.2022 09:12", "red."),
    ("de", "Redaktion | 14.03.2022", "Redaktion"),
    ("fr", "La rédaction - 14/03/2022 09:12", "La rédaction"),
    ("nl", "Redactie | 14-03-2022 09:12", "Redactie"),
    ("it", "Redazione - 14/03/2022 09:12", "Redazione"),
])
def test_a_desk_beside_the_date_line_is_the_author(cleaner, language, lines, desk):
    assert cleaner.clean(news_page(language, lines)).author == (desk,)


@pytest.mark.parametrize("language", ["en", "de", "fr", "nl"])
def test_a_date_line_alone_gives_no_desk(cleaner, language):
    assert cleaner.clean(news_page(language, "14.03.2022 09:12")).author is None


@pytest.mark.parametrize(("language", "lines", "desk"), [
    ("en", "Lakeside, Harbour News Bureau | Updated : 14 March 2022, 09:12 AM", "Harbour News Bureau"),
    ("en", "New Haven, Gazette Desk | March 14, 2022", "Gazette Desk"),
    ("de", "Hamburg, Hafen Redaktion | Aktualisiert: 14.03.2022, 09:12 Uhr", "Hafen Redaktion"),
    ("nl", "Utrecht, Haven Nieuwsdienst | Bijgewerkt: 14-03-2022 09:12", "Haven Nieuwsdienst"),
])
def test_a_desk_after_a_dateline_s_place_is_the_author(cleaner, language, lines, desk):
    # the place before the comma is no person (stages.metadata_dateline)
    assert cleaner.clean(news_page(language, lines)).author == (desk,)


@pytest.mark.parametrize(("language", "desk"), [
    ("en", "Gazette News Desk"), ("de", "Hafen Redaktion"), ("it", "Gazzetta Redazione"), ("nl", "Courant Redactie"),
])
def test_a_desk_signing_at_the_article_s_foot_is_the_author(cleaner, language, desk):
    page = news_page(language, "14.03.2022") + f"\n{desk}\nHome\nImpressum\n"
    assert cleaner.clean(page).author == (desk,)


def test_the_newsroom_s_menu_entry_at_the_foot_is_no_author(cleaner):
    # `die` stands in the article in small letters: a heading or a menu's entry (stages.metadata_desk_foot)
    page = news_page("de", "14.03.2022") + "\nDie Redaktion\nHome\nImpressum\n"
    assert cleaner.clean(page).author is None


@pytest.mark.parametrize(("language", "lines", "desk"), [
    ("de", "Von der Hafen Redaktion\n14.03.2022", "Hafen Redaktion"),
    ("en", "By the Gazette News Desk | March 14, 2022", "Gazette News Desk"),
    ("fr", "Par la Gazette Rédaction | 14/03/2022", "Gazette Rédaction"),
    ("nl", "Door de Courant Redactie | 14-03-2022", "Courant Redactie"),
])
def test_a_desk_after_a_byline_word_and_an_article_is_the_author(cleaner, language, lines, desk):
    assert cleaner.clean(news_page(language, lines)).author == (desk,)
