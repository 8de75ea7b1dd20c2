"""stages.lexicon, kind `legal` (page text): a disclaimer under a list of figures or dates (`(Alle
Angaben ohne Gewähr)`, `Änderungen vorbehalten`, `Sous réserve de modifications`) goes, in German,
English and French."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "(Alle Angaben ohne Gewähr)", "Alle Angaben ohne Gewähr.", "Änderungen und Irrtümer vorbehalten.",
    "All information without guarantee.", "Sous réserve de modifications.",
])
def test_a_disclaimer_line_goes(ctx, line):
    doc = doc_of(PROSE, line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "lexicon.legal"}
