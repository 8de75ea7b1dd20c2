"""`article-cleaner rules import-ftr DIR --out DIR`, and the filter's switches for imported rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.cli import main

CONFIG = """\
# The Tidewater Post, written for these tests
title: //h1
body: //div[@class='story']
strip_id_or_class: promo
strip_attr: //img/@srcset
this line is broken
test_url: https://tidewater.example/story
"""
PAGE = """<html><head><title>Tide tables change</title></head><body><h1>Tide tables change</h1>
<div class="story"><p>The harbour office printed new tide tables this week, after the survey boat measured the channel again.</p>
<div class="promo"><p>Subscribe to our paper and get the tide tables delivered to your door every single month.</p></div>
<p>Skippers are asked to pick up a copy at the office before they sail out on the spring tides next week.</p></div>
</body></html>"""


def cli(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "ftr-site-config"
    folder.mkdir()
    (folder / "tidewater.example.txt").write_text(CONFIG, encoding="utf-8")
    (folder / "LICENSE.txt").write_text("These files are released to the public domain.\n", encoding="utf-8")
    return folder


def test_import_prints_every_line_not_applied_and_the_counts(capsys, tmp_path, source):
    out = tmp_path / "out"
    code, stdout, stderr = cli(capsys, "rules", "import-ftr", str(source), "--out", str(out), "--commit", "abc123")
    assert code == 0
    assert stdout == ["tidewater.example.txt:5: strip_attr: removes an attribute: the text stays the same",
                      "tidewater.example.txt:6: (not a directive): no colon after `this`"]
    assert stderr[0] == ("article-cleaner rules: 1 of 1 config files converted; 3 directive lines mapped, "
                         "1 kept as metadata, 2 skipped")
    assert sorted(p.name for p in out.iterdir()) == ["LICENSE.txt", "README.md", "index.json", "tidewater.example.toml"]
    assert json.loads((out / "index.json").read_text())["files"] == {
        "tidewater.example.toml": ["tidewater.example", ["tidewater.example"], False]}
    assert "commit abc123" in (out / "tidewater.example.toml").read_text()


def test_the_output_checks_clean_lists_as_imported_and_cleans_pages(capsys, tmp_path, source):
    out = tmp_path / "out"
    cli(capsys, "rules", "import-ftr", str(source), "--out", str(out))
    assert cli(capsys, "rules", "check", str(out))[0] == 0
    _, listing, _ = cli(capsys, "rules", "list", "--rules", str(out))
    row = next(line for line in listing if line.startswith("tidewater.example "))
    assert row.split()[-2:] == ["imported", str(out / "tidewater.example.toml")]
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    url = "https://www.tidewater.example/story"
    _, printed, _ = cli(capsys, "--rules", str(out), "--url", url, "--explain", str(page))
    result = json.loads("\n".join(printed))
    # An imported file is named by its domain, not by the site's name: the site comes from the page.
    assert "Subscribe" not in result["body"] and result.get("site") is None
    assert result["notes"] == [{"text": "the article was extracted from what this rule matched",
                                "rule": "tidewater.example.toml: html.body_xpath[0]"}]
    for switch in (["--no-imported-rules"], ["--imported-rules", "metadata"], ["--no-site-rules"]):
        _, printed, _ = cli(capsys, "--rules", str(out), "--url", url, *switch, str(page))
        assert "Subscribe" in json.loads("\n".join(printed))["body"], switch
    _, rows, _ = cli(capsys, "--rules", str(out), "--url", url, "--explain", "--format", "text", str(page))
    notes = [row.split("  [")[0].split(maxsplit=2) for row in rows if row.startswith("0 ! ")]  # after the @ field rows
    assert notes == [["0", "!", "the article was extracted from what this rule matched"]]


def test_a_second_import_replaces_the_files_of_the_first(capsys, tmp_path, source):
    out = tmp_path / "out"
    cli(capsys, "rules", "import-ftr", str(source), "--out", str(out))
    (source / "tidewater.example.txt").rename(source / ".tidewater.example.txt")
    assert cli(capsys, "rules", "import-ftr", str(source), "--out", str(out))[0] == 0
    assert sorted(p.name for p in out.glob("*.toml")) == ["_.tidewater.example.toml"]


def test_a_folder_it_did_not_write_is_refused(capsys, tmp_path, source):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, _, stderr = cli(capsys, "rules", "import-ftr", str(source), "--out", str(out))
    assert code == 4 and (out / "notes.txt").exists()
    assert stderr == [(f"article-cleaner: {out}: holds files but no index.json: not a folder this command wrote; "
                       "choose another --out")]


def test_a_source_that_is_no_folder_is_one_line_exit_4(capsys, tmp_path):
    code, _, stderr = cli(capsys, "rules", "import-ftr", str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert code == 4 and stderr == [f"article-cleaner: {tmp_path / 'missing'}: not a folder of site config files"]
