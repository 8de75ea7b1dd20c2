"""Where pages are cleaned: in this process (scale.base), in a pool of processes (here), or
(scale.dask) on a cluster; `make_runner` picks one for `-j N` and `--dask`.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterable, Iterator
from itertools import chain
from multiprocessing.pool import AsyncResult
from typing import Any

from ..pipeline import Cleaner
from .base import IN_FLIGHT, Func, Handle, Runner, RunnerError, in_order, run_chunk

__all__ = ["PoolRunner", "Runner", "RunnerError", "in_order", "make_runner"]

# Starting the workers costs about half a second (a process each, and a Cleaner built in each), more
# than a small input takes in one process: the pool cleans in this process first, and starts the
# workers only once that has taken this long with items still to come. A small input never pays for
# them; a large one loses at most this much of its head to one process.
LOCAL_SECONDS = 0.5  # of this process's CPU time
# Items sent to a worker at once: large enough that the main process (which reads, sends and writes
# every item, beside the workers on the same cores) spends little per item, small enough for latency.
POOL_CHUNK = 32


class _Async:
    def __init__(self, async_result: AsyncResult[list[Any]]) -> None:
        self.async_result = async_result

    def result(self) -> list[Any]:
        return self.async_result.get()


class PoolRunner(Runner):
    """Cleans in `jobs` worker processes, each with its own Cleaner built once when it starts; the
    first LOCAL_SECONDS of a stream in this process (a small input is cleaned here alone)."""

    def __init__(self, cleaner: Cleaner, jobs: int, local_seconds: float = LOCAL_SECONDS) -> None:
        super().__init__(cleaner)
        self.jobs = jobs
        self.local_seconds = local_seconds
        self.pool: multiprocessing.pool.Pool | None = None

    def _start(self) -> multiprocessing.pool.Pool:
        # forkserver: workers start from a clean process, not a fork of one running threads
        # (a progress bar, a pool's own); the Cleaner travels as its settings and compiles once there.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cleaner.cli.fixing"])  # imported once, in the server: workers start fast
        self.pool = context.Pool(self.jobs, initializer=_start_worker, initargs=(self.cleaner,))
        return self.pool

    def map(self, func: Func, items: Iterable[Any], chunk: int = POOL_CHUNK) -> Iterator[Any]:
        rest = iter(items)
        until = time.process_time() + self.local_seconds  # work done here, not time waited on a busy machine
        for item in rest:
            if time.process_time() >= until:
                rest = chain([item], rest)
                break
            yield func(self.cleaner, item)
        else:
            return  # the whole input was cleaned here: no worker was started
        pool = self.pool or self._start()

        def submit(part: list[Any]) -> Handle:
            return _Async(pool.apply_async(_run_in_worker, (func, part)))

        yield from in_order(submit, rest, chunk, self.jobs * IN_FLIGHT)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()


# A worker process's own Cleaner, set once by the pool's initializer. This is the one piece of
# module state: it lives only in worker processes, which exist to hold it.
_worker_cleaner: list[Cleaner] = []


def _start_worker(cleaner: Cleaner) -> None:
    _worker_cleaner[:] = [cleaner]


def _run_in_worker(func: Func, chunk: list[Any]) -> list[Any]:
    return run_chunk(func, _worker_cleaner[0], chunk)


def make_runner(cleaner: Cleaner, jobs: int = 1, dask: str | None = None) -> Runner:
    """The runner for `-j N` and `--dask ADDRESS|local` (a local cluster of `jobs` workers)."""
    if jobs < 1:
        raise ValueError(f"-j must be 1 or more, not {jobs}")
    if dask:
        from .dask import DaskRunner

        return DaskRunner(cleaner, dask, workers=jobs)
    return PoolRunner(cleaner, jobs) if jobs > 1 else Runner(cleaner)
