"""One JSON Lines reader (cli.files.jsonl_lines) for the filter's --jsonl and for fix/check: the
same files read the same way, gzip-compressed ones included, with the same line numbers."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.cli.files import jsonl_lines

STORY = ("The harbour at Porthwen reopened to the fishing fleet on Monday, a week after the storms that broke "
         "two of the mooring chains. The harbour master said the breakwater had held and the boats could go out "
         "again as soon as the divers had checked the inner basin.")
LINES = [json.dumps({"id": 1, "text": f"Harbour reopens\n\n{STORY}"}) + "\n", "\n",
         json.dumps({"id": 2, "text": 7}) + "\r\n", json.dumps({"id": 3, "html": f"<p>{STORY}</p>"})]


def write(path: Path) -> Path:
    data = "".join(LINES).encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize("name", ["pages.jsonl", "pages.jsonl.gz"])
def test_every_line_comes_numbered_with_its_ending(tmp_path, name):
    with jsonl_lines(write(tmp_path / name)) as lines:
        assert list(lines) == [(i, line.encode()) for i, line in enumerate(LINES, start=1)]


def test_stdin_is_read_and_left_open(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO("".join(LINES).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    with jsonl_lines(None) as lines:
        assert [n for n, _ in lines] == [1, 2, 3, 4]
    assert not stdin.closed


def test_the_filter_reads_a_compressed_file_as_fix_does(tmp_path, capsys):
    plain, packed = write(tmp_path / "a.jsonl"), write(tmp_path / "b.jsonl.gz")
    outputs = []
    for path in (plain, packed):
        code = main(["--jsonl", str(path)])
        out, err = capsys.readouterr()
        outputs.append(out)
        # the bad record is named by its line, blank lines counted, as fix and check name it
        assert code == 1 and err.splitlines() == [f"article-cleaner: {path}:3: the record's 'text' field is not a string"]
    # the bad record is written whole, with `status: error`, so that nothing of the stream is lost
    assert outputs[0] == outputs[1]
    assert [(r["id"], r["status"]) for r in map(json.loads, outputs[0].splitlines())] == [(1, "ok"), (2, "error"), (3, "ok")]


def test_a_broken_compressed_file_is_named_and_the_next_source_is_read(tmp_path, capsys):
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress("".join(LINES).encode())[:30])
    good = write(tmp_path / "good.jsonl")
    code = main(["--jsonl", str(broken), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 2, 3]  # 2: `status: error`
    assert err.splitlines()[0].startswith(f"article-cleaner: {broken}: ")
    assert "Traceback" not in err
