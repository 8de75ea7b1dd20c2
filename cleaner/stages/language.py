"""The page's language, guessed cheaply from stopword hits, and its stoplist.

jusText ships stoplists for about 100 languages. One inverted index (word -> languages), built
once per Cleaner, lets a page vote with its distinct words: a few hundred dictionary look-ups.
Chinese, Japanese and Korean are told by their scripts; their "stopwords" are function characters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

SAMPLE_TOKENS = 1000  # tokens of the page's longer lines that vote
MIN_LINE_TOKENS = 5  # menu lines are not prose and do not vote
MIN_HITS = 8  # fewer stopword hits than this: no verdict
MIN_SHARE = 0.12  # of the sample's tokens that the chosen language's stopwords must make
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
HANGUL = regex.compile(r"\p{Hangul}")
CJK_SHARE = 0.3  # of a sample's non-space characters

# Function characters: frequent in running text, rare in menus and headlines.
CJK_STOPS = {
    "zh": frozenset("的了是在和有我他这为也就不人都一上们到说要去你会着没看好自己那个她它而且与及或被把对从但"),
    "ja": frozenset("のにはをたがでてとしれさあるいもなかこそうよりから"),
    "ko": frozenset("이가은는을를의에서와과도로으고하다"),
}

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
    def load(cls) -> Stoplists:
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
        by_language.update(CJK_STOPS)
        number: dict[tuple[str, ...], int] = {}
        group_of = {w: number.setdefault(tuple(c), len(number)) for w, c in index.items()}
        return cls(by_language, group_of, list(number), weight)

    def guess(self, lines: list[list[str]]) -> str | None:
        """The language whose stopwords the page's longer lines hit most, or None."""
        sample: list[str] = []
        for tokens in lines:
            if len(tokens) >= MIN_LINE_TOKENS:
                sample += tokens
                if len(sample) >= SAMPLE_TOKENS:
                    break
        # Distinct words only, looked up in one C-level pass: a look-up in the big index is a
        # cache miss, and the misses of a pass overlap.
        counts = Counter(sample)
        by_group: dict[int, int] = {}
        for group, count in zip(map(self.group_of.get, counts), counts.values()):
            if group is not None:
                by_group[group] = by_group.get(group, 0) + count
        votes: dict[str, float] = {}
        hits = 0
        groups = self.groups
        for group, count in by_group.items():
            hits += count
            for lang in groups[group]:
                votes[lang] = votes.get(lang, 0.0) + count
        if hits < MIN_HITS:
            return None
        weight = self.weight
        best = max(votes, key=lambda lang: votes[lang] * weight[lang])
        # Prose is a third stopwords or more; a guess from a few chance hits in names and
        # numbers would make every line look like a menu.
        return best if votes[best] >= MIN_SHARE * len(sample) else None


def cjk_language(lowered: list[str]) -> str | None:
    """zh, ja or ko when the page's text is mostly in those scripts."""
    sample = "".join(lowered[:300])[:3000].replace(" ", "")
    if not sample or sample.isascii():
        return None
    # These scripts lie at U+1100 and above, three bytes or more in UTF-8: a sample with too few
    # such bytes is no CJK text, told without the regex engine's pass over it.
    wide = (len(sample.encode("utf-8", "surrogatepass")) - len(sample)) / 2
    if wide < CJK_SHARE * len(sample):
        return None
    han = len(CJK.findall(sample))
    if han < CJK_SHARE * len(sample):
        return None
    if len(HANGUL.findall(sample)) > han / 3:
        return "ko"
    return "ja" if len(KANA.findall(sample)) > han / 5 else "zh"


def detect(lines: list[list[str]], lowered: list[str], known: str | None,
           ctx) -> tuple[str | None, frozenset[str], bool]:
    """(language, its stopwords, is it written without spaces) for a page's casefolded lines and
    their tokens.

    A language the page declared (HTML metadata) is trusted when a stoplist exists for it."""
    stoplists: Stoplists = ctx.generic.stoplists
    cjk = cjk_language(lowered)
    language = cjk or (known.split("-")[0].lower() if known else None)
    if language not in stoplists.by_language:
        language = stoplists.guess(lines)
    stops = stoplists.by_language.get(language, frozenset()) if language else frozenset()
    return language, stops, language in CJK_STOPS


def apply(doc, ctx) -> None:
    """Name the page's language (the HTML path may already know it from the page's metadata)."""
    from .features import extracted, features

    if extracted(doc):
        return  # the page's metadata says, when it says
    language = features(doc, ctx).language
    if doc.language is None:
        doc.language = language
