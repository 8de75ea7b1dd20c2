"""Rules as data: the file schema, loading and compiling (the generic layer and site rules),
patterns under a time limit, the required-text index and the line matchers, the stoplists.
Never imports the stages, the page analysis or the pipeline."""

from .files import RuleError, builtin_rules_dir
from .ruleset import Ruleset, load_ruleset

__all__ = ["RuleError", "Ruleset", "builtin_rules_dir", "load_ruleset"]
