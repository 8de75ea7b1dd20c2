"""Memory benchmark (not a test): `--jsonl` over a JSON Lines stream of at least 1 GB stays in constant memory.

    python benchmarks/memory.py [--gb 1.0] [--jobs 1 2] [--dir TMPDIR]

The stream is generated record by record from the bench pages' text (../shared/bench, or BENCH_DIR)
repeated until it reaches the size, in a temporary folder that is deleted afterwards. Each run is a
separate `python -m cleaner --jsonl -j N FILE` process; its process tree (the CLI and its workers)
is sampled every half second for resident memory. Reported per run: records, seconds, pages/s, the
peak RSS of the whole tree, of the main process and of the largest worker, and the tree's RSS at 10%
and at 90% of the run (equal within noise: memory does not grow with the stream).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from data import bench_dir  # noqa: E402

MB = 1 << 20


def pages() -> list[bytes]:
    """One JSON Lines record (without id) per bench page: its url and its page text."""
    out = []
    for name in ("aeb", "teval"):
        with open(bench_dir() / f"{name}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                out.append(json.dumps({"url": r["url"], "text": r["text"]}, ensure_ascii=False)[1:].encode())
    return out


def generate(path: Path, size: int, limit: int | None = None) -> int:
    """Write records round-robin over the bench pages until the file holds `size` bytes (or `limit`
    records); the record count."""
    bodies, written, n = pages(), 0, 0
    with open(path, "wb", buffering=MB) as fh:
        while written < size and (limit is None or n < limit):
            line = b'{"id": %d, ' % n + bodies[n % len(bodies)] + b"\n"
            fh.write(line)
            written += len(line)
            n += 1
    return n


class Sampler(threading.Thread):
    """RSS of a process and its descendants, every `every` seconds, until it ends."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.proc, self.every = psutil.Process(pid), every
        self.samples: list[tuple[float, int, int, int]] = []  # (t, tree, main, largest child)
        self.stop = threading.Event()

    def run(self) -> None:
        start = time.perf_counter()
        while not self.stop.is_set():
            try:
                main = self.proc.memory_info().rss
                children = []
                for child in self.proc.children(recursive=True):
                    try:
                        children.append(child.memory_info().rss)
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            self.samples.append((time.perf_counter() - start, main + sum(children), main, max(children, default=0)))
            self.stop.wait(self.every)


def at(samples: list[tuple[float, int, int, int]], share: float) -> int:
    """The tree's median RSS over the samples around `share` of the run (a tenth of it wide)."""
    end = samples[-1][0]
    near = sorted(s[1] for s in samples if abs(s[0] - share * end) <= 0.05 * end) or [samples[-1][1]]
    return near[len(near) // 2]


def run(path: Path, jobs: int, records: int) -> dict[str, float]:
    cmd = [sys.executable, "-m", "cleaner", "--jsonl", "-j", str(jobs), str(path)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = Sampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.stdout, proc.stderr
    assert stdout is not None and stderr is not None  # both piped above
    lines = 0
    for block in iter(lambda: stdout.read(MB), b""):
        lines += block.count(b"\n")
    err = stderr.read().decode(errors="replace")
    proc.wait()
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    s = sampler.samples
    if proc.returncode != 0 or lines != records:
        raise SystemExit(f"run -j {jobs} failed: exit {proc.returncode}, {lines}/{records} records\n{err[-2000:]}")
    return {"jobs": jobs, "records": lines, "seconds": seconds, "pages_s": lines / seconds,
            "peak_tree": max(x[1] for x in s), "peak_main": max(x[2] for x in s),
            "peak_worker": max(x[3] for x in s), "at10": at(s, 0.1), "at90": at(s, 0.9)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gb", type=float, default=1.0, help="stream size in GB (default 1.0)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="process counts to run (default: 1 2)")
    ap.add_argument("--dir", help="folder for the temporary stream (default: the system's temp folder)")
    args = ap.parse_args()
    size = int(args.gb * 1e9)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="cleaner-memory-") as tmp:
        free = shutil.disk_usage(tmp).free
        if free < 2 * size:
            raise SystemExit(f"{tmp}: {free / 1e9:.1f} GB free, need {2 * size / 1e9:.1f} GB")
        path = Path(tmp) / "stream.jsonl"
        t = time.perf_counter()
        records = generate(path, size)
        print(f"generated {path.stat().st_size / 1e9:.2f} GB, {records:,} records in {time.perf_counter() - t:.0f} s",
              file=sys.stderr)
        results = []
        for jobs in args.jobs:
            r = run(path, jobs, records)
            print(f"-j {jobs}: {r['seconds']:.0f} s", file=sys.stderr)
            results.append(r)
    print(f"input: {size / 1e9:.2f} GB JSON Lines, {records:,} records (bench page text, repeated); "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    print("| processes | records | seconds | pages/s | peak RSS, all processes | peak RSS, main | "
          "peak RSS, largest worker | RSS at 10% / 90% of the run |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['jobs']} | {r['records']:,} | {r['seconds']:.0f} | {r['pages_s']:.1f} | {r['peak_tree'] / MB:.0f} MB "
              f"| {r['peak_main'] / MB:.0f} MB | {r['peak_worker'] / MB:.0f} MB | "
              f"{r['at10'] / MB:.0f} / {r['at90'] / MB:.0f} MB |")


if __name__ == "__main__":
    main()
