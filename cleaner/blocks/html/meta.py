"""Page metadata from the parsed HTML: title, site name, author, date, language.

Only the cheap sources: meta tags, JSON-LD, <title>, <h1>, the html lang attribute. trafilatura's
full metadata pass (author and date searches over the whole page) costs more than the extraction.

The headline is only collected here: every place the page declares it (`<h1>`, itemprop=headline,
JSON-LD headline and name, og:title, twitter:title, DC title, `<title>`) and every name it gives its
site (og:site_name, application-name, the JSON-LD publisher and WebSite) go into
`document.Declarations`; stages.title decides the title from them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json

from ...document import (
    DC_TITLE,
    H1_SOURCE,
    ITEMPROP,
    LD_HEADLINE,
    LD_NAME,
    OG_TITLE,
    TITLE_ELEMENT,
    TWITTER_TITLE,
    Declarations,
)
from ...rules.site import url_host
from ...rules.vocabulary import HtmlVocabulary, shipped
from ...text import SEPARATORS, strip_site_name
from .dom import node_text

log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 300
# <meta> names and properties (lower-cased) that declare the headline, and the source each names.
TITLE_META = {"og:title": OG_TITLE, "twitter:title": TWITTER_TITLE, "dc.title": DC_TITLE, "dcterms.title": DC_TITLE}
SITE_META = frozenset({"og:site_name", "application-name"})  # ... and the site's name
# JSON-LD objects whose `name` is a site's (the publisher's, the site's own), not a headline.
SITE_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "WebSite"})
# JSON-LD objects whose `name` is neither the page's headline nor its site's name.
OTHER_TYPES = frozenset({"Person", "BreadcrumbList", "ListItem", "ImageObject", "VideoObject", "SearchAction",
                         "SiteNavigationElement", "Place", "PostalAddress", "Brand", "Offer", "Rating",
                         "AggregateRating", "EntryPoint", "ReadAction", "Country", "Language", "Thing"})
MAX_JSON_LD_CHARS = 200_000  # a script this long is a data dump, not the page's description


@dataclass(slots=True)
class PageMeta:
    # A first guess at the headline, which finds the article's <h1> (recover.with_lead); stages.title
    # decides the title from `declared`.
    title: str | None = None
    sitename: str | None = None
    author: str | None = None
    language: str | None = None
    declared: Declarations = field(default_factory=Declarations)

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in (("title", self.title), ("author", self.author),
                                  ("sitename", self.sitename), ("language", self.language)) if v}


def _language(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in tree.iterfind(".//head/meta[@http-equiv]"):
            if meta.get("http-equiv", "").lower() == "content-language":
                lang = meta.get("content")
                break
    return lang.strip().split("-")[0].split("_")[0].lower() or None if lang else None


def site_names(sitename: str | None, url: str | None) -> list[str]:
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


def page_meta(tree: HtmlElement, url: str | None, vocabulary: HtmlVocabulary | None = None,
              json_ld: bool = True) -> PageMeta:
    """What the page declares; `vocabulary`: the generic rules' (the shipped rules' when None);
    `json_ld` False leaves its JSON-LD unread (a site's rule)."""
    vocabulary = shipped() if vocabulary is None else vocabulary
    meta = examine_meta(tree)
    # JSON-LD costs as much again: only when needed
    if json_ld and not (meta.title and meta.sitename and meta.author):
        try:
            meta = extract_meta_json(tree, meta)
        except Exception as exc:  # noqa: BLE001 - trafilatura's JSON-LD reader raises on odd markup; metadata is optional
            log.debug("JSON-LD metadata not read: %s", exc)
    title_node = tree.find(".//head/title")
    page_title = node_text(title_node) if title_node is not None else None
    declared = meta.title or page_title
    sitename = meta.sitename.lstrip("@") if meta.sitename else None
    names = site_names(sitename, url)
    # <title> is often `Headline | Site` while og:title is the bare headline: the difference is the name.
    if page_title and meta.title and page_title != meta.title and page_title.startswith(meta.title):
        names.append(page_title[len(meta.title):].strip(" " + SEPARATORS))
    return PageMeta(
        title=headline(tree, declared, names),
        sitename=sitename,
        author=meta.author,
        language=_language(tree),
        declared=declarations(tree, page_title),
    )


def declarations(tree: HtmlElement, page_title: str | None) -> Declarations:
    """Every declaration of the page's headline and of its site's name, each text once a source:
    the headline elements, JSON-LD, the <meta> tags, then <title>; the <meta> site names first."""
    titles: list[tuple[str, str | None]] = [(H1_SOURCE, node_text(h1)) for h1 in tree.iterfind(".//body//h1")]
    titles += [(ITEMPROP, node.get("content") if node.tag == "meta" else node_text(node))
               for node in tree.xpath("//*[@itemprop='headline']")]
    sites: list[str | None] = []
    for obj in _json_ld_objects(tree):
        _from_json_ld(obj, titles, sites)
    metas = [((m.get("property") or m.get("name") or "").lower(), m.get("content"))
             for m in tree.iterfind(".//head/meta[@content]")]
    titles += [(TITLE_META[name], content) for name, content in metas if name in TITLE_META]
    titles.append((TITLE_ELEMENT, page_title))
    sites = [content for name, content in metas if name in SITE_META] + sites
    found = {(source, text): None for source, text in ((s, _clean(t)) for s, t in titles) if text}
    return Declarations(tuple(found), tuple({n: None for n in map(_clean, sites) if n}))


def _from_json_ld(obj: dict[str, Any], titles: list[tuple[str, str | None]], sites: list[str | None]) -> None:
    """An object's headline, its name (a headline's, or the site's for a site's own types) and
    its publisher's name."""
    if isinstance(obj.get("headline"), str):
        titles.append((LD_HEADLINE, obj["headline"]))
    name = obj.get("name")
    if isinstance(name, str):
        types = _types(obj)
        if types & SITE_TYPES:
            sites.append(name)
        elif not types & OTHER_TYPES:
            titles.append((LD_NAME, name))
    publisher = obj.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        sites.append(publisher["name"])


def _clean(text: str | None) -> str:
    """A declared text on one line, its character references read (JSON-LD holds `&amp;`);
    empty when missing or too long to be a headline."""
    text = " ".join(unescape(text).split()) if text else ""
    return text if len(text) <= MAX_TITLE_CHARS else ""


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """The objects of the page's JSON-LD scripts, top-level and in @graph lists (not nested deeper:
    an article's `author` or `image` is no declaration of the page's)."""
    for script in tree.iterfind(".//script[@type]"):
        if script.get("type", "").strip().lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (g for g in graph if isinstance(g, dict))
            entity = item.get("mainEntity") or item.get("mainEntityOfPage")
            if isinstance(entity, dict) and "headline" in entity:
                yield entity


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {n.rsplit("/", 1)[-1] for n in names if isinstance(n, str)}
