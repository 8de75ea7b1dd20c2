"""stages.metadata: a share counter's label alone on its line (`Shares`, `Partages`, `Compartidos`)
is a widget's line: between the headline and the byline it counts as no line, and the name under it
beside the date line is the byline. Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import HEADS, PROSE

STANDFIRSTS = {"en": "What the vote means for the shops", "de": "Was der Beschluss für die Läden bedeutet",
               "fr": "Ce que le vote change pour les commerces", "es": "Lo que el voto cambia para las tiendas",
               "it": "Cosa cambia il voto per i negozi"}


@pytest.mark.parametrize(("language", "label", "name", "stamp"), [
    ("en", "Shares", "Jane Doe", "May 3, 2022 9:00AM"),
    ("de", "Shares", "Anna Müller", "03.05.2022, 09:00 Uhr"),
    ("fr", "Partages", "Jean Dupont", "3 mai 2022 à 9h00"),
    ("es", "Compartidos", "María López", "3 de mayo de 2022 09:00"),
    ("it", "Shares", "Giulia Rossi", "3 maggio 2022 09:00"),
])
def test_the_name_under_a_share_label_is_the_byline(language, label, name, stamp):
    head = HEADS[language]
    page = (f"{head} – The Gazette\nHome\nNews\n{head}\n{STANDFIRSTS[language]}\n--\n{label}\n{name}\n{stamp}\n"
            f"{PROSE[language]}Facebook\nTwitter\n")
    assert Cleaner().clean(page).author == (name,)
