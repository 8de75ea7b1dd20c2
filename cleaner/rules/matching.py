"""Many rule patterns against every line of a page, fast.

Scanning a page with an alternation of a hundred phrases costs the regex engine a try at every
character. Most rule patterns start with a literal word, though, so a line can only match the
patterns whose literal start it shares: whole-line patterns are indexed by their first three
characters (one dictionary look-up a line). And a pattern is only tried on a line that holds the
texts every match of it holds (rules.required): the lines that do are found by substring searches
over the page's text (for phrase patterns, rules.phrases, that search alone picks their lines). A
regex call with a time limit costs microseconds before it matches anything, a substring test a
fraction of that.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import ahocorasick
import regex

from .analysis import READINGS
from .patterns import Pattern
from .required import Requirements, fold, fold_casefolded, holds, required

META = set("\\.^$*+?{}[]()|")
KEY = 3  # characters of a line's start that pick its candidate patterns
# `(A|B|C)rest` at a pattern's start, all branches literal: expanded into `Arest`, `Brest`, `Crest`.
LEADING_GROUP = regex.compile(r"^\((?:\?:)?([^()\\\[\]{}*+?.^$|]+(?:\|[^()\\\[\]{}*+?.^$|]+)+)\)")
DIGIT_START = ("\\d", "(?=\\d)", "[0-9]")
# Lines to try fewer than the page's lines over this (those starting with a digit, most often):
# their requirements are tested line by line, not found by passes over the page (the bench pages'
# text: the whole-line scan 1.65 -> 1.03 ms a page).
FEW_LINES = 8


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
    needs: str = ""  # `fold`ed text a line must start with (whole lines) or hold for the pattern to match it
    required: Requirements = ()  # what a line must hold, `fold`ed, for the pattern to match it (rules.required)
    order: int = 0  # its place among its matcher's rules: of two that match a line, the first counts


def rule_of(tag: object, source: str, pattern: Pattern, order: int = 0) -> Rule:
    """The rule for one pattern source (a branch of `pattern`, or all of it), read for its requirements."""
    return Rule(tag, Pattern(source, pattern.origin, pattern.timeout, lazy=True), _needs(source),
                _required(source),
                order)


def _needs(source: str) -> str:
    """The pattern's literal start, `fold`ed (empty for `foo|bar`); read once (rules.analysis)."""
    needs: str = READINGS.get("needs", source, _read_needs, _text)
    return needs


def _required(source: str) -> Requirements:
    """What every match of the pattern holds (rules.required); read once (rules.analysis)."""
    found: Requirements = READINGS.get("required", source, required, _requirements)
    return found


def _text(data: object) -> str:
    if not isinstance(data, str):
        raise TypeError("not a text")
    return data


def _requirements(data: object) -> Requirements:
    """Requirements as rules.analysis keeps them (lists of lists of texts)."""
    if not isinstance(data, list | tuple) or not all(isinstance(alts, list | tuple) and alts for alts in data):
        raise TypeError("not requirements")
    return tuple(tuple(_text(a) for a in alts) for alts in data)


def _read_needs(source: str) -> str:
    return "" if _top_level_or(source) else fold_casefolded(literal_prefix(source, escapes=True))


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
    """Rules without a literal start (or starting with a digit) of one matcher, tried on a page's
    lines in rule order, each only on the lines that hold what every match of it holds: one
    alternation of them all cost a compile of ten thousand characters on a process's first page
    and a requirement test of every rule on every line; alone, a rule is compiled when a line
    first holds its texts, and its lines are found by substring searches over the page."""

    rules: list[Rule]
    keys: list[tuple[str, ...] | None] = field(default_factory=list)  # a rule's texts, one of which a line holds
    # A key of several texts as one Aho-Corasick automaton: one pass over the page finds its lines
    # (a substring search a text cost five times as much for the dateline months, 87 texts).
    automata: list[ahocorasick.Automaton | None] = field(default_factory=list)

    @classmethod
    def build(cls, rules: list[Rule]) -> Union:
        keys = [key_texts(r.required) for r in rules]
        return cls(rules, keys, [_automaton(key) if key and len(key) > 1 else None for key in keys])

    def tries(self, f: PageLines, lines: list[int],
              holding: dict[tuple[str, ...], list[int]] | None = None) -> dict[int, list[Rule]]:
        """{line: the rules, in rule order, whose requirements it meets} for those of the lines that
        meet one's. `holding`: the lines found for a key on this page, kept for the next rule of
        that key (matchers share rules: the trailer markers are in two of them)."""
        holding = {} if holding is None else holding
        allowed = set(lines)
        folded = f.folded
        out: dict[int, list[Rule]] = {}
        few = len(lines) * FEW_LINES < len(folded)  # a pass over the page costs more than testing them
        for rule, key, automaton in zip(self.rules, self.keys, self.automata, strict=True):
            if few or key is None:
                found = lines
            elif key in holding:
                found = holding[key]
            else:
                found = holding[key] = _lines_holding_any(automaton, f) if automaton else f.lines_holding(key)
            for i in found:
                if i in allowed and holds(rule.required, folded[i]):
                    out.setdefault(i, []).append(rule)
        return out


def _automaton(texts: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for text in texts:
        automaton.add_word(text, text)
    automaton.make_automaton()
    return automaton


def _lines_holding_any(automaton: ahocorasick.Automaton, f: PageLines) -> list[int]:
    """The lines whose folded text holds one of the automaton's texts, in order."""
    page, starts = f.folded_text()
    out: list[int] = []
    next_line = 0  # where the line after the last one found starts
    for end, _ in automaton.iter(page):
        if end >= next_line:
            i = bisect_right(starts, end) - 1
            next_line = starts[i + 1]
            out.append(i)
    return out


def key_texts(requirements: Requirements) -> tuple[str, ...] | None:
    """The texts a rule's lines are found by: of its requirements, the one whose shortest text is
    the longest (a guess at the rarest: `associated press|ap|afp` before a space), then of the
    fewest texts; None (every line) when it requires nothing, or a text spans lines."""
    key = max(requirements, key=lambda alts: (min(map(len, alts)), -len(alts)), default=None)
    return None if key is None or any("\n" in text for text in key) else key


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
    rules: list[tuple[object, Pattern]] = field(default_factory=list)  # all of them, in rule order

    @classmethod
    def build(cls, rules: Sequence[tuple[object, Pattern]], max_chars: int = 300) -> LineMatcher:
        out = cls(max_chars=max_chars, rules=list(rules))
        digit: list[Rule] = []
        for n, (tag, pattern) in enumerate(rules):
            branches = expand(pattern.source)
            # The branches of `(A|B)rest` share one compiled `(A|B)rest`: a line that starts with
            # branch A's text matches it entirely when some branch does, and compiling (and reading)
            # one copy of a long `rest` per branch cost more than the first hundred pages' cleaning.
            whole = rule_of(tag, pattern.source, pattern, n) if len(branches) > 1 else None
            for source in branches:
                prefix = _needs(source)
                if not any(ch in META for ch in source):
                    out.exact.setdefault(" ".join(fold(source).split()), Rule(tag, pattern, prefix, order=n))
                elif prefix:
                    rule = (Rule(tag, whole.pattern, prefix, whole.required, n) if whole
                            else rule_of(tag, source, pattern, n))
                    # Keys of up to three characters: `By …`, `[ 12 comments ]`, `分享到`.
                    out.by_key.setdefault(prefix[:KEY], []).append(rule)
                elif source.startswith(DIGIT_START):
                    digit.append(rule_of(tag, source, pattern, n))
                else:
                    out.rest.append(rule_of(tag, source, pattern, n))
        if digit:
            out.digit = Union.build(digit)
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
    rests: list[tuple[int, Union]] = field(default_factory=list)  # (matcher, its rules without a literal start)

    @classmethod
    def build(cls, matchers: list[LineMatcher], share: bool = True) -> LineIndex:
        """The index of the matchers; with `share`, each matcher finds its lines through it."""
        out = cls(matchers)
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
            if m.rest:
                out.rests.append((slot, Union.build(m.rest)))
        out.short_keys = tuple(sorted({len(k) for k in out.by_key if len(k) < KEY}))
        out.starts = {k: tuple({rule.needs: None for _, rule in rules}) for k, rules in out.by_key.items()}
        return out

    def scan(self, f: PageLines) -> list[dict[int, Rule]]:
        """Each matcher's hits on the page: {line: rule}, a line's rule the first of the matcher's
        rules, in rule order, that matches it entirely. Lines and rules are compared `fold`ed
        (rules.required): what the rule flags match, folded, is equal."""
        hits: list[dict[int, Rule]] = [{} for _ in self.matchers]
        texts, lowered, folded = f.texts, f.lowered, f.folded
        max_chars = self.max_chars
        lines = [i for i, t in enumerate(texts) if len(t) <= max_chars]
        exact = self.exact
        for i in [i for i in lines if folded[i] in exact]:
            # Folding makes `i` and `ı` equal, which the rule flags do not: a Turkish line is checked.
            sure = folded[i] is lowered[i] or folded[i] == lowered[i]
            for slot, rule in exact[folded[i]]:
                if i not in hits[slot] and (sure or rule.pattern.fullmatch(texts[i])):
                    hits[slot][i] = rule
        for i in self._keyed_lines(folded, lines):
            self._try_keyed(i, texts[i], folded[i], hits)
        tried: dict[tuple[str, int], bool] = {}  # matchers share rules: each tried once a line
        holding: dict[tuple[str, ...], list[int]] = {}  # ... and their lines found once a page
        if self.digits:
            digits = [i for i in lines if texts[i][:1].isdigit()]
            for slot, union in self.digits:
                self._try_rules(hits[slot], union.tries(f, digits, holding), texts, tried)
        for slot, union in self.rests:
            self._try_rules(hits[slot], union.tries(f, lines, holding), texts, tried)
        return hits

    def _keyed_lines(self, folded: list[str], lines: list[int]) -> list[int]:
        """The lines that start with a rule's literal start (its key has one to KEY = 3 characters)."""
        starts = self.starts
        out = []
        keyed = [i for i in lines if folded[i][:KEY] in starts or folded[i][:1] in starts or folded[i][:2] in starts]
        for i in keyed:
            low = folded[i]
            if low.startswith(starts.get(low[:KEY], ()) + starts.get(low[:1], ()) + starts.get(low[:2], ())):
                out.append(i)
        return out

    def _try_keyed(self, i: int, text: str, fold: str, hits: list[dict[int, Rule]]) -> None:
        by_key = self.by_key
        keyed = list(by_key.get(fold[:KEY], ()))
        for n in self.short_keys:
            keyed += by_key.get(fold[:n], ())
        tried: dict[str, bool] = {}  # pattern source -> does it match the line (matchers share rules)
        for slot, rule in keyed:
            hit = hits[slot].get(i)
            # The whole literal start first: the key is only its first characters.
            if (hit is not None and hit.order <= rule.order) or not fold.startswith(rule.needs) \
                    or not holds(rule.required, fold):
                continue
            source = rule.pattern.source
            if source not in tried:
                tried[source] = rule.pattern.fullmatch(text) is not None
            if tried[source]:
                hits[slot][i] = rule

    @staticmethod
    def _try_rules(found: dict[int, Rule], tries: dict[int, list[Rule]], texts: list[str],
                   tried: dict[tuple[str, int], bool]) -> None:
        """On each line, its first rule (in rule order) that matches it entirely, where no rule
        before that one has a hit on it yet."""
        for i, rules in tries.items():
            hit = found.get(i)
            for rule in rules:
                if hit is not None and hit.order <= rule.order:
                    break
                source = rule.pattern.source
                if (source, i) not in tried:
                    tried[source, i] = rule.pattern.fullmatch(texts[i]) is not None
                if tried[source, i]:
                    found[i] = rule
                    break


class PageLines(Protocol):
    """What the matchers read of a page's lines (page.features.Features has it; rules import no page)."""

    texts: list[str]
    lowered: list[str]

    @property
    def folded(self) -> list[str]: ...

    def lines_holding(self, alternatives: tuple[str, ...]) -> list[int]: ...

    def folded_text(self) -> tuple[str, list[int]]: ...

    def line_hits(self, index: LineIndex) -> list[dict[int, Rule]]: ...
