"""stages.metadata: a forum thread's starter, named under the thread's title (`Thread starter Jo`,
`Themenstarter Jo`), is the page's author, without the label."""

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "Thread starter Seabird\nStart date Oct 10, 2023", ("Seabird",)),
    ("de", "Themenstarter Hafenkatze\nBeginndatum 10. Oktober 2023", ("Hafenkatze",)),
    ("fr", "Auteur du sujet Mouette\n10 octobre 2023", ("Mouette",)),
    ("es", "Autor del tema Gaviota\n10 de octubre de 2023", ("Gaviota",)),
])
def test_a_threads_starter_is_its_author(language, lines, author):
    assert Cleaner().clean(news_page(language, lines)).author == author


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "Created by Seabird on October 10, 2023", ("Seabird",)),
    ("de", "Erstellt von Hafenkatze am Dienstag 10. Oktober 2023", ("Hafenkatze",)),
    ("fr", "Créé par Mouette le 10 octobre 2023", ("Mouette",)),
    ("nl", "Gemaakt door Zeemeeuw op 10 oktober 2023", ("Zeemeeuw",)),
])
def test_a_posts_maker_is_its_author(language, lines, author):
    assert Cleaner().clean(news_page(language, lines)).author == author
