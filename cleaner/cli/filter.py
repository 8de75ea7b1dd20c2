"""The filter: pages (files, stdin, JSON Lines records) in, JSON or text out."""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from .. import __version__
from ..document import Document
from ..pipeline import Cleaner
from ..read import InputError
from . import explain
from .exits import INPUT_FAILED, INTERNAL, OK, USAGE
from .files import jsonl_lines
from .options import PROG, add_rule_options, describe, error, make_cleaner


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Clean scraped article pages (text or HTML) into JSON: title and body.",
        epilog="Exit codes: 0 ok, 1 some input could not be cleaned, 2 usage, 4 bad rule file, 123 internal error, "
               "130 interrupted. Subcommands: fix, check, rules (each has --help).",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="pages to clean ('-' or none: stdin)")
    p.add_argument("--jsonl", action="store_true", help="read JSON Lines records with a 'text' or 'html' field")
    p.add_argument("--url", help="the page's URL (picks site rules; a single page only)")
    p.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    p.add_argument("--explain", action="store_true", help="add what was removed and why")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes for --jsonl (default: 1)")
    p.add_argument("--dask", metavar="ADDRESS", help="--jsonl on a Dask cluster: tcp://host:8786, or 'local'")
    add_rule_options(p)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def run_filter(args: argparse.Namespace) -> int:
    sources = args.files or ["-"]
    if args.url and len(sources) > 1:
        error("--url names one page; give one FILE with it")
        return USAGE
    cleaner = make_cleaner(args)
    if args.jsonl:
        return run_jsonl(cleaner, sources, args.explain, args.jobs, args.dask)
    status = OK
    many = len(sources) > 1
    for source in sources:
        explaining = args.explain and args.format == "text"  # the page line by line, what went and why
        try:
            data = read_source(source)
            result = explain.explain(cleaner, data, args.url) if explaining else cleaner.clean(data, args.url)
        except (OSError, InputError) as exc:
            error(f"{source}: {describe(exc)}")
            status = max(status, INPUT_FAILED)
            continue
        except Exception as exc:  # noqa: BLE001 - a bug on one page must not lose the pages after it
            error(f"{source}: internal error: {type(exc).__name__}: {exc}")
            status = INTERNAL
            continue
        if isinstance(result, Document):  # explaining
            explain.show(result, sys.stdout, sys.stdout.isatty(), source if many else None)
            continue
        article = result
        if args.format == "text":
            sys.stdout.write(article.to_text() + "\n")
            continue
        out = article.to_dict(args.explain)
        if many:
            out = {"path": source, **out}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=None if many else 2) + "\n")
    return status


def read_source(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    return Path(source).read_bytes()


def jsonl_records(sources: list[str], failed: list[str]) -> Iterator[tuple[str, int, bytes]]:
    """(source name, line number, raw line) of every non-blank line of every source in turn, read
    lazily; a source that cannot be read (or a broken .gz) is reported, noted in `failed`, and the
    next one is read."""
    for source in sources:
        name = "<stdin>" if source == "-" else source
        try:
            with jsonl_lines(None if source == "-" else Path(source)) as lines:
                for number, raw in lines:
                    if raw.strip():
                        yield name, number, raw
        except BrokenPipeError:
            raise
        except (OSError, EOFError, zlib.error) as exc:
            error(f"{name}: {describe(exc)}")
            failed.append(name)


def run_jsonl(cleaner: Cleaner, sources: list[str], explain: bool, jobs: int = 1, dask: str | None = None) -> int:
    """Record by record in constant memory, in input order, on `jobs` processes or a Dask cluster.
    A bad record or an unreadable source is reported and the rest goes on."""
    from ..scale.runner import RunnerError, make_runner
    from .fixing import filter_line
    from .progress import Meter

    try:
        runner = make_runner(cleaner, jobs, dask)
    except (ValueError, RunnerError) as exc:
        error(str(exc))
        return USAGE
    status = OK
    failed: list[str] = []
    with runner, Meter() as meter:
        for (source, number, _), out in runner.pairs(partial(filter_line, explain=explain),
                                                      jsonl_records(sources, failed), lambda item: item[2]):
            meter.add(out.counts, failed=out.line is None)
            if out.line is None:
                meter.print(f"{PROG}: {source}:{number}: {out.error}")
                status = INTERNAL if out.internal else max(status, INPUT_FAILED)
            else:
                sys.stdout.write(out.line + "\n")
        if meter.show:
            meter.print(meter.summary())
    if failed:
        status = max(status, INPUT_FAILED)
    return status
