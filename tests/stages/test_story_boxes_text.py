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
    ("Externer Inhalt", "cookie"),
    ("Klicken Sie auf den Button, um den Inhalt von karten.example.de zu laden.", "cookie"),
    ("Click the button below to load the content from maps.example.com.", "cookie"),
    ("Wir stellen ohne dein Einverständnis keine Verbindung zu Instagram her.", "cookie"),
    ("Cliquez sur le bouton ci-dessous pour charger le contenu de cartes.example.fr.", "cookie"),
    ("Haz clic en el botón para cargar el contenido de mapas.example.es.", "cookie"),
    ("Teile diesen Beitrag auf Facebook!", "share"),
    ("Share this story on your favourite network.", "share"),
    ("Partagez cet article sur les réseaux.", "share"),
    ("Comparte este artículo en tus redes.", "share"),
    ("Folge mir Entfolgen Folge Erika Muster auf Facebook Folge Erika Muster auf Instagram", "follow"),
    ("Verpasse keine Geschichten aus dem Garten mehr!", "newsletter"),
    ("Never miss a story from the harbour: sign up today.", "newsletter"),
    ("Ne manquez aucun article du port.", "newsletter"),
    ("No te pierdas ninguna noticia del puerto.", "newsletter"),
    ("Unterstützen Sie unabhängigen Journalismus aus der Region.", "donation"),
    ("We rely on your support to keep the harbour news free for everyone.", "donation"),
    ("Wählen Sie Ihren Zugang und lesen Sie weiter:", "paywall"),
    ("Das könnte dich auch interessieren …", "related"),
    ("Lesen Sie hier: Die neue Fähre fährt ab Mai", "related"),
    ("Weiterlesen:", "read-more"),
])
def test_story_boxes_and_prompts_go_on_page_text(ctx, line, kind):
    doc = doc_of(PROSE, line)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}


@pytest.mark.parametrize("line", [
    "Wer diesen Beitrag auf Facebook teilt, hilft dem Verein, sagte die Vorsitzende am Montag.",
    "We rely on the ferry to bring the mail, the doctor and the bread to the island every morning.",
    "Lesen Sie hier nicht weiter, wenn Sie das Ende des Romans noch nicht kennen wollen.",
])
def test_prose_that_shares_their_words_stays(ctx, line):
    doc = doc_of(PROSE, line)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}
