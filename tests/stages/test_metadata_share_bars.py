"""stages.metadata: the lines read past the headline (its _window_end) do not count share buttons,
a button a line, as lines: a page may repeat its share bar two or three times before the byline and
the date line (`Teilen` / `Twittern` / `Pinnen` / `Mail` / ... / `am Sonntag, 11.12.2022 - 05:00`).
Lines written for the test."""

from __future__ import annotations

import pytest

from cleaner.stages import metadata
from helpers import doc_of

BARS = {"en": ("Share", "Tweet", "Pin", "Email"), "de": ("Teilen", "Twittern", "Pinnen", "Mail"),
        "fr": ("Partager", "Tweeter", "Épingler", "E-mail"), "es": ("Compartir", "Tweet", "Pin", "Email"),
        "nl": ("Delen", "Tweet", "Pin", "Mail")}
STAMPS = {"en": "Sunday, 11.12.2022 - 05:00", "de": "am Sonntag, 11.12.2022 - 05:00",
          "fr": "le dimanche 11.12.2022 - 05:00", "es": "domingo, 11.12.2022 - 05:00", "nl": "zondag 11.12.2022 - 05:00"}


@pytest.mark.parametrize("language", sorted(BARS))
def test_the_lines_read_reach_past_three_share_bars(ctx, language):
    lines = [*BARS[language] * 3, "Jo Roe,", STAMPS[language]]
    doc = doc_of(*lines)
    end = metadata._window_end(doc, 0, ctx(doc).generic.metadata)
    assert end >= len(lines)


def test_the_lines_read_stop_after_twelve_lines_of_text(ctx):
    doc = doc_of(*(f"Line {n} of a list" for n in range(20)))
    assert metadata._window_end(doc, 0, ctx(doc).generic.metadata) == metadata.MAX_INTO
