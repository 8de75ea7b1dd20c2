"""stages.verdict: an index page or a page of menu words is no article; a short article is one."""

from __future__ import annotations

import pytest

from cleaner.document import CAPTION, LIST_ITEM, Block, Document
from cleaner.stages import verdict
from helpers import body_lines, clean_page
from text_pages import DE_PAGE, EN_PAGE, FR_PAGE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


INDEX_PAGE = "\n".join(["Local news – The Daily Gazette", "Home", "Local", "Sports"] + [
    line for n in range(10) for line in (
        f"Story number {n} about the town",
        f"A short summary of story number {n}, which a reader can open to read in full on its own page.",
        f"November {n + 1}, 2019")])


def test_index_page_is_not_an_article(cleaner):
    doc = clean_page(cleaner, INDEX_PAGE)
    assert doc.status == "not-article"
    assert body_lines(doc) == []


def test_articles_are_articles(cleaner):
    for page in (EN_PAGE, DE_PAGE, FR_PAGE):
        assert clean_page(cleaner, page).status == "ok"


def test_a_list_of_links_from_html_is_not_an_article(ctx):
    doc = Document([Block(f"Headline of story {n}", n + 1, LIST_ITEM) for n in range(12)], source="html")
    verdict.apply(doc, ctx(doc))
    assert doc.status == "not-article" and not list(doc.kept())
    doc = Document([Block("The council approved the new lanes on Tuesday after two years of debate.", 1),
                    Block("Photo of the street", 2, CAPTION)], source="html")
    verdict.apply(doc, ctx(doc))
    assert doc.status == "ok"


def test_verdict_a_page_of_menu_words_is_no_article(cleaner):
    article = cleaner.clean("Home\nNews\nSports\nWeather\nContact us\n")
    assert (article.body, article.status) == ("", "not-article")


def test_verdict_keeps_a_short_article(cleaner):
    article = cleaner.clean("Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.\n")
    assert (article.title, article.status) == ("Storm hits the coast", "ok")
    assert article.body == "The storm hit the coast on Monday, officials said."


def teaser_front(headlines: list[tuple[str, str]], lang: str, article: str = "") -> str:
    """A section front: each teaser a heading that links to its story, a summary, a date."""
    cards = "".join(f'<div class="card"><h2><a href="/story/{i}">{head}</a></h2><p>{summary}</p>'
                    f"<span>12.05.2024</span></div>" for i, (head, summary) in enumerate(headlines))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>Front page</title></head><body>'
            f'<nav><a href="/">Home</a></nav><main>{article or "<h1>News</h1>"}{cards}</main></body></html>')


FRONT_EN = [("Council approves the new harbour budget", "The council voted to spend more on the quay."),
            ("Ferry timetable changes from next month", "Two early crossings are added on weekdays."),
            ("Record crowds at the harbour festival", "Forty thousand people came over three days."),
            ("School roof repairs to start in May", "The work will take the whole summer holidays."),
            ("New cycle lane along the river opens", "The lane links the station with the campus.")]
FRONT_FR = [("Le conseil municipal adopte le budget du port", "Plus d'argent pour les quais et les ferries."),
            ("Nouveaux horaires des ferries dès le mois prochain", "Deux traversées de plus le matin."),
            ("Affluence record à la fête du port", "Quarante mille visiteurs en trois jours."),
            ("Travaux sur le toit de l'école en mai", "Le chantier occupera tout l'été."),
            ("Une nouvelle piste cyclable le long du fleuve", "Elle relie la gare au campus.")]


@pytest.mark.parametrize(("headlines", "lang"), [(FRONT_EN, "en"), (FRONT_FR, "fr")])
def test_a_front_page_of_teasers_is_not_an_article_and_says_why(cleaner, headlines, lang):
    article = cleaner.clean(teaser_front(headlines, lang))
    assert article.status == "not-article" and article.body == ""
    assert any(n.rule == "verdict.not-article" and "teasers" in n.text for n in article.notes)


def test_an_article_followed_by_linked_teasers_is_an_article(cleaner):
    story = "".join(f"<p>{p}</p>" for p in [
        "The harbour festival drew more visitors than ever this weekend, the organisers said on Sunday "
        "evening, after three days of concerts, boat parades and food stalls along the quay.",
        "Some forty thousand people came over the three days, about a quarter more than last year, and the "
        "ferries ran extra crossings on Saturday night to carry them all home to the islands.",
        "The town council said it would look at moving part of the festival to the old shipyard next year."])
    article = cleaner.clean(teaser_front(FRONT_EN, "en", f"<article><h1>Festival draws record crowds</h1>{story}</article>"))
    assert article.status == "ok" and "forty thousand people" in article.body
