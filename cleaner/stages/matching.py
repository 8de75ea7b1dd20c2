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
    needs = "" if _top_level_or(source) else literal_prefix(source, escapes=True)
    return Rule(tag, Pattern(source, pattern.origin, pattern.timeout, lazy=True), needs)


def _top_level_or(source: str) -> bool:
    """True for `foo|bar`: a literal start of one branch says nothing of the other."""
    depth, escaped, in_set = 0, False, False
    for ch in source:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


@dataclass(slots=True)
class LineMatcher:
    """Whole-line patterns: which lines of a page one of them matches entirely."""

    exact: dict[str, Rule] = field(default_factory=dict)  # patterns that are plain text
    by_key: dict[str, list[Rule]] = field(default_factory=dict)
    digit: list[Rule] = field(default_factory=list)  # patterns that start with a digit
    rest: list[Rule] = field(default_factory=list)  # patterns without a literal start
    rest_union: Pattern | None = None  # them, as one alternation scanned over the page's short lines
    index: LineIndex | None = None  # the index this matcher shares with the others, and its place in it
    slot: int = 0
    digit_union: Pattern | None = None  # the digit patterns as one alternation: one try a line
    max_chars: int = 300

    @classmethod
    def build(cls, rules: list[tuple[str, Pattern]], max_chars: int = 300) -> LineMatcher:
        out = cls(max_chars=max_chars)
        for tag, pattern in rules:
            for source in expand(pattern.source):
                rule = _rule(tag, source, pattern)
                prefix = rule.needs
                if not any(ch in META for ch in source):
                    out.exact.setdefault(" ".join(source.casefold().split()), rule)
                elif prefix:
                    # Keys of up to three characters: `By …`, `[ 12 comments ]`, `分享到`.
                    out.by_key.setdefault(prefix[:KEY], []).append(rule)
                elif source.startswith(DIGIT_START):
                    out.digit.append(rule)
                else:
                    out.rest.append(rule)
        if out.rest:
            out.rest_union = _named_union(out.rest, "^", "$", "rules without a literal start")
        if out.digit:
            out.digit_union = _named_union(out.digit, "", "", "rules that start with a digit")
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
        for n in range(KEY, 0, -1):
            for rule in self.by_key.get(lowered[:n], ()):
                if lowered.startswith(rule.needs) and rule.pattern.fullmatch(text):
                    return rule
        if self.digit_union is not None and text[:1].isdigit():
            m = self.digit_union.fullmatch(text)
            if m is not None:
                return self.digit[int(m.lastgroup[1:])]
        return None

    def lines(self, f) -> Iterator[tuple[int, Rule]]:
        """(line, rule) for every line of a page's Features that a rule matches entirely."""
        if self.index is not None:
            return iter(sorted(f.line_hits(self.index)[self.slot].items()))
        return iter(sorted(self.scan(f).items()))

    def scan(self, f) -> dict[int, Rule]:
        """This matcher alone over a page (LineIndex does all matchers in one pass)."""
        found: dict[int, Rule] = {}
        match, exact, by_key, max_chars = self.match, self.exact, self.by_key, self.max_chars
        lowered = f.lowered
        for i, text in enumerate(f.texts):
            # The cheap tests inline (most lines match nothing); `match` for the rest.
            if len(text) > max_chars:
                continue
            low = lowered[i]
            if low in exact or low[:KEY] in by_key or low[:1] in by_key or low[:2] in by_key or (
                    text[:1].isdigit() and self.digit_union is not None):
                rule = match(text, low)
                if rule is not None:
                    found[i] = rule
        if self.rest_union is not None:
            for i, m in f.short_line_matches(self.rest_union):
                if i not in found:
                    found[i] = self.rest[int(m.lastgroup[1:])]
        return found


@dataclass(slots=True)
class LineIndex:
    """The whole-line matchers of the generic rules in one index: one pass over a page's lines
    finds the lines of every matcher (a dictionary look-up a line instead of one a matcher)."""

    matchers: list[LineMatcher]
    exact: dict[str, list[tuple[int, Rule]]] = field(default_factory=dict)
    by_key: dict[str, list[tuple[int, Rule]]] = field(default_factory=dict)
    max_chars: int = 0
    rest_union: Pattern | None = None  # every matcher's rules without a literal start: one scan a page
    rest: dict[str, tuple[int, Rule]] = field(default_factory=dict)  # group name -> (matcher, rule)

    @classmethod
    def build(cls, matchers: list[LineMatcher]) -> LineIndex:
        out = cls(matchers)
        for slot, m in enumerate(matchers):
            m.index, m.slot = out, slot
            for low, rule in m.exact.items():
                out.exact.setdefault(low, []).append((slot, rule))
            for k, rules in m.by_key.items():
                out.by_key.setdefault(k, []).extend((slot, r) for r in rules)
            out.max_chars = max(out.max_chars, m.max_chars)
            for i, rule in enumerate(m.rest):
                out.rest[f"m{slot}r{i}"] = (slot, rule)
        if out.rest:
            # A line that two matchers' prefix-less rules both match counts for the first only.
            # One anchor for all: the engine fails fast where no line starts.
            source = "^(?:" + "|".join(f"(?P<{name}>{rule.pattern.source})" for name, (_, rule) in out.rest.items()) + ")$"
            first = next(iter(out.rest.values()))[1]
            out.rest_union = Pattern(source, "rules without a literal start", first.pattern.timeout, lazy=True)
        return out

    def scan(self, f) -> list[dict[int, Rule]]:
        hits: list[dict[int, Rule]] = [{} for _ in self.matchers]
        exact, by_key, max_chars, matchers = self.exact, self.by_key, self.max_chars, self.matchers
        digits = [(slot, m) for slot, m in enumerate(matchers) if m.digit_union is not None]
        short_keys = sorted({len(k) for k in by_key if len(k) < KEY})
        short_first = {k[:1] for k in by_key if len(k) < KEY}
        lowered = f.lowered
        for i, text in enumerate(f.texts):
            if len(text) > max_chars:
                continue
            low = lowered[i]
            found = exact.get(low)
            keyed = by_key.get(low[:KEY])
            if short_keys and low[:1] in short_first:
                extra = [r for n in short_keys for r in by_key.get(low[:n], ())]
                keyed = (keyed or []) + extra if extra else keyed
            digit = digits and text[:1].isdigit()
            if found is None and keyed is None and not digit:
                continue  # most lines
            for slot, rule in found or ():
                hits[slot].setdefault(i, rule)
            for slot, rule in keyed or ():
                # The whole literal start first: the key is only its first characters.
                if i not in hits[slot] and low.startswith(rule.needs) and rule.pattern.fullmatch(text):
                    hits[slot][i] = rule
            if digit:
                for slot, m in digits:
                    if i not in hits[slot]:
                        mm = m.digit_union.fullmatch(text)
                        if mm is not None:
                            hits[slot][i] = m.digit[int(mm.lastgroup[1:])]
        if self.rest_union is not None:
            for i, mm in f.short_line_matches(self.rest_union):
                slot, rule = self.rest[mm.lastgroup]
                hits[slot].setdefault(i, rule)
        return hits


@dataclass(slots=True)
class PhraseMatcher:
    """Patterns found inside a line: a page is only scanned for the phrases whose first word it holds."""

    by_word: dict[str, list[Rule]] = field(default_factory=dict)
    rest: list[Rule] = field(default_factory=list)
    # The rest as alternations, one per text they need (`(`, `©`, ...): one search a line.
    rest_by_needs: dict[str, tuple[Pattern, list[Rule]]] = field(default_factory=dict)

    @classmethod
    def build(cls, rules: list[tuple[str, Pattern]]) -> PhraseMatcher:
        out = cls()
        for tag, pattern in rules:
            for source in expand(pattern.source):
                rule = _rule(tag, source, pattern)
                words = literal_prefix(source.removeprefix("^")).split()
                # The first word counts only when a space or the pattern's next part ends it.
                if rule.needs and words and len(words[0]) >= 2 and (len(words) > 1 or not _glued(source, words[0])):
                    out.by_word.setdefault(words[0], []).append(rule)
                else:
                    out.rest.append(rule)
        needs: dict[str, list[Rule]] = {}
        for rule in out.rest:
            needs.setdefault(rule.needs, []).append(rule)
        out.rest_by_needs = {n: (_named_union(rs, "", "", f"rules that need {n!r}"), rs) for n, rs in needs.items()}
        return out

    def __bool__(self) -> bool:
        return bool(self.by_word or self.rest)

    def lines(self, texts: list[str], lowered: list[str], tokens: set[str],
              candidates: list[int]) -> Iterator[tuple[int, Rule]]:
        """(line, rule) for each candidate line a phrase is found in (first rule only)."""
        rules = [r for w, rs in self.by_word.items() if w in tokens for r in rs]
        rest = list(self.rest_by_needs.items())
        for i in candidates:
            text, low = texts[i], lowered[i]
            found = next((r for r in rules if r.needs in low and r.pattern.search(text)), None)
            if found is None:
                for needs, (union, members) in rest:
                    if needs in low:
                        m = union.search(text)
                        if m is not None:
                            found = members[int(m.lastgroup[1:])]
                            break
            if found is not None:
                yield i, found


def _named_union(rules: list[Rule], start: str, end: str, origin: str) -> Pattern:
    """One alternation of the rules, a named group each (`r0`, `r1`, ...) to tell which matched."""
    source = "|".join(f"{start}(?P<r{i}>{r.pattern.source}){end}" for i, r in enumerate(rules))
    return Pattern(source, origin, rules[0].pattern.timeout, lazy=True)


def _glued(source: str, word: str) -> bool:
    """True when the pattern's first word continues into a non-literal part (`Kommentar(e)?`)."""
    stripped = source.removeprefix("^")
    return len(stripped) > len(word) and not stripped[len(word)].isspace()
