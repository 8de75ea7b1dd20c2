"""Author names as the Article gives them: a tuple of names, each as the page writes it."""

from __future__ import annotations

import functools
from collections.abc import Container, Iterable, Sequence
from typing import Protocol

import regex

MAX_NAME_CHARS = 60
# Between names in one author text: `A; B`, `A, B and C`, `A und B`, `A & B`.
NAME_SEPARATORS = regex.compile(r"\s*(?:[;,|/]|\s(?:and|und|et|y|e|i|en|&)\s)\s*", regex.I)
# The words that open a byline, not a name (`By Jane Doe`, `Von Anna Müller`, `Par ...`, `Przez ...`).
BYLINE_WORDS = frozenset({"by", "von", "par", "por", "door", "di", "przez"})
BYLINE_WORD = regex.compile(rf"^(?:{'|'.join(sorted(BYLINE_WORDS))})\s+", regex.I)
NOT_A_NAME = regex.compile(r"https?:|www\.|@|\d{3}|[<>{}]")
# ... in an author the page's markup declares (its JSON-LD, a <meta> tag): the site or its firm may be
# the author it declares, by its domain (`www.harbour.example`) or a long legal name (`Verein für ...
# e.V.`), no text's line read as a byline; a URL, a handle, markup still name no one.
NOT_A_DECLARED_NAME = regex.compile(r"https?:|@|\d{3}|[<>{}]")
MAX_DECLARED_CHARS = 120  # (trafilatura's limit for an author)
# A name's last word that keeps its full stop: an initial or a suffix (`Perry Bacon Jr.`, `Ana C.`),
# an abbreviation's last letter (`J.R.R.`, a registered body's `e.V.`).
KEEPS_STOP = regex.compile(r"(?:^|[\s.])(?:\p{Lu}|Jr|Sr|Jun|Sen)\.$")

# The words of a person's name standing alone on a line (no `By` before it): `Jane Doe`,
# `Christoph von Eichhorn`, `Ana C. Lima`, `JANE DOE`, `Claus Boelen-Theile`, `Perry Bacon Jr.`
NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}’'-]*(?:\p{Lu}\p{Ll}[\p{Ll}’'-]*)?|\p{Lu}\.")
CAPS_WORD = regex.compile(r"\p{Lu}[\p{Lu}’'-]+")
PARTICLES = frozenset({"von", "van", "de", "da", "di", "del", "della", "dos", "ter", "ten", "zu", "bin", "al"})
SECOND_PARTICLES = frozenset({"der", "den", "la", "le"})  # only after another: `van der`, `de la`
SUFFIXES = frozenset({"Jr.", "Sr.", "II", "III"})
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4  # a first name and a surname; or with middle names and particles
COMMON_SHARE = 0.5  # of a name's words that the page may write in lower case elsewhere


class Matcher(Protocol):
    def match(self, text: str) -> regex.Match[str] | None: ...


def without_labels(text: str, labels: Sequence[Matcher], credits: Sequence[Matcher] = ()) -> str | None:
    """A name line without the role label before its names (`Written by: Jane Doe`, `Autorin: Jo Roe`,
    `Reporter Jane Doe` -> the names); None when a credit's label opens it (`Photos: Jo Roe`,
    `Übersetzt von: Jo Roe`: a photographer or a translator, no author). [metadata] author_labels and
    credit_labels give them."""
    text = " ".join(text.split())
    if any(p.match(text) for p in credits):
        return None
    for p in labels:
        m = p.match(text)
        if m and m.end() < len(text):
            return text[m.end():]
    return text


def names(text: str, declared: bool = False) -> tuple[str, ...]:
    """The names in an author text (`By Jane Doe and John Roe`, `A; B`), each once; a profile's URL,
    a handle or an over-long text gives none. `declared`: a text the page's markup declares as its
    author (NOT_A_DECLARED_NAME, MAX_DECLARED_CHARS)."""
    text = BYLINE_WORD.sub("", " ".join(text.split()))
    out = [_trim(n) for n in NAME_SEPARATORS.split(text)]
    longest, wrong = (MAX_DECLARED_CHARS, NOT_A_DECLARED_NAME) if declared else (MAX_NAME_CHARS, NOT_A_NAME)
    return tuple(dict.fromkeys(n for n in out if n and len(n) <= longest and not wrong.search(n)))


def _trim(name: str) -> str:
    name = name.strip(" -–—:")
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:  # `Sean Roe Sean Roe`: a name and its link
        name = " ".join(words[:half])
    return name if KEEPS_STOP.search(name) else name.rstrip(".").strip()


def person(name: str, roles: frozenset[str]) -> str:
    """The person in a byline's name, a brand run into it left out (`Jo Roe FOXBusiness` -> `Jo Roe`);
    "" for a part that names a job, a desk or an outlet (`Staff Attorney`, `CNN Business`)."""
    words = name.split()
    mixed = any(w[1:2].islower() for w in words)
    while words and mixed and _brand(words[-1]):
        words.pop()
    if any(w.casefold().strip(".,") in roles for w in words) or (mixed and any(_brand(w) for w in words)):
        return ""
    return " ".join(words)


def before_role(text: str, roles: Container[str], common: Container[str] = ()) -> str:
    """A name's words before the job that follows it (`Jo Roe Senior Contributor` -> `Jo Roe`), the
    desk before the job left out too when the page writes its words in lower case (`Jo Roe Education
    editor` -> `Jo Roe`); the text as it is when no job follows a name in its first part (`Jo Roe,
    AP Auto Writer`: the job is a part of its own)."""
    words = NAME_SEPARATORS.split(text, maxsplit=1)[0].split()
    at = next((i for i, w in enumerate(words) if w.casefold().strip(".,") in roles), None)
    if at is None or at < MIN_NAME_WORDS:
        return text
    words = words[:at]
    while len(words) > MIN_NAME_WORDS and words[-1].casefold() in common:
        words.pop()
    return " ".join(words)


def without_section(name: str, lines: Container[str]) -> str:
    """A byline's name without the words after it that the page has as a line of their own: a
    section's or the site's name run into the byline (`Jo Roe Culture`, `Jo Roe Harbour Times`, beside
    a menu entry `Culture` and the site's name); a name keeps its first MIN_NAME_WORDS words."""
    words = name.split()
    for tail in range(len(words) - MIN_NAME_WORDS, 0, -1):  # the longest tail first
        if " ".join(words[-tail:]) in lines:
            return " ".join(words[:-tail])
    return name


def _brand(word: str) -> bool:
    """An acronym or a brand in a mixed-case name: `CNN`, `FOXBusiness`, `NJ.com` (never an initial)."""
    letters = regex.sub(r"[\W\d_]", "", word)
    return len(letters) >= 2 and (letters.isupper() or bool(regex.match(r"\p{Lu}{2,}\p{Ll}", word))
                                  or "." in word.rstrip("."))


def bare_names(text: str, common: Container[str], whole: bool = False) -> tuple[str, ...]:
    """The names of a line of persons' names (`Jane Doe`, `Jane Doe and Jo Roe`, `JANE DOE`), what
    follows them that is no name left out (`Jane Doe, Harbour Institute`); () for a line that opens
    with no name: a label (`Most Read Stories`: words in `common`, the ones the page writes in
    lower case elsewhere: `stories`, maybe `white`, never `debbie`; a name opens with none of them,
    and at most half its words are; `Politics`: one word), a sentence. The first names that are
    common words (`Will`, `Mark`) are missed so."""
    parts = [p for p in NAME_SEPARATORS.split(" ".join(text.split()).strip(" .,;:|&-–—")) if p]
    if not parts or not _name_shaped(parts[0], common):
        return ()
    if whole and not all(_name_shaped(p, common) for p in parts):  # `Jo Roe, a nurse from Ohio`: a caption
        return ()
    return tuple(dict.fromkeys(p for p in parts if _name_shaped(p, common)))


def _name_shaped(part: str, common: Container[str]) -> bool:
    words = part.split()
    caps = all(CAPS_WORD.fullmatch(w) or w in SUFFIXES for w in words)
    named = usual = 0
    for i, w in enumerate(words):
        if 0 < i < len(words) - 1 and (w in PARTICLES or (w in SECOND_PARTICLES and words[i - 1] in PARTICLES)):
            continue
        if w in SUFFIXES and i == len(words) - 1 and i >= MIN_NAME_WORDS:
            continue
        if not (caps or NAME_WORD.fullmatch(w)) or w.casefold() in BYLINE_WORDS:
            return False
        if i == 0 and w.casefold() in common:  # `Die Schneemaske`, `Alle Artikel`, `Most Viewed Stories`
            return False
        named += 1
        usual += w.casefold() in common
    # most of its words common ones: a label (`Most Viewed Stories`); a surname may be one (`Debbie White`)
    return MIN_NAME_WORDS <= named <= MAX_NAME_WORDS and usual <= named * COMMON_SHARE and len(part) <= MAX_NAME_CHARS


class LowerCaseWords:
    """Whether a page writes a word in lower case (a common word, not a name: bare_names's `common`),
    looked up in its text when first asked; not in a URL's slug (`/author/jane-doe/`) or a mail address
    (`jane.doe@harbour.example`)."""

    def __init__(self, texts: Iterable[str], labels: Container[str] = ()) -> None:
        self.texts = texts
        self.labels = labels  # words taken as common whatever the page writes (`Ort`, `Quelle`)
        self.seen: dict[str, bool] = {}

    @functools.cached_property
    def text(self) -> str:
        return "\n".join(self.texts)

    @functools.cached_property
    def lines(self) -> frozenset[str]:
        """The page's lines, each whole (a menu's entries, the site's name)."""
        return frozenset(line.strip() for line in self.text.split("\n"))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self.seen:
            pattern = rf"(?<![\w./@-]){regex.escape(word)}(?![\w@-]|\.\w)"  # not in a slug or a mail address
            # the substring test first: most words are not on the page, and each pattern is a compile
            found = word in self.text and regex.search(pattern, self.text) is not None
            self.seen[word] = word in self.labels or found
        return self.seen[word]
