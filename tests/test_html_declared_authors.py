"""The HTML path's declared author and date (blocks.html.fields, blocks.html.declared_names): names
as the page's JSON-LD and <meta> tags declare them, in pages written for these tests."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cleaner import Cleaner

BODY = ("<p>{0} The council met on Tuesday evening to talk about the new plans for the harbour road and its "
        "cycle lanes.</p><p>{0} Residents said the works had taken far longer than anyone was told at the "
        "start, and asked for a date.</p><p>{0} The next meeting is planned for the end of the month, when "
        "the contractors will report.</p>")


def page(ld: dict[str, Any] | None = None, metas: dict[str, str] | None = None, lang: str = "en",
         head: str = "", body: str = "") -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    tags = "".join(f'<meta name="{k}" content="{v}">' for k, v in (metas or {}).items())
    return (f'<html lang="{lang}"><head><title>Harbour road plans</title>{tags}{script}{head}</head><body>'
            f"<article><h1>Harbour road plans</h1>{body}{BODY.format('')}</article></body></html>")


def article_ld(author: Any, kind: str = "NewsArticle", **more: Any) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": kind, "headline": "Harbour road plans",
            "author": author, **more}


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize(("lang", "declared", "expected"), [
    ("en", "Siobhan O&#039;Reilly", ("Siobhan O'Reilly",)),  # the `;` of a reference splits no name
    ("es", "Mar&iacute;a Jos&eacute; Garc&iacute;a", ("María José García",)),
    ("fr", "H&eacute;l&egrave;ne Faure et Lo&iuml;c Martin", ("Hélène Faure", "Loïc Martin")),
])
def test_entity_encoded_names_are_read_whole(cleaner, lang, declared, expected):
    html = page(article_ld({"@type": "Person", "name": declared}), lang=lang)
    assert cleaner.clean(html, "https://harbour.example/news/1").author == expected


def test_a_name_list_with_markup_gives_the_names(cleaner):
    # pl: a CMS that writes its experts' links into the JSON-LD, a list under `name`
    names = ['<a href="/eksperci/anna-kowalska" hreflang="pl">Anna Kowalska</a>',
             '<a href="/eksperci/piotr-nowak" hreflang="pl">Piotr Nowak</a>']
    html = page(article_ld({"@type": "Person", "name": names}), lang="pl")
    assert cleaner.clean(html, "https://analizy.example/pl/1").author == ("Anna Kowalska", "Piotr Nowak")


def test_a_one_name_list_gives_the_name(cleaner):
    html = page(article_ld({"@type": "Person", "name": ["Jonas Becker"]}), lang="de")
    assert cleaner.clean(html, "https://wochenblatt.example/lokales/1").author == ("Jonas Becker",)


def test_a_profile_url_names_no_one(cleaner):
    # fr: article:author is the outlet's profile page; the next declaration names the writer
    html = page(metas={"article:author": "https://www.facebook.com/lecourrierdelouest",
                       "parsely-author": "Camille Lefèvre"}, lang="fr")
    assert cleaner.clean(html, "https://courrier.example/region/1").author == ("Camille Lefèvre",)


@pytest.mark.parametrize(("lang", "declared", "expected"), [
    ("en", "Dana Whitfield | Coastal Media Group for HarbourTimes.example", ("Dana Whitfield",)),
    ("de", "Jonas Becker | Redaktionsbüro für Wochenblatt", ("Jonas Becker",)),
    ("en", "Dana Whitfield | Tom Okafor", ("Dana Whitfield", "Tom Okafor")),  # two persons stay two
])
def test_an_outlet_after_a_name_is_left_out(cleaner, lang, declared, expected):
    html = page(article_ld([{"@type": "Person", "name": declared}]), lang=lang)
    assert cleaner.clean(html, "https://harbourtimes.example/news/1").author == expected


def test_a_forum_threads_opening_post_declares_its_author(cleaner):
    # nl: a forum thread; its JSON-LD is the opening post's
    ld = article_ld({"@type": "Person", "name": "Kattenvriend"}, kind="DiscussionForumPosting",
                    datePublished="2023-02-14T09:12:00+01:00")
    got = cleaner.clean(page(ld, lang="nl"), "https://kattenforum.example/threads/vacht.123/")
    assert (got.author, got.date) == (("Kattenvriend",), "2023-02-14T09:12:00+01:00")


def test_an_article_typed_without_the_at_sign(cleaner):
    ld = article_ld({"@type": "Person", "name": "Giulia Romano"})
    ld["type"] = ld.pop("@type")
    assert cleaner.clean(page(ld, lang="it"), "https://cronaca.example/1").author == ("Giulia Romano",)


RULE = """[site]
name = 'harbourtimes'
domains = ['harbourtimes.example']

[html]
author_xpath = ['//meta[@name="dc.publisher"]/@content']
date_xpath = ["//time[@class='byline-time']"]
"""


@pytest.fixture(scope="module")
def ruled(tmp_path_factory) -> Cleaner:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "harbourtimes.toml").write_text(RULE)
    return Cleaner([folder])


SITE = {"dc.publisher": "Harbour Times", "og:site_name": "Harbour Times"}
URL = "https://harbourtimes.example/news/road-plans"


def test_a_rules_author_that_is_the_site_yields_to_the_declared_person(ruled):
    html = page(article_ld({"@type": "Person", "name": "Nora Vance"}), metas=SITE)
    assert ruled.clean(html, URL).author == ("Nora Vance",)


def test_a_rules_author_that_is_the_site_stays_when_no_person_is_declared(ruled):
    assert ruled.clean(page(metas=SITE), URL).author == ("Harbour Times",)


def test_a_rules_date_on_the_modified_day_yields_to_the_publication_date(ruled):
    ld = article_ld("Nora Vance", datePublished="2024-05-08T10:00:00+02:00", dateModified="2024-05-13T16:20:00+02:00")
    html = page(ld, body='<time class="byline-time" datetime="2024-05-13T16:20:00+02:00">May 13, 2024</time>')
    assert ruled.clean(html, URL).date == "2024-05-08T10:00:00+02:00"


def test_a_rules_date_on_another_day_stays(ruled):
    ld = article_ld("Nora Vance", datePublished="2024-05-08T10:00:00+02:00", dateModified="2024-05-13T16:20:00+02:00")
    html = page(ld, body='<time class="byline-time" datetime="2024-05-09T07:00:00+02:00">May 9, 2024</time>')
    assert ruled.clean(html, URL).date.startswith("2024-05-09")


@pytest.mark.parametrize(("lang", "declared"), [
    ("pl", "www.portalrolny.example"),  # the site, by its domain
    ("de", "Förderverein für die Erhaltung der Dorfkirche Sankt Marien zu Oberhausen e.V."),  # a long legal name
])
def test_the_site_or_its_firm_as_the_declared_author(cleaner, lang, declared):
    html = page(article_ld({"@type": "Person", "name": declared}), lang=lang)
    assert cleaner.clean(html, "https://portalrolny.example/handel/1").author == (declared,)
