"""stages.metadata_far_date: a byline further from the article than stages.metadata reads (a photo's
caption, share buttons and a teaser list between them, no headline known above it), or at the
article's foot, gives the date of its own date lines beside it; a date's label on the line above its
date says what it is (`Last updated` / `15.03.2022`)."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import PROSE
from tests.stages.test_metadata_foot import FOOT
from tests.stages.test_metadata_foot import page as foot_page

TEASERS = {
    "en": ("Sign up for the morning letter", "Our best stories this week", "The market reopens after the storm",
           "The ferry returns to the old pier", "Five walks along the coast", "A new bakery opens on the quay"),
    "de": ("Die Fähre kehrt zum alten Pier zurück", "Fünf Wege an der Küste", "Eine neue Bäckerei am Kai",
           "Der Leuchtturm bekommt eine neue Lampe", "Nachtzüge kommen zurück"),
    "es": ("El ferry vuelve al viejo muelle", "Cinco paseos por la costa", "Una panadería nueva en el puerto",
           "El faro estrena lámpara", "Vuelven los trenes nocturnos"),
}


def far_page(language: str, byline: str, date_line: str) -> str:
    """No headline line the title stage knows: the byline stands far above the article's prose."""
    teasers = "\n".join(TEASERS[language])
    return (f"The Gazette\nHome\nNews\nSport\n{byline}\n{date_line}\nTweet\nShare\nComment\n"
            f"The old harbour in 1987.\nPhoto illustration by the Gazette.\nListen to this story\n"
            f"More from the Gazette\n{teasers}\n{PROSE[language[:2]]}Facebook\nTwitter\n")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "byline", "date_line", "date"), [
    ("en", "By Jane Roe", "Nov 15, 2019 5:45 AM", "2019-11-15T05:45:00"),
    ("en", "By Jane Roe, Harbour News", "Updated 0339 GMT (1139 HKT) November 15, 2019", "2019-11-15"),
    ("de", "Von Max Muster", "15. November 2019, 05:45 Uhr", "2019-11-15T05:45:00"),
    ("es", "Por Ana Ruiz", "15 de noviembre de 2019", "2019-11-15"),
])
def test_a_far_bylines_date_line(cleaner, language, byline, date_line, date):
    article = cleaner.clean(far_page(language, byline, date_line))
    assert article.author is not None
    assert article.date == date


def test_a_sentence_beside_a_far_byline_gives_no_date(cleaner):
    article = cleaner.clean(far_page("en", "By Jane Roe", "She moved to the harbour on May 3, 2018."))
    assert article.date is None


@pytest.mark.parametrize("language", sorted(FOOT))
def test_the_date_lines_beside_a_byline_at_the_foot(cleaner, language):
    foot, name = FOOT[language]
    article = cleaner.clean(foot_page(language, foot.format(name=name)))
    assert article.author == (name,)
    assert article.date == "2022-03-14"  # the first publication, not the last change under its label
