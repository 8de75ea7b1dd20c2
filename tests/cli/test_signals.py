"""cleaner.cli.signals: Ctrl-C and SIGTERM unwind the run, and one that comes while a finalizer runs
(where Python would print the exception and go on) is taken again once it is done."""

from __future__ import annotations

import signal
import sys
from typing import ClassVar

import pytest

from cleaner.cli.signals import Terminated, _interrupt, _terminate, in_finalizer, sigterm_as_interrupt


class Finalized:
    frames: ClassVar[list[object]] = []

    def __del__(self) -> None:
        Finalized.frames.append(sys._getframe())


def test_a_frame_inside_a_finalizer_is_told_apart():
    Finalized()  # collected at once: its __del__ runs
    assert in_finalizer(Finalized.frames[-1])
    assert not in_finalizer(sys._getframe())


def test_outside_a_finalizer_the_signal_raises():
    with pytest.raises(KeyboardInterrupt):
        _interrupt(signal.SIGINT, sys._getframe())
    with pytest.raises(Terminated):
        _terminate(signal.SIGTERM, sys._getframe())


def test_inside_a_finalizer_the_signal_is_sent_again(monkeypatch):
    sent = []
    monkeypatch.setattr("cleaner.cli.signals.os.kill", lambda pid, signum: sent.append(signum))
    Finalized()
    _interrupt(signal.SIGINT, Finalized.frames[-1])  # no raise: it would be lost in the finalizer
    _terminate(signal.SIGTERM, Finalized.frames[-1])
    assert sent == [signal.SIGINT, signal.SIGTERM]


def test_the_handlers_are_put_back_after_the_run():
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    with sigterm_as_interrupt():
        assert signal.getsignal(signal.SIGINT) is _interrupt
        assert signal.getsignal(signal.SIGTERM) is _terminate
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
