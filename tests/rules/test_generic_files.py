"""GenericRules.files: the generic files that were merged, in order (the loop over lexicon groups
once reused the name `paths`, leaving the last group's path filter here instead)."""

from __future__ import annotations

from pathlib import Path

from cleaner.rules.files import builtin_rules_dir
from cleaner.rules.ruleset import load_ruleset


def test_files_are_the_generic_files_merged(tmp_path: Path) -> None:
    user = tmp_path / "generic.toml"
    user.write_text('[[lexicon]]\nkind = "share"\npaths = ["text"]\nlines = ["Teile diesen Artikel"]\n',
                    encoding="utf-8")
    generic = load_ruleset([tmp_path], site_rules=False).generic
    assert generic.files == [builtin_rules_dir() / "generic.toml", user]
