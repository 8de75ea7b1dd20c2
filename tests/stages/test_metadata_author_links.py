"""stages.metadata_links and stages.metadata_bios: an author box under the article names the author,
by the links under the name (`Jane Doe` / `More articles by this author`, [metadata] author_links)
or by a bio that opens with the name and a writer's job ([metadata] author_bios); the same sentence
inside the article tells of someone the article is about."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import PROSE, news_page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def _boxed(language: str, box: str) -> str:
    return news_page(language, "14.03.2022") + f"\n{box}\nHome\nImpressum\n"


@pytest.mark.parametrize(("language", "box", "author"), [
    ("en", "Jane Doe\nContact | More articles by this author", "Jane Doe"),
    ("de", "Anna Müller\nWeitere Artikel der Autorin", "Anna Müller"),
    ("fr", "Julie Martin\nContacter l'auteure", "Julie Martin"),
    ("es", "Lucía Pérez\nMás artículos de la autora", "Lucía Pérez"),
])
def test_a_name_over_an_author_box_s_links_is_the_author(cleaner, language, box, author):
    assert cleaner.clean(_boxed(language, box)).author == (author,)


@pytest.mark.parametrize(("language", "box", "author"), [
    ("en", "Jane Doe is a senior reporter for The Gazette, covering the city council.", "Jane Doe"),
    ("de", "Anna Müller ist Redakteurin im Ressort Stadt und schreibt über den Hafen.", "Anna Müller"),
    ("fr", "Julie Martin est journaliste au service local de la Gazette.", "Julie Martin"),
    ("nl", "Pieter de Vries is redacteur bij de Courant en schrijft over de haven.", "Pieter de Vries"),
])
def test_an_author_s_bio_under_the_article_names_the_author(cleaner, language, box, author):
    assert cleaner.clean(_boxed(language, box)).author == (author,)


def test_a_bio_sentence_inside_the_article_names_no_author(cleaner):
    sentence = "Jane Doe is a senior reporter for The Gazette, and she asked the council about the harbour plan."
    page = news_page("en", "14.03.2022").replace(PROSE["en"], PROSE["en"] + sentence + "\n" + PROSE["en"])
    assert cleaner.clean(page).author is None


@pytest.mark.parametrize(("language", "box", "author"), [
    ("en", "Jane Doe\nAll posts", "Jane Doe"), ("de", "Anna Müller\nAlle Artikel", "Anna Müller"),
])
def test_a_name_over_its_all_posts_link_is_the_author(cleaner, language, box, author):
    assert cleaner.clean(_boxed(language, box)).author == (author,)


def test_a_heading_over_a_blank_line_and_a_link_is_no_author(cleaner):
    assert cleaner.clean(_boxed("de", "Unsere Themen\n\nAlle Artikel")).author is None
