"""One Full-Text RSS config converted into a site rule file (cleaner.rules.ftr.convert, .write):
every directive, wildcards, global.txt, broken lines and bad XPaths, the order of replacements."""

from __future__ import annotations

import tomllib

import pytest

from cleaner.rules.ftr.convert import convert
from cleaner.rules.ftr.write import rule_file
from cleaner.rules.schema import SiteFile
from cleaner.rules.site import load_site

EVERY_DIRECTIVE = """\
# The Example Gazette, written for these tests
title: //h1[@class='headline']
title: //meta[@property="og:title"]/@content
body: //div[@id='story'] | //figure[@class='lead']
body: //article
author: //span[@class='byline']
date: //time/@datetime
strip: //div[@class='share-bar']
strip_id_or_class: newsletter-box
strip_id_or_class: 'related'
strip_image_src: pixel.gif
dissolve: //span[@class='glossary']
wrap_in(blockquote): //p[@class='pull-quote']
find_string: <amp-img
replace_string: <img
replace_string(<p class="kicker">): <p>
prune: no
autodetect_on_failure: no
skip_json_ld: yes
tidy: no
parser: html5php
http_header(user-agent): Mozilla/5.0
single_page_link: //a[@rel='print']/@href
next_page_link: //a[@rel='next']
login_uri: https://example.com/login
requires_login: no
test_url: https://example.com/2024/05/a-story
test_contains: The council met on Tuesday
strip_attr: //img/@srcset
native_ad_clue: //meta[@name='sponsored']
move_into(body): //div[@id='gallery']
"""


def converted(text: str = EVERY_DIRECTIVE, name: str = "example.com.txt", host: str | None = "example.com",
              wildcard: bool = False):
    return convert(name, text, host, wildcard, commit="0" * 40)


def test_every_directive_maps_to_its_key():
    html = converted().data["html"]
    assert html["title_xpath"] == ["//h1[@class='headline']", '//meta[@property="og:title"]/@content']
    assert html["body_xpath"] == ["//div[@id='story'] | //figure[@class='lead']", "//article"]
    assert html["author_xpath"] == ["//span[@class='byline']"]
    assert html["date_xpath"] == ["//time/@datetime"]
    assert html["drop_xpath"] == ["//div[@class='share-bar']"]
    assert html["drop_id_or_class"] == ["newsletter-box", "related"]  # quotes removed, as Full-Text RSS does
    assert html["drop_image_src"] == ["pixel.gif"]
    assert html["dissolve"] == ["//span[@class='glossary']"]
    assert html["wrap_in"] == [{"tag": "blockquote", "xpath": "//p[@class='pull-quote']"}]
    assert html["find_replace"] == [{"find": "<amp-img", "replace": "<img"},
                                    {"find": '<p class="kicker">', "replace": "<p>"}]
    assert (html["prune"], html["autodetect_on_failure"], html["skip_json_ld"]) == (False, False, True)


def test_fetching_directives_are_kept_as_metadata_not_applied():
    result = converted()
    imported = result.data["imported"]
    assert imported["fetch"] == [
        "tidy: no", "parser: html5php", "http_header(user-agent): Mozilla/5.0",
        "single_page_link: //a[@rel='print']/@href", "next_page_link: //a[@rel='next']",
        "login_uri: https://example.com/login", "requires_login: no",
        "test_url: https://example.com/2024/05/a-story", "test_contains: The council met on Tuesday"]
    assert (imported["file"], imported["commit"], imported["license"]) == ("example.com.txt", "0" * 40, "CC0-1.0")
    assert all(o.status == "metadata" for o in result.outcomes if o.directive in ("tidy", "test_url", "http_header"))


def test_directives_that_change_no_text_are_skipped_with_a_reason():
    skipped = {o.directive: o.reason for o in converted().skipped()}
    assert skipped == {"strip_attr": "removes an attribute: the text stays the same",
                       "native_ad_clue": "tells a sponsored page apart, says nothing of its text",
                       "move_into": "not a Full-Text RSS directive (an Instapaper leftover it ignores too)"}


def test_the_site_is_the_host_and_its_www_only():
    site = converted().data["site"]
    assert site == {"name": "example.com", "domains": ["example.com"], "subdomains": False}


def test_a_wildcard_file_is_every_subdomain():
    site = converted("body: //main\n", ".example.org.txt", "example.org", wildcard=True).data["site"]
    assert site == {"name": "example.org", "domains": ["*.example.org"]}


def test_global_txt_is_the_fallback_config_with_no_domain():
    data = converted("strip_id_or_class: sharedaddy\ntitle: //meta[@property='og:title']/@content\n",
                     "global.txt", None).data
    assert data["site"] == {"name": "Full-Text RSS global config"}
    assert data["imported"]["global_rules"] is True
    assert data["html"]["drop_id_or_class"] == ["sharedaddy"]


@pytest.mark.parametrize(("line", "reason"), [
    ("body: //div[@class='x'", "XPath does not compile"),
    ("strip: //div[ends-with(@class, 'ad')]", "XPath calls ends-with: not XPath 1.0"),
    ("strip: //p[lower-case(@id) = 'promo']", "XPath calls lower-case: not XPath 1.0"),
    ("strip: //div[contains(@class)]", "XPath does not run"),
    ("body: string(//div[@id='story'])", "XPath gives a value, not nodes"),
    ("body:", "no value"),
    ("prune: sometimes", "expects yes or no"),
    ("wrap_in(not a tag): //p", "wrap_in(not a tag) names no element"),
    ("titel: //h1", "unknown directive"),
    ("# body: //commented-out", None),
])
def test_a_bad_line_is_skipped_with_file_line_and_reason_never_a_crash(line, reason):
    result = converted(f"title: //h1\n{line}\ndate: //time\n")
    html = result.data["html"]
    assert html["title_xpath"] == ["//h1"] and html["date_xpath"] == ["//time"]
    skipped = result.skipped()
    if reason is None:
        assert skipped == []
        return
    assert len(skipped) == 1 and skipped[0].line == 2 and skipped[0].reason.startswith(reason), skipped
    SiteFile.model_validate(result.data)  # what was kept validates


def test_a_broken_line_is_skipped_and_the_rest_converted():
    result = converted("body: //article\n// strip the footer\nstrip: //footer\n")
    assert result.data["html"] == {"drop_xpath": ["//footer"], "body_xpath": ["//article"]}
    assert [(o.line, o.text) for o in result.skipped()] == [(2, "// strip the footer")]


def test_replacements_keep_their_order_across_both_forms():
    text = ("find_string: <h2\nreplace_string: <h3\n"
            "replace_string(</h2>): </h3>\n"
            "find_string: <h3 class=\"dek\">\nreplace_string: <p>\n")
    assert converted(text).data["html"]["find_replace"] == [
        {"find": "<h2", "replace": "<h3"}, {"find": "</h2>", "replace": "</h3>"},
        {"find": '<h3 class="dek">', "replace": "<p>"}]


def test_an_empty_replace_string_deletes_the_text():
    assert converted("find_string: <span class=\"ad\"></span>\nreplace_string:\n").data["html"]["find_replace"] \
        == [{"find": '<span class="ad"></span>', "replace": ""}]


def test_unpaired_replacements_are_all_skipped_as_full_text_rss_skips_them():
    result = converted("find_string: <b>\nreplace_string: <strong>\nfind_string: <i>\nbody: //main\n")
    assert "find_replace" not in result.data["html"]
    assert [o.line for o in result.skipped()] == [1, 2, 3]
    assert "2 find_string and 1 replace_string" in result.skipped()[0].reason


def test_a_switch_given_twice_counts_the_last():
    result = converted("prune: yes\nbody: //main\nprune: no\n")
    assert result.data["html"]["prune"] is False
    assert [(o.line, o.reason) for o in result.skipped()] == [(1, "given again on line 3: the last counts")]


def test_the_written_file_is_a_valid_rule_file_with_its_skipped_lines_as_comments(tmp_path):
    text = rule_file(converted())
    assert tomllib.loads(text) == converted().data  # TOML that reads back as the data
    assert "# line 29: strip_attr: //img/@srcset  (removes an attribute: the text stays the same)" in text
    path = tmp_path / "example.com.toml"
    path.write_text(text, encoding="utf-8")
    site = load_site(path)
    assert site.matches_host("www.example.com") and not site.matches_host("news.example.com")
    assert [rule for rule, _ in site.xpaths.body] == ["example.com.toml: html.body_xpath[0]",
                                                       "example.com.toml: html.body_xpath[1]"]


def test_strings_with_both_quotes_and_control_characters_round_trip():
    text = "find_string: <a title='x'\tclass=\"y\">\nreplace_string: <a>\n"  # a tab inside the value
    data = converted(text).data
    assert data["html"]["find_replace"] == [{"find": "<a title='x'\tclass=\"y\">", "replace": "<a>"}]
    assert tomllib.loads(rule_file(converted(text))) == data


def test_the_conversion_is_a_pure_function_of_its_input():
    assert rule_file(converted()) == rule_file(converted())
