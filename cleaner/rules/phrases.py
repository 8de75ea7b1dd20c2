"""Phrase patterns, found anywhere inside a line: each tried only on the lines that hold a text
of its rarest requirement (rules.required), all of them found by one Aho-Corasick pass over the page."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import ahocorasick

from .matching import PageLines, Rule, expand, key_texts, rule_of
from .patterns import Pattern
from .required import fold, holds


@dataclass(slots=True)
class PhraseMatcher:
    """Patterns found inside a line. A rule is tried only on the lines that hold one of the texts
    of its rarest requirement (matching.key_texts), or its literal start when its requirements
    cannot be told; a rule that requires nothing is tried on every line. One Aho-Corasick pass over
    the page's folded text finds every rule's text at once (a substring search a rule cost six times as much on the
    bench pages). A substring, not a word: a rule's first word may be glued to the text before
    it (`…/Getty Images`, `(powered by …)`, CJK text without spaces)."""

    rules: list[Rule] = field(default_factory=list)  # all of them, in rule order
    keys: ahocorasick.Automaton | None = None  # a rule's text -> the places in `rules` of the rules it keys
    unkeyed: list[int] = field(default_factory=list)  # rules tried on every line

    @classmethod
    def build(cls, rules: Sequence[tuple[object, Pattern]]) -> PhraseMatcher:
        out = cls()
        keyed: dict[str, list[int]] = {}
        for tag, pattern in rules:
            for source in expand(pattern.source):
                rule = rule_of(tag, source, pattern)
                texts = key_texts(rule.required) or ((rule.needs,) if rule.needs else ())
                for text in texts:
                    keyed.setdefault(text, []).append(len(out.rules))
                if not texts:
                    out.unkeyed.append(len(out.rules))
                out.rules.append(rule)
        if keyed:
            out.keys = ahocorasick.Automaton()
            for text, places in keyed.items():
                out.keys.add_word(text, tuple(places))
            out.keys.make_automaton()
        return out

    def __bool__(self) -> bool:
        return bool(self.rules)

    def lines(self, f: PageLines, candidates: list[int]) -> Iterator[tuple[int, Rule]]:
        """(line, rule) for each candidate line a phrase is found in: the first rule, in rule
        order, that the line holds."""
        tries = self._keyed_lines(f, set(candidates))  # line -> the rules worth trying on it
        if self.unkeyed:
            for i in candidates:
                tries.setdefault(i, set()).update(self.unkeyed)
        found: dict[int, Rule] = {}
        rules, texts, folded = self.rules, f.texts, f.folded
        for i in sorted(tries):
            text, fold_ = texts[i], folded[i]
            for n in sorted(tries[i]):
                rule = rules[n]
                if holds(rule.required, fold_) and rule.pattern.search(text):
                    found[i] = rule
                    break
        return iter(found.items())

    def search(self, text: str) -> Rule | None:
        """The first rule, in rule order, found in one text (a line not on a page's Features):
        as an alternation of the rules would find one, its key texts found by one pass over the
        text instead of the regex engine trying a few thousand characters of pattern at each of its
        characters (`[title] not_headline`: 0.19 ms a line)."""
        folded = fold(text)
        tries = set(self.unkeyed)
        if self.keys is not None:
            for _, places in self.keys.iter(folded):
                tries.update(places)
        for n in sorted(tries):
            rule = self.rules[n]
            if holds(rule.required, folded) and rule.pattern.search(text):
                return rule
        return None

    def _keyed_lines(self, f: PageLines, allowed: set[int]) -> dict[int, set[int]]:
        """{line: the rules whose text it holds} for the allowed lines that hold one."""
        tries: dict[int, set[int]] = {}
        if self.keys is None:
            return tries
        page, starts = f.folded_text()
        at: set[int] | None = None
        next_line = 0  # where the line after the current one starts
        for end, places in self.keys.iter(page):
            if end >= next_line:  # the first hit on another line
                i = bisect_right(starts, end) - 1
                next_line = starts[i + 1]
                at = tries.setdefault(i, set()) if i in allowed else None
            if at is not None:
                at.update(places)
        return tries
