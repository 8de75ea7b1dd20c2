"""stages.lexicon, kind `contents`: the heading of a table of contents set into the article
(`Inhaltsverzeichnis`, `Table of contents`, `Sommaire`) goes, in the languages of the pages."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "Inhaltsverzeichnis", "Inhalt", "Inhaltsverzeichnis anzeigen", "Table of contents", "Contents",
    "Table of Contents hide", "Sommaire", "Table des matières", "Índice de contenidos", "Spis treści",
    "Inhoudsopgave", "[hide]",
])
def test_a_table_of_contents_heading_goes(ctx, line):
    doc = doc_of(PROSE, line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "lexicon.contents"}
