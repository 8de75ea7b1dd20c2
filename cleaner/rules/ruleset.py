"""Every rule folder read and compiled once: the generic layer and the site rules, and the checks
`rules check` runs over them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .files import RuleError, builtin_rules_dir, problems, read_toml, rule_files
from .generic import GenericRules, load_generic
from .patterns import DEFAULT_TIMEOUT
from .schema import GenericFile, SiteFile
from .site import SiteRules, load_site, url_host


@dataclass(slots=True)
class Ruleset:
    generic: GenericRules
    sites: list[SiteRules]

    def site_for(self, page: str, url: str | None) -> SiteRules | None:
        """The site whose domain holds the URL's host; without a URL, the first fingerprint match."""
        if url:
            host = url_host(url)
            for site in self.sites:
                if site.matches_host(host):
                    return site
        for site in self.sites:
            if site.matches_page(page):
                return site
        return None


def load_ruleset(user_dirs: Iterable[str | Path] = (), builtin: bool = True, site_rules: bool = True,
                 timeout: float = DEFAULT_TIMEOUT) -> Ruleset:
    """Read every rule folder; a user's folders come first, so their site files take precedence."""
    folders = [Path(d) for d in user_dirs] + ([builtin_rules_dir()] if builtin else [])
    generic_paths: list[Path] = []
    sites: list[SiteRules] = []
    for folder in folders:
        generic, site_files = rule_files(folder)
        generic_paths += generic
        if site_rules:
            loaded = [load_site(p, timeout) for p in site_files]
            for conflict in domain_conflicts(loaded):
                raise conflict
            sites += loaded
    # The shipped generic file first, then a user's additions.
    generic_paths.sort(key=lambda p: 0 if p.parent == builtin_rules_dir() else 1)
    return Ruleset(load_generic(generic_paths, timeout), sites)


def domain_conflicts(sites: list[SiteRules]) -> list[RuleError]:
    """A domain claimed by two site files of one folder: which one applies would depend on file order.
    (A user's folder claiming a shipped site's domain is an override, not a conflict.)"""
    owner: dict[str, Path] = {}
    problems = []
    for site in sites:
        for i, domain in enumerate(site.domains):
            first = owner.setdefault(domain, site.file)
            if first != site.file:
                problems.append(RuleError(site.file, f"site.domains.{i}",
                                          f"domain {domain!r} is already claimed by {first}"))
    return problems


def check_file(path: Path) -> tuple[SiteRules | None, list[RuleError]]:
    """(the compiled site rules, or None; every problem of one rule file)."""
    try:
        data = read_toml(path)
    except RuleError as exc:
        return None, [exc]
    if path.name == "generic.toml":
        return None, problems(GenericFile, data, path)[1]
    spec, found = problems(SiteFile, data, path)
    found += _missing_inputs(path, data.get("tests"))
    return (load_site(path) if spec is not None else None), found


def _missing_inputs(path: Path, tests: object) -> list[RuleError]:
    """Test cases whose input file is not there (read from the raw data: checked even when other keys are bad)."""
    if not isinstance(tests, list):
        return []
    inputs = [(i, case.get("input")) for i, case in enumerate(tests) if isinstance(case, dict)]
    return [RuleError(path, f"tests.{i}.input", f"file not found: {name}")
            for i, name in inputs if isinstance(name, str) and not (path.parent / name).is_file()]


def check_paths(paths: list[Path]) -> tuple[int, list[RuleError]]:
    """(how many files were checked; every problem in them): rule folders or single files."""
    problems: list[RuleError] = []
    count = 0
    for target in paths:
        if target.is_file():
            files = [target]
        else:
            try:
                generic, site_files = rule_files(target)
            except RuleError as exc:
                problems.append(exc)
                continue
            files = generic + site_files
        sites = []
        for path in files:
            site, found = check_file(path)
            count += 1
            problems += found
            sites += [site] if site is not None else []
        problems += domain_conflicts(sites)
    return count, problems
