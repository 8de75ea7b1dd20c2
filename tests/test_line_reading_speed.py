"""The cheap tests that spare the regex engine (issue 15): a phrase matcher searched line by line,
a pattern's required words before it runs, and a line's reading kept per `[metadata]` reading.
Each must say what the slow way says."""

from __future__ import annotations

from cleaner.rules.generic import MetadataReading
from cleaner.rules.guards import may_match
from cleaner.rules.patterns import Pattern, union
from cleaner.rules.phrases import PhraseMatcher
from cleaner.rules.required import fold
from cleaner.stages.metadata_lines import byline_names, stamps
from cleaner.stages.reading_memo import ReadingMemo

PHRASES = [
    r"(Skip to|Springe zum|Aller au) (content|Inhalt|contenu)",
    r"^(?:Sign in|Anmelden|Se connecter|Iniciar sesión)$",
    r"\d+ (?:min|Min\.) (?:read|Lesezeit|de lecture)",
    r"[A-Z]{3,} ONLY",  # requires a text only after its class: tried on lines holding ` only`
    r"\bAnzeige\b|\bPublicité\b|\bPublicidad\b",
]
LINES = [
    "Skip to content", "Springe zum Inhalt", "aller au contenu principal", "Anmelden", "Se connecter ici",
    "Iniciar sesión", "5 min read", "3 Min. Lesezeit", "4 min de lecture", "MEMBERS ONLY", "members only",
    "Anzeige", "Publicité – Lire la suite", "La publicidad", "Ein Artikel über den Hafen von Hamburg",
    "Un article sur le port de Marseille", "Un artículo sobre el puerto de Valencia", "",
]


def _pattern(source: str, n: int = 0) -> Pattern:
    return Pattern(source, f"test[{n}]")


def test_a_phrase_matcher_finds_in_a_line_what_the_alternation_finds():
    patterns = [_pattern(s, n) for n, s in enumerate(PHRASES)]
    matcher = PhraseMatcher.build([(n, p) for n, p in enumerate(patterns)])
    alternation = union(patterns, "test")
    assert alternation is not None
    for line in LINES:
        assert (matcher.search(line) is not None) == (alternation.search(line) is not None), line


def test_a_phrase_matcher_gives_the_first_rule_that_a_line_holds():
    matcher = PhraseMatcher.build([("first", _pattern("Lesezeit")), ("second", _pattern(r"\d+ Min\. Lesezeit"))])
    found = matcher.search("3 Min. Lesezeit")
    assert found is not None and found.tag == "first"
    assert matcher.search("Lecture de 3 minutes") is None


def test_a_pattern_may_only_match_a_line_that_holds_its_required_words():
    pattern = _pattern(r"(?:By|Von|Par|Por) (?P<names>\p{Lu}\w+ \p{Lu}\w+)")
    for line in ("By Jane Doe", "Von Anna Müller", "PAR Jean Dupont", "Por Ana García"):
        assert may_match(pattern, fold(line)) and pattern.match(line)
    for line in ("Jane Doe", "Anna Müller, Hamburg", "Jean Dupont à Lyon"):
        assert not may_match(pattern, fold(line)) and not pattern.match(line)


def test_a_memo_keeps_each_readings_answers_apart():
    memo: ReadingMemo[str] = ReadingMemo(limit=2)
    first, second = MetadataReading(), MetadataReading()
    memo.put(first, "line", "first's")
    assert memo.get(first, "line") == "first's"
    assert memo.get(second, "line") is None
    memo.put(second, "line", "second's")
    memo.put(second, "other", "x")  # over the limit: it starts over
    assert memo.get(first, "line") is None and memo.get(second, "other") == "x"


def test_a_lines_byline_is_read_once_for_a_reading():
    reading = MetadataReading(bylines=[_pattern(r"(?:Von|Par|Por) (?P<names>\p{Lu}\w+ \p{Lu}\w+)")])
    assert byline_names("Von Anna Schmidt", reading) == ("Anna Schmidt",)
    reading.bylines.clear()  # the kept answer, not a second reading
    assert byline_names("Von Anna Schmidt", reading) == ("Anna Schmidt",)
    assert byline_names("Von Anna Schmidt", MetadataReading()) == ()
    other = MetadataReading(bylines=[_pattern(r"Par (?P<names>\p{Lu}\w+ \p{Lu}\w+)")])
    assert byline_names("Par Jean Dupont", other) == ("Jean Dupont",)


def test_a_lines_stamps_are_read_once_for_a_reading():
    reading = MetadataReading(dates=[_pattern(r"\d{1,2}\. \w+ \d{4}|\d{1,2} de \w+ de \d{4}")])
    assert stamps("Hamburg, 3. März 2021", reading) == ["3. März 2021"]
    reading.dates.clear()
    assert stamps("Hamburg, 3. März 2021", reading) == ["3. März 2021"]
    assert stamps("Valencia, 3 de marzo de 2021", MetadataReading()) == [""]
