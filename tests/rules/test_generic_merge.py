"""Several generic files (the shipped one, then a user's from `--rules`) merged into one set:
lists add up, a setting a later file sets explicitly overrides, one it leaves out keeps the value
before it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from cleaner import Cleaner
from cleaner.rules.files import builtin_rules_dir
from cleaner.rules.generic import load_generic

SHIPPED_LIKE = """
[[lexicon]]
kind = "share"
lines = ['Share this']

[trailers]
markers = ['Related stories']
within_last = 0.25
"""

# A user's generic.toml that only adds a lexicon group (German and French furniture).
LEXICON_ONLY = """
[[lexicon]]
kind = "promo"
languages = ["de", "fr"]
lines = ['Jetzt gratis testen', 'Essayez gratuitement']
"""


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "generic.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_files_are_the_generic_files_loaded(tmp_path):
    first = write(tmp_path / "shipped", SHIPPED_LIKE)
    second = write(tmp_path / "user", LEXICON_ONLY)
    assert load_generic([first, second]).files == [first, second]


def test_a_cleaner_lists_the_shipped_generic_file_and_the_users(tmp_path):
    user = write(tmp_path / "mine", LEXICON_ONLY)
    files = Cleaner(rules=[tmp_path / "mine"], site_rules=False).ruleset.generic.files
    assert files == [builtin_rules_dir() / "generic.toml", user]


def test_a_users_file_that_leaves_a_setting_out_keeps_the_value_before_it(tmp_path):
    generic = load_generic([write(tmp_path / "shipped", SHIPPED_LIKE), write(tmp_path / "user", LEXICON_ONLY)])
    assert generic.trailer_within_last == 0.25
    # The user's group is added, the shipped one kept.
    assert list(dict.fromkeys(kind.kind for kind, _ in generic.lexicon_lines.rules)) == ["share", "promo"]


def test_a_users_file_that_sets_a_setting_overrides_it_even_to_the_default(tmp_path):
    shipped = write(tmp_path / "shipped", SHIPPED_LIKE)
    for value in (0.3, 0.4):  # 0.4 is the schema's default: set explicitly, it still counts
        user = write(tmp_path / "user", LEXICON_ONLY + f"\n[trailers]\nwithin_last = {value}\n")
        assert load_generic([shipped, user]).trailer_within_last == value


def test_a_users_trailer_markers_without_within_last_keep_the_shipped_share(tmp_path):
    shipped = write(tmp_path / "shipped", SHIPPED_LIKE)
    user = write(tmp_path / "user", "[trailers]\nmarkers = ['Ähnliche Artikel', 'Articles similaires']\n")
    assert load_generic([shipped, user]).trailer_within_last == 0.25


def test_a_cleaner_with_a_users_lexicon_keeps_the_shipped_within_last(tmp_path):
    write(tmp_path / "mine", LEXICON_ONLY)
    shipped = tomllib.loads((builtin_rules_dir() / "generic.toml").read_text(encoding="utf-8"))
    generic = Cleaner(rules=[tmp_path / "mine"], site_rules=False).ruleset.generic
    assert generic.trailer_within_last == shipped["trailers"]["within_last"]
    article = Cleaner(rules=[tmp_path / "mine"], site_rules=False).clean(
        "Neue Fähre für die Insel\n\nDie Gemeinde kauft eine neue Fähre für die Strecke zur Insel, "
        "nach zwei Jahren Streit über die Kosten.\nJetzt gratis testen\n")
    assert [r.rule for r in article.removed if r.text == "Jetzt gratis testen"] == ["lexicon.promo"]
