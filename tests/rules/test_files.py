"""rules.files: which files of a rule folder are read."""

from __future__ import annotations

from cleaner.rules.files import rule_files
from helpers import write


def test_rule_folder_inside_a_hidden_folder_is_read(tmp_path):
    """Installed in a `.venv`, the shipped rules still load; hidden folders below a rule folder do not."""
    folder = tmp_path / ".venv" / "rules"
    (folder / ".git").mkdir(parents=True)
    write(folder, '[site]\nname = "Seen"\n', "seen.toml")
    write(folder / ".git", '[site]\nname = "Hidden"\n', "hidden.toml")
    assert [p.name for p in rule_files(folder)[1]] == ["seen.toml"]
