"""The runner base: how every runner maps a function over items, and the one that cleans in this process.

Every runner maps a function `func(cleaner, item)` over items *in input order*, with a bounded
number of chunks in flight, so that a stream of any length is cleaned in constant memory.
`func` must be a module-level function (or a functools.partial of one): it is pickled by name.
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from types import FrameType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # the CLI's options read DEFAULT_PAGE_TIMEOUT here before any page: no pipeline yet
    from ..pipeline import Cleaner

T = TypeVar("T")
Func = Callable[["Cleaner", Any], Any]

DEFAULT_PAGE_TIMEOUT = 60.0  # seconds one page or record may take (--page-timeout); a real page takes well under 1
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


class PageTimeout(BaseException):
    """The page's time budget ran out. A BaseException: the cleaning functions turn every Exception
    into a per-page error of their own, and this one must reach `with_budget`."""


@dataclass(frozen=True, slots=True)
class TimedOut:
    """What stands for the result of an item that took longer than its budget: it is skipped."""

    seconds: float

    @property
    def message(self) -> str:
        return f"took longer than {self.seconds:g} s (--page-timeout); skipped"


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout


def with_budget(func: Func, cleaner: Cleaner, item: Any, seconds: float | None) -> Any:
    """func(cleaner, item), or TimedOut once it has run `seconds` (SIGALRM: only where the process's
    main thread cleans, as in this process and in pool workers; a Dask worker's threads cannot)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        return func(cleaner, item)
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds)
            return func(cleaner, item)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except PageTimeout:
        return TimedOut(seconds)
    finally:
        signal.signal(signal.SIGALRM, previous)


def run_chunk(func: Func, cleaner: Cleaner, chunk: list[Any], seconds: float | None = None) -> list[Any]:
    return [with_budget(func, cleaner, item, seconds) for item in chunk]


class Runner:
    """Cleans in this process: the reference every other runner must agree with."""

    def __init__(self, cleaner: Cleaner, page_timeout: float | None = None) -> None:
        self.cleaner = cleaner
        self.page_timeout = page_timeout  # seconds one item may take; None: no limit

    def map(self, func: Func, items: Iterable[Any], chunk: int = CHUNK) -> Iterator[Any]:
        return (with_budget(func, self.cleaner, item, self.page_timeout) for item in items)

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
