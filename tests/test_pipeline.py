"""The library: str and bytes in, an Article out; Cleaners share nothing; a Cleaner pickles."""

from __future__ import annotations

import pickle

import pytest

import cleaner
from cleaner import Article, Cleaner, clean
from helpers import SAMPLE_FILES


def test_clean_str_and_bytes_agree():
    data = SAMPLE_FILES[0].read_bytes()
    assert clean(data).to_dict() == clean(data.decode()).to_dict()


def test_bytes_in_a_legacy_encoding_are_decoded():
    page = "Überschrift des Artikels heute\n\nDie Bürger stimmten am Sonntag über die neue Straße ab, sagte der Bürgermeister."
    article = clean(page.encode("cp1252"))
    assert article.title == "Überschrift des Artikels heute"
    assert "Bürger" in article.body


def test_windows_newlines_and_decomposed_unicode_are_normalised():
    page = "Cafe\u0301 owners protest new rules\r\n\r\nOwners of the cafe\u0301s said on Monday that the rules would hurt them badly.\r\n"
    article = clean(page)
    assert article.title == "Café owners protest new rules"
    assert "\r" not in article.body and "cafés" in article.body


def test_article_to_dict_and_removed():
    article = clean(SAMPLE_FILES[0].read_text())
    d = article.to_dict(explain=True)
    assert set(d) >= {"title", "body", "site", "source", "status", "removed"}
    assert {"text": "fbpx", "rule": "lexicon.tracking", "line": 1} in d["removed"]
    assert isinstance(article, Article)


def test_no_shared_state_between_cleaners(tmp_path):
    (tmp_path / "mine.toml").write_text('[site]\nname = "Mine"\nfingerprints = ["^Headline of mine$"]\n'
                                        '[text]\ndrop_lines = ["Drop me"]\n')
    page = ("Headline of mine\n\nThe first sentence of real prose that the article holds, and keeps.\n\n"
            "Drop me\n\nA sentence of real prose that the article holds, and keeps.")
    mine, plain = Cleaner([tmp_path]), Cleaner()
    assert "Drop me" not in mine.clean(page).body
    assert "Drop me" in plain.clean(page).body
    assert mine.ruleset is not plain.ruleset and mine.ruleset.generic is not plain.ruleset.generic


def test_a_cleaner_pickles_as_its_settings(tmp_path):
    c = Cleaner(site_rules=False)
    copy = pickle.loads(pickle.dumps(c))
    page = SAMPLE_FILES[1].read_text()
    assert copy.clean(page) == c.clean(page)
    assert copy.site_rules is False


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="page must be str or bytes"):
        clean(123)  # type: ignore[arg-type]


def test_typed_package():
    from pathlib import Path

    assert (Path(cleaner.__file__).parent / "py.typed").exists()
