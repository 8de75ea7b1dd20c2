"""The real pre-commit framework runs the hooks of .pre-commit-hooks.yaml on a repository of samples.

pre-commit installs the project from a snapshot of this checkout into an environment of its own
(pip, from the package registry), once: every run here reuses it (same repository, same revision).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, SAMPLE_FILES

pytestmark = pytest.mark.integration  # pip installs the project into pre-commit's own environment

pytest.importorskip("pre_commit")
if shutil.which("git") is None:
    pytest.skip("pre-commit needs git", allow_module_level=True)

SKIP = shutil.ignore_patterns(".*", "__pycache__", "*.egg-info", "build", "dist", "*.pyc")
GIT_ENV = {"GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
           "GIT_CONFIG_NOSYSTEM": "1"}


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60,
                   env={**os.environ, **GIT_ENV, "HOME": str(cwd)})


def committed_copy(dest: Path) -> Path:
    """This checkout as it is now (uncommitted edits included), committed in a repository of its own."""
    shutil.copytree(ROOT, dest, ignore=SKIP)
    shutil.copy2(ROOT / ".pre-commit-hooks.yaml", dest)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "snapshot")
    return dest


def corpus_repo(dest: Path, hooks: Path) -> Path:
    """A user's repository: the sample pages as text files, and as JSON Lines records (one file gzipped),
    with a .pre-commit-config.yaml that takes both hooks from `hooks` at its commit, as the README shows."""
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, check=True, capture_output=True, text=True,
                         timeout=60).stdout.strip()
    dest.mkdir(parents=True)
    (dest / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n"
        "      - id: article-cleaner\n      - id: article-cleaner-check\n", encoding="utf-8")
    pages = dest / "pages"
    pages.mkdir(parents=True)
    records = []
    for path in SAMPLE_FILES:
        shutil.copy2(path, pages / path.name)
        records.append(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    (pages / "pages.jsonl").write_text("".join(records), encoding="utf-8")
    (pages / "more.jsonl.gz").write_bytes(gzip.compress("".join(reversed(records)).encode(), mtime=0))
    (dest / "requirements.txt").write_text("article-cleaner\n")  # not a page: the hooks leave it alone
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "scraped pages")
    return dest


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_hooks_fix_then_pass(tmp_path):
    """`pre-commit run` runs both hooks of the config: the fixer, then the check on what it left.

    (The environment is installed on the first run and reused by the second: same repository, same
    revision. `try-repo` would install it afresh each time, which doubled the test's time.)
    """
    hooks = committed_copy(tmp_path / "article-cleaner")
    repo = corpus_repo(tmp_path / "corpus", hooks)
    env = {**os.environ, **GIT_ENV, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1", "PIP_NO_COMPILE": "1",
           "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def run_hooks() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=600)

    before = snapshot(repo / "pages")
    first = run_hooks()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "- hook id: article-cleaner\n- exit code: 1\n- files were modified by this hook" in first.stdout
    for name in ("pages/dallasexpress-blinken-nato.txt", "pages/newslooks-blinken-nato.txt",
                 "pages/pages.jsonl", "pages/more.jsonl.gz"):
        assert f"Fixing {name}" in first.stdout
    assert "requirements.txt" not in first.stdout
    assert first.stdout.count("Passed") == 1  # the check, on the files the fixer has just cleaned
    fixed = snapshot(repo / "pages")
    assert all(fixed[name] != before[name] for name in before)
    page = (repo / "pages" / SAMPLE_FILES[1].name).read_text(encoding="utf-8")
    assert "fbpx" not in page and page.split("\n")[1] == ""  # the title, a blank line, the body

    second = run_hooks()
    assert second.returncode == 0, second.stdout + second.stderr
    assert second.stdout.count("Passed") == 2
    assert snapshot(repo / "pages") == fixed  # idempotent: the second run changes no byte
    print(first.stdout, second.stdout, sep="\n")  # shown with -s
