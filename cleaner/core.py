"""The Cleaner: rules compiled once, then any number of pages cleaned with them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .article import Article
from .document import Document, text_blocks
from .html_path import html_document
from .patterns import DEFAULT_TIMEOUT
from .read import read_page
from .ruleset import Ruleset, load_ruleset
from .stages import Context, run


class Cleaner:
    """Cleans pages with one compiled rule set. Build once, reuse for every page.

    rules: extra rule folders (a user's own), searched before the shipped ones.
    site_rules: False uses only the generic layer.
    timeout: seconds one pattern may run on one line before it counts as no match.
    """

    def __init__(self, rules: Iterable[str | Path] = (), *, site_rules: bool = True,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.rule_dirs = tuple(Path(d) for d in rules)
        self.site_rules = site_rules
        self.timeout = timeout
        self.ruleset: Ruleset = load_ruleset(list(self.rule_dirs), site_rules=site_rules, timeout=timeout)

    def clean(self, page: str | bytes, url: str | None = None) -> Article:
        """Clean one page (page text or HTML, str or bytes) into an Article."""
        text, is_html = read_page(page)
        return Article.from_document(self.document(text, url, is_html))

    def document(self, text: str, url: str | None = None, is_html: bool = False) -> Document:
        """The marked-up Document for normalised page text or HTML (what `clean` summarises)."""
        site = self.ruleset.site_for(text, url)
        if is_html:
            doc = html_document(text, url, site)
        else:
            doc = Document(text_blocks(text), url=url)
        doc.site = site.name if site else None
        return run(doc, Context(self.ruleset.generic, site))

    # Pickled as its settings: a worker process compiles the rules once when it unpickles.
    def __getstate__(self) -> dict:
        return {"rules": self.rule_dirs, "site_rules": self.site_rules, "timeout": self.timeout}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["rules"], site_rules=state["site_rules"], timeout=state["timeout"])


def clean(page: str | bytes, url: str | None = None) -> Article:
    """Clean one page with the shipped rules. For many pages, build one `Cleaner` and reuse it."""
    return Cleaner().clean(page, url)
