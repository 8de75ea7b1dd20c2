"""stages.repeats: text seen twice is kept once; repeated furniture goes."""

from __future__ import annotations

from cleaner.stages import repeats
from helpers import doc_of, dropped
from text_pages import PROSE


def test_repeats_keep_text_once_and_drop_furniture(ctx):
    caption = "US Secretary of State Antony Blinken boards his aircraft prior to departure"
    lede = "Secretary of State Antony Blinken is turning his attention to Ukraine."
    doc = doc_of(lede, caption, PROSE, caption, lede, caption)
    repeats.apply(doc, ctx(doc))
    assert [b.dropped for b in doc.blocks] == [None, "repeats.furniture", None, "repeats.furniture",
                                                "repeats.duplicate", "repeats.furniture"]


def test_repeats_keep_a_one_line_quote_seen_once(ctx):
    quote = "“We will remain with you for the long haul.”"
    doc = doc_of(quote, PROSE)
    repeats.apply(doc, ctx(doc))
    assert dropped(doc) == {}
