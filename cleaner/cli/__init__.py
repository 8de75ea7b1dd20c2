"""The command line: a filter over pages (stdin to stdout), plus subcommands.

The first argument picks a subcommand (fix, check, rules); anything else is the filter
(cli.filter). Exit codes are in cli.exits. A pattern stopped by its time limit is a warning on
stderr, not an error.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

from ..rules.files import RuleError
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
    except RuleError as exc:
        error(str(exc))
        return RULE_ERROR
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
        error(f"internal error: {type(exc).__name__}: {exc}")
        return INTERNAL


def run(argv: list[str]) -> int:
    """The command, its results flushed before the exit code is known: a full disk is an error."""
    if argv and argv[0] in SUBCOMMANDS:
        module, _, func = SUBCOMMANDS[argv[0]].partition(":")
        command: Callable[[list[str]], int] = getattr(importlib.import_module(module), func)
        code = command(argv[1:])
    else:
        code = run_filter(build_parser().parse_args(argv))
    stdout.flush()
    return code


