"""cli.records: which field of a record is the page, what kind of page it is, values that are no
page, and fields of the record that the result must not replace (issue 17, items 1, 2 and 10)."""

from __future__ import annotations

import json

import pytest

from cleaner.cli.records import RecordError, RecordOptions, clean_record, not_a_page
from helpers import run_cli

STORY = ("The harbour reopened on Monday after a week of storms, the port authority said in a statement.\n\n"
         "Ferries to the islands will run on the summer timetable from Wednesday, the operator added.")
TEXT_PAGE = f"A headline about the harbour\n\n{STORY}\n\nSubmit a Comment\n"
# A saved page that opens with its CSS: sniffed, it once read as page text (title `<div class=...>`).
STYLED_HTML = ("<style>.nav{color:red}</style>\n<div class=\"cb-nav-bar-wrap\"><a href=\"/\">Home</a></div>\n"
               "<article><h1>A headline about the harbour</h1>"
               + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")) + "</article>")
PATH = "aeb/html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz"


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_a_records_html_is_html_even_when_it_opens_with_a_style(cleaner):
    out = clean_record(cleaner, {"html": STYLED_HTML})
    assert out["source"] == "html" and out["title"] == "A headline about the harbour"
    assert "<" not in out["body"] and out["body"].startswith("The harbour reopened")


def test_a_records_text_is_text_even_when_it_holds_tags(cleaner):
    page = TEXT_PAGE.replace("a week of storms", "a week of <b>storms</b> and <i>rain</i>")
    out = clean_record(cleaner, {"text": page})
    assert out["source"] == "text" and "<b>storms</b>" in out["body"]


@pytest.mark.parametrize(("value", "why"), [
    (PATH, "holds a file path, not a page"),
    ("https://example.com/story/1", "holds a URL, not a page"),
    ("A headline about the harbour", "holds one short line, not a page"),
])
def test_a_value_that_is_no_page_is_a_record_error(cleaner, value, why):
    with pytest.raises(RecordError, match=f"^the record's 'html' field {why}$"):
        clean_record(cleaner, {"html": value})


def test_a_page_is_not_mistaken_for_a_value_that_is_none():
    assert not_a_page(TEXT_PAGE) is None and not_a_page("<p>one line of markup</p>") is None
    assert not_a_page("") is None  # an empty page: its result says `empty`
    assert not_a_page("x" * 200) is None  # one long line: a page without newlines


def test_a_record_with_a_path_in_html_is_an_error_and_loses_nothing():
    record = {"id": 1, "html": PATH, "text": TEXT_PAGE, "body": "the body we had"}
    proc = run_cli("--jsonl", stdin=jsonl(record))
    assert proc.returncode == 1
    assert proc.stderr == "article-cleaner: <stdin>:1: the record's 'html' field holds a file path, not a page\n"
    assert lines(proc.stdout) == [{**record, "status": "error",
                                   "error": "the record's 'html' field holds a file path, not a page"}]


def test_field_names_the_page_and_other_fields_pass_through():
    record = {"id": 1, "html": PATH, "text": TEXT_PAGE}
    proc = run_cli("--jsonl", "--field", "text", stdin=jsonl(record))
    assert proc.returncode == 0, proc.stderr
    [out] = lines(proc.stdout)
    assert out["html"] == PATH and "text" not in out  # the page field gives way; the others stay
    assert out["body"] == STORY and out["status"] == "ok"


def test_a_field_the_record_lacks_is_named():
    proc = run_cli("--jsonl", "--field", "content", stdin=jsonl({"id": 1, "text": TEXT_PAGE}))
    assert proc.returncode == 1
    assert proc.stderr == "article-cleaner: <stdin>:1: the record has no 'content' field (--field)\n"


def test_a_field_of_another_name_is_sniffed_or_taken_as_input_says():
    record = {"id": 1, "content": STYLED_HTML}
    [sniffed] = lines(run_cli("--jsonl", "--field", "content", stdin=jsonl(record)).stdout)
    [told] = lines(run_cli("--jsonl", "--field", "content", "--input", "text", stdin=jsonl(record)).stdout)
    assert sniffed["source"] == "html" and told["source"] == "text"


def test_an_existing_field_is_never_replaced_unless_asked():
    record = {"id": 1, "text": TEXT_PAGE, "title": "Our own title"}
    refused = run_cli("--jsonl", stdin=jsonl(record))
    assert refused.returncode == 1
    assert "the record's 'title' field would be replaced; not cleaned" in refused.stderr
    assert lines(refused.stdout)[0]["title"] == "Our own title"

    [overwritten] = lines(run_cli("--jsonl", "--overwrite", stdin=jsonl(record)).stdout)
    assert overwritten["title"] == "A headline about the harbour"

    [prefixed] = lines(run_cli("--jsonl", "--prefix", "clean_", stdin=jsonl(record)).stdout)
    assert prefixed["title"] == "Our own title" and prefixed["clean_title"] == "A headline about the harbour"
    assert prefixed["clean_body"] == STORY and prefixed["clean_status"] == "ok" and "status" not in prefixed


def test_a_field_of_the_same_value_is_no_replacement(cleaner):
    out = clean_record(cleaner, {"text": TEXT_PAGE, "url": "https://example.com/a"})
    assert out["url"] == "https://example.com/a"


def test_prefixed_records_are_clean_to_fix():
    options = RecordOptions(prefix="clean_")
    assert options.is_clean({"id": 1, "clean_body": STORY})
    assert not options.is_clean({"id": 1, "body": STORY})


def test_jsonl_carries_the_fields_of_single_page_json():
    page = run_cli("--url", "https://www.newslooks.com/x", stdin=TEXT_PAGE)
    record = run_cli("--jsonl", stdin=jsonl({"url": "https://www.newslooks.com/x", "text": TEXT_PAGE}))
    single, [streamed] = json.loads(page.stdout), lines(record.stdout)
    assert set(single) <= set(streamed)
    assert {k: streamed[k] for k in single} == single
    assert {"site", "language", "source"} <= set(streamed)


def test_fix_leaves_a_file_whose_record_holds_a_path(tmp_path):
    path = tmp_path / "pages.jsonl"
    data = jsonl({"id": 1, "html": PATH, "text": TEXT_PAGE, "body": "the body we had"})
    path.write_text(data)
    proc = run_cli("fix", str(path))
    assert proc.returncode == 123 and path.read_text() == data
    assert f"{path}:1: the record's 'html' field holds a file path, not a page" in proc.stderr
    assert run_cli("fix", "--field", "text", "--prefix", "clean_", str(path)).returncode == 1
    [fixed] = lines(path.read_text())
    assert fixed["body"] == "the body we had" and fixed["clean_body"] == STORY and fixed["html"] == PATH
    assert run_cli("fix", "--field", "text", "--prefix", "clean_", str(path)).returncode == 0  # clean now
