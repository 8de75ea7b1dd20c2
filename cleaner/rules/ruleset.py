"""Every rule folder read and compiled once: the generic layer and the site rules, and the checks
`rules check` runs over them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .files import RuleError, builtin_rules_dir, problems, read_toml, rule_folders
from .generic import GenericRules, load_generic
from .imported import ImportedFolder, index_problems, load_imported
from .patterns import DEFAULT_TIMEOUT
from .site import SiteRules, load_site, url_host
from .uses import DEFAULT_USE, ImportedUse


@dataclass(slots=True)
class Ruleset:
    generic: GenericRules
    sites: list[SiteRules]
    imported: list[ImportedFolder] = field(default_factory=list)  # read lazily, after the sites

    def site_for(self, page: str, url: str | None, html: bool = True) -> SiteRules | None:
        """The site whose domain holds the URL's host (a site file's, else, for an HTML page, an
        imported one's: they hold HTML rules only); without a URL, the first site file whose
        fingerprints the page holds."""
        if url:
            host = url_host(url)
            for site in self.sites:
                if site.matches_host(host):
                    return site
            for folder in self.imported if html else ():
                found = folder.site_for(host)
                if found is not None:
                    return found
        for site in self.sites:
            if site.matches_page(page):
                return site
        return None

    def rules_for(self, page: str, url: str | None, html: bool = True) -> SiteRules | None:
        """The site's rules (site_for), else, for an HTML page with a URL, the imported fallback
        config (which names no site)."""
        site = self.site_for(page, url, html)
        if site is None and html and url:
            site = next((f for f in (folder.fallback() for folder in self.imported) if f is not None), None)
        return site


def load_ruleset(user_dirs: Iterable[str | Path] = (), builtin: bool = True, site_rules: bool = True,
                 timeout: float = DEFAULT_TIMEOUT, imported: ImportedUse = DEFAULT_USE) -> Ruleset:
    """Read every rule folder; a user's folders come first, so their site files take precedence.
    Imported folders (rules.imported) come after every site file; `imported` says how much of them
    applies ("off": none)."""
    folders = [Path(d) for d in user_dirs] + ([builtin_rules_dir()] if builtin else [])
    generic_paths: list[Path] = []
    sites: list[SiteRules] = []
    lazy: list[ImportedFolder] = []
    for folder in folders:
        generic, site_files, imported_dirs = rule_folders(folder)
        generic_paths += generic
        if site_rules:
            loaded = [load_site(p, timeout) for p in site_files]
            for conflict in domain_conflicts(loaded):
                raise conflict
            sites += loaded
            lazy += [load_imported(d, timeout, imported) for d in imported_dirs] if imported != "off" else []
    # The shipped generic file first, then a user's additions.
    generic_paths.sort(key=lambda p: 0 if p.parent == builtin_rules_dir() else 1)
    return Ruleset(load_generic(generic_paths, timeout), sites, lazy)


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
    from .schema import GenericFile, SiteFile  # pydantic: only for `rules check`

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
    """(how many files were checked; every problem in them): rule folders or single files. An
    imported folder's files are checked as one folder of their own, with its index."""
    problems: list[RuleError] = []
    count = 0
    for target in paths:
        if target.is_file():
            groups = [[target]]
        else:
            try:
                generic, site_files, imported_dirs = rule_folders(target)
            except RuleError as exc:
                problems.append(exc)
                continue
            groups = [generic + site_files] + [sorted(d.glob("*.toml")) for d in imported_dirs]
            problems += [p for d in imported_dirs for p in index_problems(d)]
        for files in groups:
            sites = []
            for path in files:
                site, found = check_file(path)
                count += 1
                problems += found
                sites += [site] if site is not None else []
            problems += domain_conflicts(sites)
    return count, problems
