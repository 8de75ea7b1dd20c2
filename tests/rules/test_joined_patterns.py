"""rules.patterns.joined: one alternation for a list of patterns, tried as each of them would be."""

from cleaner.rules.patterns import Pattern, joined


def test_the_alternation_matches_where_any_pattern_does_and_keeps_repeated_names():
    patterns = [Pattern(r"(?P<names>\w+) is a writer", "test: a"), Pattern(r"(?P<names>\w+) ist Autor", "test: b")]
    both = joined(patterns, "test: both")
    assert both is not None
    assert both.match("Roe ist Autor bei uns")["names"] == "Roe"
    assert both.match("Roe is a writer")["names"] == "Roe"
    assert both.match("A writer is Roe") is None
    assert joined(patterns, "test: both") is both  # compiled once


def test_no_patterns_join_to_none():
    assert joined([], "test: none") is None
