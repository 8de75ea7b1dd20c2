"""The command line: a filter over pages (stdin to stdout), plus subcommands.

The first argument picks a subcommand (fix, check, rules); anything else is the filter
(cli.filter). Exit codes are in cli.exits. A pattern stopped by its time limit is a warning on
stderr, not an error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from . import stdout
from .exits import INTERNAL, INTERRUPTED, OK, OUTPUT_FAILED, RULE_ERROR, TERMINATED
from .filter import build_parser, run_filter
from .options import error, setup_logging
from .signals import Terminated, sigterm_as_interrupt

# Subcommands live in their own modules; the first argument picks one (`./fix` is a file).
SUBCOMMANDS: dict[str, str] = {
    "fix": "cleaner.cli.corpus:fix_main",  # rewrite files in place
    "check": "cleaner.cli.corpus:check_main",  # report files that would change
    "rules": "cleaner.cli.rules:main",  # list, check, test and start rule files
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    stdout.set_up()
    setup_logging()
    try:
        with sigterm_as_interrupt():
            return run(argv)
    except Terminated:
        return TERMINATED
    except KeyboardInterrupt:
        return INTERRUPTED
    except BrokenPipeError:  # `article-cleaner … | head`: the reader left; that is not an error
        stdout.reader_gone()
        return OK
    except stdout.OutputFailed as exc:
        error(str(exc))
        return OUTPUT_FAILED
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code or 0)
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a one-line message
        from ..rules.files import RuleError  # loaded already when one was raised: rules raise it

        if isinstance(exc, RuleError):
            error(str(exc))
            return RULE_ERROR
        error(f"internal error: {type(exc).__name__}: {exc}")
        return INTERNAL


def run(argv: list[str]) -> int:
    """The command, its results flushed before the exit code is known: a full disk is an error."""
    parser = build_parser()
    at = subcommand_at(argv, parser)
    if at is not None:
        module, _, func = SUBCOMMANDS[argv[at]].partition(":")
        command: Callable[[list[str]], int] = getattr(importlib.import_module(module), func)
        code = command(argv[:at] + argv[at + 1:])  # options before the subcommand are its own
    else:
        code = run_filter(parser.parse_args(argv))
    stdout.flush()
    return code


def subcommand_at(argv: list[str], parser: argparse.ArgumentParser) -> int | None:
    """Where the subcommand is: the first argument that is no option nor an option's value, when it
    names a subcommand (`--rules DIR rules list` is `rules list --rules DIR`); None: the filter."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return None
        if not arg.startswith("-") or arg == "-":
            return i if arg in SUBCOMMANDS else None
        action = parser._option_string_actions.get(arg)  # argparse's own table of options
        i += 2 if action is not None and action.nargs != 0 else 1
    return None
