"""Text helpers every room shares, one home each: invisible characters, words, comparison keys,
sentence ends, and the separators that set a site's name apart from a headline (`Headline | Site`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

# --- invisible characters ------------------------------------------------------------------

# Characters that show nothing where they stand: the soft hyphen (where a word may break:
# `Mittelalter` with one between each syllable), the zero-width space, the word joiner and a BOM
# inside the text. Removing them is normalisation, like collapsing white space: the reader sees the
# word without them, and a search for the word finds it.
INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
# The zero-width non-joiner and joiner show nothing either, except where they shape what stands
# beside them: the letters of joining scripts (Persian spells words with the non-joiner, Devanagari
# picks conjuncts' forms with them) and emoji sequences (a family, a skin tone). There they stay;
# between Latin letters they go.
JOINERS = "\u200c\u200d"
SHAPED_BY_JOINERS = (r"\p{Arabic}\p{Syriac}\p{Nko}\p{Mongolian}\p{Devanagari}\p{Bengali}\p{Gurmukhi}"
                     r"\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}"
                     r"\p{Myanmar}\p{Khmer}\p{Tibetan}\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u20e3")
INVISIBLE = regex.compile(rf"[{INVISIBLE_CHARS}]|(?<![{SHAPED_BY_JOINERS}])[{JOINERS}](?![{SHAPED_BY_JOINERS}])")
_ALL_INVISIBLE = tuple(INVISIBLE_CHARS + JOINERS)


def strip_invisible(text: str) -> str:
    """The text without the characters that show nothing (INVISIBLE_CHARS, and the joiners where
    they join nothing)."""
    # Looking for each character is much faster than the pattern, and most texts hold none.
    return INVISIBLE.sub("", text) if any(c in text for c in _ALL_INVISIBLE) else text


# --- words ---------------------------------------------------------------------------------

WORD = regex.compile(r"\w+(?:[’'.-]\w+)*")
LETTER_WORD = regex.compile(r"\p{L}{2,}")  # a word of letters, for "how many words beside a date"
RUN_TOGETHER = regex.compile(r"\p{Ll}\p{Lu}")  # `NewsPolitics`: two menu items a scraper glued


def words(text: str) -> int:
    return len(WORD.findall(text))


# --- comparison keys -----------------------------------------------------------------------

_NOT_ALNUM = re.compile(r"[\W_]+")  # the stdlib engine: faster for this, and no rule runs here


def key(text: str) -> str:
    """A comparison key: case and everything but letters and digits ignored (`The Guardian` =
    `theguardian`)."""
    return _NOT_ALNUM.sub("", text.casefold())


# --- sentence ends -------------------------------------------------------------------------

# A line *ends a sentence* when its last character, past closing quotes and brackets, is one of these.
SENTENCE_END = frozenset(".!?…。！？")
CLOSERS = "\"'“”‘’«»)]* \u00a0\u202f"  # quotes of every language, and French spacing (`fini. »`)
# A line *ends a clause* (looser: a colon or a semicolon too, or a closing quote or bracket after
# anything): what a lead, a list's opener or a quoted line may end with.
CLAUSE_END = regex.compile(r"[.!?…:;。！？»\"”’)\]]\s*$")


def ends_sentence(text: str) -> bool:
    return ends_sentences([text])[0]


# A blog's sentence often ends with a smiley instead of a full stop (`... einen schönen Sonntag <3`,
# `... gefunden habt 😉 )`): an emoji or an emoticon after a word ends it as well. (The regex runs
# only on a line whose last character can close one: an emoji, or `3 D ) p P ^`.)
SMILEY = r"(?:\p{Extended_Pictographic}|[:;]-?[()DPp]|<3|\^\^)"
SMILEY_END = regex.compile(rf"\w\W{{0,3}}?\s*{SMILEY}[\s\p{{Extended_Pictographic}}\ufe0f)\]]*$")
SMILEY_LAST = frozenset("3D)pP^")


def ends_sentences(texts: list[str]) -> list[bool]:
    """`ends_sentence` of each text (in one comprehension: a call a line costs more than the test)."""
    return [t.rstrip(CLOSERS)[-1:] in SENTENCE_END
            or ((t[-1:] > "~" or t[-1:] in SMILEY_LAST) and SMILEY_END.search(t) is not None)
            for t in texts]


def ends_clause(text: str) -> bool:
    return CLAUSE_END.search(text) is not None


# A sentence's end inside a line: an end mark, past closing quotes and brackets, before a space
# or the line's end (`... today. Then`, `... „Ok.“ Then`); CJK marks need no space after them.
INNER_SENTENCE_END = regex.compile(r"[.!?…][\"'“”‘’«»)\]]*(?:\s|$)|[。！？]")


def sentence_ends(text: str) -> int:
    """How many sentences end in the text (a paragraph of prose: one every few dozen words)."""
    return len(INNER_SENTENCE_END.findall(text))


# --- site names ----------------------------------------------------------------------------

# What stands between a headline and its site's name, with white space on both sides:
# `Title | Site`, `Site » Title`, `Title - Site`. `Wal-Mart`, `U.S.-China` and `Brexit: what next`
# have no space on one side: never split there. A lower-case `l` alone before a capital stands for
# `|` on some sites (`Cold wave alert l KBS WORLD`): no language of the bench writes `l` as a word.
SEPARATORS = "|-–—•·:»«"
SEPARATOR = regex.compile(rf"\s+([{regex.escape(SEPARATORS)}]|l(?=\s+\p{{Lu}}))\s+")
# A separator that puts the site first (`Site | Title`, `Site » Title`, `Site: Title`).
PREFIX_SEPARATORS = frozenset(("|", "»", ":", "•", "·", "l"))
MAX_SITE_WORDS = 6
MIN_HEADLINE_WORDS = 3


def has_separator(text: str) -> bool:
    """Does the text hold a site-name separator (`Headline | Site`)?"""
    return SEPARATOR.search(text) is not None


def _name_keys(site_names: Iterable[str | None]) -> set[str]:
    keys = set()
    for name in site_names:
        if name:
            keys.add(key(name))
            keys.add(key(name.removeprefix("www.").rsplit(".", 1)[0]))  # `example.com` -> `example`
    keys.discard("")
    return keys


def strip_site_name(title: str, site_names: Iterable[str | None] = ()) -> str:
    """`Headline | The Site` -> `Headline`. A known site name is stripped from either end;
    otherwise a short last part goes when the rest is clearly the longer headline, or a short
    first part before `|`, `»`, `:`, `•` or `·`."""
    title = " ".join(title.split())
    pieces = SEPARATOR.split(title)  # part, separator, part, separator, ..., part
    parts, seps = pieces[0::2], pieces[1::2]
    if len(parts) < 2:
        return title
    names = _name_keys(site_names)
    known = False
    while len(parts) > 1 and key(parts[-1]) in names:
        parts, seps, known = parts[:-1], seps[:-1], True
    while len(parts) > 1 and key(parts[0]) in names:
        parts, seps, known = parts[1:], seps[1:], True
    if len(parts) > 1 and not known:
        parts, seps = _strip_unknown(parts, seps)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        out += f" {sep} {part}"
    return out


def _words(parts: list[str]) -> int:
    return sum(len(p.split()) for p in parts)


def _strip_unknown(parts: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    last, rest = len(parts[-1].split()), _words(parts[:-1])
    # `Headline - Site`: the last part is short and the rest is the longer headline.
    if last <= MAX_SITE_WORDS and rest >= max(2 * last, MIN_HEADLINE_WORDS):
        return parts[:-1], seps[:-1]
    first, rest = len(parts[0].split()), _words(parts[1:])
    # `Site | Headline`: the first part is short, and the separator is one that puts a site first.
    if first <= MAX_SITE_WORDS and rest >= max(2 * first, MIN_HEADLINE_WORDS) and seps[0] in PREFIX_SEPARATORS:
        return parts[1:], seps[1:]
    return parts, seps
