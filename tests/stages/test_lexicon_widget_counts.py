"""stages.lexicon: a widget's lines under a byline or in a review's box, in several languages: a
reading time alone (`5 min read`, `Lesezeit: 4 Minuten`), a rating box's helpfulness prompt past
English, a blog platform's sign-up line and a live blog's controls; prose that shares
their words stays."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line,kind", [
    ("5 min read", "reading-time"),
    ("Lesezeit: 4 Minuten", "reading-time"),
    ("3 Min. Lesezeit", "reading-time"),
    ("Lecture 3 min.", "reading-time"),
    ("Temps de lecture : 6 minutes", "reading-time"),
    ("Lectura de 5 minutos", "reading-time"),
    ("4 minuti di lettura", "reading-time"),
    ("Leestijd 3 minuten", "reading-time"),
    ("Wie hilfreich war dieser Artikel?", "rating"),
    ("Cet article vous a-t-il été utile ?", "rating"),
    ("¿Te ha resultado útil este artículo?", "rating"),
    ("Sign up for more like this.", "newsletter"),
    ("Show key events only", "live-blog"),
    ("Wichtigste Ereignisse", "live-blog"),
    ("Les moments clés", "live-blog"),
])
def test_a_widget_line_goes(ctx, line, kind):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}


@pytest.mark.parametrize("line", [
    "It takes about 5 min to read the whole report, the council says, and most people never do.",
    "Die Lesezeit der Kinder hat sich in den letzten zehn Jahren fast halbiert, sagt die Studie.",
    "Le restaurant a obtenu 4,5 sur 5 étoiles dans le guide, un record pour la région.",
    "The key events of the day are set out below, hour by hour, as the storm moved up the coast.",
])
def test_prose_with_their_words_stays(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}
