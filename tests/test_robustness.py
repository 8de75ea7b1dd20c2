"""Bad input of every kind: a result or a one-line error with a documented exit code, never a
traceback, never a lost record or file. Everything runs through the CLI, as a user meets it."""

from __future__ import annotations

import json
import random
import resource
import shutil
import signal
import subprocess
import sys

import pytest

from helpers import ROOT, SAMPLE_FILES, run_cli

DOCUMENTED = {0, 1, 2, 4, 123}
STORY = "The harbour reopened on Monday after a week of storms, the port authority said in a statement."


def assert_clean_outcome(proc: subprocess.CompletedProcess) -> dict | None:
    """A JSON result with exit 0, or exit 1 with exactly one line on stderr; never a traceback."""
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1), proc.stderr
    if proc.returncode == 1:
        assert proc.stdout == ""
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("article-cleaner: -: ")
        return None
    result = json.loads(proc.stdout)
    assert isinstance(result["body"], str) and result["status"]
    return result


def paragraphs(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    words = ("the council said on monday that its plan for the harbour would go ahead after a long "
             "debate about costs and the weather in the north of the region").split()
    return [" ".join(rnd.choice(words) for _ in range(rnd.randint(40, 120))).capitalize() + "."
            for _ in range(count)]


# --- pages ----------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes(seed):
    data = random.Random(seed).randbytes(20_000)
    assert_clean_outcome(run_cli(stdin=data))


@pytest.mark.parametrize("data", [b"", b"\n\n  \n", b"\x00\x00\x00", b"\xef\xbb\xbf"], ids=["empty", "blank", "nul", "bom"])
def test_empty_input_is_an_empty_result(data):
    result = assert_clean_outcome(run_cli(stdin=data))
    assert result["body"] == "" and result["title"] is None


def test_invalid_utf8_is_decoded_and_cleaned():
    data = ("Die Bürger stimmten ab\n\n" + STORY + " Straße ").encode() + b"\xff\xfe\xc3\x28 end.\n"
    result = assert_clean_outcome(run_cli(stdin=data))
    assert STORY in result["body"]


@pytest.mark.parametrize("charset", ["idna", "punycode", "undefined", "unicode_escape", "utf-7", "utf-16", "base64",
                                     "no-such-charset"])
def test_a_declared_charset_that_no_page_is_in_is_not_trusted(cleaner, charset):
    # These used to end in an internal error (idna, undefined) or rewrote the text (escape codecs).
    text = STORY + r" C:\new\x41 +AGEAYgBj- 100\u0025."
    page = (f'<html><head><meta charset="{charset}"><title>T</title></head><body><article><p>{text}</p>'
            f"<p>{STORY}</p></article></body></html>").encode() + b"\xff"
    assert text in cleaner.clean(page).body


def test_binary_file_is_one_line_and_exit_1(tmp_path):
    # Bytes that no text encoding fits (a compressed file): a one-line error naming the file.
    blob = tmp_path / "page.gz"
    blob.write_bytes(bytes(range(256)) * 64)
    proc = run_cli(str(blob))
    if proc.returncode == 0:  # a legacy single-byte encoding can fit anything: then it is a result
        assert_clean_outcome(proc)
        return
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"article-cleaner: {blob}: ") and proc.stderr.count("\n") == 1


def test_a_5_mb_text_page_is_cleaned_whole():
    paras = paragraphs(12_500, seed=5)
    page = "A headline for a very long page\n\n" + "\n\n".join(paras)
    assert len(page.encode()) > 5_000_000
    result = assert_clean_outcome(run_cli(stdin=page))
    assert result["title"] == "A headline for a very long page"
    assert result["body"].startswith(paras[0]) and result["body"].endswith(paras[-1])
    assert result["body"].split("\n\n") == paras  # whole: every paragraph, in order


def test_a_5_mb_html_page_is_cleaned():
    # Mostly markup, as real pages are: a huge inline script and a long menu around the article.
    paras = paragraphs(12, seed=6)
    page = ("<html><head><title>Storm page</title><script>" + "var x = 1;\n" * 400_000 + "</script></head><body>"
            + "<nav>" + "<a href='/x'>Link</a>" * 20_000 + "</nav><article><h1>Storm page</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    assert len(page) > 4_500_000
    result = assert_clean_outcome(run_cli(stdin=page))
    assert paras[0] in result["body"] and paras[-1] in result["body"]
    assert "var x" not in result["body"] and "Link" not in result["body"]


@pytest.mark.parametrize("tag", ["div", "span", "b", "table"])
def test_100k_nested_elements_give_the_text_inside(tag):
    page = "<html><body>" + f"<{tag}>" * 100_000 + f"<p>{STORY}</p>" + f"</{tag}>" * 100_000 + "</body></html>"
    result = assert_clean_outcome(run_cli(stdin=page))
    # deeper than libxml2 reads (255): the text between the tags, as in the test below
    assert (result["body"], result["source"]) == (STORY, "html-fallback")


def test_deeply_nested_text_is_not_lost():
    """libxml2 drops what lies deeper than 255 elements; the page is then read as text between tags."""
    page = ("<html><head><title>T</title><style>p {}</style></head><body>" + "<div>" * 3000
            + f"<p>{STORY}</p>" + "</div>" * 3000 + "</body></html>")
    result = assert_clean_outcome(run_cli(stdin=page))
    assert STORY in result["body"]
    assert result["source"] == "html-fallback"
    assert "p {}" not in result["body"]


@pytest.mark.parametrize("page", [
    "<html><body><div><p>Unclosed <b>bold <i>italic</div></span><p>" + STORY + "</body>",
    "<html><body><p>" + STORY + "<table><tr><td><p>cell</td></table></p></p></p></html></html>",
    "<!DOCTYPE html><html><head><title>T</title><body><p>" + STORY + "<!-- unterminated comment",
    "<html><body><script>document.write('<p>" + STORY + "')</body>",
    "<html><body><p>" + STORY + "</p><![CDATA[ x ]]><?php echo 1 ?><p>&bogus; &#99999999; &#x110000;</p>",
    "<html>" + "<p>" * 5000 + STORY,
], ids=["misnested", "table-in-p", "open-comment", "open-script", "odd-nodes", "5000-open-p"])
def test_broken_html_gives_a_result(page):
    result = assert_clean_outcome(run_cli(stdin=page))
    assert "Traceback" not in result["body"]


@pytest.mark.parametrize("url", ["http://[bad", "https://[::1]/x", "javascript:alert(1)", "", "x" * 5000])
def test_a_url_that_does_not_parse_matches_no_site(cleaner, url):
    # "http://[bad" used to end in an internal error (urlsplit raises on it).
    for page in (f"A headline about the harbour\n\n{STORY}", f"<html><body><article><p>{STORY}</p></article></body></html>"):
        article = cleaner.clean(page, url)
        assert article.body == STORY and article.site is None


def test_a_url_that_does_not_parse_through_the_cli():
    result = assert_clean_outcome(run_cli("--url", "http://[bad", stdin=f"A headline about the harbour\n\n{STORY}"))
    assert result["body"] == STORY


# --- JSON Lines -----------------------------------------------------------------------------

def record(n: int, **fields) -> bytes:
    return json.dumps({"id": n, "text": f"Headline number {n} here\n\n{STORY}", **fields}).encode()


def test_jsonl_bad_records_are_reported_by_line_and_the_rest_written():
    lines = [
        record(1),
        b'{"id": 2, "text": "broken',  # not JSON
        b"",  # blank lines are skipped, but counted
        record(4),
        b'{"id": 5, "text": "caf\xe9 au lait"}',  # not UTF-8: never guessed, other fields pass through as they are
        b'{"id": 6, "text": 42}',
        b'{"id": 7, "text": null}',
        b'{"id": 8, "html": ["<p>x</p>"]}',
        b'{"id": 9, "text": "x", "url": 5}',
        record(18, url="http://[bad"),  # a URL that does not parse: cleaned without site rules
        b'[{"text": "a list"}]',
        b'"just a string"',
        b'{"id": 12}',
        record(13, meta={"lang": "en", "tags": ["a", "b"]}),
        record(14)[:-1] + b', "id": 15}',  # a duplicate key: an error (written back, one value would be lost)
        b"\xef\xbb\xbf" + record(16),  # a byte order mark, as some editors write
        record(17).replace(b"Headline", b"Headline\t"),  # a raw tab inside a string, as some writers leave
        record(19, note="lone \ud800 surrogate").replace(b"statement.", b"statement \\udc00."),  # passes through escaped
    ]
    proc = run_cli("--jsonl", stdin=b"\n".join(lines))  # no newline after the last record
    assert proc.returncode == 1
    written = [json.loads(line) for line in proc.stdout.splitlines()]
    # A record that is a JSON object but cannot be cleaned is written whole, with `status: error`.
    failed = [r for r in written if r["status"] == "error"]
    assert [(r["id"], r["error"]) for r in failed] == [
        (6, "the record's 'text' field is not a string"), (7, "the record's 'text' field is not a string"),
        (8, "the record's 'html' field is not a string"), (9, "the record's 'url' field is not a string"),
        (12, "the record has no 'text' or 'html' field")]
    assert failed[0]["text"] == 42 and failed[2]["html"] == ["<p>x</p>"]
    out = [r for r in written if r["status"] != "error"]
    assert [r["id"] for r in out] == [1, 4, 18, 13, 16, 17, 19]
    assert all(r["title"].startswith("Headline number") and r["body"] == STORY for r in out[:-1])
    assert out[-1]["note"] == "lone \ud800 surrogate" and out[-1]["body"] == STORY.replace("statement.", "statement \udc00.")
    assert out[3]["meta"] == {"lang": "en", "tags": ["a", "b"]}
    assert proc.stderr.splitlines() == [
        "article-cleaner: <stdin>:2: not valid JSON: Unterminated string starting at column 19",
        "article-cleaner: <stdin>:5: not UTF-8: byte 0xe9 at column 23",
        "article-cleaner: <stdin>:6: the record's 'text' field is not a string",
        "article-cleaner: <stdin>:7: the record's 'text' field is not a string",
        "article-cleaner: <stdin>:8: the record's 'html' field is not a string",
        "article-cleaner: <stdin>:9: the record's 'url' field is not a string",
        "article-cleaner: <stdin>:11: a record must be a JSON object, not list",
        "article-cleaner: <stdin>:12: a record must be a JSON object, not str",
        "article-cleaner: <stdin>:13: the record has no 'text' or 'html' field",
        "article-cleaner: <stdin>:15: the key 'id' is given twice in one object",
    ]


def test_jsonl_windows_line_endings_and_a_missing_file_among_others(tmp_path):
    first, last = tmp_path / "a.jsonl", tmp_path / "c.jsonl"
    first.write_bytes(record(1) + b"\r\n" + record(2) + b"\r\n")
    last.write_bytes(record(3) + b"\n")
    proc = run_cli("--jsonl", str(first), str(tmp_path / "b.jsonl"), str(last))
    assert proc.returncode == 1
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == [1, 2, 3]
    assert proc.stderr == f"article-cleaner: {tmp_path / 'b.jsonl'}: No such file or directory\n"


def test_jsonl_all_good_exits_0():
    proc = run_cli("--jsonl", stdin=b"\n".join(record(n) for n in range(3)) + b"\n")
    assert proc.returncode == 0 and proc.stderr == ""
    assert len(proc.stdout.splitlines()) == 3


def test_a_bug_on_one_page_or_record_loses_none_of_the_others(tmp_path, monkeypatch, capsys):
    """An internal error (exit 123) names the page or record, and the rest is still written."""
    from cleaner import Cleaner
    from cleaner.cli import main

    real = Cleaner.clean

    def clean(self, page, url=None, kind=None):
        if "BOOM" in (page if isinstance(page, str) else page.decode()):
            raise RuntimeError("a bug")
        return real(self, page, url, kind)

    monkeypatch.setattr(Cleaner, "clean", clean)
    stream = tmp_path / "in.jsonl"
    stream.write_bytes(b"\n".join([record(1), json.dumps({"id": 2, "text": "BOOM\n\nA page the cleaner fails on."}).encode(), b"{bad", record(4)]))
    assert main(["--jsonl", str(stream)]) == 123
    out, err = capsys.readouterr()
    assert [(r["id"], r["status"]) for r in map(json.loads, out.splitlines())] == [(1, "ok"), (2, "error"), (4, "ok")]
    assert err.splitlines() == [f"article-cleaner: {stream}:2: internal error: RuntimeError: a bug",
                                f"article-cleaner: {stream}:3: not valid JSON: Expecting property name enclosed in "
                                "double quotes at column 2"]
    pages = [tmp_path / name for name in ("a.txt", "b.txt", "c.txt")]
    for page, text in zip(pages, [STORY, "BOOM", STORY], strict=True):
        page.write_text(text)
    assert main(list(map(str, pages))) == 123
    out, err = capsys.readouterr()
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(pages[0]), str(pages[2])]
    assert err == f"article-cleaner: {pages[1]}: internal error: RuntimeError: a bug\n"


# --- rule files ----------------------------------------------------------------------------

def test_a_rule_file_that_does_not_parse_is_named(tmp_path):
    (tmp_path / "broken.toml").write_text('[site]\nname = "Broken\n', encoding="utf-8")
    proc = run_cli("--rules", str(tmp_path), stdin=STORY)
    assert proc.returncode == 4 and proc.stdout == ""
    assert proc.stderr.startswith(f"article-cleaner: {tmp_path / 'broken.toml'}: not valid TOML: ")
    assert proc.stderr.count("\n") == 1


def test_a_rule_file_that_is_not_utf8_is_named(tmp_path):
    (tmp_path / "latin.toml").write_bytes('[site]\nname = "Café"\n'.encode("latin-1"))
    proc = run_cli("--rules", str(tmp_path), stdin=STORY)
    assert proc.returncode == 4
    assert proc.stderr == f"article-cleaner: {tmp_path / 'latin.toml'}: not UTF-8 text: byte 0xe9 at line 2, column 12\n"


@pytest.mark.parametrize("pattern", [r"^(a+)+$", r"^(a|a)*$"])
def test_a_catastrophic_pattern_is_stopped_with_a_warning_and_the_run_goes_on(tmp_path, pattern):
    (tmp_path / "slow.toml").write_text(
        f"[site]\nname = \"Slow\"\ndomains = [\"slow.org\"]\n[text]\ndrop_lines = ['{pattern}']\n", encoding="utf-8")
    page = "A headline about the harbour\n\n" + "a" * 50_000 + "b\n\n" + STORY + "\n\n" + "a" * 30_000 + "c\n"
    proc = run_cli("--rules", str(tmp_path), "--url", "https://slow.org/x", "--explain", stdin=page)
    assert proc.returncode == 0
    assert proc.stderr == (f"article-cleaner: WARNING: slow.toml: text.drop_lines[0]: pattern '{pattern}' "
                           "hit the 0.25s time limit; treated as no match\n")  # once, not once a line
    result = json.loads(proc.stdout)
    assert STORY in result["body"]
    # The stopped pattern counts as no match: whatever removed the long lines, it was not that rule.
    assert all(r["rule"] != "slow.toml: text.drop_lines[0]" for r in result["removed"])


# --- fix -----------------------------------------------------------------------------------

def _no_file_writes() -> None:
    """In the child: writing any byte to a regular file fails with EFBIG, for root too (chmod does not
    stop root); SIGXFSZ ignored so that the write fails instead of killing the process."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def test_fix_on_a_file_it_cannot_write_leaves_it_untouched_and_names_it(tmp_path):
    page = tmp_path / "page.txt"
    shutil.copy(SAMPLE_FILES[0], page)
    before = page.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "cleaner", "fix", str(page)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, preexec_fn=_no_file_writes)
    assert proc.returncode in DOCUMENTED - {0}
    assert "Traceback" not in proc.stderr
    assert str(page) in proc.stderr
    assert page.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]  # no temporary file left behind


def test_fix_on_a_path_that_is_not_there_names_it(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    missing = blocker / "page.txt"  # a path whose parent is a file: fails for root too
    proc = run_cli("fix", str(missing))
    assert proc.returncode in DOCUMENTED - {0}
    assert "Traceback" not in proc.stderr and str(missing) in proc.stderr
    assert blocker.read_text() == "a file, not a folder"


def test_a_billion_laughs_dtd_leaks_nothing_into_the_page(cleaner):
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    page = (f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{laughs}]><html><head><title>Harbour'
            f"</title></head><body><article><p>{STORY}</p><p>&lol9;</p><p>Fish &amp; chips.</p></article></body></html>")
    article = cleaner.clean(page)
    assert STORY in article.body and "Fish & chips." in article.body
    assert "&lol" not in article.body and "]>" not in article.body and "lollol" not in article.body
