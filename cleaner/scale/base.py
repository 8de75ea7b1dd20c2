"""The runner base: how every runner maps a function over items, and the one that cleans in this process.

Every runner maps a function `func(cleaner, item)` over items *in input order*, with a bounded
number of chunks in flight, so that a stream of any length is cleaned in constant memory.
`func` must be a module-level function (or a functools.partial of one): it is pickled by name.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Protocol, TypeVar

from ..pipeline import Cleaner

T = TypeVar("T")
Func = Callable[[Cleaner, Any], Any]

CHUNK = 8  # items sent to a worker at once: large enough to amortise the pickling, small for latency
IN_FLIGHT = 4  # chunks in flight per worker: keeps every worker busy while bounding memory


class RunnerError(RuntimeError):
    """A runner that cannot start (a missing extra, an unreachable scheduler); the message says which."""


class Handle(Protocol):
    """A submitted chunk: a multiprocessing AsyncResult or a Dask future, read the same way."""

    def result(self) -> list[Any]: ...


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def in_order(submit: Callable[[list[Any]], Handle], items: Iterable[Any], size: int, window: int) -> Iterator[Any]:
    """Submit chunks of `items`, yield their results in input order, never more than `window` chunks ahead."""
    pending: deque[Handle] = deque()
    for chunk in chunks(items, size):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def run_chunk(func: Func, cleaner: Cleaner, chunk: list[Any]) -> list[Any]:
    return [func(cleaner, item) for item in chunk]


class Runner:
    """Cleans in this process: the reference every other runner must agree with."""

    def __init__(self, cleaner: Cleaner) -> None:
        self.cleaner = cleaner

    def map(self, func: Func, items: Iterable[Any], chunk: int = CHUNK) -> Iterator[Any]:
        return (func(self.cleaner, item) for item in items)

    def pairs(self, func: Func, items: Iterable[T], payload: Callable[[T], Any] = lambda x: x,
              chunk: int | None = None) -> Iterator[tuple[T, Any]]:
        """(item, func(cleaner, payload(item))) in order; the items wait here, only payloads travel.
        `chunk`: items sent at once (None: the runner's own choice)."""
        waiting: deque[T] = deque()

        def feed() -> Iterator[Any]:
            for item in items:
                waiting.append(item)
                yield payload(item)

        for result in self.map(func, feed()) if chunk is None else self.map(func, feed(), chunk):
            yield waiting.popleft(), result

    def close(self) -> None:
        pass

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
