"""stages.metadata: a section's name before a byline word alone on its line (`Disko Von` / `Ernst
Roe`, `Chronique par` / `Jean Dupont`) is a byline whose names stand on the next line; a credit's or
a reviewer's label there (`Photos by` / `Jo Roe`, `Verified by` / `Jo Roe`) names no author. Pages
written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "Feature by\nJane Doe", "Jane Doe"),
    ("de", "Kolumne von\nAnna Müller", "Anna Müller"),
    ("de", "Disko Von\nAnna Müller", "Anna Müller"),
    ("fr", "Chronique par\nJean Dupont", "Jean Dupont"),
    ("es", "Opinión por\nMaría López", "María López"),
    ("nl", "Column door\nSanne de Vries", "Sanne de Vries"),
])
def test_a_sections_byline_word_names_the_author_below(language, lines, author):
    assert Cleaner().clean(news_page(language, lines)).author == (author,)


@pytest.mark.parametrize(("language", "lines"), [
    ("en", "Photos by\nJane Doe"), ("en", "Verified by\nJane Doe"), ("de", "Fotos von\nAnna Müller"),
])
def test_a_credits_byline_word_names_no_author(language, lines):
    assert Cleaner().clean(news_page(language, lines)).author is None
