"""Reading an input in bounded memory: a file or stdin, decompressed when it is gzip or zstd; a page
read whole up to a bound, a JSON Lines stream line by line with the same bound on a line."""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:  # zstandard loads with the first .zst stream: a plain file needs none of it
    pass

# The most bytes read for one page, one JSON Lines record or one WARC record's payload (after
# decompression): the one bound, `--max-bytes`. A page beyond it is refused, never read whole.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
COMPRESSED_SUFFIXES = (".gz", ".zst")
SKIP_CHUNK = 1 << 16  # the rest of an over-long line is read past this much at a time

# What a broken compressed stream raises while it is read: truncated, corrupt, not what it says
# (and zstandard.ZstdError, once a .zst stream was opened: decompression_errors).
DECOMPRESSION_ERRORS: tuple[type[Exception], ...] = (EOFError, zlib.error, gzip.BadGzipFile)


def decompression_errors() -> tuple[type[Exception], ...]:
    """DECOMPRESSION_ERRORS, with zstandard's when it was loaded (by a .zst stream): only it raises them."""
    zstd = sys.modules.get("zstandard")
    return (*DECOMPRESSION_ERRORS, zstd.ZstdError) if zstd is not None else DECOMPRESSION_ERRORS


class InputTooLarge(ValueError):
    """A page or record larger than the --max-bytes bound; the message says so in one line."""


def compression_of(head: bytes) -> str | None:
    """'gzip', 'zstd' or None, by a stream's first bytes."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


def decompressed(raw: BinaryIO, compression: str | None) -> BinaryIO:
    """A stream of the bytes `raw` holds, decompressed as it is read."""
    if compression == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if compression == "zstd":
        import zstandard

        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=False)
        return io.BufferedReader(reader)
    return raw


def head_of(raw: BinaryIO) -> bytes:
    """The first bytes of a buffered stream, left unread."""
    peek = getattr(raw, "peek", None)
    return peek(4)[:4] if peek is not None else b""


@contextmanager
def open_input(source: str) -> Iterator[BinaryIO]:
    """The bytes of a file or of stdin ('-'), decompressed when they are gzip or zstd (told by their
    first bytes, whatever the name says). stdin is never closed. A device (`/dev/zero`) is refused:
    it never ends, and a stream of it would be read past for ever (/dev/null, empty, is read); a FIFO
    (`<(cmd)`) is read."""
    if source not in ("-", os.devnull) and stat.S_ISCHR(mode := os.stat(source).st_mode) | stat.S_ISBLK(mode):
        raise OSError(errno.ENODEV, "a device, not a file; not read", source)
    raw: BinaryIO = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    try:
        yield decompressed(raw, compression_of(head_of(raw)))
    finally:
        if source != "-":
            raw.close()


def read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """The whole stream, or InputTooLarge when it holds more than `limit` bytes (never more read)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(too_large(limit))
    return data


def too_large(limit: int) -> str:
    return f"larger than {limit:,} bytes (--max-bytes); not read"


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, raw line) of every non-blank line; None for a line longer than `limit` bytes,
    which is read past without being kept."""
    number = 0
    while raw := stream.readline(limit + 1):
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(SKIP_CHUNK)
            yield number, None
        elif raw.strip():
            yield number, raw


def strip_compression(name: str) -> str:
    """A file name without its compression suffix: `pages.jsonl.gz` -> `pages.jsonl`."""
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name
