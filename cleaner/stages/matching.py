"""Many rule patterns against every line of a page, fast.

Scanning a page with an alternation of a hundred phrases costs the regex engine a try at every
character. Most rule patterns start with a literal word, though, so a line can only match the
patterns whose literal start it shares: whole-line patterns are indexed by their first three
characters (one dictionary look-up a line), phrase patterns by their first word (one set look-up
a page). Only the few patterns without a literal start are tried on every candidate line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ..patterns import Pattern

META = set("\\.^$*+?{}[]()|")
KEY = 3  # characters of a line's start that pick its candidate patterns
# `(A|B|C)rest` at a pattern's start, all branches literal: expanded into `Arest`, `Brest`, `Crest`.
LEADING_GROUP = regex.compile(r"^\((?:\?:)?([^()\\\[\]{}*+?.^$|]+(?:\|[^()\\\[\]{}*+?.^$|]+)+)\)")
DIGIT_START = ("\\d", "(?=\\d)", "[0-9]")


def literal_prefix(source: str, escapes: bool = False) -> str:
    """The literal characters a pattern starts with, casefolded (`Share this` -> `share this`).
    With `escapes`, escaped punctuation counts too (`\\(AP` -> `(ap`) and a leading `\\b` or `\\s` is skipped."""
    out: list[str] = []
    i = 0
    if escapes:
        while source[i:i + 2] in ("\\b", "\\s") or source[i:i + 1] == "^":
            i += 2 if source[i] == "\\" else 1
    while i < len(source):
        ch = source[i]
        if escapes and ch == "\\" and i + 1 < len(source) and not source[i + 1].isalnum():
            ch, i = source[i + 1], i + 1
        elif ch in META:
            # A quantifier makes the character before it optional.
            if ch in "*?{" and out:
                out.pop()
            break
        out.append(ch)
        i += 1
    return "".join(out).casefold()


def expand(source: str) -> list[str]:
    """Split a leading group of literal branches into one pattern per branch."""
    anchor = "^" if source.startswith("^") else ""
    body = source[len(anchor):]
    m = LEADING_GROUP.match(body)
    rest = body[m.end():] if m else ""
    if m is None or rest[:1] in ("*", "?", "{", "+"):
        return [source]
    return [anchor + branch + rest for branch in m.group(1).split("|")]


@dataclass(slots=True)
class Rule:
    tag: object  # what a match means: a lexicon kind, a trailer, ...
    pattern: Pattern
    needs: str = ""  # casefolded text a line must hold for the pattern to be worth trying


def _rule(tag: object, source: str, pattern: Pattern) -> Rule:
    return Rule(tag, Pattern(source, pattern.origin, pattern.timeout), literal_prefix(source, escapes=True))


@dataclass(slots=True)
class LineMatcher:
    """Whole-line patterns: which lines of a page one of them matches entirely."""

    exact: dict[str, Rule] = field(default_factory=dict)  # patterns that are plain text
    by_key: dict[str, list[Rule]] = field(default_factory=dict)
    digit: list[Rule] = field(default_factory=list)  # patterns that start with a digit
    rest: list[Rule] = field(default_factory=list)  # patterns without a literal start
    rest_union: Pattern | None = None  # them, as one alternation scanned over the page's short lines
    max_chars: int = 300

    @classmethod
    def build(cls, rules: list[tuple[str, Pattern]], max_chars: int = 300) -> LineMatcher:
        out = cls(max_chars=max_chars)
        for tag, pattern in rules:
            for source in expand(pattern.source):
                rule = _rule(tag, source, pattern)
                prefix = literal_prefix(source)
                if not any(ch in META for ch in source):
                    out.exact.setdefault(" ".join(source.casefold().split()), rule)
                elif len(prefix) >= KEY:
                    out.by_key.setdefault(prefix[:KEY], []).append(rule)
                elif source.startswith(DIGIT_START):
                    out.digit.append(rule)
                else:
                    out.rest.append(rule)
        if out.rest:
            source = "|".join(f"^(?P<r{i}>{r.pattern.source})$" for i, r in enumerate(out.rest))
            out.rest_union = Pattern(source, "rules without a literal start", out.rest[0].pattern.timeout)
        return out

    def __bool__(self) -> bool:
        return bool(self.exact or self.by_key or self.digit or self.rest)

    def match(self, text: str, lowered: str) -> Rule | None:
        """The first rule with a literal start whose pattern matches the whole line, or None."""
        if len(text) > self.max_chars:
            return None
        rule = self.exact.get(lowered)
        if rule is not None:
            return rule
        for rule in self.by_key.get(lowered[:KEY], ()):
            if rule.pattern.fullmatch(text):
                return rule
        if self.digit and text[:1].isdigit():
            for rule in self.digit:
                if rule.pattern.fullmatch(text):
                    return rule
        return None

    def lines(self, f) -> Iterator[tuple[int, Rule]]:
        """(line, rule) for every line of a page's Features that a rule matches entirely."""
        found: dict[int, Rule] = {}
        match = self.match
        for i, text in enumerate(f.texts):
            rule = match(text, f.lowered[i])
            if rule is not None:
                found[i] = rule
        if self.rest_union is not None:
            for i, m in f.short_line_matches(self.rest_union):
                if i not in found:
                    found[i] = self.rest[int(m.lastgroup[1:])]
        return iter(sorted(found.items()))


@dataclass(slots=True)
class PhraseMatcher:
    """Patterns found inside a line: a page is only scanned for the phrases whose first word it holds."""

    by_word: dict[str, list[Rule]] = field(default_factory=dict)
    rest: list[Rule] = field(default_factory=list)

    @classmethod
    def build(cls, rules: list[tuple[str, Pattern]]) -> PhraseMatcher:
        out = cls()
        for tag, pattern in rules:
            for source in expand(pattern.source):
                rule = _rule(tag, source, pattern)
                words = literal_prefix(source.removeprefix("^")).split()
                # The first word counts only when a space or the pattern's next part ends it.
                if words and len(words[0]) >= 2 and (len(words) > 1 or not _glued(source, words[0])):
                    out.by_word.setdefault(words[0], []).append(rule)
                else:
                    out.rest.append(rule)
        return out

    def __bool__(self) -> bool:
        return bool(self.by_word or self.rest)

    def lines(self, texts: list[str], lowered: list[str], tokens: set[str],
              candidates: list[int]) -> Iterator[tuple[int, Rule]]:
        """(line, rule) for each candidate line a phrase is found in (first rule only)."""
        rules = [r for w, rs in self.by_word.items() if w in tokens for r in rs] + self.rest
        if not rules:
            return
        for i in candidates:
            text, low = texts[i], lowered[i]
            for rule in rules:
                if rule.needs in low and rule.pattern.search(text):
                    yield i, rule
                    break


def _glued(source: str, word: str) -> bool:
    """True when the pattern's first word continues into a non-literal part (`Kommentar(e)?`)."""
    stripped = source.removeprefix("^")
    return len(stripped) > len(word) and not stripped[len(word)].isspace()
