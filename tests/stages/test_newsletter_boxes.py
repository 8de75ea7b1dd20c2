"""stages.lexicon: the lines of a newsletter box set into the article (its promise, its consent box,
its thanks, its error) go, in several languages; prose that shares their words stays."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "Sign up for e-mail newsletters",
    "No spam, ever. You can unsubscribe at any time.",
    "Thanks for signing up!",
    "There was an error processing your subscription.",
    "Tick the opt-in box to tell us that you want the letter.",
    "The week's best garden stories, delivered to your inbox.",
    "See all newsletters",
    "Vielen Dank für Ihre Anmeldung!",
    "Kein Spam. Sie können den Newsletter jederzeit wieder abbestellen.",
    "Die besten Geschichten der Woche, direkt in Ihr Postfach.",
    "Merci pour votre inscription !",
    "Pas de spam. Vous pouvez vous désinscrire à tout moment.",
    "Gracias por suscribirte.",
    "Sin spam. Puedes darte de baja en cualquier momento.",
    "Las mejores historias de la semana, en tu bandeja de entrada.",
])
def test_a_newsletter_boxs_lines_go(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "lexicon.newsletter"}


@pytest.mark.parametrize("line", [
    "The council said that it would send a letter to every house in the street before the works start "
    "next spring, and that people could unsubscribe from the updates whenever they wished to.",
    "Der Rat schickt jedem Haus in der Straße einen Brief, bevor die Arbeiten im nächsten Frühjahr beginnen, "
    "und niemand muss sich dafür eigens anmelden, sagte die Sprecherin.",
])
def test_prose_that_shares_their_words_stays(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}
