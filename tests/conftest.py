from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def run_cli(*args: str, stdin: bytes | str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The CLI as a user runs it: a separate process, bytes in, text out."""
    if isinstance(stdin, str):
        stdin = stdin.encode()
    proc = subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=120)
    proc.stdout = proc.stdout.decode()
    proc.stderr = proc.stderr.decode()
    return proc


@pytest.fixture(scope="session")
def cleaner():
    from cleaner import Cleaner

    return Cleaner()


@pytest.fixture(scope="session")
def generic_cleaner():
    from cleaner import Cleaner

    return Cleaner(site_rules=False)
