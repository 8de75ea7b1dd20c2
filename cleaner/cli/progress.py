"""Progress of a run: pages, pages/s and the share of text removed, as a rich bar on a terminal
(stderr only: stdout carries results) and as a one-line summary at the end."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from .fixing import Counts


class Meter:
    """Counts what a run cleaned. `total` (files, for fix and check) gives the bar an end.

    The bar shows only when stderr is a terminal (or `show=True`); messages printed through
    `print` appear above it instead of tearing it.
    """

    def __init__(self, label: str = "Cleaning", total: int | None = None, *,
                 console: Console | None = None, show: bool | None = None) -> None:
        self.label, self.total = label, total
        self.console = console or Console(stderr=True)
        self.show = self.console.is_terminal if show is None else show
        self.pages = self.failed = self.kept = self.removed = 0
        self.started = time.perf_counter()
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> Meter:
        self.started = time.perf_counter()
        if self.show:
            columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn()]
            if self.total is not None:
                columns.append(MofNCompleteColumn())
            columns += [TextColumn("{task.fields[pages]:,} pages  {task.fields[rate]:,.1f} pages/s  "
                                   "{task.fields[share]:.1%} removed"), TimeElapsedColumn()]
            # stdout stays ours: the bar must never take over the results stream.
            self.progress = Progress(*columns, console=self.console, redirect_stdout=False, transient=True)
            self.progress.start()
            self.task = self.progress.add_task(self.label, total=self.total, pages=0, rate=0.0, share=0.0)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def add(self, counts: Counts, failed: bool = False) -> None:
        """One page (or record) done."""
        self.pages += 1
        self.failed += failed
        self.kept += counts.kept
        self.removed += counts.removed
        self._refresh(0)

    def step(self) -> None:
        """One file done (fix and check)."""
        self._refresh(1)

    def _refresh(self, files: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, advance=files, pages=self.pages, rate=self.rate, share=self.share)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        return self.pages / max(self.elapsed, 1e-9)

    @property
    def share(self) -> float:
        """The share of the page text the cleaner removed."""
        return self.removed / max(self.kept + self.removed, 1)

    def summary(self) -> str:
        pages = f"{self.pages:,} page{'s' * (self.pages != 1)}"
        failed = f", {self.failed:,} page{'s' * (self.failed != 1)} failed" if self.failed else ""
        return (f"{pages} in {self.elapsed:.1f} s ({self.rate:,.1f} pages/s), "
                f"{self.share:.1%} of the text removed{failed}")

    def print(self, message: str) -> None:
        """A message on stderr; above the bar while it shows."""
        if self.progress is not None:
            self.progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr)
