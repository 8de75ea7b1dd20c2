"""The HTML path with imported (converted Full-Text RSS) rules, on small pages written here: the
container, strip rules listed in --explain, the fallbacks and their notes, title/author/date as
evidence, replacements, dissolve and wrap_in, wildcard files, the global fallback, the switches."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.rules.ftr.corpus import convert_folder, write_folder

URL = "https://www.harbour-gazette.example/2024/04/ferry"
ARTICLE = [
    "The island ferry will run twice a day from May, the harbour board said on Thursday after a long meeting.",
    "Fishermen had asked for an early boat for years, since the catch must reach the market before seven.",
    "The board expects the new timetable to cost less than the old one, because the second boat is smaller.",
    "Tickets bought before the change stay valid until the end of the summer season, the board added.",
]
MORE = "Readers also liked the story of the old lighthouse keeper, who retired last winter after forty years."
SIDEBAR = "Our weekly newsletter brings every story from the coast to your inbox, free of charge, each Friday morning."


def page(title: str = "Ferry to run twice a day", h1: str | None = None, body_class: str = "story-text",
         extra: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return f"""<!DOCTYPE html><html lang="en"><head><title>{title} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">{head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1 class="headline">{h1 or title}</h1><span class="byline">By Ana Lopes</span>
<time datetime="2024-04-11T09:30:00Z">11 April 2024</time>
<div class="share-bar">Share this story on every network you use today, with all your friends</div>
<div class="{body_class}">{paragraphs}<div class="promo"><p>{SIDEBAR}</p></div>{extra}</div>
<div class="more"><p>{MORE}</p></div></article>
<aside><p>More from the coast: the lighthouse reopens, the pier gets new lamps, and the market moves.</p></aside>
<footer><p>Harbour Gazette, all rights reserved, since the year of the great storm.</p></footer>
</body></html>"""


def imported(tmp_path: Path, configs: dict[str, str]) -> Path:
    """A folder of configs written here, converted with `rules import-ftr`'s functions."""
    source = tmp_path / "ftr-source"
    source.mkdir()
    for name, text in configs.items():
        (source / name).write_text(text, encoding="utf-8")
    out = tmp_path / "converted"
    write_folder(convert_folder(source, "1" * 40), source, out, "1" * 40)
    return out


def cleaner(tmp_path: Path, config: str, name: str = "harbour-gazette.example.txt", use: str = "all",
            more: dict[str, str] | None = None) -> Cleaner:
    return Cleaner([imported(tmp_path, {name: config, **(more or {})})], imported_rules=use)


def notes(article) -> list[tuple[str, str]]:
    return [(n["text"], n["rule"]) for n in article.to_dict(explain=True).get("notes", [])]


def test_the_body_xpath_gives_the_container_and_the_generic_stages_run_inside_it(tmp_path):
    assert MORE in Cleaner(imported_rules="off").clean(page(), URL).body
    article = cleaner(tmp_path, "body: //div[@class='story-text']\n").clean(page(), URL)
    assert all(p in article.body for p in ARTICLE)
    assert MORE not in article.body
    assert article.site == "Harbour Gazette"  # the page's og:site_name: an imported file is named by its host
    assert notes(article) == [("the article was extracted from what this rule matched",
                               "harbour-gazette.example.toml: html.body_xpath[0]")]


def test_strip_rules_remove_nodes_before_extraction_and_explain_lists_them(tmp_path):
    assert SIDEBAR in Cleaner(imported_rules="off").clean(page(), URL).body
    config = "strip: //div[@class='promo']\nstrip_id_or_class: share-bar\nbody: //article\n"
    article = cleaner(tmp_path, config).clean(page(), URL)
    removed = {r["rule"]: r for r in article.to_dict(explain=True)["removed"] if r["line"] == 0}
    assert removed["harbour-gazette.example.toml: html.drop_xpath[0]"]["text"] == SIDEBAR
    assert removed["harbour-gazette.example.toml: html.drop_id_or_class[0]"]["text"].startswith("Share this story")
    assert SIDEBAR not in article.body and ARTICLE[0] in article.body


def test_strip_id_or_class_takes_whole_class_names_only(tmp_path):
    # `story` is part of the container's class `story-text`, not one of its classes: it stays.
    article = cleaner(tmp_path, "strip_id_or_class: story\n").clean(page(), URL)
    assert ARTICLE[0] in article.body


def test_a_body_that_matches_nothing_falls_back_and_says_so(tmp_path):
    article = cleaner(tmp_path, "body: //div[@id='old-template']\n").clean(page(), URL)
    assert all(p in article.body for p in ARTICLE)
    assert notes(article) == [("matched nothing: the generic extraction was used",
                               "harbour-gazette.example.toml: html.body_xpath")]


STALE = '<div class="old-body"><p>Read more about the ferry and the island in our archive.</p></div>'


def test_a_container_that_holds_far_less_than_the_page_is_set_aside(tmp_path):
    # The site moved its article: the old container now holds a one-line pointer.
    html = page().replace("<footer>", STALE + "<footer>")
    config = "body: //div[@class='old-body']\nstrip_id_or_class: promo\n"
    article = cleaner(tmp_path, config).clean(html, URL)
    assert all(p in article.body for p in ARTICLE)
    (text, rule), = notes(article)
    assert rule == "harbour-gazette.example.toml" and text.endswith("the generic extraction was used")
    assert not [r for r in article.removed if r.line == 0]  # the rules' removals were set aside too
    assert SIDEBAR in article.body


def test_autodetect_on_failure_no_trusts_the_container(tmp_path):
    html = page().replace("<footer>", STALE + "<footer>")
    config = "body: //div[@class='old-body']\nautodetect_on_failure: no\n"
    article = cleaner(tmp_path, config).clean(html, URL)
    assert notes(article) == [("the article was extracted from what this rule matched",
                               "harbour-gazette.example.toml: html.body_xpath[0]")]
    assert "Read more about the ferry" in article.body


def test_several_nodes_of_one_body_xpath_are_the_container_together_in_page_order(tmp_path):
    article = cleaner(tmp_path, "body: //div[@class='story-text'] | //h1\n").clean(page(), URL)
    assert all(p in article.body for p in ARTICLE) and MORE not in article.body


def test_a_title_xpath_that_gives_the_site_name_loses_to_the_headline(tmp_path):
    config = "title: //meta[@property='og:site_name']/@content\nbody: //article\n"
    article = cleaner(tmp_path, config).clean(page(), URL)
    assert article.title == "Ferry to run twice a day"  # the page declares its headline: the XPath only fills in


def no_headline() -> str:
    """The page without a <title> or an <h1>: its headline is only in a styled <div>."""
    return page().replace("<title>Ferry to run twice a day | Harbour Gazette</title>", "").replace(
        '<h1 class="headline">Ferry to run twice a day</h1>', '<div class="hed">Ferry runs twice a day from May.</div>')


def test_a_title_xpath_gives_the_title_when_the_page_declares_none(tmp_path):
    assert Cleaner(imported_rules="off").clean(no_headline(), URL).title != "Ferry runs twice a day from May."
    article = cleaner(tmp_path, "title: //div[@class='hed']\n").clean(no_headline(), URL)
    assert article.title == "Ferry runs twice a day from May."


def test_author_and_date_xpaths_are_metadata(tmp_path):
    config = "author: //span[@class='byline']\ndate: //time/@datetime\n"
    article = cleaner(tmp_path, config).clean(page(), URL)
    assert article.meta["author"] == "Ana Lopes" and "date" not in article.meta  # the date is article.date
    # ... and the article's fields, named by the rule that found them
    assert (article.author, article.date) == (("Ana Lopes",), "2024-04-11T09:30:00+00:00")
    assert article.sources["author"].endswith("html.author_xpath[0]")


def test_replacements_run_on_the_raw_html_in_order(tmp_path):
    # The second replacement sees the first one's result: <section> becomes <div>, then a story div.
    config = ("find_string: <section class=\"wire\">\nreplace_string: <div class=\"wire\">\n"
              "replace_string(<div class=\"wire\">): <div class=\"story-text\">\n"
              "body: //div[@class='story-text']\n")
    html = page(body_class="x").replace('<div class="x">', '<section class="wire">', 1)
    article = cleaner(tmp_path, config).clean(html, URL)
    assert ARTICLE[0] in article.body
    assert notes(article)[:2] == [
        ("replaced 1 time in the raw HTML", "harbour-gazette.example.toml: html.find_replace[0]"),
        ("replaced 1 time in the raw HTML", "harbour-gazette.example.toml: html.find_replace[1]")]


def test_dissolve_keeps_the_content_and_wrap_in_wraps(tmp_path):
    extra = ('<h2 class="crosshead">Second boat from June</h2>'
             '<p class="pull">"We waited twenty years for this boat," one fisherman said at the quay today.</p>')
    config = "dissolve: //h2[@class='crosshead']\nwrap_in(blockquote): //p[@class='pull']\nbody: //article\n"
    doc = cleaner(tmp_path, config).document(page(extra=extra), URL, is_html=True)
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds.get("Second boat from June") == "p"  # no longer a heading, still text
    assert any("twenty years" in text for text in kinds)


def test_dissolve_and_wrap_on_the_tree():
    import lxml.html

    from cleaner.blocks.html.rewrite import dissolve, wrap

    tree = lxml.html.fromstring("<div><p>Kept <a href='/w'>linked word</a> and tail</p><h3>Sub</h3><p>q</p></div>")
    dissolve(tree.find(".//a"))
    dissolve(tree.find(".//h3"))
    wrap(tree.findall(".//p")[-1], "blockquote")
    assert lxml.html.tostring(tree, encoding="unicode") == \
        "<div><p>Kept linked word and tail</p><p>Sub</p><blockquote><p>q</p></blockquote></div>"


def test_skip_json_ld_leaves_the_json_ld_unread(tmp_path):
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"author": {"@type": "Person", "name": "Ines Brandt"}}</script>')
    assert Cleaner(imported_rules="off").clean(page(head=head), URL).meta.get("author") == "Ines Brandt"
    article = cleaner(tmp_path, "skip_json_ld: yes\n").clean(page(head=head), URL)
    assert article.meta.get("author") != "Ines Brandt"


def test_a_wildcard_file_holds_the_subdomains_and_not_the_domain(tmp_path):
    rules = cleaner(tmp_path, "strip: //div[@class='promo']\n", name=".harbour-gazette.example.txt")
    assert SIDEBAR not in rules.clean(page(), "https://north.harbour-gazette.example/a").body
    assert SIDEBAR in rules.clean(page(), URL).body  # www. is the domain itself


def test_the_global_config_applies_to_hosts_no_file_names_and_names_no_site(tmp_path):
    rules = cleaner(tmp_path, "body: //article\n", more={"global.txt": "strip: //div[@class='promo']\n"})
    elsewhere = rules.clean(page(), "https://other.example/story")
    assert SIDEBAR not in elsewhere.body
    # The fallback names no site: the result's site is what the page itself declares.
    assert rules.ruleset.rules_for(page(), "https://other.example/story").fallback
    assert elsewhere.site == "Harbour Gazette"
    here = rules.clean(page(), URL)  # merged into the site's own file, as Full-Text RSS merges it
    assert "global.toml: html.drop_xpath[0]" in {r.rule for r in here.removed}


@pytest.mark.parametrize(("use", "stripped", "titled"), [("all", True, True), ("metadata", False, True),
                                                         ("off", False, False)])
def test_how_much_of_the_imported_rules_applies(tmp_path, use, stripped, titled):
    config = "strip: //div[@class='promo']\ntitle: //div[@class='hed']\n"
    article = cleaner(tmp_path, config, use=use).clean(no_headline(), URL)
    assert (SIDEBAR not in article.body) is stripped
    assert (article.title == "Ferry runs twice a day from May.") is titled


def test_page_text_is_not_cleaned_with_imported_rules(tmp_path):
    # They hold HTML rules only: page text of their host is the generic layer's.
    text = "Ferry to run twice a day\n\n" + "\n\n".join(ARTICLE)
    assert cleaner(tmp_path, "strip: //div[@class='promo']\n").clean(text, URL).site is None


def test_german_and_french_pages_with_their_own_share_bars(tmp_path):
    rules = cleaner(tmp_path, "strip_id_or_class: teilen\nstrip_id_or_class: partager\nbody: //article\n")
    german = ("<html><body><article><h1>Die Fähre fährt zweimal am Tag</h1><div class='teilen'>Diesen Artikel "
              "teilen: auf allen Netzwerken, die Sie heute nutzen</div><p>Die Fähre zur Insel fährt ab Mai zweimal am "
              "Tag, teilte die Hafenverwaltung am Donnerstag nach einer langen Sitzung mit.</p><p>Die Fischer hatten "
              "seit Jahren ein frühes Boot verlangt, weil der Fang vor sieben Uhr auf dem Markt sein muss.</p>"
              "</article></body></html>")
    french = ("<html><body><article><h1>Le bac passera deux fois par jour</h1><div class='partager'>Partager cet "
              "article sur tous les réseaux que vous utilisez aujourd'hui</div><p>Le bac vers l'île passera deux fois "
              "par jour dès le mois de mai, a annoncé jeudi le conseil du port après une longue réunion.</p><p>Les "
              "pêcheurs réclamaient depuis des années un bateau plus matinal, la pêche devant être au marché avant "
              "sept heures.</p></article></body></html>")
    de, fr = rules.clean(german, URL), rules.clean(french, URL)
    assert "teilen" not in de.body and "Die Fähre zur Insel" in de.body
    assert "Partager" not in fr.body and "Le bac vers l'île" in fr.body
