"""Stoplists of about 100 languages (jusText's, plus the function characters of Chinese, Japanese and
Korean from generic.toml), and which languages each word stops: built once per process (and kept in
the on-disk cache, rules.cache, for the next process), read by the page-language guess (page.language)
and the stopword counts.

The tables below stay in code: they name jusText's own stoplists (which to leave out, and the ISO
code of each), so they change with the jusText package, not with the pages a user cleans."""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from . import cache

# jusText's stoplist names to ISO 639-1 codes, for the languages a corpus is likely to hold.
ISO = {
    "Afrikaans": "af", "Arabic": "ar", "Bulgarian": "bg", "Catalan": "ca", "Croatian": "hr", "Czech": "cs",
    "Danish": "da", "Dutch": "nl", "English": "en", "Estonian": "et", "Finnish": "fi", "French": "fr",
    "Galician": "gl", "German": "de", "Greek": "el", "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu",
    "Indonesian": "id", "Italian": "it", "Latvian": "lv", "Lithuanian": "lt", "Malay": "ms",
    "Norwegian_Bokmal": "no", "Persian": "fa", "Polish": "pl", "Portuguese": "pt", "Romanian": "ro",
    "Russian": "ru", "Serbian": "sr", "Slovak": "sk", "Slovenian": "sl", "Spanish": "es", "Swedish": "sv",
    "Turkish": "tr", "Ukrainian": "uk", "Vietnamese": "vi", "Basque": "eu", "Welsh": "cy", "Irish": "ga",
}
# Stoplists of dialects, constructed or mixed languages: they overlap a major language and would
# steal its pages.
SKIP = {"Simple_English", "Serbo_Croatian", "Low_Saxon", "Ido", "Volapuk", "Esperanto", "Aromanian",
        "Belarusian_Taraskievica", "Norwegian_Nynorsk", "Waray_Waray", "Lombard", "Neapolitan", "Piedmontese",
        "Sicilian", "Samogitian", "Walloon", "Aragonese", "Asturian", "Occitan", "Bishnupriya_Manipuri", "Newar",
        "Haitian", "Luxembourgish", "West_Frisian", "Western_Panjabi", "Quechua", "Chuvash", "Cebuano",
        "Bosnian", "Javanese", "Sundanese", "Tagalog", "Latin", "Breton", "Kurdish"}
# A big stoplist collects chance hits: votes are divided by this power of its size.
SIZE_WEIGHT = 0.35
CACHE_NAME = "stoplists"  # its entry in rules.cache


class StopwordSets(Mapping[str, frozenset[str]]):
    """Each language's stopwords, made from the groups' words when a page first asks for the
    language (a page needs one; building all hundred sets would cost more than the first pages)."""

    def __init__(self, languages: dict[str, list[int]], words: list[str], extra: dict[str, frozenset[str]]) -> None:
        self._languages = languages  # language -> the groups whose words it stops
        self._words = words  # group -> its words, a line each
        self._made: dict[str, frozenset[str]] = dict(extra)

    def __getitem__(self, language: str) -> frozenset[str]:
        made = self._made.get(language)
        if made is None:
            groups = self._languages[language]  # KeyError: no such stoplist
            made = self._made[language] = frozenset(chain.from_iterable(self._words[g].split("\n") for g in groups))
        return made

    def __contains__(self, language: object) -> bool:
        return language in self._made or language in self._languages

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self._languages), **dict.fromkeys(self._made)})

    def __len__(self) -> int:
        return len(self._languages.keys() | self._made.keys())


@dataclass(slots=True, frozen=True)
class Stoplists:
    """Every stoplist, and which languages each word stops. Built once per process for the same
    `characters` (it is never changed after), from the on-disk cache (rules.cache) when it holds them."""

    by_language: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Which languages each word stops, as the number of a group of languages: a page's words are
    # counted by group in one C-level pass, then each group's count goes to its languages.
    group_of: dict[str, int] = field(default_factory=dict)
    groups: list[tuple[str, ...]] = field(default_factory=list)
    weight: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, characters: dict[str, str] | None = None) -> Stoplists:
        """jusText's stoplists, and `characters`: the function characters of languages written without
        spaces (generic.toml's `[stoplists.characters]`), each character a stopword."""
        return _load(tuple(sorted((characters or {}).items())))


@functools.lru_cache(maxsize=4)
def _load(characters: tuple[tuple[str, str], ...]) -> Stoplists:
    key = cache.digest("stoplists", _justext_files(), ISO, sorted(SKIP), SIZE_WEIGHT)
    table = cache.load(CACHE_NAME, key)
    if not _well_formed(table):
        table = _index(_read_justext())
        cache.store(CACHE_NAME, key, table)
    groups = [tuple(g) for g in table["groups"]]
    words: list[str] = table["words"]
    group_of: dict[str, int] = {}
    for number, members in enumerate(words):
        group_of.update(dict.fromkeys(members.split("\n"), number))
    extra = {code: frozenset(chars) for code, chars in characters}
    return Stoplists(StopwordSets(table["languages"], words, extra), group_of, groups, table["weight"])


def _justext_files() -> list[tuple[str, int, int]]:
    """jusText's stoplist files (name, size, modification time): what the cache key holds of them,
    found without importing jusText."""
    spec = importlib.util.find_spec("justext")
    if spec is None or spec.origin is None:
        return []
    folder = os.path.join(os.path.dirname(spec.origin), "stoplists")
    with os.scandir(folder) as entries:
        return sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries if e.name.endswith(".txt"))


def _read_justext() -> dict[str, frozenset[str]]:
    """Every stoplist of jusText that counts, by language code, casefolded."""
    import justext

    english = frozenset(w.casefold() for w in justext.get_stoplist("English"))
    by_language: dict[str, frozenset[str]] = {}
    for name in justext.get_stoplists():
        if name in SKIP:
            continue
        words = frozenset(w.casefold() for w in justext.get_stoplist(name))
        # The lists of smaller languages come from Wikipedia and hold English words (and, the,
        # is) that would steal English pages.
        by_language[ISO.get(name, name.lower())] = words if name in ISO else words - english
    return by_language


def _index(by_language: dict[str, frozenset[str]]) -> dict[str, Any]:
    """The stoplists as the cache holds them: groups of languages, each group's words (the words
    that stop exactly those languages, a line each: one JSON string reads faster than thousands),
    each language's groups and its weight."""
    index: dict[str, list[str]] = {}
    for code, words in by_language.items():
        for w in words:
            index.setdefault(w, []).append(code)
    number: dict[tuple[str, ...], int] = {}
    members: list[list[str]] = []
    for w, langs in index.items():
        group = number.setdefault(tuple(langs), len(number))
        if group == len(members):
            members.append([])
        members[group].append(w)
    languages: dict[str, list[int]] = {code: [] for code in by_language}
    for codes, group in number.items():
        for code in codes:
            languages[code].append(group)
    weight = {code: len(words) ** -SIZE_WEIGHT for code, words in by_language.items()}
    return {"groups": [list(g) for g in number], "words": ["\n".join(m) for m in members],
            "languages": languages, "weight": weight}


def _well_formed(table: Any) -> bool:
    """A cache entry of the shape _index writes (the key says it is current; this, that it is whole)."""
    return (isinstance(table, dict) and isinstance(table.get("groups"), list) and isinstance(table.get("words"), list)
            and len(table["groups"]) == len(table["words"]) and isinstance(table.get("languages"), dict)
            and isinstance(table.get("weight"), dict))
