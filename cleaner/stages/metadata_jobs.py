"""A byline of two lines right above the article's first paragraph (stages.metadata_far): a person's
name alone over the person's job (`Sarah Roe` / `Environment correspondent`, `Jo Roe` / `Senior
reporter`, `Anna Müller` / `Korrespondentin`). A broadcaster's page sets it so under a video's shell
(`Watch: ...` / `Video duration 1:42`), too far under the headline for stages.metadata; the job line
under it ([metadata] roles) says the name is the writer's, not a label's or a teaser's."""

from __future__ import annotations

from collections.abc import Container

from ..authors import bare_names
from ..document import Document
from ..page import Page
from ..rules.generic import MetadataReading
from .metadata_head import widget_line
from .metadata_lines import SENTENCE_END, byline_authors

MAX_JOB_WORDS = 4  # a job line: `Senior political correspondent`
BETWEEN = 2  # widget lines between the job line and the article (a `Share` button)


def name_over_job(doc: Document, page: Page, reading: MetadataReading,
                  common: Container[str]) -> tuple[tuple[str, ...], int] | None:
    """The name of a name line over a job line right above the article's start (widgets passed over)."""
    start = page.region.first
    j = start - 1
    while j > 0 and start - j <= BETWEEN and widget_line(doc.blocks[j].text, doc.blocks[j].dropped, reading):
        j -= 1
    if j < 1 or not job_line(doc.blocks[j].text, reading.roles):
        return None
    found = bare_names(doc.blocks[j - 1].text, common, whole=True)
    return (byline_authors(found, reading), j - 1) if len(found) == 1 else None


def job_line(text: str, roles: Container[str]) -> bool:
    """A short line of a job, its last word one of [metadata] roles (`Environment correspondent`)."""
    words = text.split()
    if not 1 <= len(words) <= MAX_JOB_WORDS or SENTENCE_END.search(text) or any(c.isdigit() for c in text):
        return False
    return words[-1].casefold().strip(".,") in roles
