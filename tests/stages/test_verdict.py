"""stages.verdict: an index page or a page of menu words is no article; a short article is one."""

from __future__ import annotations

import pytest

from cleaner.document import CAPTION, LIST_ITEM, Block, Document
from cleaner.stages import verdict
from helpers import body_lines, clean_page
from text_pages import DE_PAGE, EN_PAGE, FR_PAGE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


INDEX_PAGE = "\n".join(["Local news – The Daily Gazette", "Home", "Local", "Sports"] + [
    line for n in range(10) for line in (
        f"Story number {n} about the town",
        f"A short summary of story number {n}, which a reader can open to read in full on its own page.",
        f"November {n + 1}, 2019")])


def test_index_page_is_not_an_article(cleaner):
    doc = clean_page(cleaner, INDEX_PAGE)
    assert doc.status == "not-article"
    assert body_lines(doc) == []


def test_articles_are_articles(cleaner):
    for page in (EN_PAGE, DE_PAGE, FR_PAGE):
        assert clean_page(cleaner, page).status == "ok"


def test_a_list_of_links_from_html_is_not_an_article(ctx):
    doc = Document([Block(f"Headline of story {n}", n + 1, LIST_ITEM) for n in range(12)], source="html")
    verdict.apply(doc, ctx(doc))
    assert doc.status == "not-article" and not list(doc.kept())
    doc = Document([Block("The council approved the new lanes on Tuesday after two years of debate.", 1),
                    Block("Photo of the street", 2, CAPTION)], source="html")
    verdict.apply(doc, ctx(doc))
    assert doc.status == "ok"


def test_verdict_a_page_of_menu_words_is_no_article(cleaner):
    article = cleaner.clean("Home\nNews\nSports\nWeather\nContact us\n")
    assert (article.body, article.status) == ("", "not-article")


def test_verdict_keeps_a_short_article(cleaner):
    article = cleaner.clean("Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.\n")
    assert (article.title, article.status) == ("Storm hits the coast", "ok")
    assert article.body == "The storm hit the coast on Monday, officials said."
