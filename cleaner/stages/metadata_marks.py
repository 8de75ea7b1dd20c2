"""What the words beside a date say of it (stages.metadata), with the `[metadata]` lexicon of
generic.toml: `published` words mark the article's publication (`Published`, `Veröffentlicht am`,
`Publié le`), `other_dates` words and day spans mark another thing's date (an event's `12-14 March
2024`, a deadline's, a comment's). A last change (`updated`) is read in stages.metadata_lines."""

from __future__ import annotations

import regex

from ..rules.generic import MetadataReading
from ..rules.guards import may_match
from ..rules.patterns import Pattern
from ..rules.required import fold


def _first_search(patterns: list[Pattern], text: str) -> regex.Match[str] | None:
    """The first pattern's match found in the text, each tried only when the text holds its words."""
    folded = fold(text)
    return next((m for p in patterns if may_match(p, folded) and (m := p.search(text))), None)


def is_other_date(text: str, reading: MetadataReading) -> bool:
    """The line's date is not the article's: an event's (a day span), a deadline's, a release's."""
    return _first_search(reading.other_dates, text) is not None


def after_published(text: str, reading: MetadataReading) -> str | None:
    """The line from its publication word on (`Updated May 4 · Published May 3, 2021` ->
    `Published May 3, 2021`), or None when it has none: the line does not say the article came out then."""
    m = _first_search(reading.published, text)
    return text[m.start():] if m else None


def before_update(text: str, reading: MetadataReading) -> str | None:
    """The line before a last change's word inside it (`3 May 2022 Actualizado el 8 de mayo 2022` ->
    `3 May 2022`), or None when it has none there (at its start it is a last change alone)."""
    folded = fold(text[1:])
    for p in reading.updated:
        m = p.search(text[1:]) if may_match(p, folded) else None
        if m and text[:m.start() + 1].strip(" ,|·/–—-"):
            return text[:m.start() + 1]
    return None
