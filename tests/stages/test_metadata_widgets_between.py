"""stages.metadata: a person's name alone on a line is a byline when the date line stands next to it,
a share or follow button's line between them passed over (`Jane Doe` / `Twitter` / `14 March 2022`),
also when other page furniture keeps it out of the few lines right under the headline."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import HEADS, PROSE

STANDFIRST = {
    "en": "A long fight over parking and the quay ends with a clear result for the planners.",
    "de": "Ein langer Streit um Parkplätze und den Kai endet mit einem klaren Ergebnis für die Planer.",
    "fr": "Une longue dispute sur le parking et le quai se termine par un résultat net pour les urbanistes.",
    "pt": "Uma longa disputa sobre o estacionamento e o cais termina com um resultado claro para os urbanistas.",
}
FURNITURE = {"en": "Comments\nSave\nPrint", "de": "Merken\nDrucken\nVorlesen", "fr": "Commentaires\nSauvegarder\nImprimer",
             "pt": "Comentários\nGuardar\nImprimir"}


def page(language: str, lines: str) -> str:
    head = HEADS[language]
    return (f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{STANDFIRST[language]}\n{FURNITURE[language]}\n{lines}\n"
            f"{PROSE[language]}Facebook\nTwitter\n")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("language", "name", "date"), [
    ("en", "Jane Holloway", "14 March 2022 - 09:12 GMT"),
    ("de", "Henrike Voss", "14.03.2022, 09:12 Uhr"),
    ("fr", "Claire Dumont", "14/03/2022 09:12"),
    ("pt", "Rita Fontes", "14/03/2022 - 09:12"),
])
def test_a_share_button_between_the_name_and_its_date_line(cleaner, language, name, date):
    article = cleaner.clean(page(language, f"{name}\nTwitter\n{date}"))
    assert article.author == (name,)
    assert name not in article.body


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_name_alone_with_no_date_line_beside_it_is_no_byline(cleaner, language):
    assert cleaner.clean(page(language, "Jane Holloway\nTwitter\nMore from the harbour")).author is None
