"""stages.title on page text, step c.: the headline stands above a share bar of a button a line, and
those lines do not count in how far above the article a headline may stand (stages.title_reach).
Pages written for these tests, in English, German, French and Spanish."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

from .test_title_near_article import ARTICLE

# The <title> line (its headline worded for search engines), the headline told twice as the page
# shows it, and the share bar's buttons between the headline and the article.
PAGES = [
    ("en", "Ferry deal approved | Bay Courier", "Council buys a new boat for the island crossing",
     ["Share", "Share", "Tweet", "Pin", "Email", "Print", "Facebook", "Twitter", "WhatsApp", "LinkedIn",
      "Reddit", "Telegram", "Share", "Tweet"]),
    ("de", "Fähre beschlossen | Bay Courier", "Gemeinderat kauft ein neues Schiff für die Inselroute",
     ["Teilen", "Teilen", "Pin", "E-Mail", "Drucken", "Facebook", "Twitter", "WhatsApp", "LinkedIn",
      "Xing", "Telegram", "Teilen", "Twittern", "Pinnen"]),
    ("fr", "Bac approuvé | Bay Courier", "Le conseil achète un nouveau bateau pour la traversée",
     ["Partager", "Partager", "Tweeter", "Épingler", "E-mail", "Imprimer", "Facebook", "Twitter", "WhatsApp",
      "LinkedIn", "Telegram", "Partager", "Tweeter", "Épingler"]),
    ("es", "Transbordador aprobado | Bay Courier", "El ayuntamiento compra un nuevo barco para la isla",
     ["Compartir", "Compartir", "Tuitear", "Pin", "Correo", "Imprimir", "Facebook", "Twitter", "WhatsApp",
      "LinkedIn", "Telegram", "Compartir", "Tuitear", "Pin"]),
]
MENU = ["Home", "News", "Travel", "Contact"]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


@pytest.mark.parametrize(("lang", "title", "headline", "share_bar"), PAGES)
def test_headline_over_a_share_bar_is_in_reach(cleaner, lang, title, headline, share_bar):
    text = "\n".join((title, *MENU, headline, headline, "Jo Roe", *share_bar, ARTICLE[lang]))
    assert cleaner.clean(text, url="https://www.baycourier.com/news/ferry").title == headline
