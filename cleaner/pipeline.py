"""The Cleaner: rules compiled once, then any number of pages cleaned with them:
read -> blocks -> stages -> Article."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .article import Article
from .blocks.text import text_blocks
from .document import LANGUAGE, SITE, Document, Found, extracted
from .page import Page
from .read import read_page
from .rules.patterns import DEFAULT_TIMEOUT
from .rules.ruleset import Ruleset, load_ruleset
from .rules.uses import DEFAULT_USE, ImportedUse, imported_use
from .settings import Settings, SettingsError
from .stages import run


class Cleaner:
    """Cleans pages with one compiled rule set. Build once, reuse for every page.

    rules: extra rule folders (a user's own), searched before the shipped ones.
    site_rules: False uses only the generic layer.
    imported_rules: how much of the imported site rules (rules/ftr/, and any imported folder)
        applies: True or "all" (the default), "metadata" (what they say of the title, author and
        date, nothing that changes the text), False or "off".
    timeout: seconds one pattern may run on one line before it counts as no match.
    settings: how the heuristics read page text (cleaner.settings.Settings; the shipped defaults).
    """

    def __init__(self, rules: Iterable[str | Path] = (), *, site_rules: bool = True,
                 timeout: float = DEFAULT_TIMEOUT, settings: Settings | None = None,
                 imported_rules: bool | str = DEFAULT_USE) -> None:
        if settings is not None and not isinstance(settings, Settings):
            raise SettingsError(f"settings must be a cleaner.Settings, not {type(settings).__name__}")
        self._setup(tuple(Path(d) for d in rules), site_rules, timeout, settings or Settings(),
                    imported_use(imported_rules))

    def _setup(self, rule_dirs: tuple[Path, ...], site_rules: bool, timeout: float, settings: Settings,
               imported_rules: ImportedUse = DEFAULT_USE) -> None:
        self.rule_dirs = rule_dirs
        self.site_rules = site_rules
        self.imported_rules = imported_rules
        self.timeout = timeout
        self.settings = settings
        self.ruleset: Ruleset = load_ruleset(list(rule_dirs), site_rules=site_rules, timeout=timeout,
                                             imported=imported_rules)

    def clean(self, page: str | bytes, url: str | None = None, kind: str | None = None) -> Article:
        """Clean one page (page text or HTML, str or bytes) into an Article. `kind` says what the
        page is, "html" or "text", as a caller that knows should; None sniffs it (read.looks_like_html)."""
        text, is_html = read_page(page, kind)
        return Article.from_document(self.document(text, url, is_html))

    def document(self, text: str, url: str | None = None, is_html: bool = False) -> Document:
        """The marked-up Document for normalised page text or HTML (what `clean` summarises)."""
        site = self.ruleset.rules_for(text, url, html=is_html)
        if is_html:
            from .blocks.html import html_document  # trafilatura and its kin load with the first HTML page

            doc = html_document(text, url, site, self.ruleset.generic.html)
        else:
            doc = Document(text_blocks(text), url=url)
        doc.site = site.name if site and site.named else None
        page = Page(doc, self.ruleset.generic, site, self.settings)
        if doc.language is not None:
            doc.found[LANGUAGE] = Found(doc.language, "html[lang]")
        run(doc, page)
        if doc.language is None and doc.blocks and not extracted(doc):
            doc.language = page.features.language  # the HTML path's page says, when it says
            if doc.language:
                doc.found[LANGUAGE] = Found(doc.language, "page text")
        if doc.site:
            named = site is not None and site.named and doc.site == site.name
            doc.found[SITE] = Found(doc.site, f"site rule {site.name}" if named and site else "declared site name")
        return doc

    # Pickled as its settings: a worker process compiles the rules once when it unpickles.
    def __getstate__(self) -> dict[str, Any]:
        return {"rules": self.rule_dirs, "site_rules": self.site_rules, "timeout": self.timeout,
                "settings": self.settings, "imported_rules": self.imported_rules}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._setup(tuple(state["rules"]), state["site_rules"], state["timeout"], state.get("settings", Settings()),
                    state.get("imported_rules", DEFAULT_USE))


@functools.lru_cache(maxsize=1)
def _default_cleaner() -> Cleaner:
    """The Cleaner `clean` uses: the shipped rules, compiled on the first call and kept for the
    process (compiling them costs a quarter of a second to a second)."""
    return Cleaner()


def clean(page: str | bytes, url: str | None = None, kind: str | None = None) -> Article:
    """Clean one page with the shipped rules, compiled once per process (on the first call).
    For your own rules or settings, build a `Cleaner` and reuse it. `kind`: as `Cleaner.clean`."""
    return _default_cleaner().clean(page, url, kind)
