"""stages.captions: photo credits and the alt text beside them; prose that mentions a credit is kept."""

from __future__ import annotations

import pytest

from cleaner.stages import captions
from helpers import doc_of, dropped
from text_pages import PROSE


def test_caption_credit_and_its_alt_text(ctx):
    doc = doc_of("U.S. Secretary of State Antony Blinken",
                 "U.S. Secretary of State Antony Blinken | Image by secblinken/Instagram", PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {
        "U.S. Secretary of State Antony Blinken": "captions.alt-text",
        "U.S. Secretary of State Antony Blinken | Image by secblinken/Instagram": "captions.credit",
    }


@pytest.mark.parametrize("line", [
    "Blinken boards his aircraft prior to departure at Andrews Air Force Base. (AP Photo/Michael Sohn, File)",
    "Der Kanzler am Montag in Berlin. Foto: dpa",
    "The skyline at dusk (Photo: Jane Doe)",
    "Firefighters at the warehouse in the old town on Sunday Credit: Jane Doe/Harbour Gazette",
])
def test_caption_credit_in_several_forms(ctx, line):
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "captions.credit"}


def test_caption_keeps_prose_mentioning_ap(ctx):
    line = "Violence has occurred twice in recent months, according to the Associated Press (AP)."
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {}


def test_caption_keeps_prose_mentioning_credit(ctx):
    line = "Small firms find it hard to get credit: the banks lend to them only against a house."
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {}
