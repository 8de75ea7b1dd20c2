"""Validated rule data kept in the cache (cleaner.rules.specs): a hit builds the same rules as a
miss without pydantic, and a changed file, schema or entry is validated afresh."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cleaner import RuleError
from cleaner.rules import cache, specs
from cleaner.rules.files import COMPILED, builtin_rules_dir, read_rule_file
from helpers import write

SITE = """[site]
name = "Hafenblatt"
domains = ["hafenblatt.example"]
[text]
drop_lines = ['Teilen Sie diesen Artikel', 'Partager cet article']
"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(where))
    monkeypatch.setattr(COMPILED, "_known", None)
    return where


def test_a_hit_gives_the_data_a_miss_gave(folder):
    path = builtin_rules_dir() / "generic.toml"
    fresh = read_rule_file("GenericFile", path)
    assert list(folder.glob("spec-*.json"))
    again = read_rule_file("GenericFile", path)
    assert again == fresh and again.lexicon[0].kind == fresh.lexicon[0].kind
    assert "lexicon" in again.model_fields_set and "revision" not in again.trailers.model_fields_set


def test_a_changed_file_is_validated_afresh(folder, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    site = write(rules, SITE, "hafen.toml")
    assert read_rule_file("SiteFile", site).text.drop_lines[0] == "Teilen Sie diesen Artikel"
    site.write_text(SITE.replace("drop_lines", "drop_linez"), encoding="utf-8")
    with pytest.raises(RuleError, match="unknown key"):
        read_rule_file("SiteFile", site)


def test_a_changed_schema_makes_every_entry_stale(folder, monkeypatch):
    path = builtin_rules_dir() / "generic.toml"
    read_rule_file("GenericFile", path)
    where = specs.entry("GenericFile", path, path.read_bytes())
    monkeypatch.setattr(specs, "schema_digest", lambda: "another schema")
    assert specs.entry("GenericFile", path, path.read_bytes()) != where
    assert specs.load(specs.entry("GenericFile", path, path.read_bytes())) is None


@pytest.mark.parametrize("data", [["m", [], "no fields"], ["x", 1], {"a": 1}, ["l"]])
def test_an_entry_of_the_wrong_shape_is_as_none(folder, data):
    path = builtin_rules_dir() / "generic.toml"
    where = specs.entry("GenericFile", path, path.read_bytes())
    cache.store(*where, data)
    assert specs.load(where) is None
    assert read_rule_file("GenericFile", path).lexicon  # validated afresh


def test_a_spec_is_read_only(folder):
    spec = read_rule_file("GenericFile", builtin_rules_dir() / "generic.toml")
    with pytest.raises(AttributeError):
        spec.revision = 2
    with pytest.raises(AttributeError):
        spec.no_such_key  # noqa: B018


def test_a_cache_hit_cleans_as_a_miss_and_imports_no_pydantic(folder, tmp_path):
    # two fresh processes, as two runs of the command line: the first fills the cache (a miss validates the
    # files with pydantic), the second cleans the same from it alone; the test's own process is left out,
    # since what earlier tests loaded into it would not be written to this cache
    rules = tmp_path / "rules"
    rules.mkdir()
    write(rules, SITE, "hafen.toml")
    page = "Hafen wächst\n\nDer Hafen wuchs im Sommer um ein Zehntel, sagte die Behörde am Montag.\nTeilen Sie diesen Artikel\n"
    code = ("import json, sys; from cleaner import Cleaner; "
            f"a = Cleaner([{str(rules)!r}]).clean({page!r}, 'https://hafenblatt.example/a', kind='text'); "
            "print(json.dumps([a.to_dict(), 'pydantic' in sys.modules]))")
    env = {**os.environ, cache.ENV: str(folder)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                      env=env).stdout) for _ in range(2)]
    (before, miss), (after, hit) = runs
    assert after == before and "Teilen" not in after["body"]
    assert (miss, hit) == (True, False)
