"""`article-cleaner fix` rewrites page files in place; `article-cleaner check` only reports.

Exit codes, as black's: 0 nothing to change, 1 changed (fix) or would change (check, --diff),
2 usage error, 4 a rule file is invalid, 123 a file could not be fixed (or an internal error).
A page with no article is reported and left as it was; it does not change the exit code.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby, islice
from pathlib import Path

from ..read import decode
from ..scale.base import TimedOut
from ..scale.runner import Runner, RunnerError, make_runner
from . import stdout
from .exits import CHANGES, INTERNAL, OK, USAGE
from .files import (
    AtomicFile,
    Snapshot,
    TooLarge,
    collect,
    is_gzip,
    is_jsonl,
    jsonl_lines,
    read_page_file,
    remove_stale_temps,
    write_atomically,
)
from .fixing import CHANGED, FAILED, MAX_ROUNDS, NO_ARTICLE, UNCHANGED, Fixed, fix_page, fix_record
from .inputs.streams import DEFAULT_MAX_BYTES
from .options import (
    PROG,
    add_page_options,
    add_page_timeout,
    add_rule_options,
    describe,
    make_cleaner,
    page_kind,
    page_timeout,
    record_options,
)
from .progress import Meter

PAGE_CHUNK = 2  # page files sent to a worker at once (records go in larger chunks)
SKIPPED = "skipped"  # a path that is no regular file


def fix_main(argv: list[str]) -> int:
    return corpus_main(argv, write=True)


def check_main(argv: list[str]) -> int:
    return corpus_main(argv, write=False)


def build_parser(command: str) -> argparse.ArgumentParser:
    does = "rewrite page files in place" if command == "fix" else "report page files that fix would change"
    p = argparse.ArgumentParser(
        prog=f"{PROG} {command}",
        description=f"Clean scraped article pages: {does}. Text files become the title, a blank line and "
                    "the body; JSON Lines files (.jsonl, .jsonl.gz) have each record cleaned as --jsonl does.",
        epilog="Exit codes: 0 nothing to change, 1 changed or would change, 2 usage, 4 bad rule file, "
               "123 a file could not be fixed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, and folders to walk (hidden ones skipped)")
    p.add_argument("--diff", action="store_true", help="print a unified diff to stdout; write nothing")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="clean on a Dask cluster: a scheduler address (tcp://host:8786), or 'local'")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    add_page_options(p)
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"the largest page file, or JSON Lines line (decompressed), read (default: "
                        f"{DEFAULT_MAX_BYTES:,}); a file with a larger one is reported and left as it was")
    add_page_timeout(p)
    p.add_argument("--max-rounds", type=int, default=MAX_ROUNDS, metavar="N",
                   help=f"clean a page again until it stops changing, at most N times (default: {MAX_ROUNDS}); "
                        "a page still changing is reported and left as it was")
    p.add_argument("--rewrite-guessed", action="store_true",
                   help="also rewrite (as UTF-8) text files whose encoding had to be guessed, or whose bytes "
                        "that fit no character were replaced with U+FFFD (by default they are left as they were)")
    add_rule_options(p)
    return p


@dataclass
class Run:
    """What a fix or check run did, and how it tells the user."""

    write: bool
    diff: bool
    quiet: bool
    meter: Meter
    files: dict[str, int] = field(default_factory=lambda: {CHANGED: 0, UNCHANGED: 0, NO_ARTICLE: 0, FAILED: 0,
                                                           SKIPPED: 0})

    def note(self, message: str) -> None:
        if not self.quiet:
            self.meter.print(message)

    def error(self, message: str) -> None:
        self.meter.print(f"{PROG}: {message}")

    def skipped(self, path: Path, why: str) -> None:
        """A path that is no regular file (a FIFO, a device, a symlink loop): never read."""
        self.error(f"{path}: {why}; skipped")
        self.files[SKIPPED] += 1

    def done(self, path: Path, outcome: str, message: str = "") -> None:
        self.files[outcome] += 1
        self.meter.step()
        if outcome == CHANGED:
            self.note(f"Fixing {path}" if self.write else f"Would fix {path}")
        elif outcome == NO_ARTICLE:
            self.note(f"{PROG}: {path}: {message}")
        elif outcome == FAILED:
            self.error(f"{path}: {message or 'cannot be fixed'}")

    def summary(self) -> str:
        changed, unchanged = self.files[CHANGED], self.files[UNCHANGED] + self.files[NO_ARTICLE]
        fixed, left = ("fixed", "left") if self.write else ("would be fixed", "would be left")
        parts = [f"{changed} file{'s' * (changed != 1)} {fixed}"] if changed else []
        if unchanged or not changed:
            parts.append(f"{unchanged} file{'s' * (unchanged != 1)} {left} unchanged")
        if self.files[FAILED]:
            parts.append(f"{self.files[FAILED]} file{'s' * (self.files[FAILED] != 1)} failed")
        if self.files[SKIPPED]:
            parts.append(f"{self.files[SKIPPED]} skipped")
        return f"{', '.join(parts)}; {self.meter.summary()}"

    def status(self) -> int:
        if self.files[FAILED] or self.files[SKIPPED]:
            return INTERNAL
        return CHANGES if self.files[CHANGED] else OK


def corpus_main(argv: list[str], write: bool) -> int:
    args = build_parser("fix" if write else "check").parse_args(argv)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"{PROG}: {missing[0]}: No such file or directory", file=sys.stderr)
        return USAGE
    for option, value in (("--max-bytes", args.max_bytes), ("--max-rounds", args.max_rounds)):
        if value < 1:
            print(f"{PROG}: {option} must be 1 or more, not {value}", file=sys.stderr)
            return USAGE
    started = time.time()
    skipped: list[tuple[Path, str]] = []
    files = list(collect(args.paths, lambda path, why: skipped.append((path, why))))
    cleaner = make_cleaner(args)
    try:
        runner = make_runner(cleaner, args.jobs, args.dask, page_timeout(args))
    except (ValueError, RunnerError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return USAGE
    with runner, Meter("Fixing" if write else "Checking", total=len(files)) as meter:
        run = Run(write and not args.diff, args.diff, args.quiet, meter)
        for path, why in skipped:
            run.skipped(path, why)
        if run.write:
            for temp in remove_stale_temps(files, started):
                run.note(f"{PROG}: {temp}: a temporary file an interrupted run left; removed")
        fix_one_record = partial(fix_record, options=record_options(args))
        try:
            for jsonl, group in groupby(files, key=is_jsonl):
                if jsonl:
                    for path in group:
                        fix_jsonl(path, runner, run, args.max_bytes, fix_one_record)
                else:
                    fix_pages(group, runner, run, args.max_bytes, args.rewrite_guessed, args.max_rounds,
                              page_kind(args))
            stdout.flush()
        except BrokenPipeError:  # `check --diff | head`: the reader has gone; the run ends quietly
            stdout.reader_gone()
            return run.status()
        except stdout.OutputFailed as exc:
            run.error(str(exc))
            return INTERNAL
    run.note(run.summary())
    return run.status()


def read_or_none(path: Path, limit: int) -> tuple[Path, bytes | None, str, Snapshot | None]:
    """(path, its bytes or None, the problem, what the file was when read)."""
    try:
        data, snapshot = read_page_file(path, limit)
    except OSError as exc:
        return path, None, describe(exc), None
    except TooLarge as exc:
        return path, None, str(exc), None
    except MemoryError:
        return path, None, "too large to read into memory (see --max-bytes); left as it was", None
    return path, data, "", snapshot


def fix_pages(paths: Iterable[Path], runner: Runner, run: Run, limit: int = DEFAULT_MAX_BYTES,
              guessed: bool = False, rounds: int = MAX_ROUNDS, kind: str | None = None) -> None:
    """Page files, read lazily, cleaned in order by the runner; written back here, each only if
    it is still as it was read."""
    items = (read_or_none(path, limit) for path in paths)
    func = partial(fix_page, kind=kind, guessed=guessed, rounds=rounds)
    for (path, data, problem, snapshot), result in runner.pairs(func, items, lambda item: item[1], PAGE_CHUNK):
        fixed = unless_timed_out(result)
        run.meter.add(fixed.counts, failed=fixed.outcome == FAILED)
        outcome, message = fixed.outcome, problem or fixed.message
        if outcome == CHANGED and run.write:
            try:
                write_atomically(path, fixed.data or b"", expect=snapshot)
            except OSError as exc:
                outcome, message = FAILED, f"{describe(exc)}; left as it was"
        run.done(path, outcome, message)  # counted before the diff: a reader gone leaves the status right
        if outcome == CHANGED and run.diff:
            stdout.write(page_diff(path, data or b"", fixed.data or b""))


def unless_timed_out(result: Fixed | TimedOut) -> Fixed:
    """A page or record over its time budget fails: the file is left as it was."""
    return Fixed(FAILED, message=f"{result.message}; left as it was") if isinstance(result, TimedOut) else result


def page_diff(path: Path, old: bytes, new: bytes) -> str:
    lines = difflib.unified_diff(decode(old).splitlines(), decode(new).splitlines(), str(path), str(path), lineterm="")
    return "".join(line + "\n" for line in lines)


class JsonlFix:
    """One JSON Lines file being fixed: a rewrite starts at the first changed record, a diff is
    spooled until the file is done, so that a file with a bad record is left whole and undiffed."""

    def __init__(self, path: Path, run: Run) -> None:
        self.path, self.run = path, run
        self.out: AtomicFile | None = None
        # Closed by `close`, once the file is done: it outlives any one method.
        self.spool = (tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")  # noqa: SIM115
                      if run.diff else None)
        self.changed = self.failed = False

    def record(self, number: int, raw: bytes, outcome: str, data: bytes | None, message: str) -> None:
        if outcome == FAILED:
            self.failed = True
            self.run.error(f"{self.path}:{number}: {message}")
            self.discard()
        elif outcome == NO_ARTICLE:
            self.run.note(f"{PROG}: {self.path}:{number}: {message}")
        if outcome == CHANGED:
            self.changed = True
            if self.spool:
                self.spool.write(hunk(number, raw, data or b""))
            if self.run.write and not self.failed and self.out is None:
                self.start(number)
        if self.out is not None:
            self.out.file.write(data if outcome == CHANGED and data else raw)

    def start(self, number: int) -> None:
        """The first change, at record `number`: copy the records before it, unchanged."""
        self.out = AtomicFile(self.path, compress=is_gzip(self.path))
        with jsonl_lines(self.path) as lines:
            for _, raw in islice(lines, number - 1):
                self.out.file.write(raw)

    def finish(self, expect: Snapshot | None) -> str:
        if self.failed or not self.changed:
            self.discard()
            return FAILED if self.failed else UNCHANGED
        if self.out is not None:
            self.out.commit(expect)
            self.out = None
        return CHANGED

    def show_diff(self) -> None:
        """The file's diff, once it is done and changed."""
        if self.spool and self.changed and not self.failed:
            self.spool.seek(0)
            with stdout.failing_as_output():
                sys.stdout.write(f"--- {self.path}\n+++ {self.path}\n")
                shutil.copyfileobj(self.spool, sys.stdout)

    def discard(self) -> None:
        if self.out is not None:
            self.out.discard()
            self.out = None

    def close(self) -> None:
        """Done with the file, whatever happened: the diff's spool (on disk past 1 MiB) goes."""
        self.discard()
        if self.spool is not None:
            self.spool.close()


def hunk(number: int, old: bytes, new: bytes) -> str:
    """A one-line hunk of a unified diff: records map one to one, so no context is needed."""
    def text(b: bytes) -> str:
        return b.decode("utf-8", errors="replace").rstrip("\r\n")

    return f"@@ -{number} +{number} @@\n-{text(old)}\n+{text(new)}\n"


def fix_jsonl(path: Path, runner: Runner, run: Run, limit: int = DEFAULT_MAX_BYTES,
              fix: Callable[..., Fixed] = fix_record) -> None:
    """A JSON Lines file, record by record in constant memory; rewritten whole or not at all, and
    only if it is still as it was read."""
    job = JsonlFix(path, run)
    snapshot: list[Snapshot] = []
    try:
        try:
            with jsonl_lines(path, limit, snapshot) as lines:
                for (number, raw), result in runner.pairs(fix, lines, lambda item: item[1]):
                    fixed = unless_timed_out(result)
                    run.meter.add(fixed.counts, failed=fixed.outcome == FAILED)
                    job.record(number, raw, fixed.outcome, fixed.data, fixed.message)
            outcome = job.finish(snapshot[0] if snapshot else None)
            message = "a record could not be cleaned; the file was left as it was" if outcome == FAILED else ""
        except (OSError, EOFError, zlib.error) as exc:  # unreadable, a broken .gz, a full disk, changed
            job.failed = True
            outcome, message = FAILED, f"{describe(exc)}; left as it was"
        except TooLarge as exc:  # a line too long: refused once --max-bytes of it is read
            job.failed = True
            outcome, message = FAILED, str(exc)
        except MemoryError:
            job.failed = True
            outcome, message = FAILED, "too large to read into memory (see --max-bytes); left as it was"
        run.done(path, outcome, message)  # counted before the diff: a reader gone leaves the status right
        job.show_diff()
    finally:  # after an interrupt or a bug too: no temporary file is left behind
        job.close()
