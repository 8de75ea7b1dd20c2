"""Stoplists of about 100 languages (jusText's, plus the function characters of Chinese, Japanese and
Korean from generic.toml), and which languages each word stops: built once per Cleaner, read by the
page-language guess (page.language) and the stopword counts.

The tables below stay in code: they name jusText's own stoplists (which to leave out, and the ISO
code of each), so they change with the jusText package, not with the pages a user cleans."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(slots=True, frozen=True)
class Stoplists:
    """Every stoplist, and which languages each word stops. Built once per Cleaner."""

    by_language: dict[str, frozenset[str]] = field(default_factory=dict)
    # Which languages each word stops, as the number of a group of languages: a page's words are
    # counted by group in one C-level pass, then each group's count goes to its languages.
    group_of: dict[str, int] = field(default_factory=dict)
    groups: list[tuple[str, ...]] = field(default_factory=list)
    weight: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, characters: dict[str, str] | None = None) -> Stoplists:
        """jusText's stoplists, and `characters`: the function characters of languages written without
        spaces (generic.toml's `[stoplists.characters]`), each character a stopword."""
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
        index: dict[str, list[str]] = {}
        for code, words in by_language.items():
            for w in words:
                index.setdefault(w, []).append(code)
        weight = {code: len(words) ** -SIZE_WEIGHT for code, words in by_language.items()}
        by_language.update({code: frozenset(chars) for code, chars in (characters or {}).items()})
        number: dict[tuple[str, ...], int] = {}
        group_of = {w: number.setdefault(tuple(c), len(number)) for w, c in index.items()}
        return cls(by_language, group_of, list(number), weight)
