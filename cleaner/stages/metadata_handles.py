"""A user name beside the stamp of a date line under the headline (stages.metadata): blogs and
forums sign with one word, a login or a nickname, run into the date line (`jdoe 3. Mai 2021`,
`May 3, 2021 admin News 0`, `5 Min. 3. Mai 2021 Nick 1 Kommentar`). A word there is as often a
section's name, a date's word or the start of a sentence (`Kultur 3. Mai 2021`, `3. Mai 2021 Update`),
so the page must show that the word is a login: written in lower case, it is nowhere else on the page
(a common word is); capitalised, the page signs with it after a byline word elsewhere (`von Nick`).
A word after a separator (`Kultur | 3. Mai 2021`, `Berlin, 3. Mai 2021`) is none: a name run into
the stamp touches it. A login after a byline word (a forum post's header: `Post by jo_roe » ...`) is
stages.metadata_logins'."""

from __future__ import annotations

import regex

from ..authors import BYLINE_WORDS, LowerCaseWords
from ..dates import YEAR
from ..rules.generic import MetadataReading
from .metadata_lines import LINK_WORDS, byline_names, is_update, longest_stamp
from .metadata_logins import login_after_byline_word

# One word of a user name: a letter, then letters, digits and the marks logins use (`jdoe`, `Nick_82`).
HANDLE = regex.compile(r"\p{L}[\p{L}\d_]{1,23}")
OPENING = regex.compile(rf"^({HANDLE.pattern})\s+$")  # the line's one word before its stamp
# The word right after the stamp, no time or date after it: a word before one is the stamp's own
# (`às 20:13`, `klo 14.00`, `päivitetty 19.2.2020`), a count may follow a login (`Nick 1 Kommentar`).
AFTER = regex.compile(rf"^\s+({HANDLE.pattern})(?:\s+(?!\d+[.:/]\d)|$)")
# A stamp of a day: its year and more (a day, a month); a year alone (`the 2009 film`) is prose's.
DAY_PARTS = regex.compile(r"\d+|\p{L}{3,}")
MIN_DAY_PARTS = 3
# Short words in capitals beside a stamp are a time zone or an agency's sign (`ET`, `CET`, `AFP`), no login.
MAX_CAPS_SIGN = 4


def handle_beside_stamp(text: str, reading: MetadataReading, common: LowerCaseWords) -> tuple[str, ...]:
    """The user name run into a date line's stamp: the line's one word before the stamp, or the word
    right after it; () when there is none (see the module's docstring)."""
    stamp = longest_stamp(text, reading).strip()
    at = text.find(stamp) if stamp else -1
    if at < 0 or not YEAR.search(stamp) or len(DAY_PARTS.findall(stamp)) < MIN_DAY_PARTS or is_update(text, reading):
        return ()
    signed = login_after_byline_word(text[:at], reading, common)  # `Post by jo_roe » Tue Mar 05, 2024`
    if signed:
        return (signed,)
    m = OPENING.match(text[:at]) or AFTER.match(text[at + len(stamp):])
    word = m.group(1) if m else ""
    return (word,) if word and _login(word, text, reading, common) else ()


def _login(word: str, line: str, reading: MetadataReading, common: LowerCaseWords) -> bool:
    folded = word.casefold()
    if (word.isupper() and len(word) <= MAX_CAPS_SIGN) or LINK_WORDS.match(f"{word} "):
        return False
    if folded in BYLINE_WORDS or folded in reading.roles or folded in reading.labels:
        return False
    if any(p.fullmatch(word) for p in reading.agencies) or word in common.lines or word.capitalize() in common.lines:
        return False  # an agency's sign, a section's name (a menu's entry)
    if word[0].islower():
        return _only_here(word, common.text)
    return any(byline_names(b, reading) == (word,) for b in common.lines if word in b and b != line)


def _only_here(word: str, text: str) -> bool:
    """The word, in any case, stands once on the page: a login, no common word."""
    return len(regex.findall(rf"(?<![\w@./-]){regex.escape(word)}(?![\w@-])", text, regex.I)) == 1
