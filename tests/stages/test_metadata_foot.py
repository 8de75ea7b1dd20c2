"""stages.metadata_far: a byline at the article's foot, a person's name alone right beside a date line
in the few lines past the article's end (`First published` / `14.03.2022` / `Jane Doe`); a date's own
label there (`Last updated` / `14.03.2022`) is no name ([metadata] labels)."""

import pytest

from cleaner import Cleaner
from tests.metadata_pages import HEADS, PROSE

FOOT = {
    "en": ("First published\n14 March 2022\nLast updated\n15 March 2022\n{name}\n# Harbour\n# Council", "Jane Holloway"),
    "de": ("Erstveröffentlichung\n14.03.2022\nLetzte Aktualisierung\n15.03.2022\n{name}\n# Hafen\n# Stadtrat",
           "Henrike Voss"),
    "fr": ("Publié le\n14/03/2022\nDernière mise à jour\n15/03/2022\n{name}\n# Port\n# Conseil", "Claire Dumont"),
    "nl": ("Gepubliceerd\n14-03-2022\nLaatst bijgewerkt\n15-03-2022\n{name}\n# Haven\n# Gemeenteraad", "Anouk Smit"),
}


def page(language: str, foot: str) -> str:
    head = HEADS[language]
    return f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{PROSE[language]}{foot}\nImpressum\nContact\n"


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("language", sorted(FOOT))
def test_a_name_beside_the_date_lines_at_the_foot_is_the_author(cleaner, language):
    foot, name = FOOT[language]
    assert cleaner.clean(page(language, foot.format(name=name))).author == (name,)


@pytest.mark.parametrize("language", sorted(FOOT))
def test_the_date_lines_labels_alone_give_no_author(cleaner, language):
    foot, _ = FOOT[language]
    assert cleaner.clean(page(language, foot.format(name="More from the Gazette"))).author is None


@pytest.mark.parametrize(("language", "foot", "author"), [
    ("en", "Tags\nHarbour, Council\nAuthor Gazette Newsroom\nDate 14 March 2022", "Gazette Newsroom"),
    ("de", "Schlagwörter\nHafen, Stadtrat\nAutor Gazette Redaktion\nDatum 14.03.2022", "Gazette Redaktion"),
    ("fr", "Mots-clés\nPort, Conseil\nAuteur Claire Dumont\nDate 14/03/2022", "Claire Dumont"),
    ("it", "Tag\nPorto, Consiglio\nAutore Redazione Gazzetta\nData 14/03/2022", "Redazione Gazzetta"),
])
def test_an_authors_label_beside_a_date_line_at_the_foot_names_the_author(cleaner, language, foot, author):
    assert cleaner.clean(page(language, foot)).author == (author,)
