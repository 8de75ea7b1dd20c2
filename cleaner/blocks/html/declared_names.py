"""Author names as an HTML page declares them (its JSON-LD `author`, its <meta> tags), read as names:
- character references decoded before the text is split into names (`O&#039;Donnell`,
  `Redacci&oacute;n`: the `;` of a reference is no separator between names) and markup left out
  (a CMS that writes its author's link into the JSON-LD: `<a href="/team/jo-roe">Jo Roe</a>`);
- a text that is a profile's URL alone (`https://www.facebook.com/harbourtimes`) names no one; the
  site or its firm, declared as the author by its domain (`www.harbour.example`) or a long legal
  name, is the author the page declares (authors.names, `declared`);
- an outlet left on a person's name (`Jo Roe | Harbour Media for harbour.example`, `Jo Roe, Harbour
  Times`): a part that names the site itself (its domain or a name it declares for itself) or holds a
  link word of an affiliation (`for`, `für`, `pour` ...) is no name of a person, when a person's
  name stands before it;
- the site's own name as a rule's author (a `dc.publisher` XPath) names no writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import unescape

from ...authors import names

MARKUP = re.compile(r"<[^>]*>")
URL_ALONE = re.compile(r"^https?://\S+$", re.I)
# The link words of an affiliation after a name (`Jo Roe, Staff for Harbour Times`): a person's name
# holds none (their capitalised forms, `Per`, `Para`, are first names).
AFFILIATION_WORDS = frozenset({"for", "für", "pour", "para", "per", "voor", "dla"})


def declared_names(text: str, own: Iterable[str] = ()) -> tuple[str, ...]:
    """The names in a declared author text; `own`: the site's own names (its domain, its declared
    name), keys as own_key gives them."""
    plain = " ".join(MARKUP.sub(" ", unescape(unescape(text))).split())  # (`&amp;#039;`: encoded twice)
    if URL_ALONE.match(plain):
        return ()
    found = names(plain, declared=True)
    keys = frozenset(own)
    persons = tuple(n for n in found if not _affiliation(n, keys))
    return persons if persons and found and persons[0] == found[0] else found


def _affiliation(name: str, own: frozenset[str]) -> bool:
    words = name.split()
    if any(w in AFFILIATION_WORDS for w in words):
        return True
    return any(own_key(w) in own for w in words if "." in w) or own_key(name) in own


def own_key(name: str) -> str:
    """A site's name as a key: its letters and digits, case folded, no leading `www`."""
    return re.sub(r"^www", "", re.sub(r"\W", "", name.casefold()))


def own_keys(url_host: str, site_names: Iterable[str]) -> frozenset[str]:
    """The keys of the site's own names: its host (`www.nj.example` -> `njexample`) and the names
    it declares (og:site_name, the JSON-LD publisher's)."""
    host = url_host.removeprefix("www.")
    keys = {own_key(host)} if host else set()
    return frozenset(k for k in keys | {own_key(n) for n in site_names} if k)


def site_only(found: Iterable[str], own: frozenset[str]) -> bool:
    """Every name is the site's own (`Harbour Times` on harbourtimes.example)."""
    items = list(found)
    return bool(items) and all(own_key(n) in own for n in items)
