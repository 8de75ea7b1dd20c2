"""A folder of imported site rules (rules/ftr/: some two thousand files converted from Full-Text
RSS), read lazily: its index of domains (`index.json`, written when the folder was converted) is
read once, and a site's file is read and compiled only when a page of its host comes. Imported
files are matched by the URL's host only (they have no fingerprints).

Look-up, as Full-Text RSS looks hosts up: the host without `www.` names a file exactly; else the
nearest parent domain with a wildcard file (`*.example.com`) or a file that holds its subdomains.
The fallback file (converted global.txt) is merged into every file found, and is the rules of a
host that none names.
"""

from __future__ import annotations

import dataclasses
import json
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from .files import IMPORTED_INDEX, RuleError, read_toml
from .patterns import DEFAULT_TIMEOUT
from .site import SiteRules, load_site
from .site_html import merged
from .uses import ImportedUse

INDEX = IMPORTED_INDEX
INDEX_FORMAT = 1  # the index layout this version reads
CACHE_SITES = 256  # compiled sites kept (most recently used): a crawl of many hosts stays bounded

@dataclass(slots=True)
class Entry:
    file: str
    name: str
    domains: list[str]
    subdomains: bool


@dataclass(slots=True)
class ImportedFolder:
    folder: Path
    entries: dict[str, Entry]  # file name -> entry
    global_file: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    use: ImportedUse = "all"
    exact: dict[str, str] = field(default_factory=dict)  # host -> file
    parents: dict[str, str] = field(default_factory=dict)  # parent domain -> file (wildcards, subdomains)
    _cache: OrderedDict[str, SiteRules | None] = field(default_factory=OrderedDict, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries.values():
            for domain in entry.domains:
                if domain.startswith("*."):
                    self.parents.setdefault(domain[2:], entry.file)
                else:
                    self.exact.setdefault(domain, entry.file)
                    if entry.subdomains:
                        self.parents.setdefault(domain, entry.file)

    def file_for(self, host: str) -> str | None:
        """The file whose domains hold the host, or None (the fallback file is not looked at)."""
        host = host.lower().rstrip(".").removeprefix("www.")
        if not host:
            return None
        if host in self.exact:
            return self.exact[host]
        parts = host.split(".")
        for i in range(1, len(parts)):
            found = self.parents.get(".".join(parts[i:]))
            if found is not None:
                return found
        return None

    def site_for(self, host: str) -> SiteRules | None:
        """The compiled rules of the file whose domains hold the host (merged with the fallback)."""
        name = self.file_for(host)
        return self._compiled(name) if name is not None else None

    def fallback(self) -> SiteRules | None:
        """The compiled fallback config (global.txt), for a host that no file names."""
        return self._compiled(self.global_file) if self.global_file is not None else None

    def _compiled(self, name: str) -> SiteRules | None:
        if name in self._cache:
            self._cache.move_to_end(name)
            return self._cache[name]
        site = load_site(self.folder / name, self.timeout, keep=False)  # thousands: not kept
        if self.use == "metadata":
            site = metadata_only(site)
        if self.global_file is not None and name != self.global_file:
            site = merge_fallback(site, self._compiled(self.global_file))
        self._cache[name] = site
        if len(self._cache) > CACHE_SITES:
            self._cache.popitem(last=False)
        return site


def merge_fallback(site: SiteRules, fallback: SiteRules | None) -> SiteRules:
    """The site's rules with the fallback's added (as Full-Text RSS adds global.txt to each config)."""
    if fallback is None:
        return site
    return dataclasses.replace(site, html_drop=site.html_drop + fallback.html_drop,
                               xpaths=merged(site.xpaths, fallback.xpaths))


def metadata_only(site: SiteRules) -> SiteRules:
    """What the site's rules say of its title, author and date, and nothing that changes its text."""
    return dataclasses.replace(site, html_drop=(), html_body=(), xpaths=dataclasses.replace(
        site.xpaths, find_replace=(), dissolve=(), wrap_in=(), body=()))


def load_imported(folder: Path, timeout: float = DEFAULT_TIMEOUT, use: ImportedUse = "all") -> ImportedFolder:
    """The folder's index, read (RuleError when it cannot be)."""
    path = folder / INDEX
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleError(path, "", f"cannot read the index: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise RuleError(path, "format", f"index format {found!r} is not supported (this version reads "
                                        f"{INDEX_FORMAT}): convert the folder again")
    try:
        entries = {file: Entry(file, name, list(domains), bool(sub)) for file, (name, domains, sub)
                   in data["files"].items()}
    except (KeyError, TypeError, ValueError):
        raise RuleError(path, "files", "not an index of rule files: convert the folder again") from None
    return ImportedFolder(folder, entries, data.get("global"), timeout, use)


def index_problems(folder: Path) -> list[RuleError]:
    """Where the index and the folder's files disagree (a file added, removed or changed since
    the folder was converted): what `rules check` reports."""
    try:
        index = load_imported(folder)
    except RuleError as exc:
        return [exc]
    path = folder / INDEX
    on_disk = {p.name for p in folder.glob("*.toml")}
    found = [RuleError(path, f"files.{name}", "the file is not there") for name in sorted(set(index.entries) - on_disk)]
    found += [RuleError(folder / name, "", f"not in {INDEX}: convert the folder again")
              for name in sorted(on_disk - set(index.entries))]
    for name in sorted(on_disk & set(index.entries)):
        entry = index.entries[name]
        try:
            spec = read_toml(folder / name).get("site", {})
        except RuleError:
            continue  # check_file reports it
        if (spec.get("domains", []), spec.get("subdomains", True)) != (entry.domains, entry.subdomains):
            found.append(RuleError(path, f"files.{name}",
                                   "the index's domains are not the file's: convert the folder again"))
    return found
