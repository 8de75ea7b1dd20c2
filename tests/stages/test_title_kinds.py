"""stages.title, end to end: a keep/pick case for each kind of wrong title seen on real page shapes,
on page text and on HTML, in English, German, French and Japanese (pages written for these tests)."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

EN = ("The harbour council voted on Tuesday to buy a new ferry for the island route, after two years of "
      "delays and a long debate about its cost to the town.")
DE = ("Der Gemeinderat hat am Dienstag beschlossen, eine neue Fähre für die Inselroute zu kaufen, nachdem "
      "die Entscheidung zwei Jahre lang immer wieder verschoben worden war.")
FR = ("Le conseil municipal a voté mardi l'achat d'un nouveau bac pour la ligne de l'île, après deux ans de "
      "retards et un long débat sur son coût pour la commune.")
JA = "港の議会は火曜日、島へ向かう航路のために新しいフェリーを買うことを決めました。二年間の遅れと費用についての長い議論の後のことです。"
SECOND = {"en": "The new boat will carry up to two hundred passengers and forty cars on each crossing of the bay.",
          "de": "Das neue Schiff soll auf jeder Überfahrt bis zu zweihundert Fahrgäste und vierzig Autos befördern.",
          "fr": "Le nouveau bateau transportera jusqu'à deux cents passagers et quarante voitures à chaque traversée.",
          "ja": "新しい船は一回の航海で二百人の乗客と四十台の車を運ぶことができるということです。"}


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


def text_page(*lines: str) -> str:
    return "\n\n".join(lines)


# (page text, the title) for each kind of wrong title the text path gave.
TEXT_CASES = {
    # the site's name stands as a line between the <title> line and the headline
    "site-name-line-en": (text_page("Why my tomatoes split – The Quiet Plot", "The Quiet Plot", "Home", "Vegetables",
                                    "Why my tomatoes split", EN, SECOND["en"]), "Why my tomatoes split"),
    # a breadcrumb first, the headline under it
    "breadcrumb-de": (text_page("Neue Fähre für die Insel | Inselbote", "Start > Region > Hafen",
                                "Neue Fähre für die Insel", DE, SECOND["de"]), "Neue Fähre für die Insel"),
    # a date and a byline between the headline and the article
    "byline-fr": (text_page("Un nouveau bac pour l'île - Le Petit Journal", "Accueil", "Un nouveau bac pour l'île",
                            "19.11.2019 - Marie Dupont", FR, SECOND["fr"]), "Un nouveau bac pour l'île"),
    # a headline of one word, declared by the <title>
    "one-word-de": (text_page("Impressum | Beispielwerk GmbH", "Start", "Kontakt", "Impressum", DE, SECOND["de"]),
                    "Impressum"),
    # the headline below the region's start, with a standfirst above it
    "reworded-en": (text_page("Ferry vote: council backs new boat | Harbour Gazette", "News",
                              "Council backs a new boat in the ferry vote", EN, SECOND["en"]),
                    "Council backs a new boat in the ferry vote"),
    # a section word of the <title> stands in the menu nearer the article than nothing else
    "section-word-en": (text_page("Ferry vote goes ahead - Politics - Harbour Gazette", "Politics",
                                  "Ferry vote goes ahead", "Politics", EN, SECOND["en"]), "Ferry vote goes ahead"),
    # a colon and a hyphen inside the headline are the headline's
    "colon-de": (text_page("Formel-1-Check - Alpenwagen: Was die beiden können", "Menü",
                           "Formel-1-Check - Alpenwagen: Was die beiden können", DE, SECOND["de"]),
                 "Formel-1-Check - Alpenwagen: Was die beiden können"),
    "japanese": (text_page("港に新しいフェリー | 春風新聞", "ホーム", "港に新しいフェリー", JA, SECOND["ja"]), "港に新しいフェリー"),
}


@pytest.mark.parametrize("case", sorted(TEXT_CASES))
def test_text_path_picks_the_headline(cleaner, case):
    page, want = TEXT_CASES[case]
    article = cleaner.clean(page)
    assert article.title == want
    assert not article.body.startswith(want)


def test_a_dateline_is_never_the_title(cleaner):
    page = text_page("Menu", "11.12.2019 - Jane Holloway", EN, SECOND["en"])
    assert cleaner.clean(page).title != "11.12.2019 - Jane Holloway"


def test_a_sentence_that_repeats_the_title_line_is_no_headline(cleaner):
    assert cleaner.clean(text_page(EN, EN)).title is None


def html(title: str, head: str = "", body: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>{body}"
            f"<p>{EN}</p><p>{SECOND['en']}</p><p>{EN}</p></body></html>")


HTML_CASES = {
    # og:title is a shortened variant; the <h1> is what <title> also holds
    "og-variant": (html("Old bakery will become a town museum, the council says | Harbour Gazette",
                        '<meta property="og:title" content="Old bakery to become museum">',
                        "<h1>Old bakery will become a town museum, the council says</h1>"),
                   "Old bakery will become a town museum, the council says"),
    # the site is named by its domain only
    "domain-de": (html("Über den Schreibstil - beispielhaft.net", "", "<h1>Über den Schreibstil</h1>"),
                  "Über den Schreibstil"),
    # no <h1>, og:title and <title> both hold the headline
    "no-h1-fr": (html("Le marché de Noël ouvre samedi | Le Petit Journal",
                      '<meta property="og:title" content="Le marché de Noël ouvre samedi">'
                      '<meta property="og:site_name" content="Le Petit Journal">'), "Le marché de Noël ouvre samedi"),
    # JSON-LD: `name` is the site's (an Organization), `headline` the article's
    "json-ld": (html("Harbour Gazette",
                     '<script type="application/ld+json">{"@graph": [{"@type": "Organization", "name": "Harbour '
                     'Gazette"}, {"@type": "NewsArticle", "headline": "Ferry vote goes ahead &amp; so do the fares"}]}'
                     '</script>', "<h1>Ferry vote goes ahead &amp; so do the fares</h1>"),
                "Ferry vote goes ahead & so do the fares"),
    # a logo's <h1> above the article's marked headline
    "logo-h1": (html("Neuer Motor für den kleinen Sportwagen – V8 Magazin", "",
                     '<h1><a href="/">V8</a></h1><h1 itemprop="headline">Neuer Motor für den kleinen Sportwagen</h1>'),
                "Neuer Motor für den kleinen Sportwagen"),
    "japanese": (html("春風ニュース | 子どもへの体罰を禁止する法律ができる", '<meta property="og:site_name" content="春風ニュース">',
                      "<h1>子どもへの体罰を禁止する法律ができる</h1>"), "子どもへの体罰を禁止する法律ができる"),
    # a portal's template sets several <h1>s (its menu, its page type, the headline); the <title> names the site
    # and the page type or section, a word alone, which weighs less than the headline the <h1> and og:title declare
    "several-h1-en": (html("Harbour Trust - detail", '<meta property="og:title" content="Ferry timetable changes for the winter">',
                           "<h1>Navigation</h1><h1>detail</h1><h1>Ferry timetable changes for the winter</h1>"),
                      "Ferry timetable changes for the winter"),
    "several-h1-de": (html("Hafenamt online - Mitteilungen - Neue Regeln für die Hafengebühren", "",
                           "<h1>Hafenamt</h1><h1>Mitteilungen</h1><h1>Neue Regeln für die Hafengebühren</h1>"),
                      "Neue Regeln für die Hafengebühren"),
    "several-h1-fr": (html("Fondation du Port - actualités",
                           '<meta property="og:title" content="Les horaires du bac changent cet hiver">',
                           "<h1>Menu</h1><h1>actualités</h1><h1>Les horaires du bac changent cet hiver</h1>"),
                      "Les horaires du bac changent cet hiver"),
    "several-h1-es": (html("Puerto en línea - Noticias - Nuevas normas para las tasas del puerto", "",
                           "<h1>Puerto</h1><h1>Noticias</h1><h1>Nuevas normas para las tasas del puerto</h1>"),
                      "Nuevas normas para las tasas del puerto"),
}


@pytest.mark.parametrize("case", sorted(HTML_CASES))
def test_html_path_picks_the_headline(cleaner, case):
    page, want = HTML_CASES[case]
    article = cleaner.clean(page)
    assert article.title == want
    assert not article.body.startswith(want)


def test_html_site_is_the_declared_name_without_a_rule_file(cleaner):
    article = cleaner.clean(HTML_CASES["no-h1-fr"][0])
    assert article.site == "Le Petit Journal"


def test_html_site_is_never_a_guess(cleaner):
    assert cleaner.clean(HTML_CASES["domain-de"][0]).site is None


def test_one_paragraph_page_does_not_repeat_its_title(cleaner):
    article = cleaner.clean("<html><body><h1>Hello there</h1><p>This is a short page with one paragraph of "
                            "text that says very little at all.</p></body></html>")
    assert article.title == "Hello there"
    assert article.body.startswith("This is a short page")
    assert any(r.rule == "title" and r.text == "Hello there" for r in article.removed)
