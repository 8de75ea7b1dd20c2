"""page.runs: a long line without sentence ends is a list run together; a long paragraph is not."""

from __future__ import annotations

from cleaner.page import Page
from cleaner.page.runs import run_together
from helpers import doc_of

SENTENCE = "The library on Mill Road reopened on Saturday after a year of repairs to its roof and its reading room."
DE_TAGS = "Kategorie auswählen " + " ".join(f"Essen und Trinken ({n}) Rund um das Haus ({n + 1})" for n in range(12))
ES_TAGS = "Elegir categoría " + " ".join(f"En la ciudad ({n}) Para los niños ({n + 1})" for n in range(14))


def test_a_paragraph_of_one_long_sentence_is_no_list(generic_cleaner):
    sentence = " ".join(["the council said that its plan for the harbour would go ahead"] * 10).capitalize() + "."
    doc = doc_of("Mill Road library reopens", sentence)
    assert run_together(Page(doc, generic_cleaner.ruleset.generic).features) == []


def test_a_drop_down_on_one_line_is_a_list_and_a_long_paragraph_is_not(generic_cleaner):
    paragraph = " ".join([SENTENCE] * 6)
    doc = doc_of("Mill Road library reopens", paragraph, DE_TAGS, "Archives", ES_TAGS)
    assert all(len(t.split()) >= 100 for t in (paragraph, DE_TAGS, ES_TAGS))
    f = Page(doc, generic_cleaner.ruleset.generic).features
    assert run_together(f) == [2, 4]
