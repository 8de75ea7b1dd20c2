"""HTML site rules: `[html] drop`, `drop_xpath`, `title` and `body`, matched by domain."""

from __future__ import annotations

import pytest
from lxml import etree

from cleaner import Cleaner
from helpers import ROOT

PAGE = (ROOT / "tests" / "pages" / "harbour.html").read_text(encoding="utf-8")
URL = "https://www.coastal-courier.example/news/harbour-reopens"
FIRST = "The harbour at Porthwen reopened to fishing boats"
LIST_ITEM = "Applications open on the first of April"
QUOTE = "It has been the hardest winter in twenty years"


def rules(tmp_path, html: str) -> Cleaner:
    (tmp_path / "courier.toml").write_text(
        f'[site]\nname = "The Coastal Courier"\ndomains = ["coastal-courier.example"]\n[html]\n{html}\n', encoding="utf-8")
    return Cleaner([tmp_path])


def test_without_rules_the_list_is_kept(tmp_path):
    article = Cleaner().clean(PAGE, URL)
    assert LIST_ITEM in article.body and QUOTE in article.body
    assert article.site == "The Coastal Courier"  # no rule file: the name the page declares (og:site_name)


def test_css_drop_removes_nodes_before_extraction(tmp_path):
    article = rules(tmp_path, 'drop = ["div.story-body ul"]').clean(PAGE, URL)
    assert LIST_ITEM not in article.body
    assert FIRST in article.body and QUOTE in article.body  # the text around the node stays
    assert article.site == "The Coastal Courier"


def test_explain_lists_what_html_drop_removed_before_extraction(tmp_path):
    from cleaner.cli.explain import explain, rows

    cleaner = rules(tmp_path, 'drop = ["div.story-body ul"]')
    removed = cleaner.clean(PAGE, URL).to_dict(explain=True)["removed"]
    dropped = [r for r in removed if r["rule"] == "courier.toml: html.drop[0]"]
    assert len(dropped) == 1 and LIST_ITEM in dropped[0]["text"] and dropped[0]["line"] == 0
    first = next(r for r in rows(explain(cleaner, PAGE, URL)) if r.mark != "@")  # after the fields' rows
    assert (first.line, first.mark, first.rule) == (0, "-", "courier.toml: html.drop[0]")


def test_xpath_drop(tmp_path):
    article = rules(tmp_path, "drop_xpath = ['//p[contains(., \"hardest winter\")]']").clean(PAGE, URL)
    assert QUOTE not in article.body and FIRST in article.body


def test_rules_apply_only_to_their_domain(tmp_path):
    article = rules(tmp_path, 'drop = ["div.story-body ul"]').clean(PAGE, "https://elsewhere.example/x")
    assert LIST_ITEM in article.body


def test_title_selector_first_match_wins(tmp_path):
    # The first selector matches nothing; the second names the section heading (a contrived
    # choice, to show that the rule, not the page's metadata, made the title).
    article = rules(tmp_path, 'title = ["h1.missing", "div.story-body h2"]').clean(PAGE, URL)
    assert article.title == "Repairs before the spring season"
    assert "Repairs before the spring season" not in article.body  # never repeated in the body


def test_title_selector_that_misses_falls_back_to_the_page_metadata(tmp_path):
    article = rules(tmp_path, 'title = ["h1.missing"]').clean(PAGE, URL)
    assert article.title == "Harbour reopens after week of storms"


def test_body_selector_limits_extraction_to_the_node(tmp_path):
    article = rules(tmp_path, 'body = ["section.nothing", "div.story-body ul"]').clean(PAGE, URL)
    assert LIST_ITEM in article.body
    assert FIRST not in article.body


def test_body_selector_that_misses_falls_back_to_generic_extraction(tmp_path):
    article = rules(tmp_path, 'body = ["div.nothing-here"]').clean(PAGE, URL)
    assert FIRST in article.body and QUOTE in article.body


def test_selectors_are_compiled_once_when_the_rules_load(tmp_path):
    cleaner = rules(tmp_path, 'drop = ["nav"]\ndrop_xpath = ["//aside"]\ntitle = ["h1"]\nbody = ["article"]')
    site = next(s for s in cleaner.ruleset.sites if s.name == "The Coastal Courier")
    compiled = (*(x for _, x in site.html_drop), *site.html_title, *site.html_body)
    assert len(site.html_drop) == 2 and all(isinstance(x, etree.XPath) for x in compiled)


@pytest.mark.parametrize(("html", "key"), [
    ('drop = ["div[["]', "html.drop.0"),
    ('title = ["h1::nope("]', "html.title.0"),
    ('drop_xpath = ["//p[@"]', "html.drop_xpath.0"),
])
def test_a_bad_selector_is_an_error_naming_the_key(tmp_path, html, key):
    from cleaner.rules.files import RuleError

    with pytest.raises(RuleError, match=key.replace(".", r"\.")):
        rules(tmp_path, html)


def test_edits_page_says_whether_any_drop_dissolve_or_wrap_rule_selects_an_element(tmp_path):
    from cleaner.blocks.html.parse import parse
    from cleaner.blocks.html.site import edits_page

    tree = parse(PAGE)
    assert tree is not None
    for html, edits in (('drop = ["div.no-such-box"]', False), ('drop = ["div.story-body ul"]', True),
                        ("dissolve = ['//nav']", True), ("dissolve = ['//marquee']", False),
                        ("wrap_in = [{ tag = 'blockquote', xpath = '//ul' }]", True)):
        site = rules(tmp_path, html).ruleset.site_for(PAGE, URL)
        assert site is not None and edits_page(tree, site) is edits, html
