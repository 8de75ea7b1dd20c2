"""stages.metadata: a columnist's or an author's label before the name is a byline, in both genders as
a page writes them (`Kolumnist*in: Jo Roe`, `Autor:in: Jo Roe`, `Auteur·rice : Jo Roe`, `Autora: Jo
Roe`); the lexicon drops the line from the body. Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import HEADS, PROSE


def _page(language: str, line: str) -> str:
    """The label line under the standfirst, between the article's two paragraphs."""
    first, second = PROSE[language].strip().split("\n")
    head = HEADS[language]
    return f"{head} – The Gazette\nHome\nNews\n{head}\n{first}\n{line}\n{second}\nFacebook\nTwitter\n"


@pytest.mark.parametrize(("language", "line", "author"), [
    ("en", "Columnist: Jane Doe", "Jane Doe"),
    ("de", "Kolumnist*in: Anna Müller", "Anna Müller"),
    ("de", "Kolumnistin: Anna Müller", "Anna Müller"),
    ("de", "Autor:in: Anna Müller", "Anna Müller"),
    ("de", "Autor_in: Anna Müller", "Anna Müller"),
    ("fr", "Auteur·rice : Jean Dupont", "Jean Dupont"),
    ("fr", "Chroniqueuse : Claire Martin", "Claire Martin"),
    ("es", "Autora: María López", "María López"),
    ("es", "Columnista: María López", "María López"),
    ("it", "Autrice: Giulia Rossi", "Giulia Rossi"),
])
def test_a_columnists_label_names_the_author(language, line, author):
    article = Cleaner().clean(_page(language, line))
    assert article.author == (author,)
    assert line not in article.body
    assert PROSE[language].split("\n")[1] in article.body
