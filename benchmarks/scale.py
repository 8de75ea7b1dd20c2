"""Throughput of the ways to run the cleaner at scale, on the same records (not a test):

    python benchmarks/scale.py [--records 1000]

`--jsonl` in one process, with -j 2, with `--dask local -j 2`, and the datatrove step under
LocalPipelineExecutor with 2 tasks; each from a cold start (process, pool or cluster start
included), each checked to give the same titles and bodies as the one-process run (the datatrove
step drops pages with no article, so it is compared on the others).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from memory import generate  # noqa: E402


def cli(path: Path, *args: str) -> tuple[float, list[dict[str, Any]]]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "cleaner", "--jsonl", *args, str(path)], cwd=ROOT,
                         capture_output=True, check=True).stdout
    return time.perf_counter() - start, [json.loads(line) for line in out.splitlines()]


def datatrove(path: Path, tmp: Path) -> tuple[float, list[dict[str, Any]]]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.scale.datatrove import ArticleCleaner

    folder = tmp / "dt-in"
    folder.mkdir()
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    half = len(lines) // 2
    for n, part in enumerate((lines[:half], lines[half:])):  # one file a task
        (folder / f"part{n}.jsonl").write_text("".join(part), encoding="utf-8")
    start = time.perf_counter()
    LocalPipelineExecutor([JsonlReader(str(folder)), ArticleCleaner(),
                           JsonlWriter(str(tmp / "dt-out"))], tasks=2, logging_dir=str(tmp / "dt-logs")).run()
    seconds = time.perf_counter() - start
    docs = []
    for out in sorted((tmp / "dt-out").glob("*.jsonl.gz")):
        docs += [json.loads(line) for line in gzip.decompress(out.read_bytes()).splitlines()]
    docs.sort(key=lambda d: d.get("id", 0))  # the writer leaves out falsy fields: id 0 among them
    return seconds, [{"title": d["metadata"].get("title"), "body": d["text"]} for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleaner-scale-") as name:
        tmp = Path(name)
        path = tmp / "pages.jsonl"
        generate(path, 1 << 62, limit=args.records)
        base_s, base = cli(path)
        reference = [{"title": r["title"], "body": r["body"]} for r in base]
        rows = [("--jsonl, 1 process", base_s, True)]
        for label, extra in (("--jsonl -j 2", ("-j", "2")), ("--jsonl --dask local -j 2", ("--dask", "local", "-j", "2"))):
            seconds, out = cli(path, *extra)
            rows.append((label, seconds, [{"title": r["title"], "body": r["body"]} for r in out] == reference))
        seconds, docs = datatrove(path, tmp)
        by_id = sorted(zip((r["id"] for r in base), reference))
        same = docs == [r for _, r in by_id if r["body"].strip()]  # the step drops pages with no article
        rows.append(("datatrove step, LocalPipelineExecutor, 2 tasks", seconds, same))
    print(f"{args.records:,} records of bench page text\n")
    print("| run | seconds | pages/s | same titles and bodies as 1 process |")
    print("| --- | --- | --- | --- |")
    for label, seconds, same in rows:
        print(f"| {label} | {seconds:.1f} | {args.records / seconds:.1f} | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()
