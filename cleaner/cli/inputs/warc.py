"""WARC input: the HTML `response` records of a web archive (.warc, .warc.gz, .warc.zst), read with
FastWARC (the `warc` extra). Non-HTML and non-200 responses are skipped and counted; a truncated
or corrupt record is reported with its offset, and reading goes on at the next record."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from ...read import looks_like_html
from .http import HTML_TYPES, content_type, decoded
from .streams import (
    GZIP_MAGIC,
    ZSTD_MAGIC,
    compression_of,
    head_of,
    strip_compression,
    too_large,
)

WARC_SUFFIXES = (".warc",)  # after a compression suffix is taken off
SNIFF_BYTES = 1024  # of a payload without a declared type, looked at to tell HTML
SCAN_CHUNK = 1 << 20  # bytes read at a time while looking for the next record after a corrupt one
# Where a record can start, by the archive's compression: a gzip member, a zstd frame, a WARC header line.
RECORD_STARTS = {"gzip": GZIP_MAGIC + b"\x08", "zstd": ZSTD_MAGIC, None: b"\nWARC/"}


class WarcUnavailable(RuntimeError):
    """FastWARC is not installed; the message says how to install it."""


def is_warc(name: str) -> bool:
    return strip_compression(name).endswith(WARC_SUFFIXES)


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response record: where it is, what it says of itself, its payload and declared charset."""

    offset: int
    url: str | None
    date: str | None
    record_id: str | None
    payload: bytes
    charset: str | None


@dataclass
class WarcCounts:
    """What one archive held: HTML pages read, responses skipped (and why), records that were broken."""

    pages: int = 0
    not_html: int = 0
    not_ok: int = 0
    too_large: int = 0
    broken: int = 0

    def summary(self) -> str:
        skipped = self.not_html + self.not_ok + self.too_large
        why = ", ".join(f"{n:,} {what}" for n, what in ((self.not_html, "not HTML"), (self.not_ok, "status not 200"),
                                                        (self.too_large, "too large")) if n)
        out = f"{self.pages:,} HTML response{'s' * (self.pages != 1)} read, {skipped:,} skipped"
        out += f" ({why})" if why else ""
        return out + (f", {self.broken:,} broken record{'s' * (self.broken != 1)}" if self.broken else "")


def _fastwarc() -> Any:
    try:
        from fastwarc import warc
    except ImportError:
        raise WarcUnavailable("WARC input needs the warc extra: pip install 'article-cleaner[warc]'") from None
    return warc


def warc_pages(source: str, max_bytes: int, counts: WarcCounts, report: Callable[[str], None]) -> Iterator[WarcPage]:
    """The HTML responses of an archive (a path, or '-' for stdin, which is spooled to a temporary
    file first so that a corrupt record can be skipped). `report` gets one line a broken record."""
    warc = _fastwarc()
    with _seekable(source) as fh:
        reading = _Resync(fh, RECORD_STARTS[compression_of(head_of(fh))], counts, report)
        while reading.position is not None:
            fh.seek(reading.position)
            try:
                records = warc.ArchiveIterator(fh, record_types=warc.WarcRecordType.response, auto_decode="none")
                for record in records:
                    reading.started(record.stream_pos)
                    page = _page(record, max_bytes, counts, report)
                    reading.done()
                    if page is not None:
                        yield page
                reading.ended()
            except (OSError, ValueError) as exc:
                reading.failed(str(exc))


class _Resync:
    """Where an archive is read from, and what is said when a record is broken: a record that fails
    is named by its offset; a failure just after a good record (a start that cannot be found) is
    named once reading goes on at the next record that can be found."""

    def __init__(self, fh: BinaryIO, starts: bytes, counts: WarcCounts, report: Callable[[str], None]) -> None:
        self.fh, self.starts, self.counts, self.report = fh, starts, counts, report
        self.position: int | None = 0  # where the next pass starts; None: the archive is done
        self.reading: int | None = None  # the record being read
        self.last: int | None = None  # the last record read whole in this pass
        self.after: tuple[int, str] | None = None  # a failure after the record at this offset, not yet told

    def started(self, offset: int) -> None:
        self.reading = offset
        if self.after is not None:
            self._tell(f"offset {self.after[0]}: corrupt data after this record ({self.after[1]}); "
                       f"reading on at offset {offset}")

    def done(self) -> None:
        self.last, self.reading = self.reading, None

    def ended(self) -> None:
        if self.after is not None:
            self._tell(f"offset {self.after[0]}: corrupt data after this record ({self.after[1]}); "
                       "nothing after it could be read")
        self.position = None

    def failed(self, problem: str) -> None:
        broken = self.reading if self.reading is not None else self.position if self.last is None else None
        if broken is None:  # after a good record: told when the next one is found
            self.after = (self.last or 0, problem)
            self._next(self.last or 0)
            if self.position is None:
                self.ended()
            return
        self.after = None  # the failure found is this record's
        self._next(broken)
        then = ("nothing after it could be read" if self.position is None
                else f"reading on at offset {self.position}")
        self._tell(f"offset {broken}: corrupt record ({problem}); {then}")

    def _next(self, offset: int) -> None:
        self.position = _next_start(self.fh, offset + 1, self.starts)
        self.reading = self.last = None

    def _tell(self, message: str) -> None:
        self.counts.broken += 1
        self.after = None
        self.report(message)


def _page(record: Any, max_bytes: int, counts: WarcCounts, report: Callable[[str], None]) -> WarcPage | None:
    http = record.http_headers
    if http is None or http.status_code != 200:
        counts.not_ok += 1
        return None
    media, charset = content_type(http.get("Content-Type"))
    media = media or (record.headers.get("WARC-Identified-Payload-Type") or "").lower() or None
    if media is not None and media not in HTML_TYPES:
        counts.not_html += 1
        return None
    length = record.content_length
    if length > max_bytes:
        counts.too_large += 1
        report(f"offset {record.stream_pos}: {too_large(max_bytes)}")
        return None
    payload = record.reader.read()
    if len(payload) < length:
        counts.broken += 1
        report(f"offset {record.stream_pos}: truncated record ({len(payload):,} of {length:,} bytes); skipped")
        return None
    payload = decoded(payload, http, max_bytes)
    if payload is None:
        counts.too_large += 1
        report(f"offset {record.stream_pos}: {too_large(max_bytes)}")
        return None
    if media is None and not looks_like_html(payload[:SNIFF_BYTES].decode("latin-1")):
        counts.not_html += 1
        return None
    counts.pages += 1
    return WarcPage(record.stream_pos, record.headers.get("WARC-Target-URI"), record.headers.get("WARC-Date"),
                    record.record_id, payload, charset)


def _next_start(fh: BinaryIO, start: int, marker: bytes) -> int | None:
    """The offset of the first place at or after `start` where a record may begin."""
    fh.seek(start)
    offset, tail = start, b""
    while chunk := fh.read(SCAN_CHUNK):
        data = tail + chunk
        found = data.find(marker)
        if found >= 0:
            at = offset - len(tail) + found
            return at + 1 if marker.startswith(b"\n") else at
        tail = data[-(len(marker) - 1):]
        offset += len(chunk)
    return None


class _seekable:
    """A seekable binary handle on a file, or on stdin spooled to a temporary file."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.fh: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        if self.source == "-":
            self.fh = tempfile.TemporaryFile()
            shutil.copyfileobj(sys.stdin.buffer, self.fh)
            self.fh.seek(0)
        else:
            self.fh = open(self.source, "rb")
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()
