"""The CLI filter: files, stdin, JSON Lines pass-through, formats, errors and exit codes."""

from __future__ import annotations

import json

import pytest

from helpers import SAMPLE_FILES, run_cli, run_process

PAGE = ("fbpx\n\nA headline about the harbour\n\n"
        "The harbour reopened on Monday after a week of storms, the port authority said in a statement.\n\n"
        "Submit a Comment\n")


def test_stdin_and_dash_give_the_same_result():
    # stdin a real pipe, in a process of its own
    a, b = run_process(stdin=PAGE), run_process("-", stdin=PAGE)
    assert a.returncode == b.returncode == 0
    assert json.loads(a.stdout) == json.loads(b.stdout)
    assert json.loads(a.stdout)["title"] == "A headline about the harbour"


def test_several_files_give_one_line_each_with_path():
    proc = run_cli(*map(str, SAMPLE_FILES))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["path"] for line in lines] == list(map(str, SAMPLE_FILES))


def test_format_text_is_title_field_lines_blank_line_body():
    proc = run_cli("--format", "text", stdin=PAGE)
    assert proc.stdout == ("A headline about the harbour\nLanguage: en\n\nThe harbour reopened on Monday after a week "
                           "of storms, the port authority said in a statement.\n")


def test_jsonl_passes_other_fields_and_reports_bad_records():
    records = [
        json.dumps({"id": 1, "meta": {"lang": "en"}, "text": PAGE}),
        "{not json",
        json.dumps({"id": 3, "body_text": "no text field"}),
        json.dumps({"id": 4, "url": "https://www.newslooks.com/x", "text": PAGE}),
    ]
    proc = run_cli("--jsonl", stdin="\n".join(records) + "\n")
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["id"], r["status"]) for r in out] == [(1, "ok"), (3, "error"), (4, "ok")]
    assert out.pop(1) == {"id": 3, "body_text": "no text field", "status": "error",
                          "error": "the record has no 'text' or 'html' field"}
    assert out[0]["meta"] == {"lang": "en"} and "text" not in out[0]
    assert out[0]["title"] == "A headline about the harbour"
    assert out[1]["url"] == "https://www.newslooks.com/x"
    assert proc.stderr.splitlines() == [
        "article-cleaner: <stdin>:2: not valid JSON: Expecting property name enclosed in double quotes at column 2",
        "article-cleaner: <stdin>:3: the record has no 'text' or 'html' field",
    ]


def test_missing_file_is_one_line_and_the_rest_is_cleaned(tmp_path):
    proc = run_cli(str(tmp_path / "gone.txt"), str(SAMPLE_FILES[0]))
    assert proc.returncode == 1
    assert proc.stderr == f"article-cleaner: {tmp_path / 'gone.txt'}: No such file or directory\n"
    assert json.loads(proc.stdout)["path"] == str(SAMPLE_FILES[0])


def test_usage_error_exits_2():
    proc = run_cli("--format", "yaml")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_url_with_several_files_is_a_usage_error():
    proc = run_cli("--url", "https://x.org", *map(str, SAMPLE_FILES))
    assert proc.returncode == 2
    assert proc.stderr.startswith("article-cleaner: --url names one page")


def test_url_picks_the_site_rules():
    page = ("Headline of a story here\n\nThe story begins with a sentence long enough to be prose.\n\n"
            "Expand article\n\nThe story itself goes on with a sentence long enough to be prose.")
    plain = json.loads(run_cli(stdin=page).stdout)
    site = json.loads(run_cli("--url", "https://dallasexpress.com/x", stdin=page).stdout)
    assert "Expand article" in plain["body"] and "Expand article" not in site["body"]
    assert site["site"] == "The Dallas Express"


# --- issue 17: statuses, --input, options that make no sense together, separators, subcommands ---

@pytest.mark.parametrize(("stdin", "status"), [("Title\n", "not-article"), ("", "empty"), ("\n \n", "empty"),
                                               (PAGE, "ok"), ("Home\nNews\nSports\nWeather\n", "not-article")])
def test_a_page_says_its_status_in_the_words_of_every_output(stdin, status):
    proc = run_cli(stdin=stdin)
    assert proc.returncode == 0 and json.loads(proc.stdout)["status"] == status


def test_fix_and_the_filter_agree_on_a_page_with_no_article(tmp_path):
    page = tmp_path / "title.txt"
    page.write_text("Title\n")
    assert json.loads(run_cli(str(page)).stdout)["status"] == "not-article"
    fixed = run_cli("fix", str(page))
    assert fixed.returncode == 0 and "no article found (status not-article)" in fixed.stderr


def test_input_says_what_the_page_is():
    html = PAGE.replace("a week of storms", "a week of <b>storms</b> and <i>rain</i>")
    html = f"<p>{html}</p>"
    assert json.loads(run_cli(stdin=html).stdout)["source"] == "html"
    as_text = json.loads(run_cli("--input", "text", stdin=html).stdout)
    assert as_text["source"] == "text" and "<b>storms</b>" in as_text["body"]
    assert json.loads(run_cli("--input", "html", stdin="Plain words.\n\nMore plain words.").stdout)["source"] == "html"


def test_format_text_separates_the_pages_of_several_files():
    proc = run_cli("--format", "text", *map(str, SAMPLE_FILES))
    assert proc.returncode == 0, proc.stderr
    heads = [line for line in proc.stdout.splitlines() if line.startswith("==> ")]
    assert heads == [f"==> {path} <==" for path in SAMPLE_FILES]
    assert proc.stdout.startswith(heads[0] + "\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--jsonl", "--format", "text"], "--format text prints pages; JSON Lines and WARC input give JSON Lines"),
    (["--jsonl", "--url", "https://example.com/x"], "--url names one page; a JSON Lines record carries its own 'url'"),
])
def test_options_that_make_no_sense_together_are_a_usage_error(args, message):
    proc = run_cli(*args, stdin=json.dumps({"text": PAGE}) + "\n")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"article-cleaner: {message}")


def test_options_before_a_subcommand_are_the_subcommands(tmp_path):
    folder = tmp_path / "my-rules"
    folder.mkdir()
    before, after = run_cli("--rules", str(folder), "rules", "list"), run_cli("rules", "list", "--rules", str(folder))
    assert before.returncode == 0, before.stderr
    assert before.stdout == after.stdout and "Newslooks" in before.stdout
    page = tmp_path / "page.txt"
    page.write_text(PAGE)
    assert run_cli("--no-site-rules", "check", str(page)).returncode == 1  # would change it
    assert json.loads(run_cli("--rules", str(folder), str(page)).stdout)["status"] == "ok"  # no subcommand: the filter


DATED = ("Harbour plan wins the vote at last\n\nBy Jane Doe\n\nPublished November 27, 2023\n\n"
         "The council voted on Tuesday night to approve the harbour plan, ending a debate of two years.\n\n"
         "Supporters cheered when the vote passed seven to two, and the works begin in the spring.\n")
FIELD_KEYS = ["author", "date", "site", "url", "language", "description"]


def test_json_and_jsonl_carry_the_same_field_keys():
    page = json.loads(run_cli(stdin=DATED).stdout)
    assert [k for k in page if k in FIELD_KEYS] == FIELD_KEYS
    assert (page["author"], page["date"], page["url"]) == (["Jane Doe"], "2023-11-27", None)
    record = json.loads(run_cli("--jsonl", stdin=json.dumps({"id": 1, "text": DATED}) + "\n").stdout)
    assert {k: record[k] for k in FIELD_KEYS} == {k: page[k] for k in FIELD_KEYS}


def test_a_records_own_field_is_never_overwritten():
    line = json.dumps({"id": 1, "author": "Desk", "url": "https://x.example/a", "fields": 3, "text": DATED})
    record = json.loads(run_cli("--jsonl", stdin=line + "\n").stdout)
    assert (record["author"], record["url"], record["fields"]) == ("Desk", "https://x.example/a", 3)
    assert record["date"] == "2023-11-27"


def test_format_text_prints_the_fields_under_the_title():
    out = run_cli("--format", "text", stdin=DATED).stdout
    assert out.startswith("Harbour plan wins the vote at last\nAuthor: Jane Doe\nDate: 2023-11-27\nLanguage: en\n\n")


def test_explain_says_where_each_field_came_from():
    page = json.loads(run_cli("--explain", stdin=DATED).stdout)
    assert page["fields"] == {"author": "line 3", "date": "line 5", "language": "page text"}
    rows = run_cli("--explain", "--format", "text", stdin=DATED).stdout.splitlines()
    assert rows[:2] == ["0 @ author: Jane Doe  [line 3]", "0 @ date: 2023-11-27  [line 5]"]


@pytest.mark.parametrize(("field", "problem"), [
    ('"n": 1e999', "the number 1e999 is too large to keep"),
    ('"n": NaN', "not valid JSON: NaN is no JSON number"),
    ('"n": -Infinity', "not valid JSON: -Infinity is no JSON number"),
    ('"id": 1, "id": 2', "the key 'id' is given twice in one object"),
])
def test_jsonl_that_python_reads_but_json_is_not_is_a_record_error(field, problem):
    good = json.dumps({"id": 3, "text": "Harbour reopens\n\nThe harbour reopened on Monday after a week of storms."})
    result = run_cli("--jsonl", stdin='{' + field + ', "text": "Headline\\n\\nA story."}\n' + good + "\n")
    assert result.returncode == 1
    assert result.stderr == f"article-cleaner: <stdin>:1: {problem}\n"
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == 3  # strict JSON: what was written is JSON


def test_memory_running_out_on_one_page_or_record_is_that_input_s_error(tmp_path, monkeypatch):
    from cleaner import Cleaner

    real = Cleaner.clean

    def clean(self, page, url=None, kind=None):
        if "HUGE" in (page if isinstance(page, str) else page.decode("utf-8", "replace")):
            raise MemoryError
        return real(self, page, url, kind)

    monkeypatch.setattr(Cleaner, "clean", clean)
    huge, fine = tmp_path / "huge.txt", SAMPLE_FILES[0]
    huge.write_text("HUGE page\n\nThe rest.\n", encoding="utf-8")
    result = run_cli(str(huge), str(fine))
    assert result.returncode == 1 and len(result.stdout.splitlines()) == 1
    assert result.stderr == f"article-cleaner: {huge}: too large to clean in the memory there is (see --max-bytes)\n"
    records = json.dumps({"text": "HUGE record\n\nIts body, which the memory of this machine cannot hold."}) + "\n" + json.dumps({"id": 2, "text": fine.read_text()}) + "\n"
    result = run_cli("--jsonl", stdin=records)
    written = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1 and [r.get("id") for r in written] == [None, 2]
    assert written[0]["status"] == "error" and written[0]["text"].startswith("HUGE record")  # written through, as every bad record
    assert "<stdin>:1: too large to clean in the memory there is" in result.stderr


def test_a_device_as_an_input_is_refused_and_the_inputs_after_it_are_cleaned(tmp_path):
    records = tmp_path / "pages.jsonl"
    records.write_text(json.dumps({"id": 1, "text": SAMPLE_FILES[0].read_text()}) + "\n", encoding="utf-8")
    result = run_cli("--jsonl", "/dev/zero", str(records))  # read past line by line, it never ended
    assert result.returncode == 1 and json.loads(result.stdout)["id"] == 1
    assert result.stderr == "article-cleaner: /dev/zero: a device, not a file; not read\n"
    assert run_cli("/dev/null").returncode == 0  # empty: an empty result, as before
