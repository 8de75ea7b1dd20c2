"""rules.patterns: patterns compiled once, none failing mid-run."""

from __future__ import annotations

from cleaner import Cleaner


def test_every_shipped_pattern_compiles_when_first_used():
    """Rules compile lazily (checked at load, compiled on first use): none may fail mid-run."""
    import gc

    from cleaner.rules.patterns import Pattern

    Cleaner()
    patterns = [o for o in gc.get_objects() if isinstance(o, Pattern)]
    assert len(patterns) > 100
    assert all(p.compiled is not None for p in patterns)
