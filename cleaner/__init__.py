"""article-cleaner: a scraped article page (text or HTML) in, its clean title and body out.

The names below load on first use (PEP 562): `import cleaner` costs nothing, so the command line's
`--version` and `--help` start at once, and a script that only needs `cleaner.read` pays for no more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import exports
from .version import __version__

if TYPE_CHECKING:
    from .article import Article, Removed
    from .pipeline import Cleaner, clean
    from .read import InputError
    from .rules.files import RuleError
    from .settings import RegionSettings, Settings, SettingsError, TailSettings, VerdictSettings

# Each public name and the module that holds it.
_HOMES = {
    "Article": "article", "Removed": "article", "Cleaner": "pipeline", "clean": "pipeline", "InputError": "read",
    "RuleError": "rules.files", "RegionSettings": "settings", "Settings": "settings", "SettingsError": "settings",
    "TailSettings": "settings", "VerdictSettings": "settings",
}

__all__ = ["Article", "Cleaner", "InputError", "RegionSettings", "Removed", "RuleError", "Settings", "SettingsError",
           "TailSettings", "VerdictSettings", "__version__", "clean"]


__getattr__, __dir__ = exports(__name__, _HOMES)
