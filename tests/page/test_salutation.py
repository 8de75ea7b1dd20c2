"""page.salutation: a letter's salutation over a post's first paragraph (`Liebe Leserinnen und
Leser,`, `Dear friends,`) is the post's, and stays in the body above it."""

from __future__ import annotations

import pytest

from tests.page.test_signoff import FOOT, POSTS

SALUTATIONS = {
    "en": "Dear readers,",
    "de": "Liebe Leser,",
    "fr": "Chers lecteurs,",
    "es": "Queridos amigos,",
    "nl": "Beste lezers,",
}


@pytest.mark.parametrize("language", sorted(POSTS))
def test_a_salutation_over_the_first_paragraph_stays(generic_cleaner, language):
    post = POSTS[language]
    page = "\n".join(["A day at the lake – Our little blog", "Home", "Travel", "Recipes", "A day at the lake",
                      SALUTATIONS[language], *post, *FOOT])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == [SALUTATIONS[language], *post]


def test_the_result_cleaned_again_keeps_the_salutation(generic_cleaner):
    post = POSTS["de"]
    page = "\n".join(["Am See – Unser kleiner Blog", "Start", "Reisen", "Am See", SALUTATIONS["de"], *post, *FOOT])
    once = generic_cleaner.clean(page, kind="text")
    again = generic_cleaner.clean(f"{once.title}\n\n{once.body}", kind="text")
    assert again.body == once.body
    assert once.body.startswith(SALUTATIONS["de"])
