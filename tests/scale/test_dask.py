"""Dask: results through a LocalCluster(processes=True) equal the single-process results, in order."""

from __future__ import annotations

import json
import logging
import os
from functools import partial

import pytest

from helpers import SAMPLE_FILES, run_cli, worker_and_cleaner

pytestmark = pytest.mark.integration  # a LocalCluster of worker processes

distributed = pytest.importorskip("distributed")

from cleaner.cli.fixing import filter_line, fix_record  # noqa: E402
from cleaner.scale.dask import DaskRunner  # noqa: E402
from cleaner.scale.runner import Runner  # noqa: E402

PAGES = [p.read_text(encoding="utf-8") for p in SAMPLE_FILES]
SHORT = "A headline about the harbour\n\nThe harbour reopened on Monday after a week of storms, the port authority said.\n"


def records(n: int = 24, bad: bool = True) -> list[str]:
    """Pages of different lengths, in a known order; with `bad`, a broken record and one with no text."""
    out = [json.dumps({"id": i, "text": PAGES[i % 2] if i % 3 else SHORT}) for i in range(n)]
    if bad:
        out[5] = "{broken"
        out[11] = json.dumps({"id": 11, "note": "no text field"})
    return out


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0", silence_logs=logging.ERROR,
                                  death_timeout=60) as cluster:
        yield cluster


def test_dask_results_equal_single_process_results_in_order(cluster, cleaner):
    lines = records()
    func = partial(filter_line, explain=True)
    expected = list(Runner(cleaner).map(func, lines))
    with DaskRunner(cleaner, cluster.scheduler_address, timeout=60) as runner:
        got = list(runner.map(func, lines, chunk=3))
    assert got == expected
    assert [json.loads(r.line)["id"] if r.line else r.error for r in got][4:7] == [4, "not valid JSON: Expecting property name enclosed in double quotes at column 2", 6]


def test_fix_records_on_dask_equal_single_process(cluster, cleaner):
    raws = [(line + "\r\n").encode() for line in records(14)]
    with DaskRunner(cleaner, cluster.scheduler_address, timeout=60) as runner:
        assert list(runner.map(fix_record, raws, chunk=2)) == [fix_record(cleaner, raw) for raw in raws]


def test_the_cleaner_is_not_sent_with_each_task(cluster, cleaner):
    tasks = 40
    with DaskRunner(cleaner, cluster.scheduler_address, timeout=60) as runner:
        seen = list(runner.map(worker_and_cleaner, range(tasks), chunk=1))
    cleaners_by_worker: dict[int, set[int]] = {}
    for pid, cleaner_id in seen:
        cleaners_by_worker.setdefault(pid, set()).add(cleaner_id)
    assert os.getpid() not in cleaners_by_worker  # the work ran on the workers
    # Scattered once, a worker holds one copy; under load the scheduler may copy it to a worker
    # once more (seen on a busy machine), but a cleaner sent with each task would give 40 copies.
    assert all(len(ids) <= 2 for ids in cleaners_by_worker.values()), cleaners_by_worker


def test_cli_jsonl_with_a_scheduler_address_matches_one_process(cluster, tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(records()) + "\n", encoding="utf-8")
    one = run_cli("--jsonl", str(path))
    dask = run_cli("--jsonl", "--dask", cluster.scheduler_address, str(path))
    assert dask.returncode == one.returncode == 1  # two bad records, reported, the rest written
    # 23 lines: the record that is an object but has no page is written too, with `status: error`
    assert dask.stdout == one.stdout and len(dask.stdout.splitlines()) == 23
    assert dask.stderr == one.stderr


def test_cli_fix_on_a_local_cluster_matches_one_process(tmp_path):
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        for path in SAMPLE_FILES:
            (folder / path.name).write_bytes(path.read_bytes())
        (folder / "pages.jsonl").write_text("\n".join(records(8, bad=False)) + "\n", encoding="utf-8")
    one = run_cli("fix", str(tmp_path / "a"))
    dask = run_cli("fix", "--dask", "local", "-j", "2", str(tmp_path / "b"))
    assert dask.returncode == one.returncode == 1, dask.stderr
    for path in (tmp_path / "a").iterdir():
        assert (tmp_path / "b" / path.name).read_bytes() == path.read_bytes()
    assert dask.stderr.replace(str(tmp_path / "b"), "X").splitlines()[:3] == \
        one.stderr.replace(str(tmp_path / "a"), "X").splitlines()[:3]
