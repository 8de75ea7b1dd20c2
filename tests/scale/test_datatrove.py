"""The datatrove step: JsonlReader -> ArticleCleaner -> JsonlWriter under LocalPipelineExecutor, 2 tasks."""

from __future__ import annotations

import gzip
import json

import pytest

from helpers import ROOT, SAMPLE_FILES

pytestmark = pytest.mark.integration  # datatrove's executor, with worker processes

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSON Lines reader and writer need it

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleaner.scale.datatrove import ArticleCleaner  # noqa: E402

MENU_ONLY = "Home\nNews\nSports\nWeather\nContact us\n"  # a page with no article in it


def write_inputs(folder):
    """Two input files, one per task: each sample page, and a page with no article."""
    folder.mkdir()
    for n, path in enumerate(SAMPLE_FILES):
        records = [{"id": f"page-{n}", "text": path.read_text(encoding="utf-8"), "metadata": {"lang": "en"}},
                   {"id": f"menu-{n}", "text": MENU_ONLY}]
        (folder / f"part-{n}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def read_outputs(folder):
    docs = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh]
    return {d["id"]: d for d in docs}


def test_pipeline_with_two_tasks_cleans_every_document(tmp_path, cleaner):
    write_inputs(tmp_path / "in")
    executor = LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), ArticleCleaner(), JsonlWriter(str(tmp_path / "out"))],
        tasks=2, workers=2, logging_dir=str(tmp_path / "logs"))
    executor.run()

    out = read_outputs(tmp_path / "out")
    assert sorted(out) == ["page-0", "page-1"]  # the pages with no article were dropped
    for n, path in enumerate(SAMPLE_FILES):
        article = cleaner.clean(path.read_text(encoding="utf-8"))
        doc = out[f"page-{n}"]
        assert doc["text"] == article.body
        assert doc["metadata"]["title"] == article.title
        assert doc["metadata"]["site"] == article.site
        assert doc["metadata"]["lang"] == "en"  # the rest of the metadata passes through
        assert "fbpx" not in doc["text"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "article-cleaner" in s["name"])
    assert step["stats"]["total"] == 4 and step["stats"]["dropped"] == 2 and step["stats"]["forwarded"] == 2


def test_non_articles_can_be_kept_unchanged():
    docs = [Document(text=MENU_ONLY, id="menu"), Document(text=SAMPLE_FILES[0].read_text(encoding="utf-8"), id="page")]
    kept = list(ArticleCleaner(keep_non_articles=True).run(iter(docs)))
    assert [d.id for d in kept] == ["menu", "page"]
    assert kept[0].text == MENU_ONLY and kept[0].metadata["article_status"] == "not-article"
    assert kept[1].metadata["title"] and "fbpx" not in kept[1].text
    assert kept[1].metadata["article_status"] == "ok"  # the words of every output: ok, empty, not-article


def test_an_empty_document_says_empty_and_the_kind_can_be_given():
    page = ("<p>The harbour reopened on Monday after a week of <b>storms</b>, the port authority said.</p>\n"
            "<p>Ferries to the islands will run on the summer timetable from Wednesday, the operator added.</p>")
    docs = [Document(text="", id="empty"), Document(text=page, id="html")]
    kept = list(ArticleCleaner(keep_non_articles=True, kind="text").run(iter(docs)))
    assert [d.metadata["article_status"] for d in kept] == ["empty", "ok"]
    assert "<b>storms</b>" in kept[1].text  # taken for text, as told


def test_url_in_metadata_picks_the_site_rules():
    page = ("Headline of a story here\n\nThe council said on Monday that its harbour plan would go ahead.\n\n"
            "Expand article\n\nThe story itself is a sentence long enough to be prose, and it goes on.")
    plain, site = (next(ArticleCleaner().run(iter([Document(text=page, id="x", metadata=meta)])))
                   for meta in ({}, {"url": "https://dallasexpress.com/x"}))
    assert "Expand article" in plain.text and "Expand article" not in site.text
    assert site.metadata["site"] == "The Dallas Express"


def test_removed_chars_counts_page_text_not_markup():
    html = (ROOT / "tests" / "pages" / "harbour.html").read_text(encoding="utf-8")
    step = ArticleCleaner()
    [doc] = step.run(iter([Document(text=html, id="harbour")]))
    removed = step.stats["removed_chars"].total
    # once len(html) - len(body): the markup counted as text removed
    assert 0 < removed < len(html) - len(doc.text) - 1000


def test_metadata_fields_are_added_never_over_the_readers():
    page = ("Harbour plan wins the vote at last\n\nBy Jane Doe\n\nPublished November 27, 2023\n\n"
            "The council voted on Tuesday night to approve the harbour plan, ending a debate of two years.\n\n"
            "Supporters cheered when the vote passed seven to two, and the works begin in the spring.")
    doc = next(ArticleCleaner().run(iter([Document(text=page, id="x", metadata={"author": "Desk"})])))
    assert doc.metadata["author"] == "Desk"  # the reader's own
    assert doc.metadata["date"] == "2023-11-27" and doc.metadata["language"] == "en"
    assert "url" not in doc.metadata and "By Jane Doe" not in doc.text  # not given: no key
