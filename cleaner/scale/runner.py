"""Where pages are cleaned: in this process (scale.base), in a pool of processes (here), or
(scale.dask) on a cluster; `make_runner` picks one for `-j N` and `--dask`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
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

log = logging.getLogger("cleaner")
SHUTDOWN_SECONDS = 5.0  # how long the pool may take to stop before its workers are killed


class _Async:
    def __init__(self, async_result: AsyncResult[list[Any]]) -> None:
        self.async_result = async_result

    def result(self) -> list[Any]:
        return self.async_result.get()


class PoolRunner(Runner):
    """Cleans in `jobs` worker processes, each with its own Cleaner built once when it starts; the
    first LOCAL_SECONDS of a stream in this process (a small input is cleaned here alone)."""

    def __init__(self, cleaner: Cleaner, jobs: int, page_timeout: float | None = None,
                 local_seconds: float = LOCAL_SECONDS) -> None:
        super().__init__(cleaner, page_timeout)
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
            yield from run_chunk(func, self.cleaner, [item], self.page_timeout)
        else:
            return  # the whole input was cleaned here: no worker was started
        pool = self.pool or self._start()

        def submit(part: list[Any]) -> Handle:
            return _Async(pool.apply_async(_run_in_worker, (func, part, self.page_timeout)))

        yield from in_order(submit, rest, chunk, self.jobs * IN_FLIGHT)

    def close(self) -> None:
        """The pool shut down within a bounded time: `terminate` can block for ever when a worker
        died holding the pool's queue lock; then the workers are killed and the run goes on out."""
        if self.pool is None:
            return
        stopper = threading.Thread(target=self._stop, daemon=True)
        stopper.start()
        stopper.join(SHUTDOWN_SECONDS)
        if stopper.is_alive():
            for worker in list(getattr(self.pool, "_pool", ())):  # the pool's own processes
                worker.kill()
            stopper.join(SHUTDOWN_SECONDS)

    def _stop(self) -> None:
        assert self.pool is not None
        self.pool.terminate()
        self.pool.join()


# A worker process's own Cleaner, set once by the pool's initializer. This is the one piece of
# module state: it lives only in worker processes, which exist to hold it.
_worker_cleaner: list[Cleaner] = []


def _start_worker(cleaner: Cleaner) -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent alone handles it (and stops
    # the workers), so that no worker dies mid-task holding the queue's lock or prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_cleaner[:] = [cleaner]


def _run_in_worker(func: Func, chunk: list[Any], page_timeout: float | None = None) -> list[Any]:
    return run_chunk(func, _worker_cleaner[0], chunk, page_timeout)


def make_runner(cleaner: Cleaner, jobs: int = 1, dask: str | None = None, page_timeout: float | None = None) -> Runner:
    """The runner for `-j N` and `--dask ADDRESS|local` (a local cluster of `jobs` workers); `page_timeout`
    seconds an item may take, in this process and in pool workers (Dask workers clean in threads,
    which no signal reaches: there the scheduler's own timeouts apply)."""
    if jobs < 1:
        raise ValueError(f"-j must be 1 or more, not {jobs}")
    if dask:
        from .dask import DaskRunner

        return DaskRunner(cleaner, dask, workers=jobs)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if jobs > cores:  # more processes than cores only adds memory and switching: each worker cleans flat out
        log.warning("-j %d: this machine gives %d core%s; %d worker processes are used", jobs, cores,
                    "s" * (cores != 1), cores)
        jobs = cores
    return PoolRunner(cleaner, jobs, page_timeout) if jobs > 1 else Runner(cleaner, page_timeout)
