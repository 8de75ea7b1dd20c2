"""Each heuristic on real snippets: what it removes, and what it must keep."""

from __future__ import annotations

import pytest

from cleaner.blocks.text import text_blocks
from cleaner.document import Document
from cleaner.page import Page
from cleaner.stages import captions, lexicon, navigation, repeats, title, trailers

PROSE = ("The ministers will also discuss plans for the alliance’s 75th anniversary summit to be held "
         "in Washington in July 2024, at which allies will celebrate NATO’s founding.")


def doc_of(*lines: str) -> Document:
    return Document(text_blocks("\n".join(lines)))


def dropped(doc: Document) -> dict[str, str]:
    return {b.text: b.dropped for b in doc.blocks if b.dropped}


@pytest.fixture(scope="module")
def ctx(generic_cleaner):
    return lambda doc: Page(doc, generic_cleaner.ruleset.generic)


# --- lexicon ---------------------------------------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("fbpx", "tracking"),
    ("How useful was this article?", "rating"),
    ("Average rating 0 / 5. Vote count: 0", "rating"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "comments"),
    ("Votre adresse e-mail ne sera pas publiée.", "comments"),
    ("Support our non-profit journalism", "donation"),
    ("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "cookie"),
])
def test_lexicon_removes_furniture(ctx, line, kind):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}


@pytest.mark.parametrize("line", [
    "Comments from the minister were not published until Monday, officials said.",
    "“We use cookies in the kitchen every day,” the baker said of her recipes, which date back to 1890.",
    "Share prices fell sharply on Tuesday.",
    "Die Kommentare des Ministers wurden am Montag veröffentlicht.",
])
def test_lexicon_keeps_prose_that_shares_words(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}


# --- captions --------------------------------------------------------------------------

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


# --- navigation ------------------------------------------------------------------------

def test_breadcrumb_run_together(ctx):
    doc = doc_of("NewsPoliticsTop StoryUS", "Ukraine, W. Balkans top Blinken’s agenda", PROSE)
    navigation.apply(doc, ctx(doc))
    assert dropped(doc) == {"NewsPoliticsTop StoryUS": "navigation.breadcrumb"}


def test_menu_run_of_short_lines_in_the_html_fallback_text(ctx):
    # On page text the main region judges short runs in context (see test_region.py).
    doc = doc_of("Home", "Politik", "Wirtschaft", "Sport", "Kultur", PROSE)
    doc.source = "html-fallback"
    navigation.apply(doc, ctx(doc))
    assert set(dropped(doc)) == {"Home", "Politik", "Wirtschaft", "Sport", "Kultur"}


def test_navigation_leaves_trafilaturas_blocks_alone(ctx):
    # What trafilatura extracted is content: a table's short cells are not a menu.
    doc = doc_of("Home", "Politik", "Wirtschaft", "Sport", "Kultur", PROSE)
    doc.source = "html"
    navigation.apply(doc, ctx(doc))
    assert dropped(doc) == {}


@pytest.mark.parametrize("lines", [
    ("McDonald’s and JPMorgan shares rose", PROSE),  # two capitals inside words, but a sentence
    ("Why it matters", PROSE, "What comes next", PROSE),  # short headings between paragraphs
    ("iPhone", PROSE),
])
def test_navigation_keeps_headings_and_names(ctx, lines):
    doc = doc_of(*lines)
    navigation.apply(doc, ctx(doc))
    assert dropped(doc) == {}


# --- trailers --------------------------------------------------------------------------

def test_trailer_cut_at_previous_article(ctx):
    doc = doc_of(*[PROSE] * 6, "Previous Article", "Biden to convene his new supply chain council", "Next Article")
    doc.source = "html"  # on page text the region stage cuts trailers (test_region.py)
    trailers.apply(doc, ctx(doc))
    assert list(dropped(doc).values()) == ["trailers"] * 3


def test_trailer_marker_high_on_the_page_is_kept(ctx):
    doc = doc_of("Related", *[PROSE] * 6)
    doc.source = "html"
    trailers.apply(doc, ctx(doc))
    assert dropped(doc) == {}


# --- title -----------------------------------------------------------------------------

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


# --- repeats ---------------------------------------------------------------------------

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
