"""What every command shares: its name in messages, the rule options, the Cleaner they build."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..rules.uses import DEFAULT_USE, USES
from .records import RecordOptions

if TYPE_CHECKING:
    from ..pipeline import Cleaner

INPUT_KINDS = ("auto", "html", "text")

PROG = "article-cleaner"


def error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def warning(message: str) -> None:
    """Something the user should know that is no error (as the logger's warnings read)."""
    error(f"WARNING: {message}")


def add_page_timeout(p: argparse.ArgumentParser) -> None:
    from ..scale.base import DEFAULT_PAGE_TIMEOUT

    p.add_argument("--page-timeout", type=float, default=DEFAULT_PAGE_TIMEOUT, metavar="SECONDS",
                   help=f"the most one page or record may take (default: {DEFAULT_PAGE_TIMEOUT:g}; 0: no limit); "
                        "one that takes longer is reported and skipped, and the run goes on "
                        "(fix, check, JSON Lines and WARC input; in this process and -j workers, not on Dask)")


def page_timeout(args: argparse.Namespace) -> float | None:
    return args.page_timeout if args.page_timeout > 0 else None


def add_rule_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rules", action="append", default=[], metavar="DIR", type=Path,
                   help="a folder of your own rule files (repeatable; before the shipped rules)")
    p.add_argument("--no-site-rules", action="store_true", help="use only the generic rules")
    p.add_argument("--imported-rules", choices=USES, default=DEFAULT_USE, metavar="USE",
                   help="how much of the imported site rules (the converted Full-Text RSS configs) applies: "
                        f"all, metadata (title, author, date) or off (default: {DEFAULT_USE})")
    p.add_argument("--no-imported-rules", action="store_const", const="off", dest="imported_rules",
                   help="leave out the imported site rules (as --imported-rules off)")


def add_page_options(p: argparse.ArgumentParser) -> None:
    """What a page is, and which field of a record holds it; what the result may replace."""
    p.add_argument("--input", choices=INPUT_KINDS, default="auto", metavar="KIND",
                   help="what the pages are: html, text, or auto (the default: a record's 'html' field is "
                        "HTML and its 'text' field text; any other page is sniffed)")
    p.add_argument("--field", metavar="NAME",
                   help="the field of a JSON Lines record that holds the page (default: 'html' if the "
                        "record has one, else 'text')")
    p.add_argument("--overwrite", action="store_true",
                   help="let the result's fields (title, body, status, ...) replace a record's fields of the same name")
    p.add_argument("--prefix", default="", metavar="P",
                   help="put P before the name of every field the result adds to a record (e.g. clean_)")


def page_kind(args: argparse.Namespace) -> str | None:
    """The kind of every page, as --input says; None: sniffed (auto)."""
    return None if args.input == "auto" else str(args.input)


def record_options(args: argparse.Namespace) -> RecordOptions:
    return RecordOptions(field=args.field, kind=page_kind(args), overwrite=args.overwrite, prefix=args.prefix)


def make_cleaner(args: argparse.Namespace) -> Cleaner:
    from ..pipeline import Cleaner

    return Cleaner(args.rules, site_rules=not args.no_site_rules, imported_rules=args.imported_rules)


def setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(levelname)s: %(message)s"))
    log = logging.getLogger("cleaner")
    log.handlers[:] = [handler]
    log.propagate = False


def describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
