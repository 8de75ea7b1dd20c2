"""rules.site: schema errors name file, key and problem; sites match by domain and fingerprint; a
user's rules come first; every rule file's own [[tests]] pass."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, RuleError
from cleaner.cli.rules import case_failures
from cleaner.rules.files import builtin_rules_dir, rule_files
from cleaner.rules.site import load_site
from helpers import run_cli, write

SITE_FILES = rule_files(builtin_rules_dir())[1]


@pytest.mark.parametrize(("body", "key", "problem"), [
    ('[site]\nname = "X"\ntitl = "typo"\n', "site.titl", "unknown key"),
    ('[site]\nname = "X"\ndomains = "x.com"\n', "site.domains", "valid list"),
    ('[site]\nname = "X"\n[text]\ndrop_lines = ["(unclosed"]\n', "text.drop_lines.0", "does not compile"),
    ('[site]\nname = "X"\n[html]\ndrop = ["div[[["]\n', "html.drop.0", "does not parse"),
    ('[site]\nname = "X"\n[html]\ndrop_xpath = ["//div[@"]\n', "html.drop_xpath.0", "does not parse"),
    ('[text]\ndrop_lines = []\n', "site", "Field required"),
    ('format = 9\n[site]\nname = "X"\n', "format", "not supported"),
])
def test_bad_rule_file_names_file_key_and_problem(tmp_path, body, key, problem):
    path = write(tmp_path, body)
    with pytest.raises(RuleError) as err:
        load_site(path)
    assert err.value.key == key
    assert problem in err.value.problem
    assert str(err.value).startswith(f"{path}: {key}: ")


def test_toml_syntax_error_names_the_file(tmp_path):
    path = write(tmp_path, '[site\nname = "X"\n')
    with pytest.raises(RuleError, match="not valid TOML") as err:
        load_site(path)
    assert str(path) in str(err.value)


def test_cli_reports_a_bad_user_rule_file_in_one_line(tmp_path):
    write(tmp_path, '[site]\nname = "X"\nfingerprint = ["x"]\n')
    proc = run_cli("--rules", str(tmp_path), "-", stdin="hello")
    assert proc.returncode == 4
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert "example.toml: site.fingerprint: unknown key" in proc.stderr


def test_domain_matches_subdomains_but_not_lookalikes(cleaner):
    match = cleaner.ruleset.site_for
    assert match("", "https://www.newslooks.com/a/b").name == "Newslooks"
    assert match("", "https://edition.news.newslooks.com/").name == "Newslooks"
    assert match("", "https://notnewslooks.com/") is None
    assert match("", "dallasexpress.com/x").name == "The Dallas Express"


def test_fingerprint_picks_the_site_without_url(cleaner):
    page = "Some headline\n\nQuick Read\n\nText."
    assert cleaner.ruleset.site_for(page, None).name == "Newslooks"
    assert cleaner.ruleset.site_for("Nothing to see here.", None) is None


def test_user_rules_come_first_and_can_drop_lines(tmp_path):
    write(tmp_path, '[site]\nname = "Mine"\ndomains = ["newslooks.com"]\n[text]\ndrop_lines = ["Keep me not"]\n')
    page = "A headline for the story\n\nKeep me not\n\nThe article says something long enough to be prose here."
    article = Cleaner([tmp_path]).clean(page, "https://newslooks.com/x")
    assert article.site == "Mine"
    assert "Keep me not" not in article.body
    assert any(r.rule == "example.toml: text.drop_lines[0]" for r in article.removed)


def test_open_ended_range_is_left_alone(tmp_path):
    write(tmp_path, '[site]\nname = "R"\ndomains = ["r.org"]\n[text]\n'
                    'drop_ranges = [{start = "Box start", end = "Box end", max_lines = 3}]\n')
    page = "Title line of the page\n\nBox start\nOne.\nTwo.\nThree.\nFour.\nBox end\nA real paragraph follows."
    body = Cleaner([tmp_path]).clean(page, "https://r.org/").body
    assert "Box start" in body and "Four." in body


def test_strip_prefix_keeps_the_rest_and_explains(tmp_path):
    write(tmp_path, '[site]\nname = "P"\ndomains = ["p.org"]\n[text]\nstrip_prefix = ["WIRE — "]\n')
    page = "Title line of the page\n\nWIRE — The minister said on Monday that the plan would go ahead."
    article = Cleaner([tmp_path]).clean(page, "https://p.org/")
    assert article.body == "The minister said on Monday that the plan would go ahead."
    assert ("WIRE —", "example.toml: text.strip_prefix[0]") in [(r.text, r.rule) for r in article.removed]


@pytest.mark.parametrize("path", SITE_FILES, ids=lambda p: p.name)
def test_rule_file_own_cases(path):
    site = load_site(path)
    assert site.tests, f"{path.name} has no [[tests]]"
    cleaner = Cleaner()
    for case in site.tests:
        article = cleaner.clean((path.parent / case.input).read_bytes(), case.url)
        assert case_failures(case, article, site.name) == []
