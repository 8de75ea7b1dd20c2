"""The HTML path's vocabulary (a generic file's `[html]`), compiled once: what the page's markup and
trafilatura's blocks are read for (date lines, date declarations, classes that hold no lead,
embedded posts, disclosure notices, share links, gallery slide counters). The blocks.html builders and the
stages.html marks take it from here."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .files import builtin_rules_dir, read_rule_file
from .patterns import DEFAULT_TIMEOUT, Pattern, rule_patterns, union

if TYPE_CHECKING:  # a file's data is read as rules.specs.Spec, of the schema's shape
    from .schema import HtmlWords

NEVER = regex.compile(r"(?!)")  # the pattern of an empty list: it matches nothing


def literal_words(words: list[str], flags: int = 0) -> regex.Pattern[str]:
    """Any of the words, found as they are (no pattern syntax), in one search."""
    return regex.compile("|".join(regex.escape(w) for w in words), flags) if words else NEVER


@dataclass(slots=True, frozen=True)
class HtmlVocabulary:
    dates: Pattern | None = None  # one alternation of `html.dates`
    date_meta: frozenset[str] = frozenset()  # lower-cased
    date_itemprops: frozenset[str] = frozenset()
    date_itemprops_in_source: regex.Pattern[str] = NEVER  # `itemprop="datePublished"` in the page's source
    not_lead: regex.Pattern[str] = NEVER  # any case
    embedded_posts: regex.Pattern[str] = NEVER
    notices: regex.Pattern[str] = NEVER  # any case
    share_intents: regex.Pattern[str] = NEVER  # any case
    slide_counters: Pattern | None = None  # one alternation of `html.slide_counters`, found at a block's start


def html_vocabulary(sections: list[tuple[str, HtmlWords]], timeout: float = DEFAULT_TIMEOUT) -> HtmlVocabulary:
    """The `[html]` sections of the generic files (file name, section), merged: each list adds to the
    lists before it."""
    dates: list[Pattern] = []
    meta: list[str] = []
    itemprops: list[str] = []
    not_lead: list[str] = []
    posts: list[str] = []
    notices: list[str] = []
    shares: list[str] = []
    counters: list[Pattern] = []
    for where, html in sections:
        dates += rule_patterns(html.dates, f"{where}: html.dates", timeout)
        meta += html.date_meta
        itemprops += html.date_itemprops
        not_lead += html.not_lead
        posts += html.embedded_posts
        notices += html.notices
        shares += html.share_intents
        counters += rule_patterns(html.slide_counters, f"{where}: html.slide_counters", timeout)
    in_source = r"itemprop=[\"']?(?:" + "|".join(regex.escape(p) for p in itemprops) + ")"
    return HtmlVocabulary(
        dates=union(dates, "html.dates", timeout),
        date_meta=frozenset(m.lower() for m in meta),
        date_itemprops=frozenset(itemprops),
        date_itemprops_in_source=regex.compile(in_source) if itemprops else NEVER,
        not_lead=literal_words(not_lead, regex.I),
        embedded_posts=literal_words(posts),
        notices=literal_words(notices, regex.I),
        share_intents=literal_words(shares, regex.I),
        slide_counters=union(counters, "html.slide_counters", timeout),
    )


@functools.cache
def shipped() -> HtmlVocabulary:
    """The shipped generic file's vocabulary: for a caller of the HTML builders that passes none."""
    path = builtin_rules_dir() / "generic.toml"
    return html_vocabulary([(path.name, read_rule_file("GenericFile", path).html)])
