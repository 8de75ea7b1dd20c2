"""stages.metadata_runon: a byline with its date that opens a line run on past a bar into a note
(`By Jo Roe on 3 May 2023 | 18 Comments. This post may contain affiliate links.`) gives the author
and the date; the line stays in the body. Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "line", "author"), [
    ("en", "By Ela on 31 October 2023 | 18 Comments. This post may contain affiliate links. As an associate "
           "I earn from qualifying purchases.", "Ela"),
    ("de", "Von Anna Müller am 31. Oktober 2023 | 18 Kommentare. Dieser Beitrag enthält Affiliate-Links, für "
           "die wir eine kleine Provision erhalten.", "Anna Müller"),
    ("fr", "Par Jean Dupont le 31 octobre 2023 | 18 commentaires. Cet article contient des liens affiliés qui "
           "nous rapportent une petite commission.", "Jean Dupont"),
    ("es", "Por María López el 31 de octubre de 2023 | 18 comentarios. Esta entrada contiene enlaces de "
           "afiliados que nos dan una pequeña comisión.", "María López"),
    ("pt", "Por Bruno Lima em 31 de outubro de 2023 | 18 comentários. Este artigo contém links de afiliados "
           "que nos dão uma pequena comissão.", "Bruno Lima"),
])
def test_a_byline_run_on_into_a_note_gives_author_and_date(language, line, author):
    article = Cleaner().clean(news_page(language, line))
    assert (article.author, article.date) == ((author,), "2023-10-31")


def test_a_sentence_after_a_bar_without_a_byline_gives_no_author():
    line = ("Harbour news | 31 October 2023 | The council voted on Tuesday night to approve the plan for the "
            "harbour, ending a long debate.")
    assert Cleaner().clean(news_page("en", line)).author is None
