"""stages.metadata_results and the `[metadata] labels` of a works list's heading: a line of a results
table or list (a name run on into a figure, a run of lines that each open with a name) and a heading
that names a person after a noun (`Werkliste Max Muster`) are no byline; a byline beside its date
line still is."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import news_page


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "lines"), [
    ("en", "Jane Roe 100 backstroke\nPosted May 3, 2021"),
    ("en", "Jane Roe 100 backstroke\nMark Hill 200 freestyle\nTom Reed 50 butterfly\nPosted May 3, 2021"),
    ("de", "Max Muster 3:42,1\n3. Mai 2021"),
    ("fr", "Marie Dupont 200 m nage libre\n3 mai 2021"),
    ("fr", "Marie Dupont 200 m nage libre\nPaul Martin 100 m dos\nLuc Petit 50 m papillon\n3 mai 2021"),
    ("es", "Ana Ruiz 12,5 puntos\n3 de mayo de 2021"),
])
def test_a_results_line_is_no_byline(cleaner, language, lines):
    article = cleaner.clean(news_page(language, lines))
    assert article.author is None
    assert article.date == "2021-05-03"  # the date line under it still gives the date


@pytest.mark.parametrize(("language", "lines"), [
    ("en", "Discography Jane Roe\n1 First light, vinyl 2011"),
    ("de", "Werkliste Max Muster\nNr. Eigner Motiv Jahr\n1 Hafen im Morgenlicht, Radierung 1911"),
    ("de", "Diskografie Max Muster\nNr. Titel Jahr\n1 Erstes Licht, Vinyl 2011"),
    ("fr", "Discographie Marie Dupont\n1 Première lumière, vinyle 2011"),
    ("es", "Discografía Ana Ruiz\nNº Título Año\n1 Primera luz, vinilo 2011"),
    ("it", "Bibliografia Marco Rossi\n1 Prima luce, romanzo 2011"),
])
def test_a_heading_over_a_persons_works_is_no_byline(cleaner, language, lines):
    assert cleaner.clean(news_page(language, lines)).author is None


@pytest.mark.parametrize(("language", "lines", "name"), [
    ("en", "Jane Roe\nMay 3, 2021", "Jane Roe"),
    ("en", "Harbour News\nJane Roe\nSenior Reporter\nMay 3, 2021", "Jane Roe"),  # a desk and a job beside it
    ("de", "Max Muster | 14:32\n3. Mai 2021", "Max Muster"),
    ("fr", "Marie Dupont\n3 mai 2021", "Marie Dupont"),
    ("de", "Max Muster 1\n3. Mai 2021", "Max Muster"),  # an affiliation's mark after the name
])
def test_a_name_beside_its_date_line_is_still_a_byline(cleaner, language, lines, name):
    assert cleaner.clean(news_page(language, lines)).author == (name,)
