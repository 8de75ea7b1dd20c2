"""stages.lexicon, kind `print-issue`: a magazine's promotion of its print issue set under or into
the article (`Die aktuelle Ausgabe`, `now on sale at every newsstand`) goes, in German, English,
French and Spanish."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "Die aktuelle Ausgabe",
    "Zum Magazin",
    "Erschienen in",
    "Jetzt abonnieren",
    "Die neue Ausgabe des Gartenjournals jetzt an jedem Bahnhofskiosk, im Abo und als E-Paper erhältlich.",
    "Lesen Sie das Wandermagazin auch digital in unserer App.",
    "Current issue",
    "Our latest issue is out now on newsstands and in our online shop.",
    "Le numéro actuel",
    "Notre nouveau numéro est en kiosque dès jeudi.",
    "El número actual",
    "La revista de este mes ya está a la venta en quioscos.",
])
def test_a_print_issue_promotion_goes(ctx, line):
    doc = doc_of(PROSE, line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "lexicon.print-issue"}
