"""--explain: every removed line with the rule or heuristic that removed it, nothing unaccounted for;
--format text shows the page line by line (rich on a terminal, marked plain rows in a pipe)."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.cli.explain import rows
from cleaner.rules.files import builtin_rules_dir
from helpers import ROOT, SAMPLE_FILES, run_cli

HEURISTICS = ("lexicon.", "captions.", "navigation.", "repeats.", "trailers", "title", "region.", "verdict.", "html.")
SITE_PAGE = ("Title line of the page here\n\n"
             "WIRE — The minister said on Monday that the plan would go ahead [sic].\n\n"
             "WIRE — fbpx\n\n"
             "Share this\n")


@pytest.fixture()
def wire_rules(tmp_path: Path) -> Path:
    (tmp_path / "wire.toml").write_text('[site]\nname = "Wire"\ndomains = ["wire.org"]\n'
                                        '[text]\nstrip_prefix = ["WIRE — "]\n', encoding="utf-8")
    return tmp_path


def lines_of(page: str) -> dict[int, str]:
    return {n: " ".join(line.split()) for n, line in enumerate(page.split("\n"), 1) if line.strip()}


def accounted(result: dict) -> dict[int, str]:
    """Each input line rebuilt from what --explain says went, plus the body paragraph it left."""
    parts: dict[int, list[str]] = defaultdict(list)
    for item in result["removed"]:
        parts[item["line"]].append(item["text"])
    return {n: " ".join(p) for n, p in parts.items()}


@pytest.mark.parametrize("page", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_input_line_is_kept_or_explained(page):
    text = page.read_text(encoding="utf-8")
    result = Cleaner().clean(text).to_dict(explain=True)
    body = result["body"].split("\n\n")
    gone = accounted(result)
    for number, line in lines_of(text).items():
        assert line in body or gone.get(number) == line, f"line {number} unaccounted for: {line!r}"
    assert all(item["line"] in lines_of(text) for item in result["removed"])


@pytest.mark.parametrize("page", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_rule_names_a_heuristic_or_a_key_of_its_file(page):
    removed = Cleaner().clean(page.read_bytes()).removed
    site_rules = [r.rule for r in removed if not r.rule.startswith(HEURISTICS)]
    assert site_rules, "the sample's own site rule removes something"
    for rule in site_rules:
        found = re.fullmatch(r"([\w.-]+\.toml): (\w+)\.(\w+)\[\d+\]", rule)
        assert found, rule
        file, section, name = found.groups()
        spec = tomllib.loads((builtin_rules_dir() / "sites" / file).read_text(encoding="utf-8"))
        assert name in spec[section], rule


def test_a_stripped_prefix_is_explained_even_when_the_rest_is_dropped(wire_rules):
    result = Cleaner([wire_rules]).clean(SITE_PAGE, "https://wire.org/a").to_dict(explain=True)
    assert result["body"] == "The minister said on Monday that the plan would go ahead [sic]."
    assert [(r["line"], r["text"], r["rule"]) for r in result["removed"]] == [
        (1, "Title line of the page here", "region.before"),  # the title line, outside the region
        (3, "WIRE —", "wire.toml: text.strip_prefix[0]"),
        (5, "WIRE —", "wire.toml: text.strip_prefix[0]"),
        (5, "fbpx", "lexicon.tracking"),
        (7, "Share this", "lexicon.share"),
    ]


def test_jsonl_records_carry_removed_with_explain():
    record = json.dumps({"id": 9, "text": SITE_PAGE})
    out = json.loads(run_cli("--jsonl", "--explain", stdin=record + "\n").stdout)
    assert out["id"] == 9
    assert {"text": "Share this", "rule": "lexicon.share", "line": 7} in out["removed"]
    plain = json.loads(run_cli("--jsonl", stdin=record + "\n").stdout)
    assert "removed" not in plain


def test_text_explain_in_a_pipe_is_plain_marked_rows(wire_rules):
    proc = run_cli("--rules", str(wire_rules), "--url", "https://wire.org/a", "--explain", "--format", "text",
                   stdin=SITE_PAGE)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "0 @ site: Wire  [site rule Wire]",  # the fields first, with where each came from
        "0 @ url: https://wire.org/a  [given]",
        "0 @ language: en  [page text]",
        "1 = Title line of the page here  [region.before]",
        "3 - WIRE —  [wire.toml: text.strip_prefix[0]]",
        "3 + The minister said on Monday that the plan would go ahead [sic].",
        "5 - WIRE —  [wire.toml: text.strip_prefix[0]]",
        "5 - fbpx  [lexicon.tracking]",
        "7 - Share this  [lexicon.share]",
    ]


def test_text_explain_of_several_files_heads_each(tmp_path):
    proc = run_cli("--explain", "--format", "text", *map(str, SAMPLE_FILES))
    assert proc.returncode == 0
    heads = [line for line in proc.stdout.splitlines() if line.startswith("==> ")]
    assert heads == [f"==> {p} <==" for p in SAMPLE_FILES]
    assert " - fbpx  [lexicon.tracking]" in proc.stdout


def test_rows_follow_the_page_and_mark_the_title():
    doc = Cleaner(site_rules=False).document("A headline for the page today\n\nfbpx\n\nThe text of the story itself.")
    assert [(r.line, r.mark, r.rule) for r in rows(doc)] == [(0, "@", "page text"), (1, "=", "region.before"),
                                                              (3, "-", "lexicon.tracking"), (5, "+", "")]


def run_on_terminal(*args: str, stdin: bytes) -> str:
    """The CLI with its stdout on a pseudo-terminal, as a user at a terminal sees it."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", *args], stdin=subprocess.PIPE, stdout=follower,
                            stderr=subprocess.PIPE, cwd=ROOT, env=env)
    os.close(follower)
    proc.stdin.write(stdin)
    proc.stdin.close()
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done writing
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=60) == 0, proc.stderr.read()
    os.close(leader)
    return b"".join(chunks).decode()


@pytest.mark.integration  # a pseudo-terminal
def test_text_explain_on_a_terminal_dims_removed_lines_with_the_rule_beside(wire_rules):
    screen = run_on_terminal("--rules", str(wire_rules), "--url", "https://wire.org/a", "--explain",
                             "--format", "text", stdin=SITE_PAGE.encode())
    plain = re.sub(r"\x1b\[[0-9;]*m", "", screen)
    row = next(line for line in plain.splitlines() if "fbpx" in line)
    assert re.fullmatch(r"\s*5\s+fbpx\s+lexicon\.tracking\s*", row)
    assert "\x1b[2mfbpx" in screen  # dimmed
    assert "\x1b[1mTitle line of the page here" in screen  # the title stands out
    assert "go ahead [sic]." in plain  # page text is not read as rich markup
