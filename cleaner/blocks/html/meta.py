"""Page metadata from the parsed HTML: title, site name, author, date, language.

Only the cheap sources: meta tags, JSON-LD, <title>, <h1>, the html lang attribute. trafilatura's
full metadata pass (author and date searches over the whole page) costs more than the extraction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json

from ...rules.site import url_host
from ...rules.vocabulary import HtmlVocabulary, shipped
from ...text import SEPARATORS, strip_site_name
from .dom import node_text

log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 300


@dataclass(slots=True)
class PageMeta:
    title: str | None = None  # the cleaned headline
    sitename: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in (("title", self.title), ("author", self.author), ("date", self.date),
                                  ("sitename", self.sitename), ("language", self.language)) if v}


def _date(tree: HtmlElement, names: frozenset[str]) -> str | None:
    """The date a <meta> of one of the names (lower-cased) gives, else a <time datetime>'s."""
    for meta in tree.iterfind(".//head/meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in names:
            value = meta.get("content", "").strip()
            if value[:4].isdigit():
                return value[:10]
    for node in tree.iterfind(".//time[@datetime]"):
        value = node.get("datetime", "").strip()
        if value[:4].isdigit():
            return value[:10]
    return None


def _language(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in tree.iterfind(".//head/meta[@http-equiv]"):
            if meta.get("http-equiv", "").lower() == "content-language":
                lang = meta.get("content")
                break
    return lang.strip().split("-")[0].split("_")[0].lower() or None if lang else None


def _site_names(sitename: str | None, url: str | None) -> list[str]:
    """Names the site goes by: its declared name and its domain (`www.example.com` -> `example.com`, `example`)."""
    names = [sitename] if sitename else []
    host = url_host(url) if url else ""
    host = host.removeprefix("www.")
    if host:
        names += [host, host.split(".")[0]]
    return names


def headline(tree: HtmlElement, declared: str | None, names: list[str]) -> str | None:
    """The page's headline: an <h1> that the declared title holds, else the declared title
    with the site name stripped, else the only <h1>."""
    h1s = [t for t in (node_text(h) for h in tree.iterfind(".//body//h1")) if t and len(t) <= MAX_TITLE_CHARS]
    if declared:
        folded = declared.casefold()
        for h1 in h1s:
            if len(h1) >= 10 and h1.casefold() in folded:
                return h1
        stripped = strip_site_name(declared, names)
        if stripped:
            return stripped
    return h1s[0] if len(h1s) == 1 else None


def page_meta(tree: HtmlElement, url: str | None, vocabulary: HtmlVocabulary | None = None) -> PageMeta:
    """What the page declares; `vocabulary`: the generic rules' (the shipped rules' when None)."""
    vocabulary = shipped() if vocabulary is None else vocabulary
    meta = examine_meta(tree)
    if not (meta.title and meta.sitename and meta.author):  # JSON-LD costs as much again: only when needed
        try:
            meta = extract_meta_json(tree, meta)
        except Exception as exc:  # noqa: BLE001 - trafilatura's JSON-LD reader raises on odd markup; metadata is optional
            log.debug("JSON-LD metadata not read: %s", exc)
    title_node = tree.find(".//head/title")
    page_title = node_text(title_node) if title_node is not None else None
    declared = meta.title or page_title
    sitename = meta.sitename.lstrip("@") if meta.sitename else None
    names = _site_names(sitename, url)
    # <title> is often `Headline | Site` while og:title is the bare headline: the difference is the name.
    if page_title and meta.title and page_title != meta.title and page_title.startswith(meta.title):
        names.append(page_title[len(meta.title):].strip(" " + SEPARATORS))
    return PageMeta(
        title=headline(tree, declared, names),
        sitename=sitename,
        author=meta.author,
        date=_date(tree, vocabulary.date_meta),
        language=_language(tree),
    )
