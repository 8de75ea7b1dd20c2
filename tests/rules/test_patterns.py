"""rules.patterns: patterns compiled once, none failing mid-run."""

from __future__ import annotations

import pytest
import regex

from cleaner import Cleaner


def test_every_shipped_pattern_compiles_when_first_used():
    """Rules compile lazily (checked at load, compiled on first use): none may fail mid-run."""
    import gc

    from cleaner.rules.patterns import Pattern

    Cleaner()
    patterns = [o for o in gc.get_objects() if isinstance(o, Pattern)]
    assert len(patterns) > 100
    assert all(p.compiled is not None for p in patterns)


# A pattern whose counted repeats expand beyond a bound is refused before it is compiled: the regex
# module writes `x{100}` out as 100 copies, so 40 bytes of rule could take gigabytes.
@pytest.mark.parametrize("source", ["((((a{100}){100}){100}){100})", "(?:(?:[a-z]{1000}){1000})", r"(\w{500}){,500}"])
def test_a_pattern_too_large_is_refused_before_compiling(source):
    from cleaner.rules.patterns import MAX_EXPANDED, compile_pattern, expanded_size

    assert expanded_size(source) > MAX_EXPANDED
    with pytest.raises(regex.error, match="pattern too large"):
        compile_pattern(source)


@pytest.mark.parametrize(("source", "size"), [("abc", 3), (r"\d{1,4}", 4), ("(ab){3}", 6), (r"x\{5\}", 4),
                                              ("[{]{2}", 2), ("[a-z]{2,}", 2)])
def test_ordinary_patterns_are_small(source, size):
    from cleaner.rules.patterns import expanded_size

    assert expanded_size(source) == size


def test_rules_without_a_literal_start_are_tried_alone_on_the_lines_that_hold_their_texts():
    from cleaner.document import Block, Document
    from cleaner.page.features import compute
    from cleaner.rules.matching import LineMatcher
    from cleaner.rules.patterns import Pattern
    from cleaner.rules.stoplists import Stoplists

    sources = [r"(?:\w+ )?(?:Montag|lundi|Monday) \d+", r".{0,20}(?:Mai|mai|May)\b.*\d", r"\d+ comments"]
    matcher = LineMatcher.build([(f"r{i}", Pattern(s, f"mine.toml: lines[{i}]", lazy=True))
                                 for i, s in enumerate(sources)])
    lines = ["Am Montag 3", "le lundi 12", "May Monday 5", "3 comments", "no date here", "Mai 2"]
    doc = Document([Block(t, n) for n, t in enumerate(lines, 1)])
    hits = dict(matcher.lines(compute(doc, Stoplists.load())))
    assert {i: r.tag for i, r in hits.items()} == {0: "r0", 1: "r0", 2: "r0", 3: "r2", 5: "r1"}
    # Both match `May Monday 5`: the first in rule order counts (as in one alternation of them).
