"""cleaner.authors: names from an author text, a line of names alone, a person among a byline's parts."""

import pytest

from cleaner.authors import LowerCaseWords, bare_names, before_role, names, person

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


@pytest.mark.parametrize(("text", "common", "expected"), [
    ("Jo Roe Senior Contributor", (), "Jo Roe"),
    ("Jo Roe Education editor", ("education",), "Jo Roe"),
    ("Jo Roe Education editor", (), "Jo Roe Education"),  # the page never writes the word in lower case
    ("Anna Maria Müller Redakteurin", (), "Anna Maria Müller"),
    ("Staff Writer", (), "Staff Writer"),  # no name before the job
    ("Jo Roe, AP Auto Writer", (), "Jo Roe, AP Auto Writer"),  # the job a part of its own
])
def test_the_name_before_a_job(text, common, expected):
    roles = frozenset({"senior", "editor", "redakteurin", "staff", "writer"})
    assert before_role(text, roles, common) == expected


def test_a_label_word_is_common_whatever_the_page_writes():
    common = LowerCaseWords(["Ort Saarbrücken", "Datum 28.01.2024"], frozenset({"ort"}))
    assert bare_names("Ort Saarbrücken", common) == ()
    assert bare_names("Jana Ort", LowerCaseWords(["Jana Ort"])) == ("Jana Ort",)
