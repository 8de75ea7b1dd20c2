"""`check --diff` on JSON Lines spools each file's diff until the file is done: the spool is closed
then (it moves to a file on disk past 1 MiB), whether the file is fixed or fails."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from cleaner.cli import corpus

RECORD = {"text": "A harbour reopens\n\nThe old harbour of the town reopened on Monday after two years of work, "
                  "the mayor said.\n\nFishing boats came back the same morning, and the market opened at noon."}


@pytest.fixture
def spools(monkeypatch: pytest.MonkeyPatch) -> list[tempfile.SpooledTemporaryFile[str]]:
    made: list[tempfile.SpooledTemporaryFile[str]] = []
    real = tempfile.SpooledTemporaryFile

    def spy(*args: object, **kwargs: object) -> tempfile.SpooledTemporaryFile[str]:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(corpus.tempfile, "SpooledTemporaryFile", spy)
    return made


@pytest.mark.parametrize("lines", [[json.dumps(RECORD)], [json.dumps(RECORD), "not json"]], ids=["changed", "failed"])
def test_the_diff_spool_is_closed_when_the_file_is_done(tmp_path: Path, spools: list, lines: list[str],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status = corpus.check_main(["--diff", "-q", str(path)])
    assert status == (corpus.INTERNAL if len(lines) > 1 else corpus.CHANGES)
    assert ("+++" in capsys.readouterr().out) == (len(lines) == 1)  # a file with a bad record is not diffed
    assert len(spools) == 1
    assert spools[0].closed
