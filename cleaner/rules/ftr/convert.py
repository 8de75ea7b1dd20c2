"""One Full-Text RSS site config as the data of one of our site rule files (rules.schema.SiteFile).

A pure function of the file's name and text (and the source's commit): each directive line is
mapped, kept as metadata, or skipped with the reason, and every outcome is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import lxml.html
from lxml import etree

from ..schema import TAG
from ..xpaths import unknown_functions
from . import directives as d
from .parse import Directive, Problem, parse

SOURCE = "ftr-site-config"
LICENSE = "CC0-1.0"
GLOBAL_NAME = "Full-Text RSS global config"
NOT_A_DIRECTIVE = "(not a directive)"  # the directive of a line that holds none
# A page to run each XPath on once: a call that cannot run (an undefined variable) fails here.
PROBE = lxml.html.document_fromstring("<html><head><title>t</title></head><body><div><p>p</p></div></body></html>")

Status = Literal["mapped", "metadata", "skipped"]
# The order of the `[html]` keys in a converted file: as the rules apply.
HTML_ORDER = ("find_replace", "drop_xpath", "drop_id_or_class", "drop_image_src", "dissolve", "wrap_in",
              "title_xpath", "author_xpath", "date_xpath", "body_xpath", "prune", "autodetect_on_failure",
              "skip_json_ld")


@dataclass(frozen=True, slots=True)
class Outcome:
    line: int
    directive: str  # the directive's name (`body`, `replace_string`, `http_header`), or NOT_A_DIRECTIVE
    text: str  # the line as written
    status: Status
    reason: str = ""


@dataclass(slots=True)
class Converted:
    data: dict[str, Any]  # a site rule file's data
    outcomes: list[Outcome] = field(default_factory=list)

    def skipped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "skipped"]


def convert(filename: str, text: str, host: str | None, wildcard: bool = False, commit: str = "",
            problems: Sequence[Problem] = ()) -> Converted:
    """The rule file for config `filename` (its text already decoded). host None: global.txt."""
    found, broken = parse(text)
    outcomes = [Outcome(p.line, NOT_A_DIRECTIVE, p.text, "skipped", p.reason) for p in [*problems, *broken]]
    html: dict[str, Any] = {}
    fetch: list[str] = []
    _map_directives(found, html, fetch, outcomes)
    outcomes.sort(key=lambda o: o.line)
    imported: dict[str, Any] = {"source": SOURCE, "file": filename, "commit": commit, "license": LICENSE}
    if fetch:
        imported["fetch"] = fetch
    if host is None:
        site: dict[str, Any] = {"name": GLOBAL_NAME}
        imported["global_rules"] = True
    elif wildcard:
        site = {"name": host, "domains": [f"*.{host}"]}
    else:
        site = {"name": host, "domains": [host], "subdomains": False}
    data: dict[str, Any] = {"format": 1, "site": site}
    if html:
        data["html"] = {key: html[key] for key in HTML_ORDER if key in html}
    data["imported"] = imported
    return Converted(data, outcomes)


def _map_directives(found: list[Directive], html: dict[str, Any], fetch: list[str], out: list[Outcome]) -> None:
    finds: list[Directive] = []
    replaces: list[Directive] = []
    written: list[Directive] = []  # the find_string and replace_string lines as written
    switches: dict[str, Directive] = {}
    for item in found:
        name = item.name
        if name in d.FETCH:
            fetch.append(item.text)
            out.append(_outcome(item, "metadata"))
        elif name in d.REPLACE:
            written.append(item)
            if name == "replace_string" and item.argument is not None:  # replace_string(find): replace
                finds.append(Directive(item.line, "find_string", None, item.argument))
            (finds if name == "find_string" else replaces).append(item)
        elif name in d.BOOL_KEYS:
            if switches.get(name) is not None:
                out.append(_outcome(switches[name], "skipped", f"given again on line {item.line}: the last counts"))
            switches[name] = item
        else:
            out.append(_map_one(item, html))
    out.extend(_switch(item, html) for item in switches.values())
    out.extend(_replacements(finds, replaces, written, html))


def _map_one(item: Directive, html: dict[str, Any]) -> Outcome:
    name = item.name
    if name in d.NO_EFFECT:
        return _outcome(item, "skipped", d.NO_EFFECT[name])
    if name in d.NOT_FTR:
        return _outcome(item, "skipped", d.NOT_FTR_REASON)
    if name not in d.XPATH_KEYS and name not in d.TOKEN_KEYS and name != d.WRAP_IN:
        return _outcome(item, "skipped", d.UNKNOWN_REASON)
    if not item.value:
        return _outcome(item, "skipped", "no value")
    if name in d.TOKEN_KEYS:
        token = item.value.replace("'", "").replace('"', "").strip()
        if not token:
            return _outcome(item, "skipped", "no value")
        html.setdefault(d.TOKEN_KEYS[name], []).append(token)
        return _outcome(item, "mapped")
    key = d.XPATH_KEYS.get(name, d.WRAP_IN)
    problem = xpath_problem(item.value, nodes=key in d.NODE_KEYS)
    if problem:
        return _outcome(item, "skipped", problem)
    if name == d.WRAP_IN:
        if not item.argument or not TAG.fullmatch(item.argument):
            return _outcome(item, "skipped", f"wrap_in({item.argument or ''}) names no element")
        html.setdefault("wrap_in", []).append({"tag": item.argument.lower(), "xpath": item.value})
    else:
        html.setdefault(key, []).append(item.value)
    return _outcome(item, "mapped")


def xpath_problem(path: str, nodes: bool) -> str:
    """Why lxml's XPath 1.0 cannot use `path` ('' when it can); with `nodes`, it must select nodes."""
    try:
        compiled = etree.XPath(path)
    except etree.XPathSyntaxError as exc:
        return f"XPath does not compile: {exc}"
    unknown = unknown_functions(path)
    if unknown:
        return f"XPath calls {', '.join(unknown)}: not XPath 1.0"
    try:
        result = compiled(PROBE)
    except etree.XPathError as exc:
        return f"XPath does not run: {exc}"
    if nodes and not isinstance(result, list):
        return "XPath gives a value, not nodes"
    return ""


def _switch(item: Directive, html: dict[str, Any]) -> Outcome:
    value = item.value.lower()
    if value not in d.YES and value not in d.NO:
        return _outcome(item, "skipped", "expects yes or no")
    html[d.BOOL_KEYS[item.name]] = value in d.YES
    return _outcome(item, "mapped")


def _replacements(finds: list[Directive], replaces: list[Directive], written: list[Directive],
                  html: dict[str, Any]) -> list[Outcome]:
    """find_string i pairs with replace_string i, as Full-Text RSS pairs them; when the counts
    differ it applies none of them, and so does the converter."""
    if len(finds) != len(replaces):
        why = f"{len(finds)} find_string and {len(replaces)} replace_string: Full-Text RSS applies none"
        return [_outcome(item, "skipped", why) for item in written]
    pairs = [{"find": f.value, "replace": r.value} for f, r in zip(finds, replaces, strict=True) if f.value]
    if pairs:
        html["find_replace"] = pairs
    empty = {f.line for f in finds if not f.value}
    empty |= {r.line for f, r in zip(finds, replaces, strict=True) if not f.value}
    return [_outcome(item, "skipped", "the find_string has no text") if item.line in empty
            else _outcome(item, "mapped") for item in written]


def _outcome(item: Directive, status: Status, reason: str = "") -> Outcome:
    return Outcome(item.line, item.name, item.text, status, reason)
