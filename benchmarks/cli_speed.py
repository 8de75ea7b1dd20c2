"""The project as users run it (used by benchmarks/run.py; not a test): through the command line,
each run a process of its own, timed from outside.

- start-up: `--version`, `--help` and one page file (samples/), the best of `repeat` runs;
- a stream: the bench pages as JSON Lines (`text` or `html` records, with their `url`) through
  `--jsonl`, one process, start-up included (pages/s) and without it (pages/s after subtracting
  the one-page start-up);
- `-j 1` / `-j 2` on a stream of `jobs_pages` text records (benchmarks/memory.generate);
- for each run: wall seconds, CPU seconds of the process and every process it started (the `-j N`
  pool's workers are the forkserver's children, not the main process's: this process becomes their
  subreaper, reaps them all and counts RUSAGE_CHILDREN), peak RSS (of the largest process of the
  run, as /usr/bin/time reports it).

The cache the CLI keeps (cleaner.rules.cache) is warmed once first, and Python's bytecode cache is
put in a temporary folder (the machine may set PYTHONDONTWRITEBYTECODE), as an installed package has both.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from data import Page

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "newslooks-blinken-nato.txt"


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float


def environment(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env.setdefault("ARTICLE_CLEANER_CACHE", str(tmp / "cache"))
    return env


PR_SET_CHILD_SUBREAPER = 36  # prctl(2): orphaned descendants are reparented to this process


def subreaper() -> bool:
    """Make this process the subreaper of its descendants (Linux); False where it cannot be."""
    with contextlib.suppress(OSError, AttributeError):
        return bool(ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)
    return False


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def reap() -> None:
    """Wait for every descendant left (a forkserver and its workers, orphaned when the run ends)."""
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def run(args: list[str], env: dict[str, str]) -> Run:
    """One `python -m cleaner ARGS` process, its output thrown away. Started by /usr/bin/time, a small
    process, so that the peak RSS is the run's own (a child forked from this process counts this
    process's memory too). The CPU seconds are those of every process of the run (see the module's
    doc), or, where this process cannot be a subreaper, /usr/bin/time's report of the main process."""
    reaping = subreaper()
    before = children_cpu()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        command = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", report.name, sys.executable, "-m", "cleaner", *args]
        proc = subprocess.run(command, check=False, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"article-cleaner {' '.join(args)} exited {proc.returncode}")
        wall, user, system, rss = report.read().split()[-4:]
    if reaping:
        reap()
        return Run(float(wall), children_cpu() - before, int(rss) / 1024)
    return Run(float(wall), float(user) + float(system), int(rss) / 1024)


def best(args: list[str], env: dict[str, str], repeat: int) -> Run:
    runs = [run(args, env) for _ in range(repeat)]
    return min(runs, key=lambda r: r.wall)


def write_stream(path: Path, pages: list[Page], field: str) -> int:
    with open(path, "w", encoding="utf-8") as fh:
        for p in pages:
            fh.write(json.dumps({"id": p.id, "url": p.url, field: p.html if field == "html" else p.text},
                                ensure_ascii=False) + "\n")
    return len(pages)


def measure(pages: list[Page], repeat: int = 5, jobs_pages: int = 5000) -> list[tuple[str, int, Run]]:
    """(what, pages, Run) for every run, in the order they ran."""
    from memory import generate

    out: list[tuple[str, int, Run]] = []
    with tempfile.TemporaryDirectory(prefix="cli-speed-") as name:
        tmp = Path(name)
        env = environment(tmp)
        run([str(SAMPLE)], env)  # warm the caches (bytecode, rules)
        for label, args in (("--version", ["--version"]), ("--help", ["--help"]), ("one page file", [str(SAMPLE)])):
            out.append((f"start-up: {label}", 1, best(args, env, repeat)))
        for field in ("text", "html"):
            stream = tmp / f"{field}.jsonl"
            n = write_stream(stream, pages, field)
            out.append((f"stream --jsonl ({field})", n, run(["--jsonl", str(stream)], env)))
        big = tmp / "jobs.jsonl"
        n = generate(big, 1 << 40, limit=jobs_pages)
        out += [(f"-j {jobs} --jsonl (text)", n, run(["--jsonl", "-j", jobs, str(big)], env)) for jobs in ("1", "2")]
    return out


def table(runs: list[tuple[str, int, Run]]) -> str:
    startup = next((r.wall for what, _, r in runs if what == "start-up: one page file"), 0.0)
    rows = ["| run | pages | wall s | CPU s | pages/s | pages/s without start-up | peak RSS MB |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for what, n, r in runs:
        stream = not what.startswith("start-up")
        rate = f"{n / r.wall:.1f}" if stream else "—"
        net = f"{n / max(r.wall - startup, 1e-9):.1f}" if stream else "—"
        rows.append(f"| {what} | {n} | {r.wall:.3f} | {r.cpu:.3f} | {rate} | {net} | {r.rss_mb:.0f} |")
    return "\n".join(rows)
