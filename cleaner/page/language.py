"""The page's language, guessed cheaply from stopword hits, and its stoplist.

jusText ships stoplists for about 100 languages. One inverted index (word -> languages), built
once per Cleaner, lets a page vote with its distinct words: a few hundred dictionary look-ups.
Chinese, Japanese and Korean are told by their scripts; their "stopwords" are function characters.
"""

from __future__ import annotations

from collections import Counter

import regex

from ..rules.stoplists import Stoplists

SAMPLE_TOKENS = 1000  # tokens of the page's longer lines that vote
MIN_LINE_TOKENS = 5  # menu lines are not prose and do not vote
MIN_HITS = 8  # fewer stopword hits than this: no verdict
MIN_SHARE = 0.12  # of the sample's tokens that the chosen language's stopwords must make
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
HANGUL = regex.compile(r"\p{Hangul}")
CJK_SHARE = 0.3  # of a sample's non-space characters
# Told by their scripts (cjk_language), written without spaces: counted by characters, not tokens.
CJK_LANGUAGES = ("zh", "ja", "ko")


def guess(stoplists: Stoplists, lines: list[list[str]]) -> str | None:
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
    for group, count in zip(map(stoplists.group_of.get, counts), counts.values(), strict=True):
        if group is not None:
            by_group[group] = by_group.get(group, 0) + count
    votes: dict[str, float] = {}
    hits = 0
    groups = stoplists.groups
    for group, count in by_group.items():
        hits += count
        for lang in groups[group]:
            votes[lang] = votes.get(lang, 0.0) + count
    if hits < MIN_HITS:
        return None
    weight = stoplists.weight
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
           stoplists: Stoplists) -> tuple[str | None, frozenset[str], bool]:
    """(language, its stopwords, is it written without spaces) for a page's casefolded lines and
    their tokens.

    A language the page declared (HTML metadata) is trusted when a stoplist exists for it."""
    cjk = cjk_language(lowered)
    language = cjk or (known.split("-")[0].lower() if known else None)
    if language not in stoplists.by_language:
        language = guess(stoplists, lines)
    stops = stoplists.by_language.get(language, frozenset()) if language else frozenset()
    return language, stops, language in CJK_LANGUAGES
