"""`rules import-ftr DIR [--out DIR]`: convert a folder of Full-Text RSS site configs into site rule
files (rules.ftr). Every line not applied is printed to stdout, `FILE:LINE: DIRECTIVE: REASON`;
the summary goes to stderr. Exit codes: 0 converted, 4 the folders cannot be used."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from ..rules.ftr.corpus import convert_folder, write_folder
from .exits import OK

DEFAULT_OUT = Path("ftr-rules")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import-ftr", help="convert a folder of Full-Text RSS site configs into site rule files")
    p.add_argument("source", type=Path, metavar="DIR",
                   help="the site-config folder (e.g. a checkout of ftr-site-config)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR",
                   help=f"the folder to write (default: {DEFAULT_OUT}); its old rule files are replaced")
    p.add_argument("--commit", default=None, metavar="SHA",
                   help="the source's commit, recorded in every file (default: the source's git HEAD, if any)")


def cmd_import_ftr(args: argparse.Namespace) -> int:
    commit = args.commit if args.commit is not None else git_head(args.source)
    report = convert_folder(args.source, commit)
    write_folder(report, args.source, args.out, commit)
    for source, outcome in report.outcomes():
        if outcome.status == "skipped":
            print(f"{source}:{outcome.line}: {outcome.directive}: {outcome.reason}")
    for line in report.summary():
        print(f"article-cleaner rules: {line}" if not line.startswith(" ") else line, file=sys.stderr)
    print(f"article-cleaner rules: wrote {args.out}", file=sys.stderr)
    return OK


def git_head(folder: Path) -> str:
    """The commit of the folder's git checkout; '' when the folder is no checkout's top (or git is not there)."""
    try:
        proc = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel", "HEAD"],
                              capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    lines = proc.stdout.split()
    if proc.returncode != 0 or len(lines) != 2 or Path(lines[0]).resolve() != folder.resolve():
        return ""
    return lines[1]
