"""Plain helpers for the tests in every folder: paths, the CLI in this process or in its own, small
page builders.

Fixtures live in conftest.py; everything else shared lives here, imported as `from helpers import ...`
(pyproject's `pythonpath = ["tests"]` makes it importable from every folder, and from the worker
processes the pool and Dask tests start, which import the functions they are sent by name).
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

from cleaner.blocks.text import text_blocks
from cleaner.document import Document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def run_cli(*args: str, stdin: bytes | str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The CLI in this process: `cleaner.cli.main(args)` on a stdin of its own, its stdout and stderr
    captured; bytes in, text out, as `run_process` gives them. For what the CLI does; a test of the
    process itself (a terminal, a signal, a closed pipe, resource limits) uses `run_process`."""
    from cleaner.cli import main

    data = stdin.encode() if isinstance(stdin, str) else stdin or b""
    out, err = io.BytesIO(), io.BytesIO()
    saved, here = (sys.stdin, sys.stdout, sys.stderr), os.getcwd()
    log = logging.getLogger("cleaner")
    handlers, propagate = log.handlers[:], log.propagate  # main() points the logger at its stderr
    # Held here until the end: a wrapper that is let go closes the buffer beneath it. stdin's buffer is
    # a BufferedReader, as a real one is (it can peek: compressed input is told by its first bytes).
    streams = (io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8"),
               io.TextIOWrapper(out, encoding="utf-8", errors="strict", write_through=True),
               io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True))
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        os.chdir(cwd or ROOT)
        code = main(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        log.handlers[:], log.propagate = handlers, propagate
        os.chdir(here)
    for stream in streams[1:]:
        stream.flush()
    return subprocess.CompletedProcess(list(args), code, out.getvalue().decode(), err.getvalue().decode())


def run_process(*args: str, stdin: bytes | str | None = None, cwd: Path | None = None,
                env: dict[str, str] | None = None, stdout=subprocess.PIPE,
                closed: tuple[int, ...] = ()) -> subprocess.CompletedProcess:
    """The CLI as a user runs it: `python -m cleaner` in a separate process, bytes in, text out.
    `env`: variables added to this process's; `stdout`: where its stdout goes (a file, /dev/full);
    `closed`: the process's own descriptors (1, 2) closed before it starts (`>&-`)."""
    if isinstance(stdin, str):
        stdin = stdin.encode()

    def close() -> None:
        for fd in closed:
            os.close(fd)

    proc = subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE if 2 not in closed else None, cwd=cwd or ROOT, timeout=120,
                          env={**os.environ, **(env or {})}, preexec_fn=close if closed else None)
    proc.stdout = (proc.stdout or b"").decode("utf-8", "backslashreplace")
    proc.stderr = (proc.stderr or b"").decode("utf-8", "backslashreplace")
    return proc


def start_process(*args: str, **popen: object) -> subprocess.Popen:
    """The CLI in a process of its own, for a test that signals it; the test waits for it with a
    timeout (`communicate(timeout=...)`). SIGINT is not ignored in it, as at a terminal: a test
    runner started in the background ignores SIGINT, and a child would inherit that."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen([sys.executable, "-u", "-m", "cleaner", *args], cwd=ROOT,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)
    finally:
        signal.signal(signal.SIGINT, previous)


def write(tmp_path: Path, body: str, name: str = "example.toml") -> Path:
    """A rule file in `tmp_path`."""
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


# --- page text as the stages see it ---------------------------------------------------------

def doc_of(*lines: str, source: str = "text") -> Document:
    """A Document of page text: the lines given (or one text with its own newlines)."""
    return Document(text_blocks("\n".join(lines)), source=source)


def dropped(doc: Document) -> dict[str, str]:
    return {b.text: b.dropped for b in doc.blocks if b.dropped}


def apply_region(doc: Document, ctx) -> None:
    """The main region as the stages mark it: the trailers it cuts, then what lies outside it."""
    from cleaner.stages import region, trailers

    page = ctx(doc)
    trailers.apply(doc, page)
    region.apply(doc, page)


def clean_page(cleaner, text: str) -> Document:
    return cleaner.document(text)


def body_lines(doc: Document) -> list[str]:
    return [b.text for b in doc.kept()]


def reason(doc: Document, text: str) -> str | None:
    return next(b.dropped for b in doc.blocks if b.text == text)


# --- JSON Lines streams and work for other processes ------------------------------------------
# Functions a pool or a Dask worker runs are pickled by name: they live here, in a module the
# workers can import (a test module's name is pytest's own, unknown to another process).

PAGES = [p.read_text(encoding="utf-8") for p in SAMPLE_FILES]


def stream(n: int = 30, bad: bool = True) -> str:
    """Records of pages of different lengths; with `bad`, record 8 is broken."""
    lines = [json.dumps({"id": i, "text": PAGES[i % 2] if i % 4 else "Short headline here\n\nA short story, one line."})
             for i in range(n)]
    if bad:
        lines[7] = "{broken"
    return "\n".join(lines) + "\n"


def slow_for_small(cleaner, n):
    """Early items take longest, so a pool finishes them last: order must still hold."""
    time.sleep(0.02 * (5 - n % 5))
    return n, os.getpid(), id(cleaner)


def worker_and_cleaner(cleaner, item):
    return os.getpid(), id(cleaner)





def sleepy(cleaner, tenths):
    """Waits `tenths` tenths of a second, in Python (a pool test's stand-in for a slow page)."""
    for _ in range(tenths):
        time.sleep(0.1)
    return "done"
