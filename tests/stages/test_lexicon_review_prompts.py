"""stages.lexicon: the prompts around a post or a review that are no article text, in several
languages: a share question with its button on one line, a newsletter platform's thanks and
sign-up line, an affiliate disclosure and a shop's button; prose that shares their words stays."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line,kind", [
    ("Ti è piaciuto questo articolo? Condividilo con i tuoi amici!", "share"),
    ("Vi è piaciuto il post?", "share"),
    ("Did you enjoy this post? Share it with a friend!", "share"),
    ("Dieser Beitrag gefällt dir? Teile ihn mit deinen Freunden!", "share"),
    ("Vous aimez cet article ? Partagez-le autour de vous !", "share"),
    ("Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.", "newsletter"),
    ("Danke fürs Lesen von Gartenbrief! Abonniere kostenlos, um neue Beiträge zu erhalten.", "newsletter"),
    ("¡Gracias por leer Cartas del Sur! Suscríbete gratis para recibir nuevas publicaciones.", "newsletter"),
    ("When you purchase through links on our site, we may earn an affiliate commission.", "legal"),
    ("Wenn du über einen Link auf dieser Seite einkaufst, erhalten wir ggf. eine kleine Provision.", "legal"),
    ("Si vous achetez via nos liens, nous pouvons percevoir une commission.", "legal"),
    ("Check Amazon", "read-more"),
    ("View at Example Store", "read-more"),
    ("Zum Angebot", "read-more"),
    ("Voir l'offre", "read-more"),
    ("Ver oferta", "read-more"),
])
def test_a_prompt_around_a_review_or_a_post_goes(ctx, line, kind):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}


@pytest.mark.parametrize("line", [
    "Thanks for reading this far: the second half of the story is where the ferry finally arrives.",
    "The shop lets you check the price of a loaf before you buy it now that the labels are gone.",
    "Die Händler erhalten eine Provision, wenn sie Karten für das Konzert verkaufen, sagte der Veranstalter.",
])
def test_prose_with_their_words_stays(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert line not in dropped(doc)
