"""The HTML path end to end: a page written for these tests, with cruft of each kind."""

from __future__ import annotations

import json

import pytest

from cleaner import Cleaner, clean
from helpers import ROOT, run_cli

PAGE = ROOT / "tests" / "pages" / "harbour.html"


PARAGRAPHS = [
    "The harbour at Porthwen reopened to fishing boats on Monday morning",
    "Harbour master Ellis Penrose said the breakwater had held",
    "The port authority has asked contractors to replace the chains",
    "Skippers who lost a week of landings will be able to apply",
    "Applications open on the first of April",  # list items are kept
    '"It has been the hardest winter in twenty years," said Tamsin Rowe',
]


CRUFT = [
    "uses cookies", "Home", "Weather", "Share", "Tweet",  # banner, menu, share buttons
    "Fishing boats wait at the quay", "AP Photo",  # captions
    "Lifeboat crew honoured", "Coast road closure extended", "Related stories",  # related links
    "Sign up for our newsletter",  # prompt
    "Leave a Reply", "will not be published", "Post Comment",  # comment form
    "All rights reserved", "Privacy policy", "dataLayer", "display: flex",  # footer, script, style
]


@pytest.fixture(scope="module")
def article():
    return clean(PAGE.read_bytes(), url="https://coastal-courier.example/news/harbour-reopens")


def test_article_text_is_kept_in_order(article):
    positions = [article.body.index(p) for p in PARAGRAPHS]
    assert positions == sorted(positions)
    assert "Repairs before the spring season" in article.body  # a section heading is body


@pytest.mark.parametrize("cruft", CRUFT)
def test_cruft_is_gone(article, cruft):
    assert cruft not in article.body


def test_title_and_metadata(article):
    assert article.title == "Harbour reopens after week of storms"
    assert "Harbour reopens after week of storms" not in article.body  # the h1 is not repeated
    assert article.source == "html" and article.language == "en"
    assert article.meta["author"] == "Mara Lindqvist" and "date" not in article.meta  # the date is article.date
    assert article.meta["sitename"] == "The Coastal Courier"
    # the fields: the declared author and publication time (with its zone), the declared site name
    assert (article.author, article.date) == (("Mara Lindqvist",), "2024-03-11T08:30:00+00:00")
    assert article.site == "The Coastal Courier" and article.sources["author"] == "meta:author"


def test_each_removal_says_why(article):
    rules = {r.rule for r in article.removed}
    assert {"title", "captions.credit", "html.link", "lexicon.newsletter"} <= rules


def test_paragraphs_are_separated_by_a_blank_line(article):
    assert "\n\n" in article.body and "\n\n\n" not in article.body
    assert all(line == " ".join(line.split()) for line in article.body.split("\n"))


def test_str_and_bytes_agree_and_cleaning_is_stable(article):
    assert clean(PAGE.read_text(encoding="utf-8"), url=article.url) == article


def test_broken_markup_is_tolerated():
    broken = PAGE.read_text(encoding="utf-8").replace("</p>", "", 5).replace("</div>", "", 3)
    broken = broken.replace("</body>", "<div><p>unclosed <b>bold").replace("</html>", "")
    article = clean(broken)
    assert article.source == "html"
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[3] in article.body


def test_xml_declaration_and_control_characters_do_not_stop_extraction():
    text = PAGE.read_text(encoding="utf-8").replace("Monday morning", "Monday\x0b morning")
    article = clean('<?xml version="1.0" encoding="utf-8"?>\n' + text)
    assert article.source == "html" and "Monday morning" in article.body


def test_when_trafilatura_finds_nothing_the_visible_text_goes_through_the_text_path(monkeypatch):
    import cleaner.blocks.html.extract

    monkeypatch.setattr(cleaner.blocks.html.extract.trafilatura, "bare_extraction", lambda *a, **k: None)
    article = clean(PAGE.read_bytes())
    assert article.source == "html-fallback"
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[-1] in article.body
    assert "dataLayer" not in article.body and "display: flex" not in article.body  # never visible
    assert "Leave a Reply" not in article.body  # the text path's lexicon and trailers ran
    assert article.title == "Harbour reopens after week of storms"


def test_unparseable_html_falls_back_to_the_text_between_tags():
    article = clean("<html>\x00</html>")
    assert article.source == "html-fallback" and article.body == ""


# --- the CLI and JSON Lines ------------------------------------------------------------------

def test_cli_detects_html_from_a_file_and_stdin():
    by_file = run_cli(str(PAGE))
    by_stdin = run_cli(stdin=PAGE.read_bytes())
    assert by_file.returncode == by_stdin.returncode == 0, by_file.stderr
    assert json.loads(by_file.stdout) == json.loads(by_stdin.stdout)
    assert json.loads(by_file.stdout)["source"] == "html"


def test_jsonl_html_field():
    record = json.dumps({"id": 7, "url": "https://coastal-courier.example/x", "html": PAGE.read_text(encoding="utf-8")})
    proc = run_cli("--jsonl", stdin=record + "\n")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["id"] == 7 and "html" not in out
    assert out["title"] == "Harbour reopens after week of storms"
    assert PARAGRAPHS[1] in out["body"] and "Leave a Reply" not in out["body"]


def test_one_cleaner_for_many_pages_gives_what_fresh_ones_give():
    shared = Cleaner()
    pages = [PAGE.read_bytes(), PAGE.read_bytes().replace(b"Porthwen", b"Polgarrow")]
    assert [shared.clean(p) for p in pages] == [Cleaner().clean(p) for p in pages]
