"""Which of the dates near the article is its publication (stages.metadata): a line that says so
(`Published May 3, 2021`) first, then the date line nearest the headline (stages.metadata_near), then
the first date line of the lines read; a last change (`Updated May 4, 2021`) only when no line
gives the publication; another thing's date (an event's, a deadline's) never."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..document import Found
from ..rules.generic import MetadataReading
from .metadata_lines import is_update, line_date
from .metadata_marks import after_published, before_update, is_other_date


@dataclass(slots=True)
class DateChoice:
    reading: MetadataReading
    language: str | None
    order: bool | None  # the page's order of a slashed date (dates.slash_order)
    marked: Found | None = None  # the first line that says it gives the publication
    plain: Found | None = None  # the first date line that says nothing of its date
    updated: Found | None = None  # the first line of a last change
    near: tuple[Found, bool] | None = None  # the date nearest the headline, and whether a last change only
    elsewhere: Callable[[], Found | None] = lambda: None  # a line further off that says it is the publication

    def read(self, text: str, source: str) -> None:
        """Take the date of one date or byline line, by what its words say of it."""
        if is_other_date(text, self.reading):
            return
        published = after_published(text, self.reading)
        first = None if published else before_update(text, self.reading)
        moment = line_date(published or first or text, self.reading, self.language, self.order)
        changed = bool(first) and not moment  # no date before the last change's word: the line is that change's
        if changed:
            first, moment = None, line_date(text, self.reading, self.language, self.order)
        if not moment:
            return
        if published or first:
            self.marked = self.marked or Found(moment, source)
        elif changed or is_update(text, self.reading):
            self.updated = self.updated or Found(moment, source)
        else:
            self.plain = self.plain or Found(moment, source)

    def best(self) -> Found | None:
        """The publication date: a line that says so, the date line nearest the headline, the first
        date line read, a line further off that says so; a last change only when none of these."""
        near, last_change = self.near or (None, False)
        if self.marked:
            return self.marked
        if near and not last_change:
            return near
        return self.plain or self.elsewhere() or near or self.updated
