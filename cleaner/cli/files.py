"""Files for `fix` and `check`: which ones to take, how to read JSON Lines (the filter's `--jsonl`
reads them so too), and atomic rewrites."""

from __future__ import annotations

import gzip
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


def is_jsonl(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


def is_gzip(path: Path) -> bool:
    return path.name.endswith(".gz")


def wanted(path: Path) -> bool:
    return path.name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)


def collect(paths: list[str]) -> Iterator[Path]:
    """Files named, and the page files inside folders named (sorted; hidden folders and files
    skipped), each once. A file named on the command line is taken whatever its suffix."""
    seen: set[Path] = set()
    for path in walk(paths):
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            yield path


def walk(paths: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file in sorted(files):
                if not file.startswith(".") and wanted(Path(file)):
                    yield Path(folder) / file


@contextmanager
def jsonl_lines(path: Path | None) -> Iterator[Iterator[tuple[int, bytes]]]:
    """(line number, raw line) of every line of a JSON Lines source, blank ones too, each with its
    ending, read lazily (constant memory): a file, gzip-compressed when its name ends in .gz, or
    stdin for None (left open). Records are parsed by cli.records.load_record."""
    if path is None:
        yield enumerate(sys.stdin.buffer, start=1)
        return
    with (gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")) as fh:
        yield enumerate(fh, start=1)


class AtomicFile:
    """A new version of `path`, written beside it and renamed over it on `commit`.

    The file keeps its mode (and owner, when we may set it); a symlink keeps pointing at the
    rewritten file. Until `commit`, the original is untouched; `discard` (or an error) leaves it so.
    """

    def __init__(self, path: Path, compress: bool = False, create: bool = False) -> None:
        self.target = path.resolve()
        # create: a new file (or a replaced one) gets the mode a new file gets here, as `open` gives it
        self.stat = None if create else self.target.stat()
        if self.stat is not None and not os.access(self.target, os.W_OK):
            raise PermissionError(13, "Permission denied", str(path))
        fd, name = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".tmp")
        self.temp = Path(name)
        self.raw: BinaryIO = os.fdopen(fd, "wb")
        # mtime 0: the compressed bytes depend on the content alone.
        self.file: BinaryIO | gzip.GzipFile = (gzip.GzipFile(filename="", mode="wb", fileobj=self.raw, mtime=0)
                                               if compress else self.raw)

    def commit(self) -> None:
        try:
            if self.file is not self.raw:
                self.file.close()
            self.raw.flush()
            os.fsync(self.raw.fileno())
            self.raw.close()
            os.chmod(self.temp, stat.S_IMODE(self.stat.st_mode) if self.stat is not None else _new_file_mode())
            if self.stat is not None and (self.stat.st_uid, self.stat.st_gid) != (os.getuid(), os.getgid()):
                with suppress(PermissionError):  # not ours to give away: still written, as its writer's
                    os.chown(self.temp, self.stat.st_uid, self.stat.st_gid)
            os.replace(self.temp, self.target)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        for fh in (self.file, self.raw):
            with suppress(OSError, ValueError):
                fh.close()
        self.temp.unlink(missing_ok=True)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, data: bytes, create: bool = False) -> None:
    out = AtomicFile(path, create=create)
    try:
        out.file.write(data)
    except BaseException:
        out.discard()
        raise
    out.commit()
