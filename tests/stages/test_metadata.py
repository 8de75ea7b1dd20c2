"""stages.metadata: the byline and the date line near the headline become `author` and `date`,
and stay out of the body; a date in an article sentence is not the page's date."""

import pytest

from cleaner import Cleaner

PROSE = ("The council voted on Tuesday night to approve the plan for the harbour, ending a debate that had "
         "lasted for more than two years and filled the chamber every month.\n"
         "Supporters cheered when the vote passed seven to two, while several shop owners said the loss of "
         "parking would hurt their trade through the winter.\n")


def page(head: str, lines: str, prose: str = PROSE) -> str:
    return f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{lines}\n{prose}Share this:\nFacebook\n"


CASES = [
    ("en", "By JANE HOLLOWAY Associated Press\nPublished 6:04 AM EST, November 27, 2023",
     ("JANE HOLLOWAY",), "2023-11-27T06:04:00-05:00"),
    ("en-posted", "Posted on August 29, 2023 by Marta", ("Marta",), "2023-08-29"),
    ("de", "Von Anna Müller\n21. Juni 2023", ("Anna Müller",), "2023-06-21"),
    ("fr", "Par Jean Dupont et Claire Martin\nPublié le 12 févr. 2024 à 10h15", ("Jean Dupont", "Claire Martin"),
     "2024-02-12T10:15:00"),
    ("es", "Por María López\n29 de agosto de 2023", ("María López",), "2023-08-29"),
]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("lines", "author", "date"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_byline_and_date_line_become_fields_not_body(cleaner, lines, author, date):
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", lines))
    assert (article.author, article.date) == (author, date)
    for line in lines.splitlines():
        assert line not in article.body
    assert article.sources["author"].startswith("line ") and article.sources["date"].startswith("line ")
    assert article.body.startswith("The council voted")


def test_a_date_in_a_sentence_is_not_the_pages_date(cleaner):
    prose = "On November 27, 2023 the council met to vote on the plan, which had been debated for two years.\n" + PROSE
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", "", prose))
    assert (article.author, article.date) == (None, None)
    assert "On November 27, 2023 the council met" in article.body


def test_publication_before_update(cleaner):
    lines = "Updated 9:41 AM, November 28, 2023\nPublished November 27, 2023"
    assert cleaner.clean(page("Harbour plan wins the council's vote at last", lines)).date == "2023-11-27"


def test_a_date_without_a_year_is_no_date(cleaner):
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", "Updated Nov 19, 9:41 AM"))
    assert article.date is None and "Updated Nov 19, 9:41 AM" not in article.body


def test_an_agency_alone_is_no_author(cleaner):
    assert cleaner.clean(page("Harbour plan wins the council's vote at last", "By Associated Press")).author is None


def test_every_field_is_in_the_json_null_when_not_given(cleaner):
    out = cleaner.clean(page("Harbour plan wins the council's vote at last", "")).to_dict()
    assert {k: out[k] for k in ("author", "date", "url", "description")} == dict.fromkeys(
        ("author", "date", "url", "description"))
    assert out["language"] == "en"
