"""-o DIR: one output file an input, names kept, the suffix the format's, never over an input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from helpers import SAMPLE_FILES, run_cli

HTML = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>La bibliothèque rouvre ses portes</title></head>
<body><article><h1>La bibliothèque rouvre ses portes</h1>
<p>La bibliothèque municipale a rouvert ses portes samedi, après dix-huit mois de travaux de rénovation.</p>
<h2>Horaires</h2><ul><li>Du mardi au samedi, de dix heures à dix-neuf heures.</li><li>Fermée le lundi.</li></ul>
<p>Les lecteurs pourront emprunter jusqu’à quinze documents à la fois, contre dix auparavant.</p>
</article></body></html>"""


def _inputs(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / "bibliotheque.html.gz"
    page.write_bytes(gzip.compress(HTML.encode()))
    text = folder / SAMPLE_FILES[0].name
    text.write_bytes(SAMPLE_FILES[0].read_bytes())
    records = folder / "pages.jsonl.gz"
    records.write_bytes(gzip.compress((json.dumps({"id": 1, "html": HTML}) + "\n" + json.dumps({"id": 2, "text": text.read_text()}) + "\n").encode()))
    return page, text, records


def test_one_file_an_input_with_the_format_suffix(tmp_path: Path) -> None:
    page, text, records = _inputs(tmp_path)
    for fmt, suffix in (("json", ".json"), ("text", ".txt"), ("markdown", ".md")):
        out = tmp_path / f"out-{fmt}"
        proc = run_cli(str(page), str(text), "--format", fmt, "-o", str(out))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == ""
        assert sorted(p.name for p in out.iterdir()) == sorted(["bibliotheque" + suffix, text.stem + suffix])
        # each file holds what the page alone gives on stdout
        assert (out / f"bibliotheque{suffix}").read_text() == run_cli(str(page), "--format", fmt).stdout
    markdown = (tmp_path / "out-markdown" / "bibliotheque.md").read_text()
    assert markdown.startswith("# La bibliothèque rouvre ses portes\n\n")
    assert "## Horaires\n\n- Du mardi au samedi" in markdown
    proc = run_cli("--jsonl", str(records), "-o", str(tmp_path / "out-jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out-jsonl" / "pages.jsonl").read_text() == run_cli("--jsonl", str(records)).stdout


def test_never_over_an_input(tmp_path: Path) -> None:
    page, text, records = _inputs(tmp_path)
    before = {p: p.read_bytes() for p in (page, text, records)}
    proc = run_cli(str(page), str(text), "-o", str(page.parent))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == (f"article-cleaner: -o {page.parent}: the folder holds the input {page.name}; "
                           "choose another folder\n")
    assert {p: p.read_bytes() for p in before} == before and sorted(page.parent.iterdir()) == sorted(before)


def test_two_inputs_with_one_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "page.txt").write_bytes(SAMPLE_FILES[0].read_bytes())
    (b / "page.txt").write_bytes(SAMPLE_FILES[1].read_bytes())
    out = tmp_path / "out"
    proc = run_cli(str(a / "page.txt"), str(b / "page.txt"), "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr == f"article-cleaner: {b / 'page.txt'}: {out / 'page.json'} was written for an earlier input; not overwritten\n"
    assert json.loads((out / "page.json").read_text()) == json.loads(run_cli(str(a / "page.txt")).stdout)


def test_stdin_and_no_temporary_files_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli("-o", str(out), "--format", "text", stdin=SAMPLE_FILES[0].read_bytes())
    assert proc.returncode == 0
    assert [p.name for p in out.iterdir()] == ["stdin.txt"]
