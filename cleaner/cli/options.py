"""What every command shares: its name in messages, the rule options, the Cleaner they build."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..pipeline import Cleaner
from ..rules.imported import DEFAULT_USE, USES

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


def make_cleaner(args: argparse.Namespace) -> Cleaner:
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
