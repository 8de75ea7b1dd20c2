"""cleaner.authors: names from an author text, a line of names alone, a person among a byline's parts."""

import pytest

from cleaner.authors import bare_names, names, person

ROLES = frozenset({"staff", "reporter", "redaktion", "rédaction"})


@pytest.mark.parametrize(("text", "found"), [
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Perry Lane Jr.", ("Perry Lane Jr.",)),  # a suffix keeps its full stop
    ("Ana C.", ("Ana C.",)),
    ("Jane Doe.", ("Jane Doe",)),
    ("Sanne de Vries en Piet Bakker", ("Sanne de Vries", "Piet Bakker")),
])
def test_names(text, found):
    assert names(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Maya Okafor", ("Maya Okafor",)),
    ("MAYA OKAFOR, HARBOUR", ("MAYA OKAFOR",)),  # a single word after the name: an outlet
    ("Christoph von Eichhorn", ("Christoph von Eichhorn",)),
    ("Maya Okafor und Henrike Voss", ("Maya Okafor", "Henrike Voss")),
    ("Lindsey O'Donnell", ("Lindsey O'Donnell",)),
    ("Politik", ()),  # one word: a label
    ("Most Read Stories", ()),  # common words: the page writes them in lower case
    ("The council met on Tuesday", ()),
    ("Entwicklungsgebiet der Stadt", ()),  # `der` only after another particle (`van der`)
])
def test_bare_names(text, found):
    assert bare_names(text, {"most", "read", "stories", "the"}) == found


@pytest.mark.parametrize(("name", "found"), [
    ("Jo Roe FOXBusiness", "Jo Roe"),  # a brand run into the name
    ("CNN Business", ""),  # an acronym in a mixed-case name: an outlet
    ("Staff Reporter", ""),
    ("N-Land Redaktion", ""),
    ("JANE DOE", "JANE DOE"),  # all capitals: a name written so
    ("Lindsey O'Donnell", "Lindsey O'Donnell"),
])
def test_person(name, found):
    assert person(name, ROLES) == found
