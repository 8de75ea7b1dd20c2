"""article-cleaner: a scraped article page (text or HTML) in, its clean title and body out."""

from .article import Article, Removed
from .pipeline import Cleaner, clean
from .read import InputError
from .rules.files import RuleError
from .settings import RegionSettings, Settings, SettingsError, TailSettings, VerdictSettings

__version__ = "0.1.0"
__all__ = ["Article", "Cleaner", "InputError", "RegionSettings", "Removed", "RuleError", "Settings", "SettingsError",
           "TailSettings", "VerdictSettings", "__version__", "clean"]
