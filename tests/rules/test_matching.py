"""rules.matching: many rule patterns against every line of a page, indexed by their literal start."""

from __future__ import annotations

from cleaner.rules.matching import LineMatcher, expand, literal_prefix
from cleaner.rules.patterns import Pattern
from helpers import doc_of


def test_rules_are_indexed_by_their_literal_start(ctx):
    assert literal_prefix("Share this (article|story)") == "share this "
    assert literal_prefix("Kommentare?") == "kommentar"
    assert literal_prefix(r"\((AP|AFP) Photo", escapes=True) == "("
    assert expand("(Teilen|Drucken)( mit)?:?") == ["Teilen( mit)?:?", "Drucken( mit)?:?"]
    assert expand("^(Newsletter|Subscribe)$") == ["^Newsletter$", "^Subscribe$"]
    matcher = LineMatcher.build([("share", Pattern("Share this (article|story)", "t")),
                                 ("plain", Pattern("Drucken", "t")),
                                 ("digits", Pattern(r"\d+ Comments", "t")),
                                 ("rest", Pattern(r"[\w ]+ says:", "t"))])
    f = ctx(doc_of("mike says:\nShare this story\nDRUCKEN\n12 Comments\nShare this story with a friend\n"
                   "He says: no.")).features
    assert [(i, r.tag) for i, r in matcher.lines(f)] == [(0, "rest"), (1, "share"), (2, "plain"), (3, "digits")]


def test_a_rule_with_alternatives_at_its_top_is_never_skipped(ctx):
    matcher = LineMatcher.build([("either", Pattern("Foo bar|Baz qux", "t"))])
    f = ctx(doc_of("Baz qux\nFoo bar\nQux")).features
    assert [i for i, _ in matcher.lines(f)] == [0, 1]
