"""The headline's candidates and their evidence: which names are the site's, the parts of a
`<title>` at its separators, and how the page's declarations of its headline agree. Analysis
only: nothing here drops a block or sets the title (stages.title decides).

A declaration *supports* a text when it declares it: whole, without the site's name at its ends,
or (the `<title>`, which sites build as `Headline | Section | Site`) as a run of its parts. Each
kind of declaration votes once (og:title and twitter:title are one voice, the `<h1>` and an
element marked itemprop=headline another); the text with the most support is the headline.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from ..document import (
    DC_TITLE,
    H1_SOURCE,
    ITEMPROP,
    LD_HEADLINE,
    LD_NAME,
    OG_TITLE,
    SITE_RULE,
    TITLE_ELEMENT,
    TWITTER_TITLE,
    Declarations,
)
from ..rules.site import url_host
from ..text import SEPARATOR, key, words
from .language import CJK

# What one declaration of each kind weighs. Tuned on fold A of the dev split (HTML path), confirmed
# on fold B: JSON-LD `name` swept 0-1 (0: 0.987 A, 0.963 B; 0.5: 0.973, 0.960; 1: 0.977, 0.953; it
# most often copies og:title or <title>, so it is a candidate but no vote), the <h1> 0.75-1.25 and
# og:title 0.75-1 (1 best on both folds), <title> 0.9-1.1 (1), DC title 0-1 (no change; 0.5).
WEIGHTS = {H1_SOURCE: 1.0, LD_HEADLINE: 1.0, OG_TITLE: 1.0, TITLE_ELEMENT: 1.0, DC_TITLE: 0.5, LD_NAME: 0.0,
           SITE_RULE: 1.0}
# A word alone as a later part of the <title> (`Harbour Trust - detail`, `Hafenamt online - Mitteilungen - Headline`)
# names a section or the page's type: it votes at half weight, so that the headline an <h1> and the <title>
# (or og:title) declare outweighs it where a template sets several <h1>s (one a box's `detail`).
TITLE_WORD = "title.word"
WEIGHTS[TITLE_WORD] = 0.5
# Declarations that speak with one voice: the social cards, and the headline element and its markup.
FAMILY = {TWITTER_TITLE: OG_TITLE, ITEMPROP: H1_SOURCE}
# On a tie, the text of the declaration a reader sees first: the headline element, then the metadata.
PRIORITY = (SITE_RULE, H1_SOURCE, ITEMPROP, LD_HEADLINE, OG_TITLE, TWITTER_TITLE, DC_TITLE, LD_NAME, TITLE_ELEMENT)
SEEN = frozenset({H1_SOURCE, ITEMPROP, SITE_RULE})  # declared whole: never cut into parts
MAX_SITE_WORDS = 6  # a part this short may be the site's name
MAX_NAME_WORDS = 8  # a declared site name longer than this is a slogan or a headline
MIN_LABEL = 4  # characters of the domain's name that a part must hold to be named by it ...
MAX_LABEL_WORDS = 3  # ... in at most this many words (`Kanzlei Example`; `Example at the fair 2018` is a headline's)
# A web archive's address of a page: its own address after the snapshot's time stamp.
ARCHIVED = regex.compile(r"https?://(?:web\.)?archive\.org/web/[^/]+/(.+)", regex.IGNORECASE)
NOT_IN_TITLE = 99  # the position of a candidate that no run of the <title> gives


@dataclass(slots=True, frozen=True)
class SiteNames:
    """The names a page's site goes by: declared ones and the rule file's (as keys), and the
    domain's own name (`gipfelbuch` of `www.gipfelbuch.ch`)."""

    keys: frozenset[str] = frozenset()
    label: str = ""

    def named(self, text: str, at_end: bool = True) -> bool:
        """Is this part of a title the site's name? A declared name, the domain, or (at either end
        of the title, short) a part that holds the domain's name: `Kanzlei Example`, `Example.ch`."""
        k = _folded_key(text)
        if k in self.keys:
            return True
        return (at_end and len(self.label) >= MIN_LABEL and self.label in k
                and words(text) <= MAX_LABEL_WORDS)


    def adding(self, names: Iterable[str]) -> SiteNames:
        """These names too (compared as every name is: without case, accents or marks)."""
        return SiteNames(self.keys | {_folded_key(n) for n in names}, self.label)


def site_names(names: Iterable[str | None], url: str | None = None) -> SiteNames:
    keys = set()
    for name in names:
        if name and words(name) <= MAX_NAME_WORDS:
            keys.add(_folded_key(name))
            keys.add(_folded_key(name.removeprefix("www.").rsplit(".", 1)[0]))  # `example.com` -> `example`
    host = url_host(archived(url)).removeprefix("www.") if url else ""
    labels = host.split(".")[:-1]
    if host:
        keys.add(_folded_key(host))
    keys.discard("")
    return SiteNames(frozenset(keys), _folded_key(max(labels, key=len)) if labels else "")


def archived(url: str) -> str:
    """The page's own URL inside a web archive's (`https://web.archive.org/web/2013.../http://example.org/a`):
    the site is the archived page's, not the archive."""
    match = ARCHIVED.match(url)
    return match.group(1) if match else url


def _folded_key(text: str) -> str:
    """`key` without accents: a domain spells `República` as `republica`, and the letters that
    carry no accent to take off (`Bjørnvik`, `Cœur`, `Łódź`) as the Latin letters they are written
    with in an address (LETTERS)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return key(plain.translate(LETTERS))


# Letters that Unicode does not decompose into a Latin letter and an accent, as a domain spells them
# (`bjornvik` for `Bjørnvik`, `coeur` for `cœur`, `lodz` for `łódź`); casefolded first, so lower case only.
LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def split(text: str) -> tuple[list[str], list[str]]:
    """A title's parts and the separators between them (`A | B - C` -> [A, B, C], [|, -])."""
    pieces = SEPARATOR.split(" ".join(text.split()))
    return pieces[0::2], pieces[1::2]


def join(parts: list[str], seps: list[str]) -> str:
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        out += f" {sep} {part}"
    return out


def runs(text: str, site: SiteNames) -> list[tuple[int, str]]:
    """(first part, text) of every run of a title's consecutive parts that holds no part naming
    the site (`A | B | Site` -> A, A | B, B); the whole title too when it is only the site's name."""
    parts, seps = split(text)
    n = len(parts)
    named = [(i, j) for i in range(n) for j in range(i + 1, n + 1)
             if site.named(join(parts[i:j], seps[i:j - 1]), at_end=i == 0 or j == n)]
    if named == [(0, n)]:
        return [(0, text)]
    return [(i, join(parts[i:j], seps[i:j - 1])) for i in range(n) for j in range(i + 1, n + 1)
            if not any(i <= a and b <= j for a, b in named)]


def trim(text: str, site: SiteNames) -> str:
    """The title without the parts at its ends that name the site (`Headline | Site` -> `Headline`)."""
    parts, seps = split(text)
    changed = True
    while changed and len(parts) > 1:
        changed = False
        for n in range(len(parts) - 1, 0, -1):  # the longest name first: `A - Site - Group`
            if site.named(join(parts[-n:], seps[len(seps) - n + 1:])):
                parts, seps, changed = parts[:-n], seps[:-n], True
                break
            if site.named(join(parts[:n], seps[:n - 1])):
                parts, seps, changed = parts[n:], seps[n:], True
                break
    return join(parts, seps)


@dataclass(slots=True)
class Candidate:
    """A text the page declares as its headline, with who declares it."""

    key: str
    texts: Counter[str] = field(default_factory=Counter)  # as each declaration writes it
    families: set[str] = field(default_factory=set)
    priority: int = len(PRIORITY)
    position: int = NOT_IN_TITLE  # the part of the <title> it starts at
    site: bool = False  # it is the site's name

    @property
    def support(self) -> float:
        return sum(WEIGHTS.get(f, 0.0) for f in self.families)

    @property
    def text(self) -> str:
        """The text as most declarations write it (the first such declaration's, on a tie)."""
        return self.texts.most_common(1)[0][0]

    def rank(self) -> tuple[float, bool, int, int, int]:
        return (self.support, not self.site, -self.priority, -self.position, len(self.key))


def _one_word(text: str) -> bool:
    """One word of an alphabet that spaces its words (a CJK headline is one `word` without spaces)."""
    return words(text) == 1 and CJK.search(text) is None


def declared(declarations: Declarations, site: SiteNames) -> list[Candidate]:
    """The candidates the declarations give, best first (most support; then not the site's name,
    the declaration a reader sees first, earliest in the <title>, longest)."""
    found: dict[str, Candidate] = {}
    for source, text in declarations.titles:
        if source in SEEN:
            forms = [(NOT_IN_TITLE, text)]
        elif source == TITLE_ELEMENT:
            forms = runs(text, site)
        else:
            forms = [(NOT_IN_TITLE, trim(text, site))]
        for position, form in forms:
            k = key(form)
            if not k:
                continue
            candidate = found.setdefault(k, Candidate(k, site=site.named(form, at_end=False)))
            candidate.texts[form] += 1
            section = source == TITLE_ELEMENT and position > 0 and _one_word(form)
            candidate.families.add(TITLE_WORD if section else FAMILY.get(source, source))
            candidate.priority = min(candidate.priority, PRIORITY.index(source))
            candidate.position = min(candidate.position, position)
    return sorted(found.values(), key=Candidate.rank, reverse=True)
