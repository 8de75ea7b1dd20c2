"""stages.captions: a local paper's credit line of its own under a photo (`Gazette file photo`,
`Staff photo by Jo Roe`, `Submitted photo`), as American and British local papers print it; a
sentence about a file photo stays."""

from __future__ import annotations

import pytest

from cleaner.stages import captions
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "Gazette file photo", "Valley Courier staff photo", "Staff photo by Jane Doe", "Submitted photo",
    "Contributed photos", "File photo",
])
def test_a_local_papers_credit_line_goes(ctx, line):
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "captions.credit"}


@pytest.mark.parametrize("line", [
    "The file photo shows the old bridge before the flood of 1998 took its middle span away.",
    "Submitted photos will be judged by the club in March.",
])
def test_a_sentence_about_a_photo_stays(ctx, line):
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {}
