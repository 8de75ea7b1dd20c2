"""`clean()` keeps one default Cleaner per process, built on its first call (building one compiles
every rule: a quarter of a second to a second)."""

from __future__ import annotations

from cleaner import Cleaner, clean, pipeline

PAGE = ("Neue Fähre für die Insel\n\n"
        "Die Gemeinde kauft eine neue Fähre für die Strecke zur Insel, nach zwei Jahren Streit über die Kosten.\n"
        "Teilen:\n")


def counting(monkeypatch) -> list[int]:
    """Each Cleaner built from now on appends to the list."""
    built: list[int] = []
    setup = Cleaner._setup

    def counted(self, *args, **kwargs):
        built.append(1)
        setup(self, *args, **kwargs)

    monkeypatch.setattr(Cleaner, "_setup", counted)
    return built


def test_clean_builds_no_cleaner_after_its_first_call(monkeypatch):
    first = clean(PAGE)
    built = counting(monkeypatch)
    again = [clean(PAGE), clean(PAGE.encode(), url="https://example.org/faehre")]
    assert built == []
    assert [a.body for a in again] == [first.body] * 2


def test_the_default_cleaner_is_built_on_first_use_with_the_shipped_rules(monkeypatch):
    pipeline._default_cleaner.cache_clear()
    built = counting(monkeypatch)
    assert built == []  # importing and clearing build nothing
    article = clean(PAGE)
    assert built == [1]
    assert article.to_dict() == Cleaner().clean(PAGE).to_dict()
    assert [r.rule for r in article.removed if r.text == "Teilen:"] == ["lexicon.share"]


def test_the_module_holds_no_cleaner_a_user_could_change():
    clean(PAGE)
    assert not any(isinstance(value, Cleaner) for value in vars(pipeline).values())
