"""`article-cleaner rules ...`: list, check, test and start rule files.

Exit codes: 0 ok; 1 a test case fails, or `new` cannot write; 2 usage; 4 a rule file is invalid.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from ..pipeline import Cleaner
from ..read import InputError
from ..rules.files import builtin_rules_dir
from ..rules.ruleset import check_paths, load_ruleset
from ..rules.schema import TestCase
from ..rules.site import SiteRules
from .exits import FAILED, OK, RULE_ERROR, USAGE
from .rules_new import SkeletonError, skeleton

PROG = "article-cleaner rules"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="List, check, test and start rule files.",
                                epilog="Exit codes: 0 ok, 1 a test case fails or a file cannot be written, "
                                       "2 usage, 4 a rule file is invalid.")
    _rules_option(p, "rules_before")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _rules_option(sub.add_parser("list", help="the site rules in force: site, domains, revision, file"))
    check = sub.add_parser("check", help="validate rule files and report every problem, one a line")
    check.add_argument("paths", nargs="*", type=Path, metavar="DIR",
                       help="rule folders or files (default: the --rules folders and the shipped rules)")
    _rules_option(check)
    test = sub.add_parser("test", help="run the rule files' [[tests]]; show what each site rule changes")
    test.add_argument("site", nargs="?", metavar="SITE", help="only this site (its name or file name)")
    _rules_option(test)
    new = sub.add_parser("new", help="write a rule file skeleton, with a test case, for a sample page")
    new.add_argument("name", metavar="NAME", help="the site's name, e.g. 'The Daily Example'")
    new.add_argument("--from", dest="sample", required=True, type=Path, metavar="FILE", help="a sample page")
    new.add_argument("--url", help="the sample page's URL (its host becomes the site's domain)")
    new.add_argument("-o", "--output", type=Path, metavar="PATH",
                     help="the file to write (default: NAME.toml in the first --rules folder, or here)")
    _rules_option(new)
    return p


def _rules_option(p: argparse.ArgumentParser, dest: str = "rules") -> None:
    # Accepted before and after the command: two names, since a subparser's values replace its parent's.
    p.add_argument("--rules", action="append", type=Path, metavar="DIR", default=[], dest=dest,
                   help="a folder of your own rule files (repeatable)")


def main(argv: list[str]) -> int:
    """Run one `rules` command; RuleError propagates to the CLI, which exits 4 with its message."""
    args = build_parser().parse_args(argv)
    args.rules = args.rules_before + args.rules
    return {"list": cmd_list, "check": cmd_check, "test": cmd_test, "new": cmd_new}[args.command](args)


def say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


# --- list ---------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    ruleset = load_ruleset(args.rules)
    rows = [("SITE", "DOMAINS", "REVISION", "FILE")]
    rows += [(s.name, ",".join(s.domains) or "-", str(s.revision), str(s.file)) for s in ruleset.sites]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:  # the last column, FILE, is not padded
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)) + "  " + row[3])
    return OK


# --- check --------------------------------------------------------------------------------

def cmd_check(args: argparse.Namespace) -> int:
    paths = args.paths or [*args.rules, builtin_rules_dir()]
    count, problems = check_paths(paths)
    for problem in problems:
        print(problem)
    files = {p.path for p in problems}
    if problems:
        say(f"{len(problems)} problem{'s' * (len(problems) != 1)} in {len(files)} of {max(count, len(files))} files")
        return RULE_ERROR
    say(f"{count} files checked: no problems")
    return OK


# --- test ---------------------------------------------------------------------------------

@dataclass(slots=True)
class CaseResult:
    label: str
    failures: list[str]  # the case's own checks that fail with the site rule
    difference: str  # what the site rule changes: the checks that fail without it, or the result

    @property
    def line(self) -> str:
        if self.failures:
            return f"FAIL {self.label}: " + "; ".join(self.failures)
        if not self.difference:
            return f"WARN {self.label}: passes, but the site rule makes no difference to it"
        return f"PASS {self.label}: {self.difference}"


def case_failures(case: TestCase, article: Article, site: str | None = None) -> list[str]:
    """The checks of a [[tests]] case that `article` fails (site: the site it must have matched)."""
    failures = []
    if site is not None and article.site != site:
        failures.append(f"the page matched {article.site or 'no site'}, not {site}")
    if case.title is not None and article.title != case.title:
        failures.append(f"title is {article.title!r}, not {case.title!r}")
    body = " ".join(article.body.split())
    failures += [f"body lacks {p!r}" for p in case.contains if " ".join(p.split()) not in body]
    failures += [f"body holds {p!r}" for p in case.excludes if p in body]
    return failures


def difference(case: TestCase, with_site: Article, without: Article) -> str:
    """How the result differs without the site rule ('' when it does not)."""
    fails = case_failures(case, without)
    if fails:
        return f"without the site rule {len(fails)} check{'s' * (len(fails) != 1)} fail ({fails[0]})"
    kept, plain = with_site.body.split("\n\n"), without.body.split("\n\n")
    gone, added = len(set(plain) - set(kept)), len(set(kept) - set(plain))
    if gone or added or with_site.title != without.title:
        return f"without the site rule the result changes ({gone} paragraphs more, {added} fewer)"
    return ""


def run_case(site: SiteRules, index: int, case: TestCase, cleaner: Cleaner, generic: Cleaner) -> CaseResult:
    label = f"{site.label} tests[{index}] ({case.input})"
    try:
        page = (site.file.parent / case.input).read_bytes()
        with_site, without = cleaner.clean(page, case.url), generic.clean(page, case.url)
    except (OSError, InputError) as exc:
        return CaseResult(label, [f"cannot read the input: {getattr(exc, 'strerror', None) or exc}"], "")
    return CaseResult(label, case_failures(case, with_site, site.name), difference(case, with_site, without))


def selected(sites: list[SiteRules], name: str | None) -> list[SiteRules]:
    if name is None:
        return sites
    want = name.casefold()
    return [s for s in sites if want in (s.name.casefold(), s.file.name.casefold(), s.file.stem.casefold())]


def cmd_test(args: argparse.Namespace) -> int:
    cleaner = Cleaner(args.rules)
    generic = Cleaner(args.rules, site_rules=False)
    sites = selected(cleaner.ruleset.sites, args.site)
    if not sites:
        say(f"no site rule named {args.site!r} (see `{PROG} list`)")
        return USAGE
    results = []
    for site in sites:
        if not site.tests:
            print(f"WARN {site.label}: no [[tests]]")
        for i, case in enumerate(site.tests):
            results.append(run_case(site, i, case, cleaner, generic))
            print(results[-1].line)
    failed = sum(1 for r in results if r.failures)
    say(f"{len(results)} cases: {len(results) - failed} passed, {failed} failed")
    return FAILED if failed else OK


# --- new ----------------------------------------------------------------------------------

def cmd_new(args: argparse.Namespace) -> int:
    if not args.name.strip():
        say("NAME must not be empty")
        return USAGE
    output = args.output or ((args.rules[0] if args.rules else Path(".")) / f"{slug(args.name)}.toml")
    if output.exists():
        say(f"{output}: already exists; not overwritten")
        return FAILED
    try:
        page = args.sample.read_bytes()
    except OSError as exc:
        say(f"{args.sample}: {exc.strerror or exc}")
        return FAILED
    existing = [d for d in args.rules if d.is_dir()]  # the folder to write into may not exist yet
    with tempfile.TemporaryDirectory() as tmp:
        try:
            text = skeleton(args.name, page, args.sample, output, args.url, existing, Path(tmp))
        except (InputError, SkeletonError) as exc:
            say(f"{args.sample}: {exc}")
            return FAILED
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("x", encoding="utf-8") as fh:  # "x": never overwrite a file made meanwhile
            fh.write(text)
    except OSError as exc:
        say(f"{output}: cannot write: {exc.strerror or exc}")
        return FAILED
    say(f"wrote {output}; run `{PROG} test {json.dumps(args.name)}"
        + "".join(f" --rules {d}" for d in _folders_for(output, args.rules)) + "`")
    return OK


def _folders_for(output: Path, rules: list[Path]) -> list[Path]:
    """The --rules folders that make `rules test` find the new file."""
    parent = output.parent
    return rules if any(parent.resolve().is_relative_to(d.resolve()) for d in rules) else [parent, *rules]


def slug(name: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in name.casefold())
    return "-".join(part for part in out.split("-") if part) or "site"


__all__ = ["case_failures", "difference", "main"]
