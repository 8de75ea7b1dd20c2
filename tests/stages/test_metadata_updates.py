"""stages.metadata: a line of the article's last change (`Zuletzt geändert am ...`, `Dernière modification
le ...`, `Last edited on ...`) is read only when no line gives the publication, whatever words open it,
and its date is read past the phrase's words (`Mis à jour le 12/10/2023`: `à jour` is no part of the date)."""

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "lines", "date"), [
    ("en", "By Jo Roe\nLast edited on Oct 12, 2023\nOct 10, 2023", "2023-10-10"),
    ("en", "By Jo Roe\nPage last reviewed: Oct 12, 2023\nOct 10, 2023", "2023-10-10"),
    ("de", "Von Anna Müller\nZuletzt geändert am 12.10.2023\n10.10.2023", "2023-10-10"),
    ("de", "Von Anna Müller\nLetzte Änderung: 12.10.2023\n10.10.2023", "2023-10-10"),
    ("fr", "Par Jean Dupont\nDernière modification le 12/10/2023\n10/10/2023", "2023-10-10"),
    ("es", "Por María López\nÚltima modificación: 12/10/2023\n10/10/2023", "2023-10-10"),
    ("es", "Por María López\nModificado el 12/10/2023\n10/10/2023", "2023-10-10"),
    ("it", "Di Marco Bellini\nUltima modifica il 12/10/2023\n10/10/2023", "2023-10-10"),
    ("nl", "Door Sanne de Vries\nLaatst gewijzigd op 12-10-2023\n10-10-2023", "2023-10-10"),
    ("pt", "Por Bruno Lima\nÚltima modificação em 12/10/2023\n10/10/2023", "2023-10-10"),
])
def test_the_publication_before_a_last_change(cleaner, language, lines, date):
    assert cleaner.clean(news_page(language, lines)).date == date


@pytest.mark.parametrize(("language", "lines", "date"), [
    ("fr", "Par Jean Dupont\nMis à jour le 12/10/2023", "2023-10-12"),
    ("fr", "Par Jean Dupont\nMis à jour le 12/10/2023 à 10h15", "2023-10-12T10:15:00"),
])
def test_a_last_change_alone_is_read_past_its_phrase(cleaner, language, lines, date):
    # as `Zuletzt aktualisiert: 12.10.2023` alone is: the only date the page gives near its headline
    assert cleaner.clean(news_page(language, lines)).date == date



@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "By Jo Roe Last updated Oct 12, 2023", ("Jo Roe",)),
    ("de", "Jana Korte Zuletzt geändert am 12.10.2023", ("Jana Korte",)),
    ("fr", "Jean Dupont Mis à jour le 12/10/2023", ("Jean Dupont",)),
    ("nl", "Door Sanne de Vries Laatst bijgewerkt op 12-10-2023", ("Sanne de Vries",)),
    ("pt", "Por Bruno Lima Última atualização em 12/10/2023", ("Bruno Lima",)),
])
def test_a_last_changes_words_end_the_bylines_names(cleaner, language, lines, author):
    assert cleaner.clean(news_page(language, lines)).author == author
