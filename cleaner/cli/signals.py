"""Signals a run ends on: Ctrl-C (SIGINT) and SIGTERM (a `kill`, a container stopping, a CI timeout).
Both unwind the run as an exception does, so that every temporary file is removed on the way out;
exit 130 and 143 (128 + the signal's number), as shells report them.

A signal that comes while a finalizer (`__del__`) runs is sent again instead of raised there: Python
prints an exception raised in a finalizer and goes on, so the run would not stop (the `regex`
module's compiler runs finalizers when a pattern is first compiled, mid-page)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, as Ctrl-C raises KeyboardInterrupt: every `finally` runs."""


def in_finalizer(frame: FrameType | None) -> bool:
    """True when the frame, or one that called it, is a `__del__`."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def _terminate(signum: int, frame: FrameType | None) -> None:
    if in_finalizer(frame):
        os.kill(os.getpid(), signum)  # taken again once the finalizer is done
        return
    raise Terminated


def _interrupt(signum: int, frame: FrameType | None) -> None:
    if in_finalizer(frame):
        os.kill(os.getpid(), signum)
        return
    raise KeyboardInterrupt


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises Terminated, and SIGINT KeyboardInterrupt, while the block runs, never inside a
    finalizer (only the main thread can take signals)."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave signals as they are
        yield
        return
    interrupt = signal.getsignal(signal.SIGINT)
    if interrupt is signal.default_int_handler:  # Ctrl-C as Python takes it; one ignored stays ignored
        signal.signal(signal.SIGINT, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if interrupt is signal.default_int_handler:
            signal.signal(signal.SIGINT, interrupt)
