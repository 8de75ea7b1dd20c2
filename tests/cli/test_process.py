"""The CLI as a process: the console script the README runs, `python -m cleaner`, Ctrl-C, and a reader
that has gone. Everything else about the CLI is tested in this process (helpers.run_cli); these need
a process of their own. (Also in a process of their own: the terminal tests in test_explain.py and
test_progress.py, `rules check` in test_rules.py, stdin as a real pipe in test_filter.py, and `fix`
under a file-size limit in test_robustness.py.)"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, SAMPLE_FILES, SAMPLES, run_process, start_process

EXPECTED = json.loads((SAMPLES / "expected.json").read_text())
RECORD = json.dumps({"id": 1, "text": "A headline about the harbour\n\nThe harbour reopened on Monday after a week "
                                      "of storms, the port authority said in a statement."}) + "\n"


def readme_first_command() -> list[str]:
    """The command of the README's first set-up line, after `pip install . &&`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first = text.split("```sh\n", 1)[1].split("\n", 1)[0]
    return first.split(" && ", 1)[1].split()


def test_the_readme_s_first_line_runs_the_console_script():
    command = readme_first_command()
    script = Path(sys.executable).parent / command[0]  # installed beside this interpreter
    if not script.exists():
        pytest.skip(f"{command[0]} is not installed beside {sys.executable}")
    proc = subprocess.run([str(script), *command[1:]], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and proc.stderr == ""
    result = json.loads(proc.stdout)
    assert result["title"] == EXPECTED[Path(command[1]).name]["title"] and result["status"] == "ok"


def test_ctrl_c_exits_130_without_a_traceback():
    # -u: each result reaches the pipe as it is written, so the test knows the first record is done
    # and the process is waiting for the next one when the signal comes.
    # Started in the background by a shell without job control (a CI script, `cmd &`), the test runner
    # ignores SIGINT, a child inherits that, and Python then never raises KeyboardInterrupt. At a
    # terminal, where a user presses Ctrl-C, it is not ignored: a handler here (reset to the default
    # when the child starts Python) gives the child that.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen([sys.executable, "-u", "-m", "cleaner", "--jsonl"], cwd=ROOT, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        signal.signal(signal.SIGINT, previous)
    proc.stdin.write(RECORD.encode())
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["id"] == 1
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert out == b"" and b"Traceback" not in err


def test_a_reader_that_has_gone_is_no_error():
    """`article-cleaner … | head`: stdout's reader closed before anything was written."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # no reader at all: every write to the pipe fails
    try:
        proc = subprocess.run([sys.executable, "-m", "cleaner", *map(str, sorted(SAMPLES.glob("*.txt")))], cwd=ROOT,
                              stdout=write_end, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write_end)
    assert proc.returncode == 0
    assert proc.stderr == b""


# Output that cannot be written is an output error with its own message, not a bug, not per page.
def test_a_full_disk_on_stdout_is_one_output_error():
    with open("/dev/full", "wb") as full:
        proc = run_process(*map(str, SAMPLE_FILES), stdout=full)
    assert proc.returncode == 1
    assert proc.stderr == "article-cleaner: cannot write the output: No space left on device\n"


def test_a_closed_stdout_is_one_output_error():
    proc = run_process(*map(str, SAMPLE_FILES), closed=(1,))
    assert proc.returncode == 1
    assert proc.stderr == "article-cleaner: cannot write the output: stdout is closed\n"


def test_with_stderr_closed_messages_never_reach_stdout(tmp_path):
    missing = tmp_path / "gone.txt"
    proc = run_process(str(missing), str(SAMPLE_FILES[0]), closed=(2,))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["path"] == str(SAMPLE_FILES[0])


def test_check_diff_into_head_ends_quietly_with_the_status_so_far(tmp_path):
    for path in SAMPLE_FILES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| head -1` once it has its line: every write fails
    try:
        proc = run_process("check", "--diff", "-q", str(tmp_path), stdout=write_end)
    finally:
        os.close(write_end)
    assert proc.returncode == 1  # the files would change: what check had found when the reader left
    assert proc.stderr == ""


def test_a_file_name_that_is_not_utf8_is_escaped_and_the_files_after_it_are_written(tmp_path):
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(odd, "wb") as fh:
        fh.write(SAMPLE_FILES[0].read_bytes())
    proc = run_process(os.fsdecode(odd), str(SAMPLE_FILES[1]), env={"PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == 0, proc.stderr
    first, second = map(json.loads, proc.stdout.splitlines())
    assert first["path"] == f"{tmp_path}/caf\\xe9.txt" and second["path"] == str(SAMPLE_FILES[1])


# Signals: SIGTERM is handled as Ctrl-C is (temporary files removed, exit 143), and Ctrl-C with
# worker processes never hangs and prints no worker's traceback.
def corpus_of(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for i in range(copies):
        for path in SAMPLE_FILES:
            (folder / f"{i:03}-{path.name}").write_bytes(path.read_bytes())
    return folder


def records_of(path: Path, count: int) -> Path:
    pages = [p.read_text(encoding="utf-8") for p in SAMPLE_FILES]
    path.write_text("".join(json.dumps({"id": i, "text": pages[i % 2]}) + "\n" for i in range(count)), encoding="utf-8")
    return path


def test_sigterm_during_fix_removes_its_temporary_files_and_exits_143(tmp_path):
    folder = corpus_of(tmp_path / "corpus", 30)
    big = records_of(folder / "zz.jsonl", 400)  # rewritten last, through a temporary file, record by record
    proc = start_process("fix", str(folder))
    for line in proc.stderr:  # the signal comes while the JSON Lines file is being rewritten
        if line.startswith(b"Fixing") and b"zz.jsonl" not in line and b"029-" in line:
            break
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and b"Traceback" not in err
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert big.exists()


@pytest.mark.integration
@pytest.mark.parametrize("command", ["fix", "--jsonl"])
def test_ctrl_c_with_two_workers_never_hangs(tmp_path, command):
    """Ctrl-C reaches the whole process group (the terminal sends it so); 20 runs, each bounded."""
    if command == "fix":
        target = corpus_of(tmp_path / "corpus", 20)
        args = ["fix", "-j", "2", str(target)]
    else:
        args = ["--jsonl", "-j", "2", str(records_of(tmp_path / "pages.jsonl", 300))]
    for run in range(20):
        if command == "fix":  # each run starts from pages to fix
            for path in target.iterdir():
                path.write_bytes(SAMPLE_FILES[0].read_bytes())
        proc = start_process(*args, start_new_session=True)
        stream = proc.stderr if command == "fix" else proc.stdout
        first = stream.readline()  # the first result: the workers are busy when the signal comes
        assert first, proc.stderr.read()
        os.killpg(proc.pid, signal.SIGINT)
        try:
            _out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            pytest.fail(f"run {run}: still running 60 s after Ctrl-C")
        assert proc.returncode == 130, (run, err)
        assert b"Traceback" not in err and b"leaked semaphore" not in err, (run, err)
