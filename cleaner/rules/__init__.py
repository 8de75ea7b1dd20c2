"""Rules as data: the file schema, loading and compiling (the generic layer and site rules),
patterns under a time limit, the required-text index and the line matchers, the stoplists.
Never imports the stages, the page analysis or the pipeline. Its names load on first use (cleaner.lazy):
a module of it imports only what it needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import exports

if TYPE_CHECKING:
    from .files import RuleError, builtin_rules_dir
    from .ruleset import Ruleset, load_ruleset

__all__ = ["RuleError", "Ruleset", "builtin_rules_dir", "load_ruleset"]
__getattr__, __dir__ = exports(__name__, {"RuleError": "files", "builtin_rules_dir": "files", "Ruleset": "ruleset",
                                          "load_ruleset": "ruleset"})
