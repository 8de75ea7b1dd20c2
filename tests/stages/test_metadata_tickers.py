"""stages.metadata_tickers: a dated list of other stories (a ticker, `Latest posts`), a line each that
opens with its date, gives the article no date, wherever it stands; the article's own date line beside
it still gives its date, and the article's own dates in a row (published, updated) are no list."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import news_page

TICKERS = {
    "en": "February 14, 2020 Five walks along the coast\nFebruary 12, 2020 A new bakery opens on the quay\n"
          "February 10, 2020 Night trains come back to town",
    "de": "[ 14. Februar 2020 ] Digitalisierung in der Praxis Allgemeines\n[ 12. Februar 2020 ] Dienste unter "
          "Windows starten Windows\n[ 10. Februar 2020 ] Die Suche im Startmenü geht wieder Windows",
    "fr": "14 février 2020 – Cinq balades le long de la côte\n12 février 2020 – Une boulangerie ouvre sur le port\n"
          "10 février 2020 – Le retour des trains de nuit",
    "nl": "14 februari 2020 Vijf wandelingen langs de kust\n12 februari 2020 Een nieuwe bakker aan de kade\n"
          "10 februari 2020 De nachttreinen komen terug",
}
OWN = {"en": "May 3, 2021", "de": "3. Mai 2021", "fr": "3 mai 2021", "nl": "3 mei 2021"}


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("language", sorted(TICKERS))
def test_a_dated_list_gives_no_date(cleaner, language):
    assert cleaner.clean(news_page(language, TICKERS[language])).date is None


@pytest.mark.parametrize("language", sorted(TICKERS))
def test_the_articles_date_line_under_a_dated_list(cleaner, language):
    article = cleaner.clean(news_page(language, f"{TICKERS[language]}\n{OWN[language]}"))
    assert article.date == "2021-05-03"


def test_the_articles_own_dates_in_a_row_are_no_list(cleaner):
    article = cleaner.clean(news_page("en", "Published May 3, 2021\nUpdated May 4, 2021\nMay 5, 2021 Correction"))
    assert article.date == "2021-05-03"
