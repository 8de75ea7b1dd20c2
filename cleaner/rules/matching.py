"""Many rule patterns against every line of a page, fast.

Scanning a page with an alternation of a hundred phrases costs the regex engine a try at every
character. Most rule patterns start with a literal word, though, so a line can only match the
patterns whose literal start it shares: whole-line patterns are indexed by their first three
characters (one dictionary look-up a line), phrase patterns by their first word (one set look-up
a page). And a pattern is only tried on a line that holds the texts every match of it holds
(rules.required): the lines that do are found by substring searches over the page's text. A
regex call with a time limit costs microseconds before it matches anything, a substring test
a fraction of that.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import regex

from .patterns import Pattern
from .required import Requirements, fold, holds, required

META = set("\\.^$*+?{}[]()|")
KEY = 3  # characters of a line's start that pick its candidate patterns
SHORT_LINE = 60  # characters: whole-line patterns without a literal start are tried on lines this short
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
    required: Requirements = ()  # what a line must hold, `fold`ed, for the pattern to match it (rules.required)
    rarest: tuple[str, ...] | None = field(init=False, default=None)  # of them, the one fewest lines meet

    def __post_init__(self) -> None:
        self.rarest = _rarest(self.required)


def _rule(tag: object, source: str, pattern: Pattern) -> Rule:
    return Rule(tag, Pattern(source, pattern.origin, pattern.timeout, lazy=True), _needs(source), required(source))


def _needs(source: str) -> str:
    return "" if _top_level_or(source) else literal_prefix(source, escapes=True)


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
class Union:
    """Rules tried as one alternation (a named group each: `r0`, `r1`, ...): one regex call a line."""

    pattern: Pattern
    rules: list[Rule]

    @classmethod
    def build(cls, rules: list[Rule], origin: str) -> Union:
        source = "|".join(f"(?P<r{i}>{r.pattern.source})" for i, r in enumerate(rules))
        return cls(Pattern(source, origin, rules[0].pattern.timeout, lazy=True), rules)

    def may_match(self, folded: str) -> bool:
        """False when the `fold`ed line lacks what each rule's match holds."""
        return any(holds(r.required, folded) for r in self.rules)

    def lines(self, f: PageLines, lines: list[int]) -> list[int]:
        """Those of the lines that may hold a match: the lines that hold each rule's rarest text,
        found by substring searches over the page (the lines themselves if a rule has none)."""
        rarest = [r.rarest for r in self.rules if r.rarest is not None]
        if len(rarest) < len(self.rules):
            return [i for i in lines if self.may_match(f.folded[i])]
        allowed = set(lines)
        found = sorted({i for alts in rarest for i in f.lines_holding(alts) if i in allowed})
        return [i for i in found if self.may_match(f.folded[i])]

    def rule(self, m: regex.Match[str]) -> Rule:
        return self.rules[_branch(m)]


@dataclass(slots=True)
class LineMatcher:
    """Whole-line patterns: which lines of a page one of them matches entirely."""

    exact: dict[str, Rule] = field(default_factory=dict)  # patterns that are plain text
    by_key: dict[str, list[Rule]] = field(default_factory=dict)
    digit: Union | None = None  # patterns that start with a digit: one try a line that does
    rest: list[Rule] = field(default_factory=list)  # patterns without a literal start
    index: LineIndex | None = None  # the index this matcher shares with the others, and its place in it
    slot: int = 0
    max_chars: int = 300

    @classmethod
    def build(cls, rules: Sequence[tuple[object, Pattern]], max_chars: int = 300) -> LineMatcher:
        out = cls(max_chars=max_chars)
        digit: list[Rule] = []
        for tag, pattern in rules:
            branches = expand(pattern.source)
            # The branches of `(A|B)rest` share one compiled `(A|B)rest`: a line that starts with
            # branch A's text matches it entirely when some branch does, and compiling (and reading)
            # one copy of a long `rest` per branch cost more than the first hundred pages' cleaning.
            whole = _rule(tag, pattern.source, pattern) if len(branches) > 1 else None
            for source in branches:
                prefix = _needs(source)
                if not any(ch in META for ch in source):
                    out.exact.setdefault(" ".join(source.casefold().split()), Rule(tag, pattern, prefix))
                elif prefix:
                    rule = Rule(tag, whole.pattern, prefix, whole.required) if whole else _rule(tag, source, pattern)
                    # Keys of up to three characters: `By …`, `[ 12 comments ]`, `分享到`.
                    out.by_key.setdefault(prefix[:KEY], []).append(rule)
                elif source.startswith(DIGIT_START):
                    digit.append(_rule(tag, source, pattern))
                else:
                    out.rest.append(_rule(tag, source, pattern))
        if digit:
            out.digit = Union.build(digit, "rules that start with a digit")
        return out

    def __bool__(self) -> bool:
        return bool(self.exact or self.by_key or self.digit or self.rest)

    def lines(self, f: PageLines) -> Iterator[tuple[int, Rule]]:
        """(line, rule) for every line of a page's Features that a rule matches entirely."""
        if self.index is not None:
            return iter(sorted(f.line_hits(self.index)[self.slot].items()))
        return iter(sorted(LineIndex.build([self], share=False).scan(f)[0].items()))


@dataclass(slots=True)
class LineIndex:
    """The whole-line matchers of the generic rules in one index: one pass over a page's lines
    finds the lines of every matcher (a dictionary look-up a line instead of one a matcher)."""

    matchers: list[LineMatcher]
    exact: dict[str, list[tuple[int, Rule]]] = field(default_factory=dict)
    by_key: dict[str, list[tuple[int, Rule]]] = field(default_factory=dict)
    short_keys: tuple[int, ...] = ()  # the lengths of the keys shorter than KEY
    starts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> its rules' literal starts
    max_chars: int = 0
    digits: list[tuple[int, Union]] = field(default_factory=list)  # (matcher, its digit rules)
    rest: Union | None = None  # every matcher's rules without a literal start, as one alternation
    rest_slots: list[int] = field(default_factory=list)  # the matcher of each of them

    @classmethod
    def build(cls, matchers: list[LineMatcher], share: bool = True) -> LineIndex:
        """The index of the matchers; with `share`, each matcher finds its lines through it."""
        out = cls(matchers)
        rest: list[Rule] = []
        for slot, m in enumerate(matchers):
            if share:
                m.index, m.slot = out, slot
            for low, rule in m.exact.items():
                out.exact.setdefault(low, []).append((slot, rule))
            for k, rules in m.by_key.items():
                out.by_key.setdefault(k, []).extend((slot, r) for r in rules)
            out.max_chars = max(out.max_chars, m.max_chars)
            if m.digit is not None:
                out.digits.append((slot, m.digit))
            rest += m.rest
            out.rest_slots += [slot] * len(m.rest)
        out.short_keys = tuple(sorted({len(k) for k in out.by_key if len(k) < KEY}))
        out.starts = {k: tuple({rule.needs: None for _, rule in rules}) for k, rules in out.by_key.items()}
        if rest:
            # A line that two matchers' prefix-less rules both match counts for the first only.
            out.rest = Union.build(rest, "rules without a literal start")
        return out

    def scan(self, f: PageLines) -> list[dict[int, Rule]]:
        """Each matcher's hits on the page: {line: rule}. A line's rule is, per matcher, the first
        of: a plain text equal to the line, a rule with its literal start, a rule that starts
        with a digit, a rule without a literal start."""
        hits: list[dict[int, Rule]] = [{} for _ in self.matchers]
        texts, lowered, folded = f.texts, f.lowered, f.folded
        max_chars = self.max_chars
        lines = [i for i, t in enumerate(texts) if len(t) <= max_chars]
        exact = self.exact
        for i in [i for i in lines if lowered[i] in exact]:
            for slot, rule in exact[lowered[i]]:
                hits[slot].setdefault(i, rule)
        for i in self._keyed_lines(lowered, lines):
            self._try_keyed(i, texts[i], lowered[i], folded[i], hits)
        if self.digits:
            self._try_digits([i for i in lines if texts[i][:1].isdigit()], texts, folded, hits)
        if self.rest is not None:
            rest, slots = self.rest, self.rest_slots
            for i in rest.lines(f, [i for i in lines if len(texts[i]) <= SHORT_LINE]):
                m = rest.pattern.fullmatch(texts[i])
                if m is not None:
                    hits[slots[_branch(m)]].setdefault(i, rest.rule(m))
        return hits

    def _keyed_lines(self, lowered: list[str], lines: list[int]) -> list[int]:
        """The lines that start with a rule's literal start (its key has one to KEY = 3 characters)."""
        starts = self.starts
        out = []
        keyed = [i for i in lines if lowered[i][:KEY] in starts or lowered[i][:1] in starts or lowered[i][:2] in starts]
        for i in keyed:
            low = lowered[i]
            if low.startswith(starts.get(low[:KEY], ()) + starts.get(low[:1], ()) + starts.get(low[:2], ())):
                out.append(i)
        return out

    def _try_keyed(self, i: int, text: str, low: str, fold: str, hits: list[dict[int, Rule]]) -> None:
        by_key = self.by_key
        keyed = list(by_key.get(low[:KEY], ()))
        for n in self.short_keys:
            keyed += by_key.get(low[:n], ())
        tried: dict[str, bool] = {}  # pattern source -> does it match the line (matchers share rules)
        for slot, rule in keyed:
            # The whole literal start first: the key is only its first characters.
            if i in hits[slot] or not low.startswith(rule.needs) or not holds(rule.required, fold):
                continue
            source = rule.pattern.source
            if source not in tried:
                tried[source] = rule.pattern.fullmatch(text) is not None
            if tried[source]:
                hits[slot][i] = rule

    def _try_digits(self, lines: list[int], texts: list[str], folded: list[str], hits: list[dict[int, Rule]]) -> None:
        for i in lines:
            tried: dict[str, Rule | None] = {}
            for slot, union in self.digits:
                if i in hits[slot] or not union.may_match(folded[i]):
                    continue
                source = union.pattern.source
                if source not in tried:
                    m = union.pattern.fullmatch(texts[i])
                    tried[source] = union.rule(m) if m is not None else None
                hit = tried[source]
                if hit is not None:
                    hits[slot][i] = hit


@dataclass(slots=True)
class PhraseMatcher:
    """Patterns found inside a line: a page is only scanned for the phrases whose first word it holds."""

    by_word: dict[str, list[Rule]] = field(default_factory=dict)
    # The rest as alternations, one per text they need (`(`, `©`, ...): one search a line.
    rest: dict[str, Union] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)  # all of them

    @classmethod
    def build(cls, rules: Sequence[tuple[object, Pattern]]) -> PhraseMatcher:
        out = cls()
        rest: dict[str, list[Rule]] = {}
        for tag, pattern in rules:
            for source in expand(pattern.source):
                rule = _rule(tag, source, pattern)
                out.rules.append(rule)
                words = literal_prefix(source.removeprefix("^")).split()
                # The first word counts only when a space or the pattern's next part ends it.
                if rule.needs and words and len(words[0]) >= 2 and (len(words) > 1 or not _glued(source, words[0])):
                    out.by_word.setdefault(words[0], []).append(rule)
                else:
                    rest.setdefault(rule.needs, []).append(rule)
        out.rest = {n: Union.build(rs, f"rules that need {n!r}") for n, rs in rest.items()}
        return out

    def __bool__(self) -> bool:
        return bool(self.by_word or self.rest)


    def lines(self, f: PageLines, candidates: list[int]) -> Iterator[tuple[int, Rule]]:
        """(line, rule) for each candidate line a phrase is found in: the first rule whose first
        word the candidates hold, in rule order, else the first alternation that matches."""
        allowed = set(candidates)
        tokens = f.tokens_of(candidates)
        rules = [r for w, rs in self.by_word.items() if w in tokens for r in rs]
        # Which rules each line may match: the lines that hold a rule's rarest text, found in the
        # page's text at once (a substring search, not a test a rule a line).
        tries: dict[int, list[Rule]] = {}
        for rule in rules:
            for i in f.lines_holding(rule.rarest or (fold(rule.needs),)):
                if i in allowed:
                    tries.setdefault(i, []).append(rule)
        found: dict[int, Rule] = {}
        texts, lowered, folded = f.texts, f.lowered, f.folded
        for i in sorted(tries):
            text, low, fold_ = texts[i], lowered[i], folded[i]
            for rule in tries[i]:
                if rule.needs in low and holds(rule.required, fold_) and rule.pattern.search(text):
                    found[i] = rule
                    break
        for needs, union in self.rest.items():
            at = f.lines_holding((fold(needs),)) if needs else candidates
            for i in at:
                if i in allowed and i not in found and needs in lowered[i] and union.may_match(folded[i]):
                    m = union.pattern.search(texts[i])
                    if m is not None:
                        found[i] = union.rule(m)
        return iter(sorted(found.items()))


def _rarest(requirements: Requirements) -> tuple[str, ...] | None:
    """The requirement fewest lines meet, by a guess: a single text, the longer the rarer."""
    single = [alts[0] for alts in requirements if len(alts) == 1]
    return (max(single, key=len),) if single else None


def _glued(source: str, word: str) -> bool:
    """True when the pattern's first word continues into a non-literal part (`Kommentar(e)?`)."""
    stripped = source.removeprefix("^")
    return len(stripped) > len(word) and not stripped[len(word)].isspace()


def _branch(m: regex.Match[str]) -> int:
    """Which rule of a Union matched: its group `r<n>` holds any group of the rule's own, so it closes last."""
    name = m.lastgroup
    assert name is not None, "a Union's every branch is a named group"
    return int(name[1:])


class PageLines(Protocol):
    """What the matchers read of a page's lines (page.features.Features has it; rules import no page)."""

    texts: list[str]
    lowered: list[str]

    @property
    def folded(self) -> list[str]: ...

    def lines_holding(self, alternatives: tuple[str, ...]) -> list[int]: ...

    def tokens_of(self, candidates: list[int]) -> set[str]: ...

    def line_hits(self, index: LineIndex) -> list[dict[int, Rule]]: ...
