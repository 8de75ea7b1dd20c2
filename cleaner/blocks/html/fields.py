"""What an HTML page declares of its author, publication date, canonical URL and description, each
with where it was found (document.Found), read from the parsed page before any node is removed.

Order of trust, first found wins: the site's rule (an author or date XPath), the page's JSON-LD
(the article object's `author` and `datePublished`), its <meta> tags, then what trafilatura and
htmldate find in the markup (trafilatura's byline XPaths; htmldate's <time> elements, date classes
and URL dates, without its guesses from the text: `extensive_search=False`). A modified date, a
copyright year or a cookie's expiry is no publication date: only publication keys are read.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin

from htmldate import find_date
from lxml.html import HtmlElement

from ...authors import names
from ...dates import from_declared
from ...document import AUTHOR, DATE, DESCRIPTION, URL, Found
from ...rules.vocabulary import HtmlVocabulary
from .byline import trafilatura_byline
from .evidence import Evidence
from .meta import _json_ld_objects, _types

log = logging.getLogger(__name__)

# JSON-LD objects that are the page's article (its `author` and `datePublished` are the page's).
ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle",
                           "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "ScholarlyArticle",
                           "TechArticle", "SocialMediaPosting", "LiveBlogPosting", "WebPage", "Review",
                           "BackgroundNewsArticle", "AdvertiserContentArticle", "SatiricalArticle", "Blog"})
# <meta> names and properties (lower-cased) that name the author: a name, not a profile's URL.
AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
               "byl", "citation_author")
MODIFIED_META = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified",
                           "dcterms.modified"})
DESCRIPTION_META = ("description", "og:description", "twitter:description", "dc.description")
MAX_DESCRIPTION_CHARS = 1000


def declared_fields(tree: HtmlElement, url: str | None, vocabulary: HtmlVocabulary, evidence: Evidence,
                    json_ld: bool = True) -> dict[str, Found]:
    """The page's declared author, date, canonical URL and description (a field it does not
    declare is left out)."""
    metas = [((m.get("property") or m.get("name") or m.get("itemprop") or "").lower(), m.get("content", ""))
             for m in tree.iterfind(".//meta[@content]")]
    objects = [o for o in _json_ld_objects(tree) if _types(o) & ARTICLE_TYPES] if json_ld else []
    found = ((AUTHOR, _author(tree, evidence, objects, metas)),
             (DATE, _date(tree, url, vocabulary, evidence, objects, metas)),
             (URL, _canonical(tree, url, metas)),
             (DESCRIPTION, _description(metas)))
    return {key: value for key, value in found if value is not None}


def _author(tree: HtmlElement, evidence: Evidence, objects: list[dict[str, Any]],
            metas: list[tuple[str, str]]) -> Found | None:
    if evidence.author and names(evidence.author):
        return Found(names(evidence.author), evidence.author_rule or "site rule")
    for obj in objects:
        found = tuple(dict.fromkeys(n for item in _listed(obj.get("author")) for n in names(_name(item))))
        if found:
            return Found(found, "json-ld.author")
    for key in AUTHOR_META:
        for name, content in metas:
            if name == key and names(content):
                return Found(names(content), f"meta:{key}")
    try:
        byline = trafilatura_byline(tree)
    except Exception as exc:  # noqa: BLE001 - trafilatura's author search on odd markup; metadata is optional
        log.debug("trafilatura's author search failed: %s", exc)
        byline = None
    return Found(names(byline), "trafilatura.byline") if byline and names(byline) else None


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def _name(item: Any) -> str:
    if isinstance(item, dict):
        name = item.get("name")
        return name if isinstance(name, str) else ""
    return item if isinstance(item, str) else ""


def _date(tree: HtmlElement, url: str | None, vocabulary: HtmlVocabulary, evidence: Evidence,
          objects: list[dict[str, Any]], metas: list[tuple[str, str]]) -> Found | None:
    if evidence.date:
        return Found(evidence.date, evidence.date_rule or "site rule")
    for obj in objects:
        value = obj.get("datePublished")
        if isinstance(value, str) and from_declared(value):
            return Found(from_declared(value) or "", "json-ld.datePublished")
    for name, content in metas:
        if name in vocabulary.date_meta and from_declared(content):
            return Found(from_declared(content) or "", f"meta:{name}")
    try:
        found = find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception as exc:  # noqa: BLE001 - htmldate on odd markup; metadata is optional
        log.debug("htmldate failed: %s", exc)
        return None
    # htmldate prefers the original date but falls back to the last change's: that is no publication date.
    modified = {content[:10] for name, content in metas if name in MODIFIED_META}
    modified |= {str(o.get("dateModified"))[:10] for o in objects if o.get("dateModified")}
    if not isinstance(found, str) or not from_declared(found) or found[:10] in modified:
        return None
    return Found(found, "htmldate")


def _canonical(tree: HtmlElement, url: str | None, metas: list[tuple[str, str]]) -> Found | None:
    """The canonical URL the page declares (absolute), else og:url; the given URL is the stage's."""
    for link in tree.iterfind(".//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = link.get("href", "").strip()
            target = urljoin(url, href) if url else href
            if target.startswith(("http://", "https://")):
                return Found(target, "link[rel=canonical]")
    for name, content in metas:
        if name == "og:url" and content.strip().startswith(("http://", "https://")):
            return Found(content.strip(), "og:url")
    return None


def _description(metas: list[tuple[str, str]]) -> Found | None:
    for key in DESCRIPTION_META:
        for name, content in metas:
            text = " ".join(content.split())
            if name == key and text and len(text) <= MAX_DESCRIPTION_CHARS:
                return Found(text, f"meta:{key}")
    return None
