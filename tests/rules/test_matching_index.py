"""rules.matching's and rules.phrases' indexes are shortcuts: they find exactly the lines the plain patterns match.

The phrase index once looked a rule up by its first whitespace-separated word, so a rule whose first
word is glued to the text before it (`…/Getty Images`, CJK text without spaces, `(powered by …)`)
was never tried. The differential test at the end checks every line of the dev bench pages (when
they are beside this checkout, or at BENCH_DIR) against the plain patterns.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.blocks import text_blocks
from cleaner.document import Document
from cleaner.page.features import Features, compute
from cleaner.rules.matching import LineMatcher, Rule
from cleaner.rules.patterns import Pattern, PatternError, union
from cleaner.rules.phrases import PhraseMatcher
from cleaner.rules.stoplists import Stoplists

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(os.environ.get("BENCH_DIR", ROOT.parent / "shared" / "bench"))
LINE_MATCHERS = ("dateline_lines", "lexicon_lines", "navigation_lines", "trailer_lines", "page_trailer_lines",
                 "comment_lines")
PHRASE_MATCHERS = ("lexicon_phrases", "credit_phrases")


@lru_cache(maxsize=1)
def stoplists() -> Stoplists:
    return Stoplists.load()


def features(text: str) -> Features:
    return compute(Document(text_blocks(text)), stoplists())


def phrase_hits(matcher: PhraseMatcher, text: str) -> list[tuple[int, object]]:
    f = features(text)
    return [(i, rule.tag) for i, rule in matcher.lines(f, list(range(len(f.texts))))]


def phrases(*rules: tuple[str, str]) -> PhraseMatcher:
    return PhraseMatcher.build([(tag, Pattern(source, "test")) for tag, source in rules])


@pytest.mark.parametrize("line", [
    "Crowds at the harbour on Sunday. Photo: Jane Doe/City Desk/Getty Images",  # English, slashes
    "Der Hafen am Sonntag. Foto: Hans Maier/dpa/Getty Images",  # German
    "Le port dimanche. Photo : Marie Dupont/AFP/Getty Images",  # French
])
def test_a_rule_glued_to_the_word_before_it_is_found(line):
    matcher = phrases(("credit", r"Getty Images\s*$"))
    assert phrase_hits(matcher, f"A first line of prose.\n{line}\nThe last line.") == [(1, "credit")]


def test_a_cjk_rule_inside_a_line_without_spaces_is_found():
    matcher = phrases(("newsletter", "订阅"))
    assert phrase_hits(matcher, "今日新闻\n点击订阅我们的周刊\n欢迎阅读") == [(1, "newsletter")]


def test_a_rule_after_an_opening_bracket_is_found():
    matcher = phrases(("credit", r"Powered by \w+"))
    page = "Night editor (powered by Espresso)\nNothing here\nNachtredaktion (Powered by Kaffee)"
    assert phrase_hits(matcher, page) == [(0, "credit"), (2, "credit")]


def test_a_line_gets_the_first_rule_in_rule_order_that_it_holds():
    matcher = phrases(("first", r"©\s*\d{4}"), ("second", "Terms of use"), ("third", "Privacy"))
    page = "Privacy · Terms of use · © 2024 Harbour Gazette\nPrivacy notice\nPlain prose here."
    assert phrase_hits(matcher, page) == [(0, "first"), (1, "third")]


def test_a_whole_line_rule_without_a_literal_start_is_tried_on_long_lines():
    matcher = LineMatcher.build([("says", Pattern(r"[\w ]+ (says|schreibt|écrit):", "test"))])
    page = ("mike says:\n"
            "the commenter with the longest name anyone on this page of comments has ever seen says:\n"
            "Die Leserin mit dem allerlängsten Namen auf dieser ganzen Seite voller Kommentare schreibt:\n"
            "He says: no.")
    assert [(i, rule.tag) for i, rule in matcher.lines(features(page))] == [(0, "says"), (1, "says"), (2, "says")]


def test_the_shipped_credit_rules_drop_a_credit_glued_to_its_agency():
    page = ("Harbour council votes for new ferry\n\n"
            "The harbour council voted on Tuesday to buy a new ferry for the island route, after two years "
            "of delays and a long debate about its cost to the town.\n"
            "The old ferry at the pier. Photo: Jane Doe/City Desk/Getty Images\n"
            "The new ferry will carry twice as many passengers and run on electricity for most of the year, "
            "the council said in a statement after the vote.\n")
    article = Cleaner(site_rules=False).clean(page)
    assert "Getty" not in article.body
    removed = {r.text: r.rule for r in article.removed}
    assert removed["The old ferry at the pier. Photo: Jane Doe/City Desk/Getty Images"] == "captions.credit"


# --- differential: the indexes against the plain patterns, over every bench line -------------------

def bench_texts() -> list[str]:
    """The page text of every dev bench page, read as benchmarks/data.py reads the records."""
    if not (BENCH / "aeb.jsonl").is_file():
        pytest.skip(f"the bench pages are not at {BENCH} (set BENCH_DIR)")
    out = []
    for name in ("aeb", "teval"):
        with open(BENCH / f"{name}.jsonl", encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh]
    return out


def _any_fullmatch(patterns: list[Pattern]) -> Callable[[str], bool]:
    """The alternation of all the patterns as a quick first test; when it passes the limit on a
    pattern's size that each of them keeps to alone (the dateline rules together: each time stamp's
    words written out ten times), the alternations of each half."""
    try:
        whole = union(patterns, "plain").compiled.fullmatch  # type: ignore[union-attr]
    except PatternError:
        if len(patterns) < 2:
            raise
        halves = [_any_fullmatch(patterns[:len(patterns) // 2]), _any_fullmatch(patterns[len(patterns) // 2:])]
        return lambda text: any(half(text) for half in halves)
    return lambda text: whole(text) is not None


class Plain:
    """A matcher's rules, each tried on the line: the first in rule order that matches. The
    compiled patterns are called without the time limit, which costs more than the matching here:
    for whole lines, one alternation of all of them first, the rules one by one only on a hit."""

    def __init__(self, rules: list[Rule | tuple[object, Pattern]], whole_line: bool) -> None:
        pairs = [(r.tag, r.pattern) if isinstance(r, Rule) else r for r in rules]
        self.rules = [(tag, pattern.compiled) for tag, pattern in pairs]
        self.any = _any_fullmatch([p for _, p in pairs]) if whole_line else None
        self.whole_line = whole_line
        self.seen: dict[str, object] = {}

    def tag(self, text: str) -> object:
        if text not in self.seen:
            if self.whole_line:
                hit = self.any(text) and next((t for t, p in self.rules if p.fullmatch(text)), None)
            else:
                hit = next((t for t, p in self.rules if p.search(text)), None)
            self.seen[text] = hit or None
        return self.seen[text]


def test_the_indexes_find_exactly_what_the_plain_patterns_find():
    texts = bench_texts()
    generic = Cleaner(site_rules=False).ruleset.generic
    lines = {name: (getattr(generic, name), Plain(getattr(generic, name).rules, whole_line=True))
             for name in LINE_MATCHERS}
    found = {name: (getattr(generic, name), Plain(getattr(generic, name).rules, whole_line=False))
             for name in PHRASE_MATCHERS}
    differ: list[tuple[str, str, object, object]] = []
    for text in texts:
        f = features(text)
        everything = list(range(len(f.texts)))
        for name, (matcher, plain) in lines.items():
            hits = {i: rule.tag for i, rule in matcher.lines(f)}
            assert isinstance(matcher, LineMatcher)
            for i in everything:
                want = plain.tag(f.texts[i]) if len(f.texts[i]) <= matcher.max_chars else None
                if hits.get(i) != want:
                    differ.append((name, f.texts[i], hits.get(i), want))
        for name, (matcher, plain) in found.items():
            # Every other line offered: the index must keep to the candidates it is given.
            offered = everything[::2]
            hits = {i: rule.tag for i, rule in matcher.lines(f, offered)}
            assert set(hits) <= set(offered)
            hits = {i: rule.tag for i, rule in matcher.lines(f, everything)}
            differ += [(name, f.texts[i], hits.get(i), plain.tag(f.texts[i])) for i in everything
                       if hits.get(i) != plain.tag(f.texts[i])]
    assert differ == []


@pytest.mark.parametrize("source", ["İletişim", "İletişim( bilgileri)?", "(İletişim|Hakkımızda)"])
def test_a_turkish_whole_line_rule_finds_the_line_in_any_case(source):
    # The rule flags match `i` with `İ` (and `I` with `ı`), which casefolding alone keeps apart.
    matcher = LineMatcher.build([("menu-item", Pattern(source, "test"))])
    page = "iletişim\nİLETİŞİM\nIletisim\nSon dakika haberleri ve gündem"
    assert [i for i, _ in matcher.lines(features(page))] == [0, 1]


def test_a_whole_line_gets_the_first_rule_in_rule_order_that_matches_it():
    matcher = LineMatcher.build([("share", Pattern(r"(Share|Print|Email)", "test")),
                                 ("print", Pattern(r"Print( this)?( article)?", "test")),
                                 ("digits", Pattern(r"\d+ comments?", "test")),
                                 ("any", Pattern(r"[\w ]+ comments?", "test")),
                                 ("plain", Pattern("Drucken", "test"))])
    page = "Print\nPrint this article\n12 comments\nNo comments\nDRUCKEN"
    assert [(i, r.tag) for i, r in matcher.lines(features(page))] == [
        (0, "share"), (1, "print"), (2, "digits"), (3, "any"), (4, "plain")]
    # The same rules in the other order: the first that matches counts, whatever its kind.
    reordered = LineMatcher.build([("any", Pattern(r"[\w ]+ comments?", "test")),
                                   ("digits", Pattern(r"\d+ comments?", "test")),
                                   ("print", Pattern(r"Print( this)?( article)?", "test")),
                                   ("share", Pattern(r"(Share|Print|Email)", "test"))])
    assert [(i, r.tag) for i, r in reordered.lines(features(page))] == [
        (0, "print"), (1, "print"), (2, "any"), (3, "any")]
