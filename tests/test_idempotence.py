"""Cleaning a cleaned page changes nothing: pages written for these tests and the samples."""

from __future__ import annotations

import pytest

from text_pages import DE_PAGE, EN_PAGE, FR_PAGE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


@pytest.mark.parametrize("page", [EN_PAGE, DE_PAGE, FR_PAGE])
def test_cleaning_a_cleaned_page_changes_nothing(cleaner, page):
    first = cleaner.clean(page)
    again = cleaner.clean(first.to_text())
    assert (again.title, again.body) == (first.title, first.body)


@pytest.mark.parametrize("site_rules", [True, False])
def test_samples_are_idempotent(site_rules):
    from cleaner import Cleaner
    from helpers import SAMPLE_FILES

    cleaner = Cleaner(site_rules=site_rules)
    for path in SAMPLE_FILES:
        first = cleaner.clean(path.read_text())
        again = cleaner.clean(first.to_text())
        assert (again.title, again.body) == (first.title, first.body), path.name
