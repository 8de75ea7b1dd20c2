"""Files for `fix` and `check`: which ones to take, how to read JSON Lines (the filter's `--jsonl`
reads them so too), and atomic rewrites."""

from __future__ import annotations

import errno
import fcntl
import gzip
import hashlib
import io
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
DIGEST_SIZE = 16
READ_CHUNK = 1 << 20
# AtomicFile's temporary files: `.NAME.` + tempfile's 8 random characters + `.tmp`.
TEMP_NAME = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def is_jsonl(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


def is_gzip(path: Path) -> bool:
    return path.name.endswith(".gz")


def wanted(path: Path) -> bool:
    return path.name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)


def collect(paths: list[str], skipped: Callable[[Path, str], None] = lambda path, why: None) -> Iterator[Path]:
    """Files named, and the page files inside folders named (sorted; hidden folders and files
    skipped), each once. A file named on the command line is taken whatever its suffix. What is no
    regular file (a FIFO, a device, a socket, a symlink loop or one that points nowhere) is
    `skipped`, with why: reading it could hang or never end, and it cannot be rewritten."""
    seen: set[Path] = set()
    for path in walk(paths):
        try:
            real, mode = path.resolve(), path.stat().st_mode
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python before 3.13)
            skipped(path, "a symlink loop" if is_loop(exc) else (getattr(exc, "strerror", None) or str(exc)))
            continue
        if not stat.S_ISREG(mode):
            skipped(path, "not a regular file")
        elif real not in seen:
            seen.add(real)
            yield path


def is_loop(exc: BaseException) -> bool:
    return isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP


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


class TooLarge(ValueError):
    """A page file, or one line of a JSON Lines file (decompressed), larger than --max-bytes."""


class FileChanged(OSError):
    """The file changed (or another process locked it) between its reading and its rewrite."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A file as it was read: its identity and times, and a digest of every byte read."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    digest: bytes

    @classmethod
    def of(cls, st: os.stat_result, digest: bytes) -> Snapshot:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, digest)

    def same_as(self, fh: BinaryIO) -> bool:
        """Is the open file still what was read? Times and size first (cheap), then every byte."""
        st = os.fstat(fh.fileno())
        if (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) != (self.device, self.inode, self.size, self.mtime_ns):
            return False
        digest = hashlib.blake2b(digest_size=DIGEST_SIZE)
        while chunk := fh.read(READ_CHUNK):
            digest.update(chunk)
        return digest.digest() == self.digest


def read_page_file(path: Path, limit: int) -> tuple[bytes, Snapshot]:
    """A page file's bytes (TooLarge past `limit`, never more read) and what it was when read."""
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"larger than {limit:,} bytes (--max-bytes); left as it was")
    return data, Snapshot.of(st, hashlib.blake2b(data, digest_size=DIGEST_SIZE).digest())


class _Hashing(io.RawIOBase):
    """A file read through: every byte read goes into a digest (the compressed bytes of a .gz)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.digest = raw, hashlib.blake2b(digest_size=DIGEST_SIZE)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.digest.update(memoryview(buffer)[:n])
        return int(n)


@contextmanager
def jsonl_lines(path: Path | None, limit: int | None = None,
                snapshot: list[Snapshot] | None = None) -> Iterator[Iterator[tuple[int, bytes]]]:
    """(line number, raw line) of every line of a JSON Lines source, blank ones too, each with its
    ending, read lazily (constant memory): a file, gzip-compressed when its name ends in .gz, or
    stdin for None (left open). Records are parsed by cli.records.load_record. A line longer than
    `limit` bytes raises TooLarge once that much is read; `snapshot` gets what the file was, once
    it is read to its end."""
    if path is None:
        yield enumerate(sys.stdin.buffer, start=1)
        return
    with open(path, "rb", buffering=0) as raw:
        st = os.fstat(raw.fileno())
        hashing = _Hashing(raw)
        buffered = io.BufferedReader(hashing)
        fh: BinaryIO = gzip.GzipFile(fileobj=buffered, mode="rb") if is_gzip(path) else buffered  # type: ignore[assignment]
        with fh:
            yield _lines(fh, limit, lambda: snapshot.append(Snapshot.of(st, hashing.digest.digest()))
                         if snapshot is not None else None)


def _lines(fh: BinaryIO, limit: int | None, at_end: Callable[[], None]) -> Iterator[tuple[int, bytes]]:
    number = 0
    while line := fh.readline(-1 if limit is None else limit + 1):
        number += 1
        if limit is not None and len(line) > limit:
            raise TooLarge(f"line {number} is longer than {limit:,} bytes (--max-bytes); left as it was")
        yield number, line
    at_end()


class AtomicFile:
    """A new version of `path`, written beside it and renamed over it on `commit`.

    The file keeps its mode (and owner, when we may set it); a symlink keeps pointing at the
    rewritten file. Until `commit`, the original is untouched; `discard` (or an error) leaves it so.
    The temporary file is locked (flock) while it lives, so that a later run can tell it from one
    a killed run left. At `commit(expect)`, under an advisory lock on the original, the original
    must still be what was read (FileChanged if not, and it is left as it is).
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
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a new file: no one else holds it
        # mtime 0: the compressed bytes depend on the content alone.
        self.file: BinaryIO | gzip.GzipFile = (gzip.GzipFile(filename="", mode="wb", fileobj=self.raw, mtime=0)
                                               if compress else self.raw)

    def commit(self, expect: Snapshot | None = None) -> None:
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
            if expect is None:
                os.replace(self.temp, self.target)
            else:
                self._replace_unchanged(expect)
        except BaseException:
            self.discard()
            raise

    def _replace_unchanged(self, expect: Snapshot) -> None:
        """The rename, under an advisory lock on the original and only if it is as it was read."""
        with open(self.target, "rb") as current:
            try:
                fcntl.flock(current.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise FileChanged("another process holds a lock on it") from None
            if not expect.same_as(current):
                raise FileChanged("it changed while it was being fixed (another process wrote to it)")
            os.replace(self.temp, self.target)

    def discard(self) -> None:
        for fh in (self.file, self.raw):
            with suppress(OSError, ValueError):
                fh.close()
        self.temp.unlink(missing_ok=True)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, data: bytes, create: bool = False, expect: Snapshot | None = None) -> None:
    out = AtomicFile(path, create=create)
    try:
        out.file.write(data)
    except BaseException:
        out.discard()
        raise
    out.commit(expect)


def remove_stale_temps(files: Iterable[Path], before: float) -> list[Path]:
    """Temporary files a killed run (SIGKILL, a power cut) left beside `files`: named as AtomicFile
    names them for one of these files, last changed before `before`, and locked by no live run."""
    names: dict[Path, set[str]] = {}
    for path in files:
        names.setdefault(path.parent, set()).add(path.name)
    removed = []
    for folder, wanted_names in names.items():
        with suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                found = TEMP_NAME.fullmatch(entry.name)
                if found and found["name"] in wanted_names and _stale(Path(entry.path), before):
                    removed.append(Path(entry.path))
    return removed


def _stale(path: Path, before: float) -> bool:
    """Remove `path` if it is older than `before` and no run holds it; whether it was removed."""
    try:
        st = path.lstat()  # never opened unless a regular file: a FIFO would block the open
        if not stat.S_ISREG(st.st_mode) or st.st_mtime >= before:
            return False
        with open(path, "rb") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # a live run holds its own
            path.unlink()
            return True
    except OSError:
        return False
