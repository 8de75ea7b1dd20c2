"""Compressed inputs (gzip, zstd) for pages and JSON Lines, read in bounded memory."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import zstandard

from helpers import SAMPLE_FILES, run_cli

PAGE = """Night trains return to the valley line

The first night train in twenty years left the capital on Sunday evening, bound for the towns of the upper valley.

Passengers said the sleeper cars were full, and the operator plans a second weekly service from the autumn on.
"""
HTML = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei feiert hundert Jahre</title></head>
<body><article><h1>Bäckerei feiert hundert Jahre</h1>
<p>Die Bäckerei am Marktplatz feiert in diesem Monat ihr hundertjähriges Bestehen mit einem Fest für alle Nachbarn.</p>
<p>Die Familie führt das Geschäft in der vierten Generation, und das Rezept für das Roggenbrot ist noch dasselbe.</p>
</article></body></html>"""


def zstd(data: bytes) -> bytes:
    return zstandard.ZstdCompressor().compress(data)


def test_gzip_and_zstd_pages_give_what_the_plain_page_gives(tmp_path: Path) -> None:
    for name, data in (("page.txt", PAGE.encode()), ("page.html", HTML.encode())):
        plain = tmp_path / name
        plain.write_bytes(data)
        (tmp_path / f"{name}.gz").write_bytes(gzip.compress(data))
        (tmp_path / f"{name}.zst").write_bytes(zstd(data))
        expected = run_cli(str(plain))
        assert expected.returncode == 0
        for suffix in (".gz", ".zst"):
            proc = run_cli(str(tmp_path / f"{name}{suffix}"))
            assert proc.returncode == 0, proc.stderr
            assert proc.stdout == expected.stdout
        # on stdin too: told by the bytes, not by a name
        assert run_cli(stdin=gzip.compress(data)).stdout == expected.stdout


def test_compressed_jsonl(tmp_path: Path) -> None:
    records = [{"id": 1, "text": PAGE}, {"id": 2, "html": HTML, "url": "https://zeitung.example/b"}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    expected = run_cli("--jsonl", stdin=data)
    assert expected.returncode == 0
    for name, packed in (("pages.jsonl.gz", gzip.compress(data)), ("pages.jsonl.zst", zstd(data))):
        path = tmp_path / name
        path.write_bytes(packed)
        proc = run_cli("--jsonl", str(path))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == expected.stdout
        assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == [1, 2]


def test_a_page_beyond_max_bytes_is_refused_and_a_bomb_never_read_whole(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as fh:  # 64 MiB of spaces in a few hundred kilobytes
        for _ in range(64):
            fh.write(b" " * (1 << 20))
    assert bomb.stat().st_size < 1 << 20
    ok = tmp_path / "ok.txt"
    ok.write_text(PAGE)
    proc = run_cli(str(bomb), str(ok))
    assert proc.returncode == 1
    assert proc.stderr == f"article-cleaner: {bomb}: larger than 52,428,800 bytes (--max-bytes); not read\n"
    assert [json.loads(line)["path"] for line in proc.stdout.splitlines()] == [str(ok)]
    small = run_cli("--max-bytes", "100", str(ok))
    assert small.returncode == 1 and "larger than 100 bytes (--max-bytes)" in small.stderr


def test_a_jsonl_line_beyond_max_bytes_is_skipped_and_the_stream_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    long_record = json.dumps({"id": 2, "text": "word " * 400})
    lines = [json.dumps({"id": 1, "text": PAGE}), long_record, json.dumps({"id": 3, "text": PAGE})]
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    proc = run_cli("--jsonl", "--max-bytes", "1000", str(path))
    assert proc.returncode == 1
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == [1, 3]
    assert proc.stderr == (f"article-cleaner: {path}:2: the line is longer than 1,000 bytes (--max-bytes); "
                           "skipped\n")


def test_a_truncated_gzip_stream_is_reported_after_what_it_held(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = "".join(json.dumps({"id": i, "text": PAGE}) + "\n" for i in range(50)).encode()
    path.write_bytes(gzip.compress(data)[:-30])
    proc = run_cli("--jsonl", str(path))
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) >= 40
    assert proc.stderr.startswith(f"article-cleaner: {path}: ") and proc.stderr.count("\n") == 1


def test_a_corrupt_gzip_page_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    packed = bytearray(gzip.compress(SAMPLE_FILES[0].read_bytes()))
    packed[30:60] = bytes(30)
    path.write_bytes(bytes(packed))
    proc = run_cli(str(path))
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"article-cleaner: {path}: ") and proc.stderr.count("\n") == 1


def test_a_jsonl_file_is_read_as_json_lines_without_the_flag(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"id": 7, "text": PAGE}) + "\n").encode()))
    proc = run_cli(str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == run_cli("--jsonl", str(path)).stdout
    assert json.loads(proc.stdout)["id"] == 7
