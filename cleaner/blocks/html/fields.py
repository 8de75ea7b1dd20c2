"""What an HTML page declares of its author, publication date, canonical URL and description, each
with where it was found (document.Found), read from the parsed page before any node is removed.

Order of trust, first found wins: the site's rule (an author or date XPath), the page's JSON-LD
(the article object's `author` and `datePublished`), its <meta> tags, then what trafilatura and
htmldate find in the markup (trafilatura's byline XPaths; htmldate's <time> elements, date classes
and URL dates, without its guesses from the text: `extensive_search=False`). A modified date, a
copyright year or a cookie's expiry is no publication date: only publication keys are read.
Two exceptions to the rule's trust: its author when that is the site's own name (a `dc.publisher`
XPath) yields to a person the page declares; its date on the day the page declares it changed
(`dateModified`, article:modified_time), when the page declares another day of publication,
yields to that. Declared names are read by declared_names (references decoded, markup out, an
outlet left on a person's name dropped).
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
from ...rules.site import url_host
from ...rules.vocabulary import HtmlVocabulary
from .byline import trafilatura_byline
from .declared_names import declared_names, own_keys, site_only
from .evidence import Evidence
from .meta import SITE_META, _json_ld_objects, _types

log = logging.getLogger(__name__)

# JSON-LD objects that are the page's article (its `author` and `datePublished` are the page's).
ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle",
                           "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "ScholarlyArticle",
                           "TechArticle", "SocialMediaPosting", "LiveBlogPosting", "WebPage", "Review",
                           "BackgroundNewsArticle", "AdvertiserContentArticle", "SatiricalArticle", "Blog",
                           "DiscussionForumPosting"})  # (a forum thread's opening post: its author, its date)
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
    objects = [o for o in _json_ld_objects(tree) if _article(o)] if json_ld else []
    found = ((AUTHOR, _author(tree, url, evidence, objects, metas)),
             (DATE, _date(tree, url, vocabulary, evidence, objects, metas)),
             (URL, _canonical(tree, url, metas)),
             (DESCRIPTION, _description(metas)))
    return {key: value for key, value in found if value is not None}


def _article(obj: dict[str, Any]) -> bool:
    """The page's article object; its type under `type` when the page left out the `@`."""
    loose = obj.get("type") if "@type" not in obj else None
    return bool((_types(obj) | ({loose} if isinstance(loose, str) else set())) & ARTICLE_TYPES)


def _author(tree: HtmlElement, url: str | None, evidence: Evidence, objects: list[dict[str, Any]],
            metas: list[tuple[str, str]]) -> Found | None:
    own = own_keys(url_host(url) if url else "", _site_names(objects, metas))
    ruled = Found(names(evidence.author), evidence.author_rule or "site rule") if evidence.author else None
    if ruled and ruled.value and not site_only(ruled.value, own):
        return ruled
    # (a rule's author that is the site's own name, its publisher's: the page's own declaration first)
    return _declared_author(tree, objects, metas, own) or (ruled if ruled and ruled.value else None)


def _declared_author(tree: HtmlElement, objects: list[dict[str, Any]], metas: list[tuple[str, str]],
                     own: frozenset[str]) -> Found | None:
    for obj in objects:
        found = tuple(dict.fromkeys(n for item in _listed(obj.get("author"))
                                    for text in _names_of(item) for n in declared_names(text, own)))
        if found:
            return Found(found, "json-ld.author")
    for key in AUTHOR_META:
        for name, content in metas:
            if name == key and declared_names(content, own):
                return Found(declared_names(content, own), f"meta:{key}")
    try:
        byline = trafilatura_byline(tree)
    except Exception as exc:  # noqa: BLE001 - trafilatura's author search on odd markup; metadata is optional
        log.debug("trafilatura's author search failed: %s", exc)
        byline = None
    return Found(names(byline), "trafilatura.byline") if byline and names(byline) else None


def _site_names(objects: list[dict[str, Any]], metas: list[tuple[str, str]]) -> list[str]:
    """The names the site declares for itself: og:site_name, its article's publisher."""
    found = [content for name, content in metas if name in SITE_META]
    publishers = (o.get("publisher") for o in objects)
    return found + [p["name"] for p in publishers if isinstance(p, dict) and isinstance(p.get("name"), str)]


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def _names_of(item: Any) -> list[str]:
    """An author item's name texts: a text, a Person's `name` (a text, or a list of them)."""
    if isinstance(item, dict):
        item = item.get("name")
    return [n for n in _listed(item) if isinstance(n, str)]


def _date(tree: HtmlElement, url: str | None, vocabulary: HtmlVocabulary, evidence: Evidence,
          objects: list[dict[str, Any]], metas: list[tuple[str, str]]) -> Found | None:
    modified = {content[:10] for name, content in metas if name in MODIFIED_META}
    modified |= {str(o.get("dateModified"))[:10] for o in objects if o.get("dateModified")}
    declared = _declared_date(vocabulary, objects, metas)
    # A rule's date on the day the page declares it changed, another than its declared publication
    # (a byline's `Updated Nov 13`): the last change's, no publication date.
    changed = declared is not None and evidence.date and evidence.date[:10] in modified - {str(declared.value)[:10]}
    if evidence.date and not changed:
        return Found(evidence.date, evidence.date_rule or "site rule")
    if declared is not None:
        return declared
    try:
        found = find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception as exc:  # noqa: BLE001 - htmldate on odd markup; metadata is optional
        log.debug("htmldate failed: %s", exc)
        return None
    # htmldate prefers the original date but falls back to the last change's: that is no publication date.
    if not isinstance(found, str) or not from_declared(found) or found[:10] in modified:
        return None
    return Found(found, "htmldate")


def _declared_date(vocabulary: HtmlVocabulary, objects: list[dict[str, Any]],
                   metas: list[tuple[str, str]]) -> Found | None:
    for obj in objects:
        value = obj.get("datePublished")
        if isinstance(value, str) and from_declared(value):
            return Found(from_declared(value) or "", "json-ld.datePublished")
    for name, content in metas:
        if name in vocabulary.date_meta and from_declared(content):
            return Found(from_declared(content) or "", f"meta:{name}")
    return None


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
