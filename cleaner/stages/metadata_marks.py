"""What the words beside a date say of it (stages.metadata), with the `[metadata]` lexicon of
generic.toml: `published` words mark the article's publication (`Published`, `Veröffentlicht am`,
`Publié le`), `other_dates` words and day spans mark another thing's date (an event's `12-14 March
2024`, a deadline's, a comment's). A last change (`updated`) is read in stages.metadata_lines."""

from __future__ import annotations

from ..rules.generic import MetadataReading
from ..rules.guards import may_match
from ..rules.required import fold


def is_other_date(text: str, reading: MetadataReading) -> bool:
    """The line's date is not the article's: an event's (a day span), a deadline's, a release's."""
    folded = fold(text)
    return any(may_match(p, folded) and p.search(text) for p in reading.other_dates)


def is_published(text: str, reading: MetadataReading) -> bool:
    """The line says the article came out then (`Published May 3, 2021`, `Publicado el 3 de mayo`)."""
    folded = fold(text)
    return any(may_match(p, folded) and p.search(text) for p in reading.published)


def after_published(text: str, reading: MetadataReading) -> str | None:
    """The line from its publication word on (`Updated May 4 · Published May 3, 2021` ->
    `Published May 3, 2021`), or None when it has none."""
    folded = fold(text)
    for p in reading.published:
        m = p.search(text) if may_match(p, folded) else None
        if m:
            return text[m.start():]
    return None


def before_update(text: str, reading: MetadataReading) -> str | None:
    """The line before a last change's word inside it (`3 May 2022 Actualizado el 8 de mayo 2022` ->
    `3 May 2022`), or None when it has none there (at its start it is a last change alone)."""
    folded = fold(text[1:])
    for p in reading.updated:
        m = p.search(text[1:]) if may_match(p, folded) else None
        if m and text[:m.start() + 1].strip(" ,|·/–—-"):
            return text[:m.start() + 1]
    return None
