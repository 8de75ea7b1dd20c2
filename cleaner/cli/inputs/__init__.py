"""The filter's inputs: page files and stdin (plain, gzip or zstd), URLs fetched, JSON Lines
streams and WARC archives, each read in bounded memory.

A page (a file, stdin, a URL) is read whole, up to the --max-bytes bound; a JSON Lines stream is
read a line at a time (a line up to the same bound); a WARC archive a record at a time. Records of
either kind are cleaned by `clean_item`, wherever the runner sends them (this process, -j
workers, a Dask cluster).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...article import BodyFormat
from ...read import InputError, decode
from ..fixing import Counts, Filtered, filter_line
from ..options import describe
from ..records import DEFAULT, RecordOptions, dump_record
from .fetch import Fetcher, is_url, url_list
from .streams import DEFAULT_MAX_BYTES, bounded_lines, open_input, read_bounded, strip_compression
from .warc import WarcCounts, WarcPage, is_warc, warc_pages

if TYPE_CHECKING:
    from ...pipeline import Cleaner

PAGE, URL, JSONL, WARC = "page", "url", "jsonl", "warc"
JSONL_SUFFIX = ".jsonl"  # after a compression suffix is taken off: read as JSON Lines without --jsonl, as fix does


@dataclass(frozen=True, slots=True)
class Source:
    """One input as the command line named it: a path, '-' (stdin) or a URL, and how it is read."""

    name: str
    kind: str

    @property
    def label(self) -> str:
        """The input in messages."""
        return "<stdin>" if self.name == "-" else self.name

    @property
    def records(self) -> bool:
        """A stream of records (JSON Lines, WARC), cleaned a record at a time and written as JSON Lines."""
        return self.kind in (JSONL, WARC)


def add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--warc", action="store_true",
                   help="read WARC archives (stdin too); files ending .warc, .warc.gz, .warc.zst "
                        "are read as WARC anyway")
    p.add_argument("--urls", metavar="FILE", help="fetch and clean the URLs listed in FILE, one a line")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"the largest page, JSON Lines record or WARC payload read, decompressed "
                        f"(default: {DEFAULT_MAX_BYTES:,}); larger ones are refused")


def plan(args: argparse.Namespace) -> list[Source]:
    """The inputs named on the command line, in order (stdin when none), then the --urls list's."""
    names = list(args.files) or ([] if args.urls else ["-"])
    out = [Source(name, kind_of(name, args.jsonl, args.warc)) for name in names]
    if args.urls:
        out += [Source(url, URL) for url in url_list(args.urls)]
    return out


def kind_of(name: str, jsonl: bool, warc: bool) -> str:
    if is_url(name):
        return URL
    if warc or is_warc(name):
        return WARC
    return JSONL if jsonl or strip_compression(name).endswith(JSONL_SUFFIX) else PAGE


def page_input(source: Source, max_bytes: int, fetcher: Callable[[], Fetcher]) -> tuple[str | bytes, str | None]:
    """(the page, its URL when fetched) of a page source: a file or stdin, or a URL fetched."""
    if source.kind == URL:
        fetched = fetcher().fetch(source.name)
        return decode(fetched.data, fetched.charset), fetched.url
    with open_input(source.name) as stream:
        return read_bounded(stream, max_bytes), None


def location(source: Source, where: str = "") -> str:
    """An input, and a place in it, in messages: `pages.jsonl:7`, `crawl.warc.gz: offset 1234`."""
    if not where:
        return source.label
    return f"{source.label}:{where}" if where.isdigit() else f"{source.label}: {where}"


# An item of a record stream: (source, where in it: a line number or an offset, payload for clean_item).
Item = tuple[Source, str, Any]


def record_items(sources: Iterable[Source], max_bytes: int, report: Callable[..., None],
                 failed: Callable[[Source], None]) -> Iterator[Item]:
    """The records of every source in turn. A source that cannot be read (or stops being readable)
    is reported and `failed`; a record too long or broken is reported, and the rest is read."""
    for source in sources:
        try:
            if source.kind == WARC:
                yield from _warc_items(source, max_bytes, report, failed)
            else:
                yield from _jsonl_items(source, max_bytes, report, failed)
        except BrokenPipeError:
            raise
        except Exception as exc:  # noqa: BLE001 - unreadable, broken compression, no FastWARC: the next source is read
            report(source, describe(exc))
            failed(source)


def _jsonl_items(source: Source, max_bytes: int, report: Callable[..., None],
                 failed: Callable[[Source], None]) -> Iterator[Item]:
    with open_input(source.name) as stream:
        for number, raw in bounded_lines(stream, max_bytes):
            if raw is None:
                report(source, f"the line is longer than {max_bytes:,} bytes (--max-bytes); skipped", str(number))
                failed(source)
            else:
                yield source, str(number), raw


def _warc_items(source: Source, max_bytes: int, report: Callable[..., None],
                failed: Callable[[Source], None]) -> Iterator[Item]:
    counts = WarcCounts()

    def broken(message: str) -> None:
        report(source, message)
        failed(source)

    for page in warc_pages(source.name, max_bytes, counts, broken):
        yield source, f"offset {page.offset}", page
    report(source, counts.summary())


def clean_item(cleaner: Cleaner, payload: Any, explain: bool = False, body_format: BodyFormat = "text",
               options: RecordOptions = DEFAULT) -> Filtered:
    """What the filter writes for one record: a JSON Lines line (bytes) or a WARC page."""
    if isinstance(payload, WarcPage):
        return clean_warc_page(cleaner, payload, explain, body_format)
    return filter_line(cleaner, payload, explain, body_format, options)


def clean_warc_page(cleaner: Cleaner, page: WarcPage, explain: bool = False,
                    body_format: BodyFormat = "text") -> Filtered:
    """A WARC page's output line: its url, warc_date and record_id, then the article's fields."""
    try:
        # A WARC page is an HTML response (warc_pages keeps only those): HTML, never sniffed.
        article = cleaner.clean(decode(page.payload, page.charset), page.url, kind="html")
    except InputError as exc:
        return Filtered(None, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug on one record must not lose the records after it
        return Filtered(None, f"internal error: {type(exc).__name__}: {exc}", internal=True)
    out = {"url": page.url, "warc_date": page.date, "record_id": page.record_id,
           **article.to_dict(explain, body_format)}
    return Filtered(dump_record(out), counts=Counts.of(article))
