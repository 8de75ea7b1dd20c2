"""The metadata benchmark's truth (benchmarks/metadata_truth.py, metadata_shown.py): how declared
names and days are matched against the page text and the fields the text path gives."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from metadata_shown import shows_own_date, shows_own_names
from metadata_truth import firm_authors, names_match, shows_day

PAGE = """Harbour council backs the new ferry plan
A short standfirst on the plan.
By Jane Roe
Updated March 28, 2022
Share
The council voted on Tuesday. In an earlier vote on April 3, 2019, it had said no.
Works list Max Muster
"""


@pytest.mark.parametrize(("declared", "got", "right"), [
    (["janeroe"], ["Jane Roe"], True),  # a login declared for the name
    (["Jane Roe"], ["Jane Roe"], True),
    (["janeroe"], ["Jane Rowe"], False),
    (["Jane Roe", "Max Muster"], ["Jane Roe"], False),
])
def test_a_declared_login_is_the_name_written_with_spaces(declared, got, right):
    assert names_match(got, declared) is right


@pytest.mark.parametrize(("names", "firm"), [
    (["Example Media GmbH"], True), (["Harbour News Ltd."], True), (["Verein für Hafenkunde e.V."], True),
    (["Foo Inc., Springfield"], True), (["Nord GmbH, Süd GmbH"], True), (["Jane Roe"], False),
    (["Agnes Agwu"], False), (["Jane Roe", "Example Media GmbH"], False), (None, False),
])
def test_a_firm_in_its_legal_form_is_no_author_of_the_text(names, firm):
    assert firm_authors(names) is firm


@pytest.mark.parametrize("text", ["04 de mayo 2022, 12:00", "4 de mayo de 2022", "4. Mai 2022", "4 mai 2022"])
def test_a_day_is_shown_in_the_forms_of_several_languages(text):
    assert shows_day(text, date(2022, 5, 4))


def test_a_date_line_under_the_headline_is_the_pages_own():
    title = "Harbour council backs the new ferry plan"
    assert shows_own_date(PAGE, title, "2022-03-28")
    assert not shows_own_date(PAGE, title, "2019-04-03")  # in a sentence of the article
    assert not shows_own_date(PAGE, None, "2022-03-28")  # no headline to stand under


def test_a_byline_under_the_headline_is_the_pages_own_but_a_heading_with_a_name_is_not():
    title = "Harbour council backs the new ferry plan"
    assert shows_own_names(PAGE, title, ["Jane Roe"])
    assert not shows_own_names(PAGE, title, ["Works list Max Muster"])
    assert not shows_own_names(PAGE, title, ["Max Muster"])
