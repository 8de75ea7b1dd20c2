"""A date's label alone on its line (stages.title): `Published` over `14 November 2024`, as a
broadcaster's page text sets its date under the headline. Reading only."""

from __future__ import annotations

from ..rules.generic import MetadataReading

LABEL_END = " \t:：-–|"  # what may follow the label's words on its line (`Published:`)


def date_label(text: str, reading: MetadataReading) -> bool:
    """The whole line is the label of a publication or a change (`Published`, `Veröffentlicht am`,
    `Publié le`, `Updated:`), its date on the next line: under a headline, it signs it as a date does."""
    bare = text.strip().rstrip(LABEL_END)
    if not bare:
        return False
    for pattern in (*reading.published, *reading.updated):
        match = pattern.search(bare)
        if match is not None and match.start() == 0 and match.end() == len(bare):
            return True
    return False
