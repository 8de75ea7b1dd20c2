"""Clean on a Dask cluster: `--dask tcp://host:8786` (an existing scheduler) or `--dask local`.

Needs the `dask` extra (`pip install 'article-cleaner[dask]'`) here and on every worker. The
Cleaner is scattered to every worker once (it pickles as its settings), so each worker compiles
the rules once and every task on it reuses that Cleaner. Results come back in input order with a
bounded number of chunks in flight, as with `-j N`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..pipeline import Cleaner
from .base import CHUNK, IN_FLIGHT, Func, Handle, Runner, RunnerError, in_order, run_chunk

CONNECT_TIMEOUT = "20s"


class DaskRunner(Runner):
    """A Runner whose chunks run on Dask workers. `address` 'local' starts a cluster of `workers` processes here."""

    def __init__(self, cleaner: Cleaner, address: str, workers: int = 1, timeout: float | None = None) -> None:
        super().__init__(cleaner)
        self.timeout = timeout  # seconds to wait for one chunk's results (None: as long as it takes)
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RunnerError("--dask needs the dask extra: pip install 'article-cleaner[dask]'") from None
        self.cluster = None
        try:
            if address == "local":
                # One thread a worker: trafilatura is not thread-safe, processes are the unit of parallelism.
                # Bound to loopback; ':0' puts the scheduler's HTTP endpoint on a free port, not on 8787.
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=":0", silence_logs=logging.ERROR)
                self.client = Client(self.cluster, timeout=CONNECT_TIMEOUT)
            else:
                self.client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise RunnerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        self.shared = self.client.scatter(cleaner, broadcast=True)

    @property
    def threads(self) -> int:
        nthreads: dict[str, int] = self.client.nthreads()  # worker address -> its threads
        return max(1, sum(nthreads.values()))

    def map(self, func: Func, items: Iterable[Any], chunk: int = CHUNK) -> Iterator[Any]:
        window = self.threads * IN_FLIGHT

        def submit(part: list[Any]) -> Handle:
            return _Future(self.client.submit(run_chunk, func, self.shared, part, pure=False), self.timeout)

        return in_order(submit, items, chunk, window)

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


class _Future:
    def __init__(self, future: Any, timeout: float | None) -> None:
        self.future, self.timeout = future, timeout

    def result(self) -> list[Any]:
        results: list[Any] = self.future.result(timeout=self.timeout)  # a distributed.Future of run_chunk's list
        return results
