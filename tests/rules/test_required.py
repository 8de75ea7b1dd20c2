"""cleaner.required: the texts a rule pattern's match must hold, the test that spares most lines
the regex engine. It must never rule out a line the pattern matches."""

from __future__ import annotations

import tomllib

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner.rules.files import builtin_rules_dir
from cleaner.rules.patterns import compile_pattern
from cleaner.rules.required import fold, holds, required


@pytest.mark.parametrize("source,expected", [
    ("Share this (article|story)", (("share this ",), ("article", "story"))),
    ("Kommentar(e|ieren)?", (("kommentar",),)),  # an optional part requires nothing
    ("Save my name, email,? and website", (("save my name, email",), (" and website",))),
    (r"\((AP|AFP) ?Photo[^)]*\)\s*$", (("(",), ("ap", "afp"), ("photo",), (")",))),
    (r"\d+ (Comments|Responses)", ((" ",), ("comments", "responses"))),
    ("(?-i)[A-Z]+ \\(AP\\)", ((" (ap)",),)),  # case-sensitive parts are casefolded too
    ("Foo bar|Baz", (("foo bar", "baz"),)),  # one of the branches
    ("Foo|[a-z]+", ()),  # a branch that requires nothing: nothing
    (r"(?=[^\n]*Uhr)\d+", (("uhr",),)),  # what a look-ahead finds is in the text
    ("(?!Advert)\\w+", ()),  # ... not what it must not find
    (r"\p{Lu}{2,} sagt:", ((" sagt:",),)),
    ("STRASSE", (("strasse",),)),
    ("Straße", (("strasse",),)),
    ("(?x) a b c", ()),  # verbose: spaces mean nothing, so nothing is told
    ("a{,3}b", (("b",),)),
    ("[[:alpha:]]+ Uhr", ((" uhr",),)),
])
def test_required_texts_of_rule_patterns(source, expected):
    assert required(source) == expected


def test_a_line_without_the_required_text_is_not_tried():
    needs = required("Diese (Web)?(seite|site) verwendet Cookies")
    assert holds(needs, fold("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten."))
    assert not holds(needs, fold("Diese Website verwendet keine Cookies"))


def test_turkish_i_is_folded_as_the_regex_module_matches_it():
    # The regex module matches `is` in `İstanbul` (and `I` with `ı`); plain casefolding does not.
    assert compile_pattern("istanbul").search("İSTANBUL")
    assert holds(required("istanbul"), fold("İSTANBUL")) and holds(required("ıi"), fold("Iİ"))


def _rule_sources() -> list[str]:
    out: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            out.append(node)

    for path in sorted(builtin_rules_dir().rglob("*.toml")):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return [s for s in out if _compiles(s)]


def _compiles(source: str) -> bool:
    try:
        compile_pattern(source)
    except regex.error:  # a name, a URL, a word list: not a pattern
        return False
    return True


RULES = _rule_sources()
# Lines near what the shipped rules match: their own literal words, mixed case, punctuation, digits.
PIECES = ["Share", "this", "article", "Kommentare", "(AP)", "Photo", "©", "2019", "19.11.2019", "10:15",
          "Uhr", "By", "Jane", "Doe", "Von", "Newsletter", "abonnieren", "WASHINGTON", "—", "|", "Cookies",
          "Diese", "Website", "verwendet", "İ", "ı", "ß", "STRASSE", "Read", "more", "»", ":", "12", "Comments"]


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(line=st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map(" ".join),
       source=st.sampled_from(RULES))
@example(line="Diese Website verwendet Cookies", source="Diese (Web)?(seite|site) verwendet Cookies")
@example(line="WASHINGTON (AP) —", source=r"(?-i)\p{Lu}[\p{Lu}.,]+(?: \p{Lu}[\p{Lu}.,]+){0,3}\s*\((AP|AFP|Reuters|dpa|UPI)\)\s*[-–—]?")
def test_no_line_a_rule_matches_fails_its_requirements(line, source):
    if compile_pattern(source).search(line):
        assert holds(required(source), fold(line))
