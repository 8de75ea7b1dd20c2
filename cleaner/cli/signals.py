"""Signals a run ends on: Ctrl-C (SIGINT) and SIGTERM (a `kill`, a container stopping, a CI timeout).
Both unwind the run as an exception does, so that every temporary file is removed on the way out;
exit 130 and 143 (128 + the signal's number), as shells report them."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, as Ctrl-C raises KeyboardInterrupt: every `finally` runs."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises Terminated while the block runs (only the main thread can take signals)."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave signals as they are
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
