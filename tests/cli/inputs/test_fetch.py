"""URLs as inputs, fetched from a server on 127.0.0.1 that the test starts (no other address is
ever contacted): redirects followed, non-HTML and errors refused in one line, the others go on."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from helpers import ROOT, run_cli

pytestmark = pytest.mark.integration  # an HTTP server on 127.0.0.1, in a thread

STORY = """<!doctype html><html><head><meta charset="utf-8"><title>Night trains return to the valley line</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Night trains return to the valley line</h1>
<p>The first night train in twenty years left the capital on Sunday evening, bound for the towns of the upper valley.</p>
<p>Advertisement: book your seat today</p>
<p>Passengers said the sleeper cars were full, and the operator plans a second weekly service from the autumn on.</p>
</article></body></html>"""
# No <meta charset>: the Content-Type header says ISO-8859-1 (read as windows-1252, as browsers do).
MARCHE = (ROOT / "tests" / "pages" / "marche.html").read_text(encoding="utf-8")

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/story": (200, {"Content-Type": "text/html; charset=utf-8"}, STORY.encode()),
    "/marche": (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, MARCHE.encode("cp1252")),
    "/moved": (301, {"Location": "/story"}, b""),
    "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "/big": (200, {"Content-Type": "text/html"}, b"<html><body>" + b"<p>more words here</p>" * 500 + b"</body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        Handler.seen.append((self.path, self.headers.get("User-Agent", "")))
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/html"}, b"<p>not here</p>"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_a_url_is_fetched_and_cleaned(server: str) -> None:
    Handler.seen.clear()
    proc = run_cli(f"{server}/story")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["title"] == "Night trains return to the valley line"
    assert "sleeper cars were full" in out["body"] and "Home" not in out["body"]
    assert out["url"] == f"{server}/story"
    assert Handler.seen[0][1].startswith("article-cleaner/")


def test_redirects_are_followed_and_the_header_charset_read(server: str) -> None:
    moved = json.loads(run_cli(f"{server}/moved").stdout)
    assert moved["url"] == f"{server}/story" and moved["title"] == "Night trains return to the valley line"
    marche = json.loads(run_cli(f"{server}/marche").stdout)
    assert marche["title"] == "Le marché couvert rouvre après travaux"
    assert "commerçants se réjouissent" in marche["body"]


def test_fetch_errors_are_one_line_each_and_the_other_urls_go_on(server: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# today's pages\n{server}/story\n{server}/logo.png\n\n{server}/nowhere\n"
                    f"{server}/big\n{server}/marche\n")
    proc = run_cli("--urls", str(urls), "--max-bytes", "5000")
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["path"] for r in out] == [f"{server}/story", f"{server}/marche"]
    assert proc.stderr.splitlines() == [
        f"article-cleaner: {server}/logo.png: not HTML: Content-Type image/png",
        f"article-cleaner: {server}/nowhere: HTTP 404 Not Found",
        f"article-cleaner: {server}/big: larger than 5,000 bytes (--max-bytes); not read",
    ]


def test_a_server_that_is_not_there(server: str) -> None:
    import socket

    with socket.socket() as sock:  # a port on 127.0.0.1 that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = run_cli(f"http://127.0.0.1:{port}/story")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"article-cleaner: http://127.0.0.1:{port}/story: cannot fetch: ")
    assert proc.stderr.count("\n") == 1


def test_the_url_picks_the_site_rules(server: str, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "local.toml").write_text('[site]\nname = "Local Trains"\ndomains = ["127.0.0.1"]\n\n'
                                      '[text]\ndrop_lines = [\'Advertisement: .*\']\n')
    without = json.loads(run_cli(f"{server}/story").stdout)
    with_rules = json.loads(run_cli("--rules", str(rules), f"{server}/story").stdout)
    assert "Advertisement" in without["body"]
    assert "Advertisement" not in with_rules["body"] and with_rules["site"] == "Local Trains"


def test_urls_into_an_output_dir(server: str, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    proc = run_cli(f"{server}/story", f"{server}/marche", "--format", "markdown", "-o", str(out_dir))
    assert proc.returncode == 0, proc.stderr
    host = f"127.0.0.1_{server.rsplit(':', 1)[1]}"
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == [f"{host}_marche.md", f"{host}_story.md"]
    assert (out_dir / f"{host}_story.md").read_text().startswith("# Night trains return to the valley line\n\n")
