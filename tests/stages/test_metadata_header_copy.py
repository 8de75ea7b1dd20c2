"""stages.metadata: a page that shows its headline, byline and date line in its header, then other
stories, then the headline again over the article, has its byline and date line only under the first
copy: they are the article's (stages.metadata_head.under_copies). Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import HEADS, PROSE

BYLINES = {
    "en": ("Jane Doe", "jane.doe@gazette.example", "03.05.2022, 05:45", "Ferry fares rise again this spring",
           "Schools close early for the storm"),
    "de": ("Anna Müller", "anna.mueller@gazette.example", "03.05.2022, 05:45", "Fährpreise steigen im Frühling",
           "Schulen schließen wegen des Sturms früher"),
    "fr": ("Jean Dupont", "jean.dupont@gazette.example", "03/05/2022 à 05h45", "Les tarifs du ferry augmentent",
           "Les écoles ferment plus tôt à cause de la tempête"),
    "es": ("María López", "maria.lopez@gazette.example", "03/05/2022 05:45", "Suben otra vez las tarifas del ferry",
           "Las escuelas cierran antes por la tormenta"),
    "pt": ("Bruno Lima", "bruno.lima@gazette.example", "03.05.2022, 05:45", "Tarifas do ferry sobem outra vez",
           "Escolas fecham mais cedo por causa da tempestade"),
}


# the other stories' list between the two copies: more lines than the lines read above the article
RELATED = "".join(f"{n}\n" for n in ("Home", "News", "Sport", "Weather", "Culture", "Opinion"))


def _page(language: str, mail: bool) -> str:
    head = HEADS[language]
    name, address, stamp, teaser, other = BYLINES[language]
    byline = f"{name}\n{address}" if mail else name
    return (f"{head} – The Gazette\nHome\nNews\n{head}\n{byline}\n{stamp}\nFacebook\nTwitter\n"
            f"{RELATED}{teaser}\n{other}\n{head}\n{PROSE[language]}Facebook\nTwitter\n")


@pytest.mark.parametrize("mail", [False, True])
@pytest.mark.parametrize("language", sorted(BYLINES))
def test_the_byline_under_the_headlines_first_copy_is_the_articles(language, mail):
    article = Cleaner().clean(_page(language, mail))
    assert article.author == (BYLINES[language][0],)
    assert article.date is not None and article.date.startswith("2022-05-03T05:45")
