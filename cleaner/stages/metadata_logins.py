"""A login after a byline word, before a date line's stamp (stages.metadata_handles): a forum's post
header names its poster so (`Post by jo_roe » Tue Mar 05, 2024 7:12 pm`, phpBB's; `Beitrag von
hafenkatze » 05.03.2024`, `Message par mouette » 5 mars 2024`), a login that need not be a name in
capitals. The byline word says it is a person's; the page shows it is no common word when the word
stands nowhere but after a byline word (each post of the poster's own header: `by jo_roe`)."""

from __future__ import annotations

import regex

from ..authors import BYLINE_WORDS, LowerCaseWords
from ..rules.generic import MetadataReading

# The login, right before the stamp, a separator between them (and a weekday's short form the stamp
# left out: `» Di 5. Mär 2024`), or a word of a date (`on `, `am `).
LOGIN = regex.compile(r"(?P<before>.*?)(?<!\S)(?P<login>\p{L}[\p{L}\d_.-]{1,23}?)"
                      r"\s*(?:[»›|·•,–—-]\s*(?:\p{L}{1,4}\.?,?\s*)?|(?:on|am|le|el|il)\s*)?$")
NAME_PROBE = "Jane Doe"  # a name in capitals after the text before the login: the bylines say whether it opens one
# A byline word right before each place the login stands on the page.
AFTER_BYLINE_WORD = rf"(?<!\w)(?:{'|'.join(sorted(BYLINE_WORDS | {'da'}))})\s+"


def login_after_byline_word(head: str, reading: MetadataReading, common: LowerCaseWords) -> str:
    """The login of the text before a date line's stamp when it follows a byline word (`Post by
    jo_roe » `); "" when it does not, or the page writes the word elsewhere too."""
    m = LOGIN.fullmatch(head)
    if m is None or not m.group("before").strip():
        return ""
    login, before = m.group("login"), m.group("before").rstrip()
    if not any(p.fullmatch(f"{before} {NAME_PROBE}") for p in reading.bylines):
        return ""  # no byline word before it (`Sourdough » `)
    folded = login.casefold()
    if folded in BYLINE_WORDS or folded in reading.roles or folded in reading.labels:
        return ""
    return login if _only_after_byline_words(login, common.text) else ""


def _only_after_byline_words(login: str, text: str) -> bool:
    """Every place the login stands on the page (any case), a byline word stands right before it."""
    word = regex.escape(login)
    everywhere = len(regex.findall(rf"(?<![\w@./-]){word}(?![\w@-])", text, regex.I))
    signed = len(regex.findall(rf"{AFTER_BYLINE_WORD}{word}(?![\w@-])", text, regex.I))
    return everywhere > 0 and everywhere == signed
