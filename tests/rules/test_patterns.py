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


def test_the_timeout_warning_of_an_alternation_names_its_rules_files_and_keys():
    from cleaner.rules.matching import Union, rule_of
    from cleaner.rules.patterns import Pattern

    rules = [rule_of("t", s, Pattern(s, f"mine.toml: text.drop_lines[{i}]", lazy=True), i)
             for i, s in enumerate(["(a|aa)+b", ".*x.*y", "z+"])]
    origin = Union.build(rules, "rules without a literal start").pattern.origin
    assert origin == ("rules without a literal start of mine.toml: text.drop_lines[0], "
                      "mine.toml: text.drop_lines[1], mine.toml: text.drop_lines[2]")
