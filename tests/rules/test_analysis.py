"""Pattern readings kept in the cache (cleaner.rules.analysis): the next process reads the same
requirements and literal starts the readers make, and an entry of the wrong shape is read afresh."""

from __future__ import annotations

import pytest

from cleaner.rules import analysis, cache
from cleaner.rules.matching import _needs, rule_of
from cleaner.rules.patterns import Pattern
from cleaner.rules.required import required

SOURCES = [r"Teilen Sie (diesen|den) Artikel", r"(?:\w+ )?Partager (cet|l')article", r"\d+ comentarios", "分享到"]


@pytest.fixture
def readings(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    fresh = analysis.Readings()
    monkeypatch.setattr("cleaner.rules.matching.READINGS", fresh)
    return fresh


def test_readings_from_the_cache_are_those_made_afresh(readings, monkeypatch):
    made = [(rule_of("t", s, Pattern(s, "mine.toml", lazy=True)).required, _needs(s)) for s in SOURCES]
    readings.save()
    later = analysis.Readings()  # the next process: read from the cache only
    monkeypatch.setattr("cleaner.rules.matching.READINGS", later)
    monkeypatch.setattr("cleaner.rules.matching.required", lambda s: pytest.fail("read again"))
    again = [(rule_of("t", s, Pattern(s, "mine.toml", lazy=True)).required, _needs(s)) for s in SOURCES]
    assert again == made and made[0][0] == (("teilen sie ",), ("diesen", "den"), (" artikel",))
    assert made[0][1] == "teilen sie " and made[3][1] == "分享到"


def test_a_reading_of_the_wrong_shape_is_made_afresh(readings):
    readings._read()["required\0" + SOURCES[0]] = [["ok"], "not a list"]
    readings._read()["needs\0" + SOURCES[0]] = 3
    rule = rule_of("t", SOURCES[0], Pattern(SOURCES[0], "mine.toml", lazy=True))
    assert rule.required == required(SOURCES[0]) and rule.needs == "teilen sie "
