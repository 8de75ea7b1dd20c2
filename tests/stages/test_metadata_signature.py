"""stages.metadata: a person's name alone right under the headline, with no date beside it, is a
byline when the article signs with it again, the same line after its paragraphs; a name shown once
there confirms nothing (a label or a tag looks the same)."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import HEADS, PROSE

NAMES = {"en": "Jane Holloway", "de": "Henrike Voss", "fr": "Claire Dumont", "es": "Lucía Ferrer"}


def page(language: str, signed: bool) -> str:
    head, name = HEADS[language], NAMES[language]
    sign = f"{name}\n" if signed else ""
    return f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{name}\n{PROSE[language]}{sign}Facebook\nTwitter\n"


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("language", sorted(NAMES))
def test_a_name_under_the_headline_signed_again_after_the_article(cleaner, language):
    article = cleaner.clean(page(language, signed=True))
    assert article.author == (NAMES[language],)


@pytest.mark.parametrize("language", sorted(NAMES))
def test_a_name_under_the_headline_alone_is_no_byline(cleaner, language):
    assert cleaner.clean(page(language, signed=False)).author is None
