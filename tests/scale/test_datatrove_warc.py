"""The datatrove step behind datatrove's own WarcReader: WARC records in, clean articles out."""

from __future__ import annotations

import gzip
import json
import sys

import pytest

from helpers import ROOT

pytestmark = pytest.mark.integration  # datatrove's executor

pytest.importorskip("datatrove")
pytest.importorskip("orjson")
pytest.importorskip("fastwarc")  # only to write the archive
for needed in ("warcio", "cchardet", "magic"):  # what datatrove's WarcReader imports (magic: libmagic too)
    pytest.importorskip(needed)

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import WarcReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleaner.scale.datatrove import ArticleCleaner  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from warcs import response, write_warc  # noqa: E402

sys.path.remove(str(ROOT / "benchmarks"))

PAGES = {
    "https://news.example/night-trains": """<!doctype html><html><head><meta charset="utf-8">
<title>Night trains return to the valley line</title></head><body><nav><a href="/">Home</a></nav><article>
<h1>Night trains return to the valley line</h1>
<p>The first night train in twenty years left the capital on Sunday evening, bound for the towns of the upper valley.</p>
<p>Passengers said the sleeper cars were full, and the operator plans a second weekly service from the autumn on.</p>
</article></body></html>""",
    "https://zeitung.example/baeckerei": """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Bäckerei feiert hundert Jahre</title></head><body><article><h1>Bäckerei feiert hundert Jahre</h1>
<p>Die Bäckerei am Marktplatz feiert in diesem Monat ihr hundertjähriges Bestehen mit einem Fest für alle Nachbarn.</p>
<p>Die Familie führt das Geschäft in der vierten Generation, und das Rezept für das Roggenbrot ist noch dasselbe.</p>
</article></body></html>""",
}


def test_warc_reader_then_article_cleaner(tmp_path, cleaner):  # type: ignore[no-untyped-def]
    (tmp_path / "in").mkdir()
    records = [response(url, html.encode(), headers=[]) for url, html in PAGES.items()]
    records.append(response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png"))
    write_warc(tmp_path / "in" / "crawl.warc.gz", records)
    LocalPipelineExecutor([WarcReader(str(tmp_path / "in")), ArticleCleaner(), JsonlWriter(str(tmp_path / "out"))],
                          tasks=1, logging_dir=str(tmp_path / "logs")).run()
    docs = []
    for path in sorted((tmp_path / "out").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh]
    assert [d["metadata"]["url"] for d in docs] == list(PAGES)
    for doc in docs:
        article = cleaner.clean(PAGES[doc["metadata"]["url"]], doc["metadata"]["url"])
        assert doc["text"] == article.body and doc["metadata"]["title"] == article.title
