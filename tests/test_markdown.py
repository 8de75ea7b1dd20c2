"""Markdown output: headings, lists, tables, quotes marked up from the HTML path's structure, the
text path's paragraphs as they are, and never a word more or less than the plain body."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner

ROOT = Path(__file__).resolve().parent.parent

TABLE_DELIMITER = re.compile(r"\|(?: *:?-+:? *\|)+")
CELL_SPLIT = re.compile(r"(?<!\\)\|")
ESCAPED_START = re.compile(r"\\(?=[#>|+\-*_=`~<])")
ESCAPED_ORDERED = re.compile(r"(\d+)\\([.)])")
MARKS = re.compile(r"(?:#{1,6} |- )")


def strip_marks(markdown: str) -> str:
    """The Markdown as a reader sees its text: every mark gone, one block a paragraph (written here
    from the CommonMark rules, independently of cleaner.markdown)."""
    blocks: list[str] = []
    for raw in markdown.split("\n"):
        line = raw
        while line.startswith(">"):  # a quote, maybe nested
            line = line[2:] if line.startswith("> ") else line[1:]
        line = line.strip(" ")
        if not line or TABLE_DELIMITER.fullmatch(line):
            continue
        if line.startswith("|"):  # a table row: each cell's blocks
            for cell in CELL_SPLIT.split(line)[1:-1]:
                blocks += [b for b in cell.strip().replace("\\|", "|").split("<br>") if b]
            continue
        marked = MARKS.match(line)
        if marked:
            line = line[marked.end():]
            if marked.group().startswith("#"):
                line = re.sub(r"\\(#+\s*)$", r"\1", line)  # an escaped closing run of #
        if ESCAPED_START.match(line):
            line = line[1:]
        else:
            line = ESCAPED_ORDERED.sub(r"\1\2", line, count=1) if ESCAPED_ORDERED.match(line) else line
        blocks.append(line)
    return "\n\n".join(blocks)


PAGE = """<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>
<article><h1>{title}</h1>{content}</article></body></html>"""


def page(title: str, content: str, lang: str = "en") -> str:
    return PAGE.format(title=title, content=content, lang=lang)


@pytest.fixture(scope="module")
def plain_cleaner() -> Cleaner:
    return Cleaner(site_rules=False)


def test_html_structure_becomes_markdown(plain_cleaner: Cleaner) -> None:
    html = page("Harbour plans approved after long debate", """
<p>The council approved the plans for the old harbour on Tuesday evening, after a debate of four hours.</p>
<h2>What changes for residents</h2>
<p>Residents will see the quay closed to cars from spring, and a new ferry landing in the summer.</p>
<ul><li>The quay closes to cars in March.</li><li>The ferry landing opens in July.
<ul><li>Boats run every half hour.</li></ul></li></ul>
<h3>Costs in detail</h3>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Quay works</td><td>2.1 million</td></tr>
<tr><td>Ferry | landing</td><td>0.8 million</td></tr></table>
<blockquote><p>This is the best plan the harbour has seen in fifty years, said the mayor.</p></blockquote>
<p>Work starts in the first week of March, and the council will report on it every quarter.</p>""")
    article = plain_cleaner.clean(html)
    markdown = article.body_markdown()
    assert "## What changes for residents" in markdown
    assert "### Costs in detail" in markdown
    assert "- The quay closes to cars in March.\n- The ferry landing opens in July.\n  - Boats run every half hour." in markdown
    assert "| Item | Cost |\n| --- | --- |\n| Quay works | 2.1 million |\n| Ferry \\| landing | 0.8 million |" in markdown
    assert "> This is the best plan the harbour has seen in fifty years, said the mayor." in markdown
    assert article.to_markdown().startswith("# Harbour plans approved after long debate\n\n")
    assert strip_marks(markdown) == article.body


def test_german_and_french_pages(plain_cleaner: Cleaner) -> None:
    german = page("Neue Brücke über den Fluss eröffnet", """
<p>Die neue Brücke über den Fluss ist seit Montag für den Verkehr freigegeben worden, nach drei Jahren Bauzeit.</p>
<h2>Was sich für Pendler ändert</h2>
<ol><li>Die Fahrt in die Stadt dauert zehn Minuten weniger.</li><li>Radfahrer haben eine eigene Spur.</li></ol>
<p>Die Stadt rechnet mit täglich zwanzigtausend Fahrzeugen auf der neuen Brücke über den Fluss.</p>""", "de")
    french = page("La bibliothèque municipale rouvre ses portes", """
<p>La bibliothèque municipale a rouvert ses portes samedi, après dix-huit mois de travaux de rénovation.</p>
<h2>Horaires et services</h2>
<table><tr><td>Lundi</td><td>Fermé</td></tr><tr><td>Mardi</td><td>10 h – 19 h</td></tr></table>
<p>Les lecteurs pourront emprunter jusqu’à quinze documents à la fois, contre dix auparavant.</p>""", "fr")
    for html, marks in ((german, ["## Was sich für Pendler ändert", "- Die Fahrt in die Stadt"]),
                        (french, ["## Horaires et services", "| Lundi | Fermé |\n| --- | --- |\n| Mardi |"])):
        article = plain_cleaner.clean(html)
        markdown = article.body_markdown()
        for mark in marks:
            assert mark in markdown
        assert strip_marks(markdown) == article.body


def test_chinese_page(plain_cleaner: Cleaner) -> None:
    html = page("城市公园完成改造重新开放", """
<p>经过一年的改造，城市公园于本周六重新向市民开放，园内新增了步道和儿童游乐区。</p>
<h2>开放时间</h2>
<ul><li>每天早上六点开放。</li><li>晚上十点关闭。</li></ul>
<p>公园管理处表示，周末游客较多，建议市民错峰出行，并注意保持园内环境整洁。</p>""", "zh")
    article = plain_cleaner.clean(html)
    markdown = article.body_markdown()
    assert "## 开放时间" in markdown and "- 每天早上六点开放。" in markdown
    assert strip_marks(markdown) == article.body


def test_text_path_paragraphs_as_they_are_with_marks_escaped(plain_cleaner: Cleaner) -> None:
    lines = ["The festival opened on Friday with a concert in the main square, attended by thousands.",
             "# 5 was the number drawn first in the raffle, to the delight of the crowd that evening.",
             "- and then the rain came, but nobody left the square before the last song was played.",
             "1. The mayor thanked the volunteers, who had worked for months to prepare the festival.",
             "> Quoted from the programme: the festival will return next year in the same place."]
    article = plain_cleaner.clean("\n\n".join(lines))
    markdown = article.body_markdown()
    assert "\\# 5 was the number" in markdown
    assert "\\- and then the rain" in markdown
    assert "1\\. The mayor" in markdown
    assert "\\> Quoted" in markdown
    assert strip_marks(markdown) == article.body
    assert "#" not in markdown.replace("\\#", "")  # no heading is invented


def test_heading_closing_hashes_are_escaped() -> None:
    from cleaner.markdown import heading

    assert heading("We are number #", 2) == "## We are number \\#"
    assert heading("C# in practice", 3) == "### C# in practice"


def test_to_dict_body_format(plain_cleaner: Cleaner) -> None:
    html = page("A short note on the weather", "<h2>Morning</h2><p>Fog in the valleys will lift by ten, and the "
                "afternoon will be sunny and mild across the whole region.</p>")
    article = plain_cleaner.clean(html)
    assert article.to_dict(body_format="markdown")["body"] == article.body_markdown()
    assert article.to_dict()["body"] == article.body


def _bench_pages():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from data import bench_dir, load
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    if not (bench_dir() / "aeb.jsonl").exists():
        pytest.skip(f"no benchmark pages at {bench_dir()} (set BENCH_DIR)")
    return load()


def test_markdown_without_marks_is_the_body_on_every_bench_page(cleaner: Cleaner) -> None:
    """Every dev page, both paths: the Markdown, stripped of its marks, is the plain body."""
    mismatched = []
    for bench_page in _bench_pages():
        for path, page_input in (("html", bench_page.html), ("text", bench_page.text)):
            article = cleaner.clean(page_input, bench_page.url)
            if strip_marks(article.body_markdown()) != article.body:
                mismatched.append(f"{path}:{bench_page.id}")
    assert not mismatched, f"{len(mismatched)} pages: {mismatched[:10]}"
