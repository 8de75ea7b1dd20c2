"""The filter: pages (files, stdin, URLs; plain, gzip or zstd), JSON Lines records and WARC
archives in; JSON, text or Markdown out (JSON Lines for record streams), on stdout or in -o DIR."""

from __future__ import annotations

import argparse
from functools import partial
from itertools import groupby
from typing import TYPE_CHECKING

from ..read import InputError, decode_page
from ..version import __version__
from . import explain, inputs
from .exits import INPUT_FAILED, INTERNAL, OK, USAGE
from .fixing import Filtered
from .inputs import Source
from .inputs.fetch import Fetcher, FetchError
from .inputs.streams import InputTooLarge, decompression_errors
from .options import (
    PROG,
    add_page_options,
    add_page_timeout,
    add_rule_options,
    describe,
    error,
    make_cleaner,
    page_kind,
    page_timeout,
    record_options,
    warning,
)
from .outputs import Output, OutputError, add_output_options
from .stdout import OutputFailed

TOO_BIG = "too large to clean in the memory there is (see --max-bytes)"

if TYPE_CHECKING:
    from ..pipeline import Cleaner

# What reading one page can meet that is the input's fault: each a one-line message, exit code 1
# (and a broken .zst stream's error: decompression_errors).
PAGE_ERRORS = (OSError, InputError, InputTooLarge, FetchError)


def page_errors() -> tuple[type[Exception], ...]:
    """What run_page reports as the page's problem: PAGE_ERRORS, a broken stream's, the output's."""
    return (*PAGE_ERRORS, *decompression_errors(), OutputError)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Clean scraped article pages (text or HTML) into JSON: title and body.",
        epilog="Exit codes: 0 ok, 1 some input could not be cleaned, 2 usage, 4 bad rule file, 123 internal error, "
               "130 interrupted. Subcommands: fix, check, rules (each has --help).",
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="pages to clean: files (.gz and .zst too), URLs, WARC archives "
                        "('-' or none: stdin)")
    p.add_argument("--jsonl", action="store_true",
                   help="read JSON Lines records with a 'text' or 'html' field "
                        "(files ending .jsonl, .jsonl.gz, .jsonl.zst are read so anyway)")
    inputs.add_input_options(p)
    add_page_options(p)
    p.add_argument("--url", help="the page's URL (picks site rules; a single page only, not records)")
    add_output_options(p)
    p.add_argument("--explain", action="store_true", help="add what was removed and why")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes for JSON Lines and WARC input (default: 1)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="JSON Lines and WARC input on a Dask cluster: tcp://host:8786, or 'local'")
    add_page_timeout(p)
    add_rule_options(p)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def run_filter(args: argparse.Namespace) -> int:
    if args.max_bytes < 1:
        error(f"--max-bytes must be 1 or more, not {args.max_bytes}")
        return USAGE
    try:
        sources = inputs.plan(args)
    except (OSError, UnicodeDecodeError) as exc:  # the --urls file
        error(f"--urls {args.urls}: {describe(exc)}")
        return USAGE
    problem = misuse(args, sources)
    if problem:
        error(problem)
        return USAGE
    try:
        out = Output(args, sources)
    except OSError as exc:
        error(f"-o {args.output_dir}: {describe(exc)}")
        return USAGE
    except OutputError as exc:
        error(str(exc))
        return USAGE
    cleaner = make_cleaner(args)
    status = OK
    fetcher: list[Fetcher] = []  # made for the first URL
    for records, group in groupby(sources, key=lambda source: source.records):
        if records:
            status = max(status, run_records(cleaner, list(group), args, out))
            continue
        for source in group:
            status = max(status, run_page(cleaner, source, args, out, fetcher))
    return status


def misuse(args: argparse.Namespace, sources: list[Source]) -> str | None:
    """A combination of options and inputs that makes no sense, said in one line; None when all is well."""
    records = any(source.records for source in sources)
    if args.url and records:
        return "--url names one page; a JSON Lines record carries its own 'url' (a WARC record too)"
    if args.url and len(sources) > 1:
        return "--url names one page; give one FILE with it"
    if args.format == "text" and records:
        return ("--format text prints pages; JSON Lines and WARC input give JSON Lines "
                "(leave out --format, or use --format markdown for Markdown bodies)")
    return None


def run_page(cleaner: Cleaner, source: Source, args: argparse.Namespace, out: Output, fetcher: list[Fetcher]) -> int:
    """One page (a file, stdin, a URL) cleaned and written; its problem reported in one line."""
    def get_fetcher() -> Fetcher:
        fetcher[:] = fetcher or [Fetcher(args.max_bytes)]
        return fetcher[0]

    explaining = args.explain and args.format == "text"  # the page line by line, what went and why
    try:
        data, fetched_url = inputs.page_input(source, args.max_bytes, get_fetcher)
        if isinstance(data, bytes):
            data = decoded_text(source, data)
        url = args.url or fetched_url
        kind = page_kind(args)
        result = explain.explain(cleaner, data, url, kind) if explaining else cleaner.clean(data, url, kind)
        out.page(source, result)
    except (BrokenPipeError, OutputFailed):
        raise  # the reader has gone, or stdout cannot be written: the run ends (cli.main), not this page
    except page_errors() as exc:
        error(f"{source.name}: {describe(exc)}")
        return INPUT_FAILED
    except MemoryError:  # one huge page: the pages after it still fit
        error(f"{source.name}: {TOO_BIG}")
        return INPUT_FAILED
    except Exception as exc:  # noqa: BLE001 - a bug on one page must not lose the pages after it
        error(f"{source.name}: internal error: {type(exc).__name__}: {exc}")
        return INTERNAL
    return OK


def decoded_text(source: Source, data: bytes) -> str:
    """A page file's text; the bytes that fit no character (a stray Latin-1 byte in UTF-8) are
    replaced with U+FFFD, and said so on stderr: the result is written, but not as the file had it."""
    decoded = decode_page(data)
    if decoded.replaced:
        many = "s" * (decoded.replaced != 1)
        warning(f"{source.label}: {decoded.replaced} byte{many} not {decoded.encoding}, replaced with U+FFFD")
    return decoded.text


def run_records(cleaner: Cleaner, sources: list[Source], args: argparse.Namespace, out: Output) -> int:
    """JSON Lines and WARC records in constant memory, in input order, on `-j` processes or a Dask
    cluster. A bad record or an unreadable source is reported and the rest goes on."""
    from ..scale.base import TimedOut
    from ..scale.runner import RunnerError, make_runner
    from .progress import Meter

    try:
        runner = make_runner(cleaner, args.jobs, args.dask, page_timeout(args))
    except (ValueError, RunnerError) as exc:
        error(str(exc))
        return USAGE
    status = OK
    failed: set[Source] = set()
    func = partial(inputs.clean_item, explain=args.explain, body_format=out.body, options=record_options(args))
    with runner, Meter() as meter:
        def report(source: Source, message: str, where: str = "") -> None:
            meter.print(f"{PROG}: {inputs.location(source, where)}: {message}")

        items = inputs.record_items(sources, args.max_bytes, report, failed.add)
        try:
            for (source, where, _), outcome in runner.pairs(func, items, lambda item: item[2]):
                result = Filtered(None, outcome.message) if isinstance(outcome, TimedOut) else outcome
                meter.add(result.counts, failed=bool(result.error))
                if result.error:
                    report(source, result.error, where)
                    status = max(status, INTERNAL if result.internal else INPUT_FAILED)
                if result.line is not None:  # a record that failed is written too, with `status: error`
                    out.record(source, result.line)
            for source in sources:
                if source not in failed:
                    out.empty_records(source)
            out.finish_records()
        except (BrokenPipeError, OutputFailed, KeyboardInterrupt):
            out.discard()  # no half-written -o file is left behind
            raise  # the reader has gone, stdout cannot be written, Ctrl-C or SIGTERM: the run ends (cli.main)
        except OSError as exc:  # the output cannot be written
            out.discard()
            error(f"{describe(exc)}")
            return INPUT_FAILED
        if meter.show:
            meter.print(meter.summary())
    return max(status, INPUT_FAILED) if failed else status
