"""page.language: the page's language from stopword hits; a declared language is trusted."""

from __future__ import annotations

import pytest

from helpers import doc_of
from text_pages import DE_PAGE, EN_PAGE, FR_PAGE


@pytest.mark.parametrize("page,lang", [(EN_PAGE, "en"), (DE_PAGE, "de"), (FR_PAGE, "fr")])
def test_language_from_stopwords(ctx, page, lang):
    doc = doc_of(page)
    assert ctx(doc).features.language == lang


def test_language_of_polish_and_chinese(ctx):
    pl = doc_of("Wczoraj w Krakowie odbyło się spotkanie mieszkańców, którzy nie zgadzają się na budowę nowej drogi.\n"
                "Jak powiedział nam jeden z nich, to jest dla nich bardzo ważna sprawa i będą o nią walczyć do końca.")
    assert ctx(pl).features.language == "pl"
    zh = doc_of("今天上午，市政府在新闻发布会上宣布，新的地铁线路将于明年年底开通运营。\n这条线路全长三十公里，共设有二十个车站，连接城市的东部和西部。")
    assert ctx(zh).features.language == "zh"


def test_a_declared_language_is_trusted(ctx):
    doc = doc_of(EN_PAGE)
    doc.language = "de"
    assert ctx(doc).features.language == "de"
