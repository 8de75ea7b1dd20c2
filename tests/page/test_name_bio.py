"""page.bios: a bio led by the author's name at the article's foot, with no heading above it
(`Jane Roe is a reporter for …`), ends the article, with the name's own line above it; the same
words higher up, in the article's own prose, do not."""

from __future__ import annotations

import pytest

from tests.page.test_author_box import STORIES

BIOS = {
    "en": ("Jane Miller", "Jane Miller is a staff reporter for the Town News and covers the council."),
    "de": ("Jana Müller", "Jana Müller ist Redakteurin bei den Stadtnachrichten und schreibt über den Gemeinderat."),
    "fr": ("Jeanne Meunier", "Jeanne Meunier est journaliste au Courrier de la ville depuis dix ans."),
    "es": ("Juan Molinero", "Juan Molinero es periodista de la Gaceta local y cubre el ayuntamiento."),
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_name_led_bio_at_the_foot_ends_the_article(generic_cleaner, language):
    story = STORIES[language]
    name, bio = BIOS[language]
    page = "\n".join(["Pool stays open – Town News", "Home", "News", "Pool stays open", *story, name, bio,
                      "Home", "Contact", "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == story


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_bio_with_no_name_line_above_it_goes_too(generic_cleaner, language):
    story = STORIES[language]
    _, bio = BIOS[language]
    page = "\n".join(["Pool stays open – Town News", "Home", "Pool stays open", *story, bio, "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == story


def test_the_same_words_high_in_the_article_are_its_prose(generic_cleaner):
    story = STORIES["en"]
    _, bio = BIOS["en"]
    page = "\n".join(["Pool stays open – Town News", "Home", "Pool stays open", story[0], bio, *story[1:], "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body[-1] == story[-1]


# The name with the author's address in brackets after it, as some sites print it.
BRACKETED = {
    "en": "Jane Miller (jmiller@example.com) is a staff reporter for the Town News and covers the council.",
    "de": "Jana Müller (@jmueller) ist Redakteurin bei den Stadtnachrichten und schreibt über den Gemeinderat.",
    "fr": "Jeanne Meunier (jmeunier@example.fr) est journaliste au Courrier de la ville depuis dix ans.",
    "es": "Juan Molinero (@jmolinero) es periodista de la Gaceta local y cubre el ayuntamiento.",
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_bio_with_the_author_s_address_in_brackets_goes_too(generic_cleaner, language):
    story = STORIES[language]
    page = "\n".join(["Pool stays open – Town News", "Home", "Pool stays open", *story, BRACKETED[language],
                      "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == story
