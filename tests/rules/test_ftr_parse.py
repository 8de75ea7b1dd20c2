"""The Full-Text RSS site-config line format (cleaner.rules.ftr.parse), on configs written here."""

from __future__ import annotations

import pytest

from cleaner.rules.ftr.parse import decode, parse, parse_line, site_file_hosts


def test_directives_comments_blank_lines_and_arguments():
    text = """# a comment
title: //h1[@class='headline']

  body: //div[@id="story"]
replace_string(<b>): <strong>
http_header(User-Agent): Mozilla/5.0 (X11; Linux)
prune: no
"""
    found, problems = parse(text)
    assert problems == []
    assert [(d.line, d.name, d.argument, d.value) for d in found] == [
        (2, "title", None, "//h1[@class='headline']"),
        (4, "body", None, '//div[@id="story"]'),
        (5, "replace_string", "<b>", "<strong>"),
        (6, "http_header", "User-Agent", "Mozilla/5.0 (X11; Linux)"),
        (7, "prune", None, "no"),
    ]


def test_a_colon_inside_the_argument_stays_in_it():
    # Full-Text RSS cuts at the first colon and loses this line; the argument runs to `):`.
    d = parse_line(1, 'replace_string(,"caption":): ,"hidden":')
    assert (d.argument, d.value) == (',"caption":', ',"hidden":')
    d = parse_line(1, "replace_string(teaser.init();):")
    assert (d.argument, d.value) == ("teaser.init();", "")


def test_a_value_keeps_its_colons():
    assert parse_line(3, "single_page_link: //a[contains(@href, 'https://x.example/print')]").value \
        == "//a[contains(@href, 'https://x.example/print')]"


@pytest.mark.parametrize(("line", "why"), [
    ("// remove the last box", "not a directive line"),
    ("strip //div[@class='ad']", "no colon after `strip`"),
    ("replace_string(<i>: <em>", "has no `):`"),
])
def test_a_broken_line_is_a_problem_with_its_number(line, why):
    found, problems = parse(f"title: //h1\n{line}\nbody: //article\n")
    assert [d.name for d in found] == ["title", "body"]
    assert len(problems) == 1 and problems[0].line == 2 and why in problems[0].reason
    assert problems[0].text == line


def test_bytes_that_are_not_utf8_and_nul_bytes_are_problems_not_errors():
    text, problems = decode(b"title: //h1\nbody: //div[@class='r\xe9cit']\n\x00\x00")
    assert "title: //h1" in text and "\x00" not in text
    assert {p.reason for p in problems} == {"2 NUL bytes removed", "not UTF-8: the bytes that are not were replaced"}
    assert next(p for p in problems if p.reason.startswith("not UTF-8")).line == 2


@pytest.mark.parametrize(("name", "hosts"), [
    ("example.com.txt", ("example.com", False)),
    ("www.example.com.txt", ("example.com", False)),  # hosts are looked up without www.
    ("news.example.co.uk.txt", ("news.example.co.uk", False)),
    (".example.com.txt", ("example.com", True)),
    ("global.txt", None),
    ("LICENSE.txt", None),
    ("README.md", None),
])
def test_the_file_name_says_which_hosts(name, hosts):
    assert site_file_hosts(name) == hosts
