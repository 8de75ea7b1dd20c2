"""blocks.html.fields: the author, date, canonical URL and description an HTML page declares."""

import json

import pytest

from cleaner import Cleaner

BODY = "".join(f"<p>Paragraph {i} of the story about the new ferry line tells what the island's people said "
               f"about the timetable, the fares and the harbour works that come with it.</p>" for i in range(6))


def html(head: str, body: str = "") -> str:
    return (f"<html lang='en'><head><title>Ferry line opens | Island News</title>{head}</head><body><article>"
            f"<h1>Ferry line opens</h1>{body}{BODY}</article><footer>© 2019 Island News</footer></body></html>")


def ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


def test_json_ld_gives_publication_date_and_authors(cleaner):
    head = ld({"@type": "NewsArticle", "headline": "Ferry line opens", "datePublished": "2024-05-02T07:15:00+02:00",
               "dateModified": "2024-05-03T10:00:00+02:00",
               "author": [{"@type": "Person", "name": "Ana Lopes"}, {"@type": "Person", "name": "Tom Berg"}]})
    article = cleaner.clean(html(head), "https://news.example/ferry?utm=x")
    assert (article.author, article.date) == (("Ana Lopes", "Tom Berg"), "2024-05-02T07:15:00+02:00")
    assert article.sources["date"] == "json-ld.datePublished" and article.sources["author"] == "json-ld.author"


def test_meta_tags_canonical_url_and_description(cleaner):
    head = ("<meta name='author' content='Ana Lopes; Tom Berg'>"
            "<meta property='article:published_time' content='2024-05-02'>"
            "<meta name='description' content='The island gets its ferry.'>"
            "<link rel='canonical' href='/ferry'>")
    article = cleaner.clean(html(head), "https://news.example/ferry?utm=x")
    assert article.author == ("Ana Lopes", "Tom Berg") and article.date == "2024-05-02"
    assert article.url == "https://news.example/ferry" and article.description == "The island gets its ferry."
    assert article.sources["url"] == "link[rel=canonical]"


def test_a_modified_date_or_copyright_year_is_no_date(cleaner):
    head = "<meta property='article:modified_time' content='2024-05-03'>"
    article = cleaner.clean(html(head), "https://news.example/ferry")
    assert article.date is None and article.author is None
    assert article.url == "https://news.example/ferry" and article.sources["url"] == "given"


def test_a_byline_in_the_content_when_nothing_is_declared(cleaner):
    article = cleaner.clean(html("", "<p class='byline'>By Ana Lopes</p><p>May 2, 2024</p>"))
    assert article.author == ("Ana Lopes",) and article.date == "2024-05-02"
    assert "By Ana Lopes" not in article.body
