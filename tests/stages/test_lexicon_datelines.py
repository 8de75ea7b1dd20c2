"""Time stamps that the lexicon's datelines drop, in the forms a page's head shows between its
standfirst and its article: a date and a time set apart by a bullet (`12 March 2019 • 6:21pm`), and
the day it was published with the day it was last changed (`Pubblicato il ... Ultima modifica ...`).
Lines written for the test."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of

PROSE = "Am Sonntag sind wir endlich wieder in den Stadtwald gegangen, weil das Wetter schön war."


@pytest.mark.parametrize("line", [
    "12 March 2019 • 6:21pm",
    "12. März 2019 • 18:21 Uhr",
    "12 mars 2019 • 18h21",
    "12 de marzo de 2019 • 18:21",
    "Pubblicato il 12 Marzo 2019 Ultima modifica 13 Marzo 2019 08:15",
])
def test_a_time_stamp_in_these_forms_is_a_dateline(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].dropped == "lexicon.dateline"
    assert doc.blocks[1].kept


@pytest.mark.parametrize("line", [
    "The market • open since 12 March 2019 • drew four thousand visitors on its first weekend.",
    "Il mercato ha aperto il 12 marzo 2019 e ha avuto quattromila visitatori nel primo fine settimana.",
])
def test_a_sentence_with_a_date_and_a_bullet_stays(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].kept
