"""stages.metadata: a date line whose month is abbreviated as de, es, it, nl and pt write it (`12. Dez.
2023`, `12 dic 2023`, `4 out. 2023`) gives its date, as an English or French abbreviation does."""

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "lines", "date"), [
    ("de", "Von Anna Müller\n12. Dez. 2023", "2023-12-12"),
    ("de", "Von Anna Müller\n12. Okt. 2023, 10:15 Uhr", "2023-10-12T10:15:00"),
    ("de", "Von Anna Müller\n3. Mär. 2024", "2024-03-03"),
    ("es", "Por María López\n12 dic. 2023", "2023-12-12"),
    ("es", "Por María López\n9 ene. 2024", "2024-01-09"),
    ("it", "Di Marco Bellini\n12 dic 2023", "2023-12-12"),
    ("it", "Di Marco Bellini\n5 ott 2023", "2023-10-05"),
    ("nl", "Door Sanne de Vries\n12 okt. 2023", "2023-10-12"),
    ("nl", "Door Sanne de Vries\n4 mrt. 2024", "2024-03-04"),
    ("pt", "Por Bruno Lima\n12 dez. 2023", "2023-12-12"),
    ("pt", "Por Bruno Lima\n4 out. 2023", "2023-10-04"),
])
def test_an_abbreviated_month_gives_the_date(language, lines, date):
    article = Cleaner().clean(news_page(language, lines))
    assert article.date == date
    assert lines.split("\n")[1] not in article.body


@pytest.mark.parametrize(("language", "lines", "author", "date"), [
    # a name that an English month's abbreviation starts (`Maya`, `Marco`, `Julia`, `Augusto`), after the date
    ("en", "12 October 2023 Maya Okafor", ("Maya Okafor",), "2023-10-12"),
    ("en", "Nov. 12, 2023 Marco Reyes", ("Marco Reyes",), "2023-11-12"),
    ("de", "3. März 2024 Julia Brandt", ("Julia Brandt",), "2024-03-03"),
    ("fr", "12 octobre 2023 Marc Lefèvre", ("Marc Lefèvre",), "2023-10-12"),
    ("es", "12 de octubre de 2023 Augusto Ruiz", ("Augusto Ruiz",), "2023-10-12"),
])
def test_a_name_after_the_date_is_no_month(language, lines, author, date):
    article = Cleaner().clean(news_page(language, lines))
    assert (article.author, article.date) == (author, date)


@pytest.mark.parametrize(("language", "line", "date"), [
    ("en", "January 3, 2023", "2023-01-03"), ("en", "3 Jan. 2023", "2023-01-03"), ("en", "Sept. 3, 2023", "2023-09-03"),
    ("en", "May 3, 2023", "2023-05-03"), ("en", "August 3, 2023", "2023-08-03"), ("de", "3. Januar 2023", "2023-01-03"),
    ("es", "3 de mayo de 2023", "2023-05-03"), ("it", "3 aprile 2023", "2023-04-03"), ("nl", "3 augustus 2023", "2023-08-03"),
])
def test_the_month_names_a_time_stamp_reads(language, line, date):
    assert Cleaner().clean(news_page(language, line)).date == date
