"""stages.run: every stage in its order, as the Cleaner applies them."""

from __future__ import annotations

import pytest

from cleaner.page import Page
from cleaner.stages import REASONS, run
from helpers import SAMPLE_FILES, doc_of
from text_pages import EN_PAGE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


def test_the_whole_pipeline_is_what_run_applies(cleaner):
    doc = doc_of(EN_PAGE)
    run(doc, Page(doc, cleaner.ruleset.generic))
    assert doc.title == "City council approves new bike lanes on Harbour Street"


def _listed(reason: str) -> bool:
    if ".toml: " in reason:
        return True  # a site rule: its file and key
    return reason in REASONS or (reason.startswith("lexicon.") and reason.count(".") == 1)


def test_every_reason_a_stage_writes_is_listed(cleaner):
    pages = [EN_PAGE, *(p.read_text(encoding="utf-8") for p in SAMPLE_FILES)]
    reasons = {r["rule"] for page in pages for r in cleaner.clean(page).to_dict(explain=True)["removed"]}
    assert len(reasons) >= 5  # the pages show several stages at work
    assert [r for r in reasons if not _listed(r)] == []
