"""Every code example of the README runs as written (issue 17, item 7): its `sh` blocks command by
command and its `python` blocks, in a folder that holds the files they name (samples copied under
the names the examples use). A block marked `<!-- readme-test: skip (why) -->` on the line before
its fence is left out, and so is a command whose comment says it needs a network."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, SAMPLES

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^(?P<mark><!-- readme-test: skip \((?P<why>[^)]*)\) -->\n)?```(?P<lang>\w+)\n(?P<code>.*?)^```",
                   re.M | re.S)
NETWORK = "needs a network"
CHANGED = 1  # fix and check: a file changed or would change


def blocks(lang: str) -> list[tuple[int, str, str | None]]:
    """(line number, code, why it is skipped) of every block in `lang`."""
    return [(README[:m.start("code")].count("\n") + 1, m["code"], m["why"])
            for m in FENCE.finditer(README) if m["lang"] == lang]


def commands(code: str) -> list[str]:
    """A block's commands: a line, or lines joined while a single quote is open."""
    out: list[str] = []
    pending = ""
    for line in code.splitlines():
        pending = f"{pending}\n{line}" if pending else line
        if pending.count("'") % 2 == 0:
            if pending.strip() and NETWORK not in pending:
                out.append(pending)
            pending = ""
    return out


def params(lang: str) -> list:
    return [pytest.param(code, id=f"line-{line}", marks=[pytest.mark.skip(reason=why)] if why else [])
            for line, code, why in blocks(lang)]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """The files and folders the examples name, made from the samples."""
    text, html = SAMPLES / "newslooks-blinken-nato.txt", ROOT / "tests" / "pages" / "harbour.html"
    shutil.copytree(SAMPLES, tmp_path / "samples")
    for folder in ("tests", "benchmarks"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    for name in ("page.txt", "a.txt", "p.txt"):
        shutil.copy(text, tmp_path / name)
    for name in ("page.html", "b.html", "p.html"):
        shutil.copy(html, tmp_path / name)
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(html.read_bytes()))
    subprocess.run(["zstd", "-q", "-o", str(tmp_path / "pages.txt.zst"), str(text)], check=True)
    record = json.dumps({"id": 1, "text": text.read_text(encoding="utf-8")}) + "\n"
    (tmp_path / "pages.jsonl").write_text(record, encoding="utf-8")
    (tmp_path / "pages.jsonl.gz").write_bytes(gzip.compress(record.encode()))
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "part.jsonl").write_text(record, encoding="utf-8")
    (tmp_path / "my-rules").mkdir()
    (tmp_path / "x.toml").write_text('format = 1\n\n[site]\nname = "X Example"\ndomains = ["x.example"]\n')
    (tmp_path / "ftr-site-config").mkdir()
    (tmp_path / "ftr-site-config" / "example.com.txt").write_text("title: //h1\nbody: //article\n", encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    shutil.copy(text, tmp_path / "corpus" / "page.txt")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import warcs

        warcs.write_warc(str(tmp_path / "crawl.warc.gz"), [warcs.response("https://newslooks.com/x", html.read_bytes())])
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return tmp_path


def run_sh(command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_readme_has_examples_to_run():
    assert len(blocks("sh")) >= 5 and len(blocks("python")) >= 3
    assert any(NETWORK in code for _, code, _ in blocks("sh"))  # the one command left out, and why


@pytest.mark.integration
@pytest.mark.parametrize("code", params("sh"))
def test_every_shell_example_runs_as_written(code, workspace):
    for command in commands(code):
        proc = run_sh(command, workspace)
        allowed = {0, CHANGED} if re.search(r"article-cleaner (fix|check)\b", command) else {0}
        assert proc.returncode in allowed, f"{command}\n{proc.stderr}"
        assert "Traceback" not in proc.stderr, command


@pytest.mark.parametrize("code", [p for p in params("python") if "datatrove" not in p.values[0]])
def test_every_python_example_runs_as_written(code, workspace, monkeypatch):
    monkeypatch.chdir(workspace)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # the README's own code


@pytest.mark.integration
@pytest.mark.parametrize("code", [p for p in params("python") if "datatrove" in p.values[0]])
def test_every_datatrove_example_runs_as_written(code, workspace):
    pytest.importorskip("datatrove")
    if "WarcReader" in code:
        for module in ("warcio", "cchardet", "magic"):
            pytest.importorskip(module)
        (workspace / "crawl").mkdir()
        shutil.move(workspace / "crawl.warc.gz", workspace / "crawl" / "crawl.warc.gz")
        code = code.replace("tasks=8", "tasks=1")  # one archive: one task
    else:
        code = code.replace("tasks=8", "tasks=1")  # one file of pages: one task
    script = workspace / "pipeline.py"
    script.write_text(code, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=workspace, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert list((workspace / "clean").iterdir())
