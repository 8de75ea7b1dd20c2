"""The truth of the metadata benchmark: what a bench page's own HTML declares of its publication day
and its authors, read here on its own (not with the cleaner's code, which it measures).

A page's day is its JSON-LD `datePublished` and its publication <meta> tags (article:published_time,
og:published_time, itemprop/name datePublished, dc.date, pubdate), taken when every source that gives
one gives the same day (two that agree, or one alone); a page whose sources disagree is left out.
Its authors are the JSON-LD article's `author` names and its <meta name="author">, taken when the
sources that give names give the same set of names.

Whether the page *text* shows them decides where the text path is scored: the day shows when the text
holds it in a common written form (`2023-11-27`, `27.11.2023`, `11/27/2023`, `November 27, 2023`,
`November 27th, 2023`, `27 novembre 2023`, `27. November 2023`, `27.11.23` ..., in the languages of
MONTHS; never inside a longer number: `1.12.2019` is not shown by `11.12.2019`), the authors when the
text holds each name as a run of whole words.

Names are compared as keys: HTML entities decoded, case and diacritics folded, punctuation and the
spaces between words ignored (a login declared for the name, `janeroe`, is `Jane Roe`), a byline word before them dropped (`Von Anna Müller`, `Analysis by Jo Roe`). A declared name that
carries an affiliation (`Jill Disis, CNN Business`, `Amy Roe | NJ Advance Media`) is matched by
the whole text, by its first part (the person) or by all its parts (`Jane Doe and John Roe` declared
as one name). A declared author that is the site itself (its domain, og:site_name, the publisher's
name: `The Economist`, `tagesschau.de`) names no one the text can show as a byline, nor does a firm
or a registered body (`Example Media GmbH`, `Foo Inc.`, `Verein e.V.`: the publisher in its legal
form): such pages are left out of the text path's author score (site_authors, firm_authors).

A declared time with a zone (`2019-11-20T04:31:00Z`) gives the instant too: a text that shows the
same moment in its own zone (`Nov 19, 2019, 10:31 pm CST`) shows that day (same_moment). The day is
a day somewhere: a page's date line shows the moment in the site's zone, and a declaration may give
it in another (UTC most often), so that the two days differ by one. Hence also (same_moment):
- when the declarations agree on the day but give the moment in different zones (`04:31:13-06:00`
  in the JSON-LD, `04:31:13+00:00` in the <meta>: one of them wrong), a text showing either moment
  shows the declared one;
- a time declared without a zone (`2019-11-19 02:24:00`) is a server's clock, UTC as often as
  not: a text showing that moment in UTC (`Nov 18, 2019 at 9:24 pm ET`) shows it;
- a moment declared in UTC (`2018-12-31T23:11:59+00:00`, `2021-11-04T23:00Z`: a local midnight)
  is the next or the previous day in the site's own zone, which the declaration does not name: a
  text that gives that day without a time (`2019-01-01`) shows it. A moment declared in a local
  zone (`19:00:49+01:00`) names the site's zone: there its day is the declared day alone.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lxml import etree
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
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
}
ORDINALS = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
# A byline word before a declared name (`Von Anna Müller`, `Analysis by Jo Roe`): not part of it.
BYLINE_WORD = re.compile(r"^(?:(?:\w+ )?by|von|par|por|door|przez|di|da)\s+", re.I)
# Between the parts of one declared name: the person and an affiliation, or several persons.
PARTS = re.compile(r"\s*(?:[,;|/]|(?<=\w\w)\.\s|\s[-–—]\s|\s(?:and|und|et|y|e|i|en|&|for)\s)\s*", re.I)
ZONE_SPAN = timedelta(hours=14)  # the widest gap between a local time and UTC
ZONE_WEST = timedelta(hours=12)  # ... to the west of it (UTC-12), to the east ZONE_SPAN (UTC+14)
SAME_INSTANT = timedelta(hours=1)


@dataclass
class Truth:
    day: date | None = None
    names: list[str] | None = None
    # the declared moments, when the declarations give a time: with its zone, or naive (none declared)
    instants: tuple[datetime, ...] = ()
    site_names: list[str] = field(default_factory=list)  # og:site_name, the publisher's and the site's names


def _instant(value: Any) -> datetime | None:
    """A declared moment (`2019-11-20T04:31:00Z`, `...+01:00`; naive without a zone: `2019-11-19 02:24:00`)."""
    if not isinstance(value, str) or not re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", value.strip()):
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


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


def fold(text: str) -> str:
    """Case, diacritics and punctuation folded: the words, one space between them."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", html.unescape(text)) if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", plain.casefold()))


def key_name(name: str) -> str:
    return fold(BYLINE_WORD.sub("", _plain(name)))


def _plain(name: str) -> str:
    """A declared name as text: entities decoded, markup left out (`<a href=...>Jo Roe</a>`)."""
    return re.sub(r"<[^>]*>", " ", html.unescape(name)).strip()


def key_names(names: list[str] | tuple[str, ...] | None) -> frozenset[str]:
    return frozenset(k for k in (key_name(n) for n in names or ()) if k)


def _options(name: str) -> list[frozenset[str]]:
    """The keys a declared name may be given as: whole, its first part (the person before an
    affiliation) or its last (after its outlet: `Harbour News - Jo Roe`), all its parts (several
    persons declared as one name), or all but the last (the persons before their agency: `Jane
    Doe and Jo Roe, Associated Press`)."""
    whole = BYLINE_WORD.sub("", _plain(name))
    parts = [k for k in (key_name(p) for p in PARTS.split(whole)) if k]
    out = [frozenset({key_name(whole)})]
    if len(parts) > 1:
        out += [frozenset(parts[:1]), frozenset(parts[-1:]), frozenset(parts), frozenset(parts[:-1])]
    return out


def names_match(got: list[str] | tuple[str, ...] | None, declared: list[str] | None) -> bool:
    """The names given are the declared ones, in one of the forms _options allows each."""
    if not got or not declared:
        return False
    keys = key_names(got)
    choices = [_options(n) for n in declared[:6]]
    return any(_joined(frozenset().union(*pick)) == _joined(keys) for pick in itertools.product(*choices))


def _joined(keys: frozenset[str]) -> frozenset[str]:
    """The keys without their spaces: a login declared for the name (`janeroe` for `Jane Roe`) is it."""
    return frozenset(k.replace(" ", "") for k in keys)


def site_authors(names: list[str] | None, url: str, site_names: list[str]) -> bool:
    """Every declared author is the site itself: its domain (`tagesschau.de`, `The Economist` on
    economist.com) or a name it declares for itself (og:site_name, the publisher)."""
    if not names:
        return False
    host = (re.sub(r"^https?://", "", url).split("/")[0].split(":")[0]).casefold()
    labels = [part for part in host.split(".") if part != "www"]
    own = {re.sub(r"\W", "", "".join(labels[i:])) for i in range(len(labels))} | {re.sub(r"\W", "", x) for x in labels}
    own |= {_letters(n) for n in site_names}

    def letters(name: str) -> str:
        return re.sub(r"^(?:the|www)", "", _letters(name))

    return all(letters(n) in own or _letters(n) in own for n in names)


# A legal form of a firm or a registered body, as its name's last word or before a comma.
LEGAL_FORM = re.compile(r"(?<!\w)(?:gGmbH|GmbH|AG|KG|SE|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|plc|S\.A\.|S\.L\.|S\.r\.l\.|"
                        r"B\.V\.|N\.V\.|Pty)(?=$|\s*[,;]|\s+&|\s+www\.)")


def firm_authors(names: list[str] | None) -> bool:
    """Every declared author is a firm or a registered body (its legal form in its name)."""
    return bool(names) and all(LEGAL_FORM.search(_plain(n)) for n in names or ())


def _letters(name: str) -> str:
    return fold(name).replace(" ", "")


def _site_names(tree: Any, objects: list[dict[str, Any]]) -> list[str]:
    out = [m.get("content", "") for m in tree.xpath("//meta[@content]")
           if (m.get("property") or m.get("name") or "").lower() in ("og:site_name", "application-name")]
    for o in objects:
        publisher = o.get("publisher")
        out += _names(publisher) if isinstance(publisher, (dict, list)) else []
        kind = o.get("@type")
        if kind in ("Organization", "NewsMediaOrganization", "WebSite") and isinstance(o.get("name"), str):
            out.append(o["name"])
    return [n for n in out if n.strip()]


def truth(page_html: str) -> Truth:
    """The publication day (and its instant), the authors and the site's names the page declares
    unambiguously; None where it does not."""
    try:
        tree = lxml_html.fromstring(page_html)
    except (ValueError, etree.ParserError):
        return Truth()
    objects = _objects(tree)
    values = [o.get("datePublished") for o in objects]
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in DATE_META:
            values.append(meta.get("content"))
    days = {d for d in (_day(v) for v in values) if d}
    day = next(iter(days)) if len(days) == 1 else None
    instants = tuple(dict.fromkeys(i for i in (_instant(v) for v in values) if i)) if day else ()
    sets = [names for names in (_names(o.get("author")) for o in objects if "headline" in o) if names]
    sets += [_names(m.get("content")) for m in tree.xpath("//meta[@name='author'][@content]")]
    sets = [s for s in sets if s]
    keys = {key_names(s) for s in sets}
    authors = sets[0] if len(keys) == 1 else None
    return Truth(day, authors, instants, _site_names(tree, objects))


def same_moment(got: str | None, instants: tuple[datetime, ...]) -> bool:
    """The date given is one of the declared moments seen in another zone (see the module's docstring):
    the same instant (a zone given; a naive declared time read as UTC), a local time within a zone's
    reach of it (none given), or the day a moment declared in UTC has in a zone within reach (a day
    given without its time)."""
    if not got:
        return False
    try:
        moment = datetime.fromisoformat(got)
    except ValueError:
        return False
    return any(_same_moment(moment, "T" in got, instant) for instant in instants)


def _same_moment(moment: datetime, with_time: bool, instant: datetime) -> bool:
    if instant.tzinfo is None:  # a server's clock: UTC, or the local time (then the same day already)
        instant = instant.replace(tzinfo=UTC)
        return with_time and moment.tzinfo is not None and abs(moment - instant) <= SAME_INSTANT
    if not with_time:
        if instant.utcoffset() != timedelta(0):
            return False
        return (instant - ZONE_WEST).date() <= moment.date() <= (instant + ZONE_SPAN).date()
    if moment.tzinfo is not None:
        return abs(moment - instant) <= SAME_INSTANT
    return abs(moment - instant.astimezone(UTC).replace(tzinfo=None)) <= ZONE_SPAN


def day_forms(day: date) -> list[str]:
    """The ways a page text commonly writes the day."""
    d, m, y, yy = day.day, day.month, day.year, day.year % 100
    forms = [day.isoformat(), f"{d}.{m}.{y}", f"{d:02}.{m:02}.{y}", f"{m}/{d}/{y}", f"{m:02}/{d:02}/{y}",
             f"{d}/{m}/{y}", f"{d:02}/{m:02}/{y}", f"{y}年{m}月{d}日", f"{d:02}-{m:02}-{y}", f"{d}-{m}-{y}",
             f"{y}/{m:02}/{d:02}", f"{y}.{m:02}.{d:02}", f"{d:02}.{m:02}.{yy:02}", f"{d}.{m}.{yy:02}",
             f"{m}/{d}/{yy:02}", f"{m:02}/{d:02}/{yy:02}", f"{d:02}/{m:02}/{yy:02}"]
    th = f"{d}{ORDINALS.get(d, 'th')}"
    for months in MONTHS.values():
        month = months[m - 1]
        for name in dict.fromkeys((month, month[:3], f"{month[:3]}.", f"{month[:4]}.")):
            forms += [f"{name} {d}, {y}", f"{name} {th}, {y}", f"{name} {d} {y}", f"{d} {name} {y}",
                      f"{d}. {name} {y}", f"{d:02}. {name} {y}", f"{d:02} {name} {y}", f"{th} {name} {y}",
                      f"{th} of {name} {y}", f"{d} de {name} de {y}", f"{d:02} de {name} de {y}",
                      f"{d} de {name} {y}", f"{d:02} de {name} {y}", f"{d}-{name}-{y}"]
    return forms


def shows_day(text: str, day: date) -> bool:
    """The text holds the day in one of day_forms, not inside a longer number or word."""
    forms = "|".join(re.escape(f.casefold()) for f in sorted(set(day_forms(day)), key=len, reverse=True))
    return re.search(rf"(?<![\d.])(?<!\d/)(?<!\d-)(?:{forms})(?![\d]|[./-]\d)", text.casefold()) is not None


def shows_names(text: str, names: list[str]) -> bool:
    """The text holds each declared name, in one of its forms, as whole words."""
    folded = f" {fold(text)} "
    return all(any(all(f" {k} " in folded for k in option) for option in _options(n)) for n in names)
