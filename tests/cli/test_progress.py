"""The progress meter: pages, rate and removed share on a terminal (stderr), silent off one."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
import time

import pytest
from rich.console import Console

from cleaner.cli.fixing import Counts
from cleaner.cli.progress import Meter
from helpers import ROOT, stream


def test_meter_shows_pages_rate_and_removed_share_on_a_terminal():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with Meter("Cleaning", console=console) as meter:
        assert meter.show
        meter.add(Counts(kept=300, removed=100))
        meter.add(Counts(kept=100, removed=0), failed=True)
        meter.progress.refresh()
    screen = out.getvalue()
    assert "Cleaning" in screen and "2 pages" in screen and "pages/s" in screen and "20.0% removed" in screen
    assert meter.summary().startswith("2 pages in ") and meter.summary().endswith(
        "pages/s), 20.0% of the text removed, 1 page failed")


def test_meter_stays_silent_off_a_terminal():
    out = io.StringIO()
    with Meter(console=Console(file=out, force_terminal=False)) as meter:
        meter.add(Counts(kept=10, removed=10))
    assert not meter.show and out.getvalue() == ""


@pytest.mark.integration  # a pseudo-terminal
def test_on_a_terminal_the_cli_shows_progress_on_stderr_and_stdout_stays_pure(tmp_path):
    """stderr a terminal (a pty), stdout a pipe: JSON on stdout, the bar and the summary on the terminal."""
    source = tmp_path / "pages.jsonl"
    source.write_text(stream(6, bad=False))
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", "--jsonl", "-j", "2", str(source)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=secondary, stdin=subprocess.DEVNULL,
                            env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
    os.close(secondary)
    screen = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([primary], [], [], 1)
        if ready:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal closed: the process is done
                break
            if not chunk:
                break
            screen += chunk
        elif proc.poll() is not None:
            break
    stdout = proc.communicate(timeout=60)[0].decode()
    os.close(primary)
    assert proc.returncode == 0
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == list(range(6))
    text = screen.decode(errors="replace")
    assert "6 pages in " in text and "of the text removed" in text
