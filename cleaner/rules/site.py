"""A site's rules compiled: which pages are the site's (domains, fingerprints), and its text and HTML rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import etree
from lxml.cssselect import CSSSelector

from .files import read_rule_file
from .patterns import DEFAULT_TIMEOUT, Pattern, rule_patterns
from .site_html import HtmlXPaths, compile_html, token_drops

if TYPE_CHECKING:  # a file's data is read as rules.specs.Spec, of the schema's shape
    from .schema import SiteFile, TestCase

FINGERPRINT_SPAN = 20_000  # characters of a page searched for site fingerprints


@dataclass(slots=True)
class LineRange:
    start: Pattern
    end: Pattern
    max_lines: int
    origin: str


@dataclass(slots=True)
class SiteRules:
    name: str
    file: Path
    revision: int
    domains: tuple[str, ...]
    fingerprints: list[Pattern]
    drop_lines: list[Pattern]
    drop_ranges: list[LineRange]
    cut_after: list[Pattern]
    strip_prefix: list[Pattern]
    # HTML selectors, compiled once (CSS is compiled to XPath); each keeps its source in `.path`.
    # (rule name, selector): CSS `drop`, then `drop_xpath`, `drop_id_or_class`, `drop_image_src`
    html_drop: tuple[tuple[str, etree.XPath], ...]
    html_title: tuple[etree.XPath, ...]
    html_body: tuple[etree.XPath, ...]
    tests: tuple[TestCase, ...]
    subdomains: bool = True
    xpaths: HtmlXPaths = field(default_factory=HtmlXPaths)  # the other HTML rules (rules.site_html)
    fallback: bool = False  # a fallback config for any host (imported global.txt): it names no site
    # The file's `name` is the site's name (ours and a user's); an imported file's is its host,
    # which the page's own declaration (og:site_name) names better: Document.site is left to it.
    named: bool = True

    @property
    def label(self) -> str:
        return self.file.name

    def matches_host(self, host: str) -> bool:
        return any(domain_matches(d, host, self.subdomains) for d in self.domains)

    def matches_page(self, page: str) -> bool:
        head = page[:FINGERPRINT_SPAN]
        return any(p.search(head) for p in self.fingerprints)


def load_site(path: Path, timeout: float = DEFAULT_TIMEOUT, keep: bool = True) -> SiteRules:
    """A site file compiled; `keep`: its validated data kept in the cache (rules.specs)."""
    spec: SiteFile = read_rule_file("SiteFile", path, keep)
    where = path.name
    text = spec.text
    imported = spec.imported is not None
    return SiteRules(
        name=spec.site.name,
        file=path,
        revision=spec.site.revision,
        domains=tuple(d.lower().lstrip(".") for d in spec.site.domains),
        fingerprints=rule_patterns(spec.site.fingerprints, f"{where}: site.fingerprints", timeout),
        drop_lines=rule_patterns(text.drop_lines, f"{where}: text.drop_lines", timeout),
        drop_ranges=[
            LineRange(Pattern(r.start, f"{where}: text.drop_ranges[{i}].start", timeout, lazy=True),
                      Pattern(r.end, f"{where}: text.drop_ranges[{i}].end", timeout, lazy=True),
                      r.max_lines, f"{where}: text.drop_ranges[{i}]")
            for i, r in enumerate(text.drop_ranges)
        ],
        cut_after=rule_patterns(text.cut_after, f"{where}: text.cut_after", timeout),
        strip_prefix=rule_patterns(text.strip_prefix, f"{where}: text.strip_prefix", timeout),
        html_drop=tuple((f"{where}: html.drop[{i}]", CSSSelector(c)) for i, c in enumerate(spec.html.drop))
        + tuple((f"{where}: html.drop_xpath[{i}]", etree.XPath(x)) for i, x in enumerate(spec.html.drop_xpath))
        + token_drops(where, spec.html),
        html_title=tuple(CSSSelector(c) for c in spec.html.title),
        html_body=tuple(CSSSelector(c) for c in spec.html.body),
        tests=tuple(spec.tests),
        subdomains=spec.site.subdomains,
        xpaths=compile_html(where, spec.html, imported),
        fallback=spec.imported is not None and spec.imported.global_rules,
        named=not imported,
    )


def domain_matches(domain: str, host: str, subdomains: bool = True) -> bool:
    """Does a rule's domain hold the host? `example.com`: the host itself, its www. and (with
    `subdomains`) every subdomain; `*.example.com`: every subdomain but www., not example.com."""
    host = host.lower().rstrip(".")
    if domain.startswith("*."):
        parent = domain[2:]
        return host.endswith("." + parent) and host != "www." + parent
    return host in (domain, "www." + domain) or (subdomains and host.endswith("." + domain))


def url_host(url: str) -> str:
    """The URL's host, or '' when it has none or does not parse (e.g. 'http://[bad'): then no domain matches."""
    try:
        return urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""


