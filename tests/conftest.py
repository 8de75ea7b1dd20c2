"""Fixtures for the tests in every folder. Plain helpers (paths, run_cli, page builders) live in
helpers.py; the names below stay importable from here for tests that still say `from conftest import`."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

from cleaner.rules.cache import ENV
from helpers import ROOT, SAMPLE_FILES, SAMPLES, run_cli  # noqa: F401

# The tests' own rules cache (cleaner.rules.cache), set before any Cleaner is built and inherited by
# the processes they start: a test run never writes to the user's cache, and starts from an empty one.
if ENV not in os.environ:
    os.environ[ENV] = tempfile.mkdtemp(prefix="article-cleaner-test-cache-")
    atexit.register(shutil.rmtree, os.environ[ENV], ignore_errors=True)


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
