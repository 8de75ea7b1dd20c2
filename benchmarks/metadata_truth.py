"""The truth of the metadata benchmark: what a bench page's own HTML declares of its publication day
and its authors, read here on its own (not with the cleaner's code, which it measures).

A page's day is its JSON-LD `datePublished` and its publication <meta> tags (article:published_time,
og:published_time, itemprop/name datePublished, dc.date, pubdate), taken when every source that gives
one gives the same day (two that agree, or one alone); a page whose sources disagree is left out.
Its authors are the JSON-LD article's `author` names and its <meta name="author">, taken when the
sources that give names give the same set of names.

Whether the page *text* shows them decides where the text path is scored: the day shows when the text
holds it in a common written form (`2023-11-27`, `27.11.2023`, `11/27/2023`, `November 27, 2023`,
`27 novembre 2023`, `27. November 2023` ...), the authors when the text holds each name.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from lxml import html as lxml_html

DATE_META = {"article:published_time", "og:published_time", "datepublished", "dc.date", "dc.date.issued",
             "pubdate", "publishdate", "article.published", "sailthru.date"}
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
}


def _day(value: Any) -> date | None:
    m = ISO_DAY.match(value.strip()) if isinstance(value, str) else None
    if m is None or not 1990 <= int(m[1]) <= 2100:  # `0001-01-01`: a placeholder, no date
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _objects(tree: Any) -> list[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, nested ones too, but not below `author`s."""
    out: list[dict[str, Any]] = []

    def walk(item: Any) -> None:
        if isinstance(item, list):
            for x in item:
                walk(x)
        elif isinstance(item, dict):
            out.append(item)
            for key, value in item.items():
                if key not in ("author", "creator", "publisher"):
                    walk(value)

    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            walk(json.loads(script.text or ""))
        except ValueError:
            continue
    return out


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, str) and value.strip() and "http" not in value:
        return [" ".join(value.split())]
    return []


def key_names(names: list[str] | tuple[str, ...] | None) -> frozenset[str]:
    return frozenset(" ".join(n.casefold().split()) for n in names or ())


def truth(page_html: str) -> tuple[date | None, list[str] | None]:
    """(the publication day, the authors) the page declares unambiguously; None where it does not."""
    try:
        tree = lxml_html.fromstring(page_html)
    except (ValueError, lxml_html.etree.ParserError):
        return None, None
    objects = _objects(tree)
    days = {d for d in (_day(o.get("datePublished")) for o in objects) if d}
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in DATE_META and _day(meta.get("content")):
            days.add(_day(meta.get("content")))  # type: ignore[arg-type]
    day = next(iter(days)) if len(days) == 1 else None
    sets = [names for names in (_names(o.get("author")) for o in objects if "headline" in o) if names]
    sets += [_names(m.get("content")) for m in tree.xpath("//meta[@name='author'][@content]")]
    sets = [s for s in sets if s]
    keys = {key_names(s) for s in sets}
    authors = sets[0] if len(keys) == 1 else None
    return day, authors


def day_forms(day: date) -> list[str]:
    """The ways a page text commonly writes the day."""
    d, m, y = day.day, day.month, day.year
    forms = [day.isoformat(), f"{d}.{m}.{y}", f"{d:02}.{m:02}.{y}", f"{m}/{d}/{y}", f"{m:02}/{d:02}/{y}",
             f"{d}/{m}/{y}", f"{d:02}/{m:02}/{y}", f"{y}年{m}月{d}日", f"{d:02}-{m:02}-{y}", f"{d}-{m}-{y}"]
    for months in MONTHS.values():
        month = months[m - 1]
        forms += [f"{month} {d}, {y}", f"{month[:3]} {d}, {y}", f"{month[:3]}. {d}, {y}", f"{d} {month} {y}",
                  f"{d}. {month} {y}", f"{d:02}. {month} {y}", f"{d} de {month} de {y}", f"{d} {month[:3]} {y}",
                  f"{d} {month[:3]}. {y}", f"{month} {d} {y}", f"{d:02} {month} {y}"]
    return forms


def shows_day(text: str, day: date) -> bool:
    folded = text.casefold()
    return any(form.casefold() in folded for form in day_forms(day))


def shows_names(text: str, names: list[str]) -> bool:
    folded = " ".join(text.casefold().split())
    return all(n in folded for n in key_names(names))
