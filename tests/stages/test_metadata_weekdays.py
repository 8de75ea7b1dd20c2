"""A date line that names the weekday after its publication word (`Publié le mardi 6 mai 2014`,
`Publicado el martes, 6 de mayo de 2014`) is a dateline, in the body as above it: the lexicon drops
it and stages.metadata reads its date. (`mar` of an English month took the start of `mardi` and
`martes`; `el` and `op` were no link after a date prefix; Italian, Dutch, Portuguese and Polish
weekdays were no date words.) Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.stages import lexicon
from helpers import doc_of
from metadata_pages import HEADS, PROSE

LINES = [
    ("en", "Published on Tuesday, May 6, 2014"),
    ("de", "Veröffentlicht am Dienstag, 6. Mai 2014"),
    ("fr", "Publié le mardi 6 mai 2014"),
    ("fr", "Publié le mardi 6 mai 2014 à 10h15"),
    ("es", "Publicado el martes, 6 de mayo de 2014"),
    ("es", "Publicado el martes 6 de mayo de 2014"),
    ("it", "Pubblicato il martedì 6 maggio 2014"),
    ("nl", "Gepubliceerd op dinsdag 6 mei 2014"),
    ("pt", "Publicado em terça-feira, 6 de maio de 2014"),
]


def _page(language: str, line: str) -> str:
    """The date line between the article's two paragraphs, where the main region keeps it."""
    first, second = PROSE[language].strip().split("\n")
    head = HEADS[language]
    return f"{head} – The Gazette\nHome\nNews\n{head}\n{first}\n{line}\n{second}\nFacebook\nTwitter\n"


@pytest.mark.parametrize(("language", "line"), LINES)
def test_a_weekday_dateline_leaves_the_body_and_gives_the_date(language, line):
    article = Cleaner().clean(_page(language, line))
    assert line not in article.body
    assert PROSE[language].split("\n")[1] in article.body
    assert article.date is not None and article.date.startswith("2014-05-06")


@pytest.mark.parametrize("line", [
    "Publié le mardi 6 mai 2014", "Publicado el martes, 6 de mayo de 2014", "martes, 6 de mayo de 2014",
    "Pubblicato il martedì 6 maggio 2014", "Gepubliceerd op dinsdag 6 mei 2014", "wtorek, 6 maja 2014",
])
def test_the_weekday_dateline_is_the_lexicons(ctx, line):
    doc = doc_of(line, PROSE["fr"].split("\n")[0])
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].dropped == "lexicon.dateline"
    assert doc.blocks[1].kept


@pytest.mark.parametrize("line", [
    "Le conseil se réunira mardi 6 mai 2014 pour voter le budget de la ville.",
    "El consejo se reunirá el martes 6 de mayo de 2014 para votar el presupuesto.",
    "Publicado el martes, el informe del consejo recoge las cifras de 2014 y de 2015.",
])
def test_a_sentence_with_a_weekday_date_stays(ctx, line):
    doc = doc_of(line, PROSE["fr"].split("\n")[0])
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].kept
