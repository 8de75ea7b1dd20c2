"""stages.lexicon, kind `comments`: the line that counts a post's comments before there are any, or
heads the readers' reactions (`No Responses so far`, `Noch keine Kommentare`, `Vos réactions (3)`),
goes, in English, German and French."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "No Responses so far", "No Comments yet »", "No Response so far »", "Noch keine Kommentare",
    "NOCH KEINE Kommentare vorhanden", "Vos réactions (3)", "Réactions (12)",
])
def test_a_comment_count_line_goes(ctx, line):
    doc = doc_of(PROSE, line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "lexicon.comments"}
