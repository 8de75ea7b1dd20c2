"""Fixtures for the tests in every folder. Plain helpers (paths, run_cli, page builders) live in
helpers.py; the names below stay importable from here for tests that still say `from conftest import`."""

from __future__ import annotations

import pytest

from cleaner.rules.stoplists import Stoplists
from helpers import ROOT, SAMPLE_FILES, SAMPLES, run_cli  # noqa: F401


@pytest.fixture(scope="session")
def cleaner():
    from cleaner import Cleaner

    return Cleaner()


@pytest.fixture(scope="session")
def generic_cleaner():
    from cleaner import Cleaner

    return Cleaner(site_rules=False)


@pytest.fixture(scope="session")
def ctx(generic_cleaner):
    """The Page a stage reads (rules and analysis) of a Document, with the generic layer's rules."""
    from cleaner.page import Page

    return lambda doc: Page(doc, generic_cleaner.ruleset.generic)


@pytest.fixture(scope="session", autouse=True)
def stoplists_read_once():
    """Every Cleaner reads jusText's stoplists afresh: 85% of the ~1 s a Cleaner takes to build, and
    the tests build about 160 (the CLI in this process builds one a run). What Stoplists.load returns
    depends on its arguments alone and is never changed, so the tests' Cleaners share one read for
    the same arguments; everything else of a Cleaner is still its own (worker processes and
    run_process read their own). The real fix belongs in cleaner/rules/stoplists; then this goes."""
    load = Stoplists.load.__func__
    read: dict[str, Stoplists] = {}

    def load_once(cls, *args, **kwargs):
        key = repr((args, sorted(kwargs.items())))
        if key not in read:
            read[key] = load(cls, *args, **kwargs)
        return read[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Stoplists, "load", classmethod(load_once))
        yield
