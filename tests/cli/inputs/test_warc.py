"""WARC input: HTML responses cleaned, the rest skipped and counted, broken records reported with
their offset and the rest of the archive read."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

pytest.importorskip("fastwarc")
sys.path.insert(0, str(ROOT / "benchmarks"))
from warcs import DATE, request, response, write_warc

sys.path.remove(str(ROOT / "benchmarks"))

STORY_EN = """<!doctype html><html><head><meta charset="utf-8"><title>Night trains return to the valley line</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Night trains return to the valley line</h1>
<p>The first night train in twenty years left the capital on Sunday evening, bound for the towns of the upper valley.</p>
<p>Passengers said the sleeper cars were full, and the operator plans a second weekly service from the autumn on.</p>
<p>The line was closed to night traffic in the nineties, when the last sleeper cars were taken out of service.</p>
</article></body></html>"""
STORY_DE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei feiert hundert Jahre</title></head>
<body><article><h1>Bäckerei feiert hundert Jahre</h1>
<p>Die Bäckerei am Marktplatz feiert in diesem Monat ihr hundertjähriges Bestehen mit einem Fest für alle Nachbarn.</p>
<p>Die Familie führt das Geschäft in der vierten Generation, und das Rezept für das Roggenbrot ist noch dasselbe.</p>
</article></body></html>"""
# No <meta charset>: only the HTTP header says windows-1252.
STORY_FR = (ROOT / "tests" / "pages" / "marche.html").read_text(encoding="utf-8")


def _lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        request("https://news.example/night-trains"),
        response("https://news.example/night-trains", STORY_EN.encode()),
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png"),
        response("https://news.example/old", b"<html><body>Moved</body></html>", status="301 Moved Permanently",
                 headers=[("Location", "https://news.example/new")]),
        response("https://zeitung.example/baeckerei", STORY_DE.encode(), "text/html; charset=UTF-8"),
        response("https://news.example/missing", b"<html><body><p>Not here</p></body></html>", status="404 Not Found"),
        response("https://journal.example/marche", STORY_FR.encode("cp1252"), 'text/html; charset="windows-1252"'),
        response("https://news.example/style.css", b"body { color: black }", "text/css"),
    ])
    return path


def test_html_responses_are_cleaned_the_rest_skipped_and_counted(crawl: Path) -> None:
    proc = run_cli(str(crawl))
    assert proc.returncode == 0, proc.stderr
    out = _lines(proc.stdout)
    assert [r["url"] for r in out] == ["https://news.example/night-trains", "https://zeitung.example/baeckerei",
                                       "https://journal.example/marche"]
    first = out[0]
    assert list(first)[:3] == ["url", "warc_date", "record_id"]
    assert first["warc_date"] == DATE and first["record_id"].startswith("<urn:uuid:")
    assert first["title"] == "Night trains return to the valley line"
    assert "sleeper cars were full" in first["body"] and "Home" not in first["body"]
    assert "hundertjähriges Bestehen" in out[1]["body"]
    # the HTTP header's charset, with no <meta charset> in the page
    assert out[2]["title"] == "Le marché couvert rouvre après travaux"
    assert "commerçants se réjouissent" in out[2]["body"]
    assert proc.stderr == (f"article-cleaner: {crawl}: 3 HTML responses read, 4 skipped "
                           "(2 not HTML, 2 status not 200)\n")


def test_warc_on_stdin_and_uncompressed(crawl: Path, tmp_path: Path) -> None:
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip.decompress(crawl.read_bytes()))
    from_stdin = run_cli("--warc", stdin=crawl.read_bytes())
    from_plain = run_cli(str(plain))
    assert from_stdin.returncode == from_plain.returncode == 0
    expected = _lines(run_cli(str(crawl)).stdout)
    assert _lines(from_stdin.stdout) == _lines(from_plain.stdout) == expected
    assert "<stdin>: 3 HTML responses read" in from_stdin.stderr


def test_body_format_markdown(tmp_path: Path) -> None:
    html = STORY_EN.replace("<p>The line was", "<h2>Twenty years without</h2><ul><li>Closed in the nineties.</li>"
                                               "<li>Reopened this year.</li></ul><p>The line was")
    path = tmp_path / "one.warc.gz"
    write_warc(path, [response("https://news.example/a", html.encode())])
    proc = run_cli(str(path), "--body-format", "markdown")
    body = _lines(proc.stdout)[0]["body"]
    assert "## Twenty years without" in body and "- Closed in the nineties.\n- Reopened this year." in body
    assert _lines(run_cli(str(path), "--format", "markdown").stdout)[0]["body"] == body


def test_chunked_and_gzip_encoded_payloads_are_decoded(tmp_path: Path) -> None:
    data = STORY_DE.encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (data[:100], data[100:])) + b"0\r\n\r\n"
    path = tmp_path / "raw.warc"
    write_warc(path, [
        response("https://zeitung.example/a", chunked, "text/html", headers=[("Transfer-Encoding", "chunked")]),
        response("https://zeitung.example/b", gzip.compress(data), "text/html", headers=[("Content-Encoding", "gzip")]),
        # a crawler that decoded the body but kept the header: the header is passed over
        response("https://zeitung.example/c", data, "text/html", headers=[("Content-Encoding", "gzip")]),
    ], compress=False)
    proc = run_cli(str(path))
    assert proc.returncode == 0, proc.stderr
    out = _lines(proc.stdout)
    assert len(out) == 3 and all(r["title"] == "Bäckerei feiert hundert Jahre" for r in out)


def test_truncated_last_record_is_reported_with_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, [response("https://news.example/a", STORY_EN.encode()),
                                response("https://zeitung.example/b", STORY_DE.encode())])
    path.write_bytes(path.read_bytes()[:-120])
    proc = run_cli(str(path))
    assert proc.returncode == 1
    assert [r["url"] for r in _lines(proc.stdout)] == ["https://news.example/a"]
    assert f"article-cleaner: {path}: offset {offsets[1]}: " in proc.stderr
    assert "1 broken record" in proc.stderr


def test_corrupt_gzip_member_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc.gz"
    pages = [("https://news.example/a", STORY_EN), ("https://zeitung.example/b", STORY_DE),
             ("https://journal.example/c", STORY_FR)]
    offsets = write_warc(path, [response(url, html.encode()) for url, html in pages])
    data = bytearray(path.read_bytes())
    data[offsets[1] + 40:offsets[1] + 60] = bytes(20)  # inside the second member's deflate stream
    path.write_bytes(bytes(data))
    proc = run_cli(str(path))
    assert proc.returncode == 1
    assert [r["url"] for r in _lines(proc.stdout)] == ["https://news.example/a", "https://journal.example/c"]
    errors = [line for line in proc.stderr.splitlines() if "corrupt record" in line]
    assert len(errors) == 1 and f"offset {offsets[1]}: corrupt record" in errors[0]
    assert f"reading on at offset {offsets[2]}" in errors[0]


def test_corrupt_header_in_an_uncompressed_archive(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    pages = [("https://news.example/a", STORY_EN), ("https://zeitung.example/b", STORY_DE),
             ("https://journal.example/c", STORY_FR)]
    offsets = write_warc(path, [response(url, html.encode()) for url, html in pages], compress=False)
    data = bytearray(path.read_bytes())
    data[offsets[1]:offsets[1] + 5] = b"XXXXX"  # the second record's "WARC/" line
    path.write_bytes(bytes(data))
    proc = run_cli(str(path))
    assert proc.returncode == 1
    assert [r["url"] for r in _lines(proc.stdout)] == ["https://news.example/a", "https://journal.example/c"]
    assert f"offset {offsets[0]}: corrupt data after this record" in proc.stderr
    assert f"reading on at offset {offsets[2]}" in proc.stderr


def test_not_a_warc_at_all(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("just some notes, not an archive\n")
    proc = run_cli(str(path))
    assert proc.returncode == 1 and proc.stdout == ""
    assert f"article-cleaner: {path}: offset 0: corrupt record" in proc.stderr


def test_output_dir_and_parallel_runs(crawl: Path, tmp_path: Path) -> None:
    one = run_cli(str(crawl))
    two = run_cli(str(crawl), "-j", "2")
    assert two.returncode == 0 and two.stdout == one.stdout
    out_dir = tmp_path / "out"
    proc = run_cli(str(crawl), "-o", str(out_dir))
    assert proc.returncode == 0 and proc.stdout == ""
    assert (out_dir / "crawl.jsonl").read_text() == one.stdout


def test_missing_fastwarc_is_a_one_line_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner.cli.inputs import warc

    monkeypatch.setitem(sys.modules, "fastwarc", None)
    with pytest.raises(warc.WarcUnavailable, match=r"pip install 'article-cleaner\[warc\]'"):
        next(warc.warc_pages("-", 100, warc.WarcCounts(), print))


def _bench_pages(count: int) -> list[tuple[str, bytes]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from data import bench_dir
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    root = bench_dir()
    if not (root / "aeb.jsonl").exists():
        pytest.skip(f"no benchmark pages at {root} (set BENCH_DIR)")
    pages = []
    for name in ("aeb", "teval"):
        with open(root / f"{name}.jsonl", encoding="utf-8") as fh:
            for line, _ in zip(fh, range(count), strict=False):
                record = json.loads(line)
                pages.append((record["url"], gzip.decompress((root / record["html"]).read_bytes())))
    return pages


def test_a_warc_of_real_pages_gives_the_articles_of_the_pages_one_by_one(tmp_path: Path, cleaner) -> None:  # type: ignore[no-untyped-def]
    pages = _bench_pages(6)
    path = tmp_path / "bench.warc.gz"
    write_warc(path, [response(url, html) for url, html in pages])
    proc = run_cli(str(path))
    assert proc.returncode == 0, proc.stderr
    out = _lines(proc.stdout)
    assert len(out) == len(pages)
    for (url, html), record in zip(pages, out, strict=True):
        expected = cleaner.clean(html, url).to_dict()
        assert record["url"] == url
        assert {k: record[k] for k in expected} == expected


@pytest.mark.integration  # a LocalCluster of worker processes
def test_dask_gives_the_same_lines(crawl: Path) -> None:
    pytest.importorskip("distributed")
    one = run_cli(str(crawl))
    on_dask = run_cli(str(crawl), "--dask", "local", "-j", "2")
    assert on_dask.returncode == 0, on_dask.stderr
    assert on_dask.stdout == one.stdout
