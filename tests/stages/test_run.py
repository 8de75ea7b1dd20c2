"""stages.run: every stage in its order, as the Cleaner applies them."""

from __future__ import annotations

import pytest

from cleaner.page import Page
from cleaner.stages import run
from helpers import doc_of
from text_pages import EN_PAGE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


def test_the_whole_pipeline_is_what_run_applies(cleaner):
    doc = doc_of(EN_PAGE)
    run(doc, Page(doc, cleaner.ruleset.generic))
    assert doc.title == "City council approves new bike lanes on Harbour Street"
