"""A site's HTML rules beyond `drop`, `title` and `body`, compiled once: text replaced in the raw
HTML, nodes dissolved or wrapped, the title, body, author and date XPaths, and the switches
(prune, skip_json_ld, autodetect_on_failure). Most come from imported Full-Text RSS configs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from .xpaths import id_or_class, image_src

if TYPE_CHECKING:  # a file's data is read as rules.specs.Spec, of the schema's shape
    from .schema import HtmlRules

Named = tuple[tuple[str, etree.XPath], ...]  # (rule name, compiled XPath), in the file's order


@dataclass(slots=True, frozen=True)
class HtmlXPaths:
    find_replace: tuple[tuple[str, str, str], ...] = ()  # (rule, find, replace)
    dissolve: Named = ()
    wrap_in: tuple[tuple[str, str, etree.XPath], ...] = ()  # (rule, tag, XPath)
    title: Named = ()
    body: Named = ()
    author: Named = ()
    date: Named = ()
    prune: bool = True
    skip_json_ld: bool = False
    autodetect_on_failure: bool = True
    imported: bool = False  # the file was converted from another format: its body is evidence, checked


def _named(where: str, key: str, paths: list[str]) -> Named:
    return tuple((f"{where}: html.{key}[{i}]", etree.XPath(p)) for i, p in enumerate(paths))


def compile_html(where: str, html: HtmlRules, imported: bool) -> HtmlXPaths:
    return HtmlXPaths(
        find_replace=tuple((f"{where}: html.find_replace[{i}]", r.find, r.replace)
                           for i, r in enumerate(html.find_replace)),
        dissolve=_named(where, "dissolve", html.dissolve),
        wrap_in=tuple((f"{where}: html.wrap_in[{i}]", w.tag, etree.XPath(w.xpath)) for i, w in enumerate(html.wrap_in)),
        title=_named(where, "title_xpath", html.title_xpath),
        body=_named(where, "body_xpath", html.body_xpath),
        author=_named(where, "author_xpath", html.author_xpath),
        date=_named(where, "date_xpath", html.date_xpath),
        prune=html.prune,
        skip_json_ld=html.skip_json_ld,
        autodetect_on_failure=html.autodetect_on_failure,
        imported=imported,
    )


def token_drops(where: str, html: HtmlRules) -> Named:
    """`drop_id_or_class` and `drop_image_src` as the XPaths they stand for."""
    return (_named(where, "drop_id_or_class", [id_or_class(t) for t in html.drop_id_or_class])
            + _named(where, "drop_image_src", [image_src(t) for t in html.drop_image_src]))


def merged(site: HtmlXPaths, base: HtmlXPaths) -> HtmlXPaths:
    """The site's rules, then the base's (the global config's) where they add to them: its
    replacements and rewrites after the site's, its XPaths after the site's; the site's switches."""
    return HtmlXPaths(
        find_replace=site.find_replace + base.find_replace, dissolve=site.dissolve + base.dissolve,
        wrap_in=site.wrap_in + base.wrap_in, title=site.title + base.title, body=site.body,
        author=site.author + base.author, date=site.date + base.date, prune=site.prune,
        skip_json_ld=site.skip_json_ld, autodetect_on_failure=site.autodetect_on_failure, imported=site.imported,
    )
