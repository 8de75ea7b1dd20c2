"""The rules cache (cleaner.rules.cache): what it keeps is used only while its inputs are unchanged,
and a broken, stale or unwritable cache is the same as none."""

from __future__ import annotations

import json

import pytest

from cleaner import Cleaner, RuleError
from cleaner.rules import cache, stoplists
from cleaner.rules.files import COMPILED
from helpers import write


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A cache of the test's own, empty."""
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(where))
    monkeypatch.setattr(COMPILED, "_known", None)  # read afresh from this cache
    return where


def test_an_entry_is_read_back_under_its_key_only(folder):
    key = cache.digest("inputs", 1)
    cache.store("thing", key, {"a": [1, 2]})
    assert cache.load("thing", key) == {"a": [1, 2]}
    assert cache.load("thing", cache.digest("inputs", 2)) is None  # changed inputs: stale
    assert cache.load("other", key) is None


def test_a_corrupt_entry_is_as_none_and_is_replaced(folder):
    key = cache.digest("x")
    cache.store("thing", key, [1])
    (folder / "thing.json").write_text('{"key": "', encoding="utf-8")  # cut short
    assert cache.load("thing", key) is None
    cache.store("thing", key, [2])
    assert cache.load("thing", key) == [2]
    assert [p.name for p in folder.iterdir()] == ["thing.json"]  # no temporary file left


@pytest.mark.parametrize("value", ["", "off"])
def test_the_cache_can_be_turned_off(tmp_path, monkeypatch, value):
    monkeypatch.setenv(cache.ENV, value)
    assert cache.cache_dir() is None
    cache.store("thing", "k", [1])
    assert cache.load("thing", "k") is None


def test_an_unwritable_cache_is_skipped_without_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    cache.store("thing", "k", [1])  # mkdir fails: nothing raised
    assert cache.load("thing", "k") is None


def test_the_default_place_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "article-cleaner"


def test_stoplists_from_the_cache_are_those_built_afresh(folder):
    characters = (("zh", "的了"),)
    built = stoplists._load.__wrapped__(characters)  # cache empty: built from jusText, and stored
    assert (folder / f"{stoplists.CACHE_NAME}.json").is_file()
    cached = stoplists._load.__wrapped__(characters)
    assert cached.group_of == built.group_of and cached.groups == built.groups and cached.weight == built.weight
    assert set(cached.by_language) == set(built.by_language)
    for language in ("en", "de", "pl", "zh"):
        assert cached.by_language[language] == built.by_language[language]
    assert "the" in cached.by_language["en"] and "der" in cached.by_language["de"]
    assert cached.by_language["zh"] == frozenset("的了")
    assert "xx" not in cached.by_language


def test_a_stoplist_entry_of_the_wrong_shape_is_rebuilt(folder):
    built = stoplists._load.__wrapped__(())
    entry = folder / f"{stoplists.CACHE_NAME}.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["data"]["words"] = data["data"]["words"][:3]  # the key still fits, the table does not
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert stoplists._load.__wrapped__(()).group_of == built.group_of


SITE = """
[site]
name = "Example"
domains = ["example.com"]

[text]
drop_lines = ["{pattern}"]
"""


def test_a_rule_file_changed_after_it_compiled_is_checked_again(folder, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    write(rules, SITE.format(pattern="Share this"))
    Cleaner([rules])
    assert len(json.loads((folder / "compiled-rules.json").read_text(encoding="utf-8"))["data"]) >= 2
    write(rules, SITE.format(pattern="Share (this"))  # the same file, now broken
    with pytest.raises(RuleError, match=r"example\.toml: text\.drop_lines\.0: .*does not compile"):
        Cleaner([rules])
    write(rules, SITE.format(pattern="Share this"))  # its first bytes again: known to compile
    assert Cleaner([rules]).ruleset.sites[0].drop_lines[0].source == "Share this"
