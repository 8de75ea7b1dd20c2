"""WARC input against JSON Lines input, on the same bench pages in the same run:
`python benchmarks/warcs.py [--limit N] [--jobs N]`.

Writes the pages' HTML once as a WARC archive (one gzip member a record, as crawlers write them)
and once as JSON Lines (`{"url", "html"}` records, gzip-compressed too), cleans both through the
command line (`article-cleaner crawl.warc.gz`, `article-cleaner --jsonl pages.jsonl.gz`), each
twice and alternated, checks that both give the same articles, and prints pages per second.
Needs the warc extra. `write_warc` and `response` are also the test suite's way to build archives.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATE = "2024-05-01T12:00:00Z"


def response(url: str, body: bytes, content_type: str | None = "text/html", status: str = "200 OK",
             headers: Iterable[tuple[str, str]] = (), date: str = DATE) -> bytes:
    """One WARC response record holding an HTTP response, as FastWARC writes it."""
    from fastwarc.warc import WarcRecordType

    fields = [("Content-Type", content_type)] if content_type else []
    fields += [*headers, ("Content-Length", str(len(body)))]
    http = f"HTTP/1.1 {status}\r\n".encode() + b"".join(f"{k}: {v}\r\n".encode() for k, v in fields) + b"\r\n" + body
    return _record(WarcRecordType.response, url, http, "application/http; msgtype=response", date)


def request(url: str, date: str = DATE) -> bytes:
    from fastwarc.warc import WarcRecordType

    http = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
    return _record(WarcRecordType.request, url, http, "application/http; msgtype=request", date)


def _record(kind: object, url: str, block: bytes, content_type: str, date: str) -> bytes:
    from fastwarc.warc import WarcRecord

    record = WarcRecord()
    record.init_headers(kind, content_length=len(block))  # type: ignore[arg-type]
    record.headers["WARC-Target-URI"] = url
    record.headers["WARC-Date"] = date
    record.headers["Content-Type"] = content_type
    record.set_bytes_content(block)
    out = io.BytesIO()
    record.write(out)
    return out.getvalue()


def write_warc(path: Path, records: Iterable[bytes], compress: bool = True) -> list[int]:
    """Write the records (one gzip member each when `compress`); the offset of each in the file."""
    offsets, at = [], 0
    with open(path, "wb") as fh:
        for record in records:
            data = gzip.compress(record, mtime=0) if compress else record
            offsets.append(at)
            fh.write(data)
            at += len(data)
    return offsets


def _run(args: list[str]) -> tuple[float, list[dict[str, Any]]]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"article-cleaner {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return elapsed, [json.loads(line) for line in proc.stdout.splitlines()]


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from data import bench_dir

    from cleaner.read import decode

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="pages of each set (default: all)")
    ap.add_argument("--jobs", type=int, default=1, help="-j for both runs")
    args = ap.parse_args()
    root = bench_dir()
    pages = []
    for name in ("aeb", "teval"):
        with open(root / f"{name}.jsonl", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if args.limit is not None and i >= args.limit:
                    break
                record = json.loads(line)
                pages.append((record["url"], gzip.decompress((root / record["html"]).read_bytes())))
    with tempfile.TemporaryDirectory() as tmp:
        warc, jsonl = Path(tmp) / "crawl.warc.gz", Path(tmp) / "pages.jsonl.gz"
        write_warc(warc, (response(url, html) for url, html in pages))
        with gzip.open(jsonl, "wt", encoding="utf-8") as fh:
            for url, html in pages:
                fh.write(json.dumps({"url": url, "html": decode(html)}) + "\n")  # as the page alone is read
        jobs = ["-j", str(args.jobs)]
        times: dict[str, list[float]] = {"WARC (.warc.gz)": [], "JSON Lines (.jsonl.gz)": []}
        for _ in range(2):
            t, from_warc = _run([str(warc), *jobs])
            times["WARC (.warc.gz)"].append(t)
            t, from_jsonl = _run(["--jsonl", str(jsonl), *jobs])
            times["JSON Lines (.jsonl.gz)"].append(t)
    same = sum(w["title"] == j["title"] and w["body"] == j["body"] for w, j in zip(from_warc, from_jsonl))
    print(f"{len(pages)} pages, -j {args.jobs}, through the CLI (each run twice, alternated; best of two)")
    print("| input | seconds | pages/s |\n| --- | --- | --- |")
    for label, runs in times.items():
        print(f"| {label} | {min(runs):.1f} | {len(pages) / min(runs):.1f} |")
    print(f"same title and body on {same} of {len(pages)} pages")
    return 0 if same == len(pages) == len(from_warc) == len(from_jsonl) else 1


if __name__ == "__main__":
    sys.exit(main())
