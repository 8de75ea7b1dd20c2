"""stages.title: the headline is the title and leaves the body; a site name is stripped; a sentence
or a byline is never the title."""

from __future__ import annotations

import pytest

from cleaner.stages import title
from helpers import body_lines, clean_page, doc_of
from text_pages import DE_PAGE, EN_PAGE, FR_PAGE, PROSE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


def test_title_is_the_repeated_headline_and_leaves_the_body(ctx):
    head = "Ukraine, W. Balkans top Blinken’s agenda for NATO FMs meeting in Brussels"
    doc = doc_of("Latest", head, "Quick Read", head, PROSE)
    title.apply(doc, ctx(doc))
    assert doc.title == head
    assert [b.dropped for b in doc.blocks if b.text == head] == ["title", "title"]


def test_title_strips_the_site_name_of_the_title_line(ctx):
    doc = doc_of("Ein Sommer in Berlin - SPIEGEL ONLINE", "Ein Sommer in Berlin", PROSE)
    title.apply(doc, ctx(doc))
    assert doc.title == "Ein Sommer in Berlin"
    assert all(b.dropped == "title" for b in doc.blocks[:2])
    assert doc.blocks[2].kept


def test_title_never_takes_a_sentence(ctx):
    doc = doc_of(PROSE, PROSE)
    title.apply(doc, ctx(doc))
    assert doc.title is None


@pytest.mark.parametrize("page,headline", [
    (EN_PAGE, "City council approves new bike lanes on Harbour Street"),
    (DE_PAGE, "Herbstspaziergang im Stadtwald"),
    (FR_PAGE, "Le marché de Noël ouvre ses portes samedi"),
])
def test_title_is_the_headline_under_the_title_line(cleaner, page, headline):
    doc = clean_page(cleaner, page)
    assert doc.title == headline
    assert headline not in body_lines(doc)


def test_byline_is_never_the_title(cleaner):
    doc = clean_page(cleaner, "Menu\nBy Jane Holloway\nNovember 19, 2019\n"
                              "The council approved the new lanes on Tuesday after two years of debate.")
    assert doc.title is None
