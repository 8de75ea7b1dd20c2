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
