"""article-cleaner: a scraped article page (text or HTML) in, its clean title and body out."""

from .article import Article, Removed
from .pipeline import Cleaner, clean
from .read import InputError
from .rules.files import RuleError

__version__ = "0.1.0"
__all__ = ["Article", "Cleaner", "InputError", "Removed", "RuleError", "__version__", "clean"]
