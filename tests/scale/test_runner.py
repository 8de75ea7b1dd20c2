"""-j N: ordered results with a bounded number in flight, one Cleaner per worker."""

from __future__ import annotations

import os
import shutil

from cleaner import Cleaner
from cleaner.scale.runner import PoolRunner, in_order, make_runner
from helpers import SAMPLE_FILES, run_cli, sleepy, slow_for_small, stream


class Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def test_in_order_keeps_order_and_bounds_what_is_in_flight():
    pulled, outstanding, peak = [], [], [0]

    def items():
        for i in range(100):
            pulled.append(i)
            yield i

    def submit(chunk):
        outstanding.append(chunk)
        peak[0] = max(peak[0], len(outstanding))

        class Handle:
            def result(self):
                outstanding.remove(chunk)
                return [x * 2 for x in chunk]
        return Handle()

    results = in_order(submit, items(), 5, 3)
    assert [next(results) for _ in range(3)] == [0, 2, 4]
    assert len(pulled) == 15  # three chunks of five: no more is read before results are taken
    assert list(results) == [x * 2 for x in range(3, 100)]
    assert peak[0] == 3


def test_pool_results_come_in_input_order_with_one_cleaner_per_worker(cleaner):
    with PoolRunner(cleaner, 2, local_seconds=0) as runner:  # every item to the workers
        results = list(runner.map(slow_for_small, range(40), chunk=1))
    assert [n for n, _, _ in results] == list(range(40))
    by_worker: dict[int, set[int]] = {}
    for _, pid, cleaner_id in results:
        by_worker.setdefault(pid, set()).add(cleaner_id)
    assert len(by_worker) == 2 and os.getpid() not in by_worker
    assert all(len(ids) == 1 for ids in by_worker.values())  # rules compiled once a worker


def test_a_small_input_is_cleaned_in_this_process_without_starting_workers(cleaner):
    with PoolRunner(cleaner, 2) as runner:
        results = list(runner.map(slow_for_small, range(5), chunk=1))
        assert runner.pool is None
    assert {(pid, cleaner_id) for _, pid, cleaner_id in results} == {(os.getpid(), id(cleaner))}


def test_a_stream_goes_to_the_workers_once_this_process_has_had_its_share(cleaner):
    with PoolRunner(cleaner, 2, local_seconds=0.001) as runner:
        results = list(runner.map(slow_for_small, range(60), chunk=2))
    assert [n for n, _, _ in results] == list(range(60))  # in order across the hand-over
    pids = [pid for _, pid, _ in results]
    assert pids[0] == os.getpid() and pids[-1] != os.getpid()


def test_pairs_keeps_items_beside_their_results(cleaner):
    runner = make_runner(cleaner, 1)
    assert list(runner.pairs(slow_for_small, [("a", 1), ("b", 2)], lambda item: item[1])) == \
        [(("a", 1), (1, os.getpid(), id(cleaner))), (("b", 2), (2, os.getpid(), id(cleaner)))]


def test_jsonl_with_two_processes_equals_one_process():
    data = stream()
    one, two = run_cli("--jsonl", stdin=data), run_cli("--jsonl", "-j", "2", stdin=data)
    assert two.returncode == one.returncode == 1
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == 29
    assert two.stderr == one.stderr == "article-cleaner: <stdin>:8: not valid JSON: " \
                                      "Expecting property name enclosed in double quotes at column 2\n"


def test_fix_with_two_processes_equals_one_process(tmp_path):
    for name in ("one", "two"):
        for i in range(3):
            folder = tmp_path / name / f"part{i}"
            folder.mkdir(parents=True)
            for path in SAMPLE_FILES:
                shutil.copy2(path, folder / path.name)
            (folder / "pages.jsonl").write_text(stream(9, bad=False))
    one = run_cli("fix", str(tmp_path / "one"))
    two = run_cli("fix", "-j", "2", str(tmp_path / "two"))
    assert two.returncode == one.returncode == 1
    for path in sorted((tmp_path / "one").rglob("*.*")):
        assert (tmp_path / "two" / path.relative_to(tmp_path / "one")).read_bytes() == path.read_bytes()
    assert two.stderr.replace("/two/", "/one/").splitlines()[:-1] == one.stderr.splitlines()[:-1]


def test_jobs_below_one_is_a_usage_error():
    proc = run_cli("--jsonl", "-j", "0", stdin=stream(2, bad=False))
    assert proc.returncode == 2 and proc.stderr == "article-cleaner: -j must be 1 or more, not 0\n"
    assert run_cli("check", "-j", "0", str(SAMPLE_FILES[0])).returncode == 2


def test_more_jobs_than_cores_are_capped_with_a_warning(cleaner, monkeypatch, caplog):
    from cleaner.scale import runner

    monkeypatch.setattr(runner.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    with caplog.at_level("WARNING", logger="cleaner"):
        made = make_runner(cleaner, 8)
    assert type(made) is runner.Runner  # one core: cleaned in this process
    assert "-j 8: this machine gives 1 core; 1 worker processes are used" in caplog.text


# A per-page time budget: a page over it is reported and skipped, the run goes on (in this process
# and in pool workers). The slow page waits in Python, as a slow pattern or parse loop does.
def test_a_record_over_the_page_timeout_is_reported_and_the_run_goes_on(monkeypatch):
    import json
    import time

    from cleaner import Cleaner

    real = Cleaner.clean

    def clean(self, page, url=None, kind=None):
        if "SLOW" in page:
            for _ in range(600):  # bounded: at most a minute, and the budget below ends it in 1 s
                time.sleep(0.1)
        return real(self, page, url, kind)

    monkeypatch.setattr(Cleaner, "clean", clean)
    records = "".join(json.dumps({"id": i, "text": ("SLOW " if i == 1 else "") + SAMPLE_FILES[0].read_text()}) + "\n"
                      for i in range(3))
    result = run_cli("--jsonl", "--page-timeout", "1", stdin=records)
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [0, 2]
    assert result.stderr == "article-cleaner: <stdin>:2: took longer than 1 s (--page-timeout); skipped\n"


def test_the_page_timeout_holds_in_pool_workers(tmp_path):
    from cleaner.scale.base import TimedOut

    with PoolRunner(Cleaner(), 2, page_timeout=1) as pool:
        results = list(pool.map(sleepy, [0, 600, 0]))
    assert results[0] == results[2] == "done" and results[1] == TimedOut(1)
