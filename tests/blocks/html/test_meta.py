"""blocks.html.meta: the title of an HTML page, from its metadata and headline."""

from __future__ import annotations

from cleaner import clean

PROSE = "".join(f"<p>Paragraph {i} of the story says what happened at the harbour on Monday, and why it matters to the town.</p>"
                for i in range(5))


def html_page(head: str, h1: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{h1}{PROSE}</article></body></html>"


def test_title_element_with_site_suffix():
    page = html_page('<title>Storm closes coast road again | The Coastal Courier</title>'
                     '<meta property="og:site_name" content="The Coastal Courier">')
    assert clean(page).title == "Storm closes coast road again"


def test_site_name_inferred_from_the_difference_between_title_and_og_title():
    page = html_page('<title>Storm closes coast road again - Courier Online</title>'
                     '<meta property="og:title" content="Storm closes coast road again">')
    assert clean(page).title == "Storm closes coast road again"


def test_domain_is_a_site_name():
    page = html_page("<title>Coastal Courier | Storm closes coast road</title>")
    assert clean(page, url="https://www.coastalcourier.example/x").title == "Storm closes coast road"


def test_h1_held_by_the_declared_title_is_the_headline():
    page = html_page("<title>Storm closes coast road again, for a third time | News | Courier</title>",
                     "<h1>Storm closes coast road again, for a third time</h1>")
    article = clean(page)
    assert article.title == "Storm closes coast road again, for a third time"
    assert "Storm closes coast road again" not in article.body


def test_hyphenated_headline_is_not_cut():
    page = html_page("<title>Wal-Mart to open stores near the U.S.-Mexico border</title>")
    assert clean(page).title == "Wal-Mart to open stores near the U.S.-Mexico border"
