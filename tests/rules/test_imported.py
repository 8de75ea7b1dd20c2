"""Imported rule folders (cleaner.rules.imported): the index read once, a host's file found as
Full-Text RSS finds it and compiled only when asked for, the fallback merged, the index checked;
and the shipped corpus (rules/ftr/)."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from cleaner import Cleaner, RuleError
from cleaner.rules.files import builtin_rules_dir, rule_files, rule_folders
from cleaner.rules.ftr.corpus import convert_folder, write_folder
from cleaner.rules.imported import INDEX, index_problems, load_imported
from cleaner.rules.ruleset import check_paths

CONFIGS = {
    "example.com.txt": "body: //article\n",
    ".example.com.txt": "body: //main\n",
    "news.example.com.txt": "body: //div[@id='news']\n",
    ".blogs.example.net.txt": "strip: //aside\n",
    "global.txt": "strip_id_or_class: sharedaddy\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    for name, text in CONFIGS.items():
        (source / name).write_text(text, encoding="utf-8")
    out = tmp_path / "rules" / "ftr"
    write_folder(convert_folder(source), source, out)
    return out


@pytest.mark.parametrize(("host", "file"), [
    ("example.com", "example.com.toml"),
    ("www.example.com", "example.com.toml"),  # the host and its www.
    ("WWW.Example.COM.", "example.com.toml"),
    ("news.example.com", "news.example.com.toml"),  # a host's own file before the wildcard
    ("sport.example.com", "_.example.com.toml"),
    ("a.b.example.com", "_.example.com.toml"),  # the nearest parent with a wildcard file
    ("x.blogs.example.net", "_.blogs.example.net.toml"),
    ("blogs.example.net", None),  # a wildcard file is not the domain's own
    ("example.org", None),
    ("", None),
])
def test_a_host_finds_its_file_as_full_text_rss_finds_it(folder, host, file):
    assert load_imported(folder).file_for(host) == file


def test_a_file_is_compiled_when_its_host_comes_and_once(folder):
    index = load_imported(folder)
    assert not index._cache
    site = index.site_for("www.example.com")
    assert site.name == "example.com" and set(index._cache) == {"example.com.toml", "global.toml"}
    assert index.site_for("example.com") is site


def test_the_fallback_is_merged_into_every_file_and_is_the_rules_of_unnamed_hosts(folder):
    index = load_imported(folder)
    site = index.site_for("sport.example.com")
    assert [rule for rule, _ in site.html_drop] == ["global.toml: html.drop_id_or_class[0]"]
    assert index.site_for("elsewhere.org") is None
    other = index.fallback()
    assert other.fallback and other.name == "Full-Text RSS global config"


def test_the_compiled_sites_kept_are_bounded(folder, monkeypatch):
    monkeypatch.setattr("cleaner.rules.imported.CACHE_SITES", 2)
    index = load_imported(folder)
    for host in ("example.com", "news.example.com", "a.example.com", "x.blogs.example.net"):
        index.site_for(host)
    assert len(index._cache) == 2


def test_a_rule_folder_holding_an_imported_folder_reads_its_files_through_the_index(folder):
    rules = folder.parent
    (rules / "mine.toml").write_text('[site]\nname = "Mine"\ndomains = ["mine.example"]\n', encoding="utf-8")
    generic, sites, imported = rule_folders(rules)
    assert [p.name for p in sites] == ["mine.toml"] and imported == [folder]
    assert rule_files(rules) == (generic, sites)
    cleaner = Cleaner([rules], imported_rules="all")
    assert [s.name for s in cleaner.ruleset.sites if s.file.parent == rules] == ["Mine"]
    page = "<html><body><article><p>x</p></article></body></html>"
    found = cleaner.ruleset.site_for(page, "https://www.example.com/a")
    assert found is not None and found.name == "example.com" and not found.named


def test_a_hand_written_file_wins_over_an_imported_one(folder):
    rules = folder.parent
    (rules / "mine.toml").write_text('[site]\nname = "Mine"\ndomains = ["example.com"]\n', encoding="utf-8")
    cleaner = Cleaner([rules], imported_rules="all")
    assert cleaner.ruleset.site_for("", "https://example.com/a").name == "Mine"


def test_an_index_of_another_format_is_an_error_naming_it(folder):
    (folder / INDEX).write_text(json.dumps({"format": 99, "files": {}}), encoding="utf-8")
    with pytest.raises(RuleError, match=r"index\.json: format: index format 99 is not supported"):
        Cleaner([folder.parent])


def test_rules_check_finds_where_the_index_and_the_files_disagree(folder):
    assert check_paths([folder.parent]) == (len(CONFIGS), [])
    (folder / "example.com.toml").unlink()
    (folder / "stray.toml").write_text('[site]\nname = "Stray"\n', encoding="utf-8")
    text = (folder / "news.example.com.toml").read_text(encoding="utf-8")
    (folder / "news.example.com.toml").write_text(text.replace("'news.example.com'", "'other.example.com'"),
                                                  encoding="utf-8")
    found = {(Path(p.path).name, p.key) for p in index_problems(folder)}
    assert found == {("index.json", "files.example.com.toml"), ("stray.toml", ""),
                     ("index.json", "files.news.example.com.toml")}


def test_off_leaves_imported_folders_out_and_a_cleaner_pickles_with_its_choice(folder):
    assert Cleaner([folder.parent], imported_rules=False).ruleset.imported == []
    cleaner = pickle.loads(pickle.dumps(Cleaner([folder.parent], imported_rules="metadata")))
    assert cleaner.imported_rules == "metadata" and cleaner.ruleset.imported[0].use == "metadata"
    with pytest.raises(ValueError, match="imported_rules"):
        Cleaner(imported_rules="some")


# --- the shipped corpus -------------------------------------------------------------------

SHIPPED = builtin_rules_dir() / "ftr"
SOURCE = Path(os.environ.get("FTR_SITE_CONFIG", Path(__file__).resolve().parents[3] / "shared" / "ftr-site-config"))


def test_the_shipped_corpus_is_checked_clean():
    count, problems = check_paths([SHIPPED])
    assert problems == [] and count > 2000


def test_the_shipped_corpus_carries_its_licence_and_source():
    assert "public domain" in (SHIPPED / "LICENSE.txt").read_text(encoding="utf-8")
    index = json.loads((SHIPPED / INDEX).read_text(encoding="utf-8"))
    assert index["commit"] == "e607dc10ea432381ac04ee09f77a2d79212fc566"
    assert "e607dc10ea432381ac04ee09f77a2d79212fc566" in (SHIPPED / "README.md").read_text(encoding="utf-8")


@pytest.mark.skipif(not SOURCE.is_dir(), reason="the ftr-site-config snapshot is not here (FTR_SITE_CONFIG)")
def test_the_shipped_corpus_is_the_converter_s_output_unedited(tmp_path):
    commit = json.loads((SHIPPED / INDEX).read_text(encoding="utf-8"))["commit"]
    write_folder(convert_folder(SOURCE, commit), SOURCE, tmp_path / "ftr", commit)
    made = {p.name: p.read_bytes() for p in (tmp_path / "ftr").iterdir()}
    shipped = {p.name: p.read_bytes() for p in SHIPPED.iterdir()}
    assert made.keys() == shipped.keys()
    assert [name for name in made if made[name] != shipped[name]] == []
