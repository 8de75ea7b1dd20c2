"""Rule files read, validated and compiled once: the generic layer and the site rules."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.cssselect import CSSSelector
from pydantic import ValidationError

from .patterns import DEFAULT_TIMEOUT, Pattern, union
from .schema import FORMAT, GenericFile, LexiconGroup, SiteFile, TestCase

FINGERPRINT_SPAN = 20_000  # characters of a page searched for site fingerprints


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file, the key and the problem."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path, self.key, self.problem = str(path), key, problem
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")


def builtin_rules_dir() -> Path:
    """The rules shipped in the wheel (cleaner/_rules), or the checkout's top-level rules/."""
    here = Path(__file__).resolve().parent
    installed = here / "_rules"
    return installed if installed.is_dir() else here.parent / "rules"


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(path, "", f"not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:  # tomllib decodes the bytes itself and lets this through
        data, at = exc.object, exc.start
        line, column = data.count(b"\n", 0, at) + 1, at - (data.rfind(b"\n", 0, at) + 1) + 1
        raise RuleError(path, "", f"not UTF-8 text: byte {data[at]:#04x} at line {line}, column {column}") from None
    except OSError as exc:
        raise RuleError(path, "", f"cannot read: {exc.strerror or exc}") from None


def _problems(model: type, data: dict, path: Path) -> tuple[object | None, list[RuleError]]:
    """(the validated file, or None; every problem found in it, not only the first)."""
    if data.get("format", FORMAT) != FORMAT:
        return None, [RuleError(path, "format", f"format {data.get('format')!r} is not supported "
                                                f"(this version reads {FORMAT})")]
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_rule_error(path, err) for err in exc.errors()]


def _rule_error(path: Path, err: dict) -> RuleError:
    key = ".".join(str(part) for part in err["loc"])
    problem = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
    return RuleError(path, key, problem.removeprefix("Value error, "))


def _validate(model: type, data: dict, path: Path):
    spec, problems = _problems(model, data, path)
    if problems:
        raise problems[0]
    return spec


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
    html_drop: tuple[tuple[str, etree.XPath], ...]  # (rule name, selector): CSS `drop`, then XPath `drop_xpath`
    html_title: tuple[etree.XPath, ...]
    html_body: tuple[etree.XPath, ...]
    tests: tuple[TestCase, ...]

    @property
    def label(self) -> str:
        return self.file.name

    def matches_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def matches_page(self, page: str) -> bool:
        head = page[:FINGERPRINT_SPAN]
        return any(p.search(head) for p in self.fingerprints)


def _patterns(sources: list[str], origin: str, timeout: float) -> list[Pattern]:
    return [Pattern(s, f"{origin}[{i}]", timeout, lazy=True) for i, s in enumerate(sources)]


def load_site(path: Path, timeout: float = DEFAULT_TIMEOUT) -> SiteRules:
    spec: SiteFile = _validate(SiteFile, _read_toml(path), path)
    where = path.name
    text = spec.text
    return SiteRules(
        name=spec.site.name,
        file=path,
        revision=spec.site.revision,
        domains=tuple(d.lower().lstrip(".") for d in spec.site.domains),
        fingerprints=_patterns(spec.site.fingerprints, f"{where}: site.fingerprints", timeout),
        drop_lines=_patterns(text.drop_lines, f"{where}: text.drop_lines", timeout),
        drop_ranges=[
            LineRange(Pattern(r.start, f"{where}: text.drop_ranges[{i}].start", timeout, lazy=True),
                      Pattern(r.end, f"{where}: text.drop_ranges[{i}].end", timeout, lazy=True),
                      r.max_lines, f"{where}: text.drop_ranges[{i}]")
            for i, r in enumerate(text.drop_ranges)
        ],
        cut_after=_patterns(text.cut_after, f"{where}: text.cut_after", timeout),
        strip_prefix=_patterns(text.strip_prefix, f"{where}: text.strip_prefix", timeout),
        html_drop=tuple((f"{where}: html.drop[{i}]", CSSSelector(c)) for i, c in enumerate(spec.html.drop))
        + tuple((f"{where}: html.drop_xpath[{i}]", etree.XPath(x)) for i, x in enumerate(spec.html.drop_xpath)),
        html_title=tuple(CSSSelector(c) for c in spec.html.title),
        html_body=tuple(CSSSelector(c) for c in spec.html.body),
        tests=tuple(spec.tests),
    )


@dataclass(slots=True)
class LexiconKind:
    """All lexicon groups of one kind, each as one alternation."""

    kind: str
    lines: Pattern | None
    contains: Pattern | None
    max_words: int
    paths: tuple[str, ...] = ()  # empty: both paths

    def applies_to(self, source: str) -> bool:
        return not self.paths or ("text" if source == "text" else "html") in self.paths


def anchored(pattern: Pattern | None) -> Pattern | None:
    """A whole-line pattern anchored at line ends, so one scan of a page finds every matching line."""
    if pattern is None:
        return None
    return Pattern(f"^(?:{pattern.source})$", pattern.origin, pattern.timeout, lazy=True)


@dataclass(slots=True)
class GenericRules:
    files: list[Path] = field(default_factory=list)
    lexicon: list[LexiconKind] = field(default_factory=list)
    credits: Pattern | None = None
    trailer_markers: Pattern | None = None
    trailer_within_last: float = 0.4
    navigation: Pattern | None = None
    datelines: Pattern | None = None
    stoplists: Any = None  # stages.language.Stoplists: the page-language detector's stoplists
    comment_markers: Pattern | None = None  # the start of a comment section: cut wherever it stands
    # The same rules indexed for fast matching against every line of a page (stages.matching).
    lexicon_lines: Any = None
    lexicon_phrases: Any = None
    dateline_lines: Any = None
    credit_phrases: Any = None
    navigation_lines: Any = None
    trailer_lines: Any = None
    page_trailer_lines: Any = None
    comment_lines: Any = None


def load_generic(paths: list[Path], timeout: float = DEFAULT_TIMEOUT) -> GenericRules:
    """Merge the generic files (the shipped one and a user's) into one compiled set."""
    from .stages.language import Stoplists  # the stages import this module
    from .stages.matching import LineIndex, LineMatcher, PhraseMatcher

    groups: dict[tuple[str, int, tuple[str, ...]], list[LexiconGroup]] = {}
    credits: list[Pattern] = []
    markers: list[Pattern] = []
    comments: list[Pattern] = []
    page_markers: list[Pattern] = []
    nav: list[Pattern] = []
    datelines: list[Pattern] = []
    within_last = 0.4
    for path in paths:
        spec: GenericFile = _validate(GenericFile, _read_toml(path), path)
        where = path.name
        for group in spec.lexicon:
            groups.setdefault((group.kind, group.max_words, tuple(sorted(group.paths))), []).append(group)
        credits += _patterns(spec.captions.credits, f"{where}: captions.credits", timeout)
        markers += _patterns(spec.trailers.markers, f"{where}: trailers.markers", timeout)
        comments += _patterns(spec.trailers.comments, f"{where}: trailers.comments", timeout)
        page_markers += _patterns(spec.trailers.page_markers, f"{where}: trailers.page_markers", timeout)
        nav += _patterns(spec.navigation.lines, f"{where}: navigation.lines", timeout)
        datelines += _patterns(spec.datelines.lines, f"{where}: datelines.lines", timeout)
        within_last = spec.trailers.within_last
    lexicon = []
    for (kind, max_words, paths), members in groups.items():
        origin = f"lexicon.{kind}"
        lines = [Pattern(s, origin, timeout, lazy=True) for g in members for s in g.lines]
        contains = [Pattern(s, origin, timeout, lazy=True) for g in members for s in g.contains]
        lexicon.append(LexiconKind(kind, union(lines, origin, timeout), union(contains, origin, timeout), max_words,
                                   paths))
    lines_by_kind: list[tuple[LexiconKind, Pattern]] = []
    phrases_by_kind: list[tuple[LexiconKind, Pattern]] = []
    for kind, members in zip(lexicon, groups.values()):
        lines_by_kind += [(kind, Pattern(s, f"lexicon.{kind.kind}", timeout, lazy=True)) for g in members for s in g.lines]
        phrases_by_kind += [(kind, Pattern(s, f"lexicon.{kind.kind}", timeout, lazy=True)) for g in members for s in g.contains]
    generic = GenericRules(
        files=list(paths),
        lexicon=lexicon,
        credits=union(credits, "captions.credits", timeout),
        trailer_markers=anchored(union(markers, "trailers.markers", timeout)),
        trailer_within_last=within_last,
        navigation=anchored(union(nav, "navigation.lines", timeout)),
        datelines=anchored(union(datelines, "datelines.lines", timeout)),
        stoplists=Stoplists.load(),
        comment_markers=anchored(union(comments, "trailers.comments", timeout)),
        lexicon_lines=LineMatcher.build(lines_by_kind),
        lexicon_phrases=PhraseMatcher.build(phrases_by_kind),
        dateline_lines=LineMatcher.build([("dateline", p) for p in datelines]),
        credit_phrases=PhraseMatcher.build([("credit", p) for p in credits]),
        navigation_lines=LineMatcher.build([("menu-item", p) for p in nav]),
        trailer_lines=LineMatcher.build([("trailer", p) for p in markers]),
        page_trailer_lines=LineMatcher.build([("trailer", p) for p in markers + page_markers]),
        comment_lines=LineMatcher.build([("comments", p) for p in comments]),
    )
    # One pass over a page's lines serves every whole-line matcher (the datelines first).
    LineIndex.build([generic.dateline_lines, generic.lexicon_lines, generic.navigation_lines, generic.trailer_lines,
                     generic.page_trailer_lines, generic.comment_lines])
    return generic


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


def url_host(url: str) -> str:
    """The URL's host, or '' when it has none or does not parse (e.g. 'http://[bad'): then no domain matches."""
    try:
        return urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""


def rule_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(generic files, site files) below a rule folder, in a stable order."""
    if not folder.is_dir():
        raise RuleError(folder, "", "not a folder of rule files")
    # Hidden folders below the rule folder are skipped; the folder itself may sit anywhere (a .venv).
    files = sorted(p for p in folder.rglob("*.toml")
                   if not any(part.startswith(".") for part in p.relative_to(folder).parts))
    generic = [p for p in files if p.name == "generic.toml"]
    return generic, [p for p in files if p.name != "generic.toml"]


def load_ruleset(user_dirs: list[Path] = (), builtin: bool = True, site_rules: bool = True,
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
        data = _read_toml(path)
    except RuleError as exc:
        return None, [exc]
    if path.name == "generic.toml":
        return None, _problems(GenericFile, data, path)[1]
    spec, problems = _problems(SiteFile, data, path)
    problems += _missing_inputs(path, data.get("tests"))
    return (load_site(path) if spec is not None else None), problems


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
