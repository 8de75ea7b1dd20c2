"""The process's own streams: results on stdout, messages on stderr, and what becomes of a run when
either is gone. A reader that has gone (`| head`) ends the run quietly; stdout that cannot be written
(a full disk, closed) is an output error with its own message; messages never go to stdout."""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from .options import describe


class OutputFailed(Exception):
    """stdout cannot be written (a full disk, a closed stream): the run ends, the message says why."""


class ClosedStream(io.TextIOBase):
    """What stands for stdout when the process started with it closed (`>&-`): writing fails."""

    def write(self, s: str) -> int:
        raise OSError(errno.EBADF, "stdout is closed")

    def isatty(self) -> bool:
        return False


def set_up() -> None:
    """Streams a run can rely on: a closed stdout fails when written (not AttributeError), a closed
    stderr swallows messages (`print(file=None)` would print them among the results)."""
    if sys.stdout is None:
        sys.stdout = ClosedStream()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the life of the process


@contextmanager
def failing_as_output() -> Iterator[None]:
    """An OSError writing stdout, other than a reader gone (BrokenPipeError), becomes OutputFailed."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputFailed(f"cannot write the output: {describe(exc)}") from None


def write(text: str, stream: TextIO | None = None) -> None:
    """Results on stdout (or `stream`, which stands for it)."""
    with failing_as_output():
        (stream or sys.stdout).write(text)


def flush(stream: TextIO | None = None) -> None:
    with failing_as_output():
        (stream or sys.stdout).flush()


def reader_gone() -> None:
    """stdout's reader has gone: what is still buffered goes nowhere, so that exiting is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        sys.stdout = None  # not a real file (a test's): exit will not flush it
