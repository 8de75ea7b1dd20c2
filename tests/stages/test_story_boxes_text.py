"""stages.lexicon on page text: a box of other stories set into the article, a plea to support the
site, a call for letters and a newsletter prompt go, as on the HTML path (en, de, fr, es)."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line,kind", [
    ("You might also enjoy:", "related"),
    ("Das Thema könnte dich auch interessieren:", "related"),
    ("À lire aussi » Dix idées pour un dimanche au bord de la mer", "related"),
    ("Te recomendamos:", "related"),
    ("Unterstützen Sie unsere Arbeit mit einem kleinen Beitrag im Monat.", "donation"),
    ("Soutenez notre travail : abonnez-vous pour un euro.", "donation"),
    ("We'd like to hear what you think about this story. Write a letter to the editor.", "comments"),
    ("Die besten Geschichten der Woche kommen jeden Freitag in deinen Posteingang.", "newsletter"),
    ("Recibe las mejores historias del puerto en tu correo cada semana.", "newsletter"),
])
def test_story_boxes_and_prompts_go_on_page_text(ctx, line, kind):
    doc = doc_of(PROSE, line)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}
