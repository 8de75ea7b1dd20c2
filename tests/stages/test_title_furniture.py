"""stages.title on page text: the lines that stand by a headline, short and with no full stop,
which a reader never takes for it (a byline, a time stamp, `[title] not_headline` of generic.toml),
and headlines that look a little like them and stay headlines. Lines written for these tests."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

PROSE = ("The harbour council voted on Tuesday to buy a new ferry for the island route, after two years of "
         "delays and a long debate about its cost to the town.")
MORE = "The new boat will carry up to two hundred passengers and forty cars on each crossing of the bay."
JA = ("港の議会は火曜日、島へ向かう航路のために新しいフェリーを買うことを決めました。二年間の遅れと費用についての長い議論の後のことです。\n"
      "新しい船は一回の航海で二百人の乗客と四十台の車を運ぶことができるということです。")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


def page(*lines: str) -> str:
    cjk = any("\u3040" <= c <= "\u9fff" for c in lines[0])
    return "\n".join(("Home", "News", "Sport", *lines, *((JA,) if cjk else (PROSE, MORE))))


# (the headline, the furniture line under it): the headline is the title, not the furniture.
FURNITURE = [
    ("Council buys a new ferry for the island", "This post may contain affiliate links. #ad"),
    ("Council buys a new ferry for the island", "Enthält Werbung #anzeige"),
    ("Harbour Branch Railway", "From Portpedia, the free encyclopedia"),
    ("Council buys a new ferry for the island", "Sign In | Register"),
    ("Neue Fähre für die Insel", "Anmelden / Registrieren"),
    ("Council buys a new ferry for the island", "3 thoughts on “Council buys a new ferry for the island”"),
    ("Neue Fähre für die Insel", "2 Kommentare zu „Neue Fähre für die Insel“"),
    ("Council buys a new ferry for the island", "Edited by Priya Shah"),
    ("Ferry question for the council", "Started by harbourfan, June 4, 2019"),
    ("Mein erster Sauerteig", "Veröffentlicht am 3. März 2022 von Jana"),
    ("Council buys a new ferry for the island", "Copy Link URL Copied!"),
    ("Council buys a new ferry for the island", "Share All sharing options for: Council buys a new ferry"),
    ("Council buys a new ferry for the island", "11/19/2019 by Lars Brandle"),
    ("港に新しいフェリー", "2023年11月27日 10:30"),
    ("Un nouveau bac pour l'île", "Publié le 12 févr. 2024 à 10h30"),
    ("Five quiet beaches for an autumn walk", "Words by Ellen Marsh"),
    ("Roasted tomato and red pepper soup", "★★★★★ 4.9 from 87 reviews"),
    ("Roasted tomato and red pepper soup", "4.8 out of 5 stars"),
    ("Acme Trail 2 tent review", "Pros: light, quick to pitch"),
    ("Council buys a new ferry for the island", "5 min read"),
    ("Cinco rutas en bici por la sierra", "Lectura de 5 minutos"),
    ("Cinco rutas en bici por la sierra", "4 comentarios"),
    ("Neue Fähre für die Insel", "Lesezeit: 4 Minuten"),
    ("Council buys a new ferry for the island", "facebook facebookMessenger whatsapp twitter mail pocket"),
    ("Council buys a new ferry for the island", "Send Text Message Print"),
    ("Council buys a new ferry for the island", "Dark Mode Go Top"),
    ("Neue Fähre für die Insel", "Datenschutz-Einstellungen Alle Cookies akzeptieren"),
    ("Council buys a new ferry for the island", "Accept all cookies Cookie settings"),
]


def test_the_titles_last_part_as_the_first_line_is_the_sites_name(cleaner):
    text = "\n".join(("Ferry review: a quiet boat for the bay | Harbour Notes", "Harbour Notes", "Reviews", "Deals",
                     "Harbour ferry review", "Our verdict: 4 out of 5 stars", PROSE, MORE))
    assert cleaner.clean(text).title == "Harbour ferry review"


@pytest.mark.parametrize("crumb", ["Home > World > Europe", "Startseite › Region › Hafen", "News » Local » Harbour",
                                   "Portada > Andalucía > Sevilla"])
def test_a_breadcrumb_over_the_headline_is_no_title(cleaner, crumb):
    headline = "Council buys a new ferry for the island route after a long debate"
    assert cleaner.clean(page(crumb, headline)).title == headline


def test_the_headline_over_its_standfirst_is_the_title(cleaner):
    text = page("Council buys a new ferry", "The boat will carry two hundred passengers on each crossing of the bay")
    assert cleaner.clean(text).title == "Council buys a new ferry"


def test_a_kicker_over_the_headline_is_no_title(cleaner):
    text = page("Harbour news", "Council buys a new ferry for the island route after two years of debate")
    assert cleaner.clean(text).title == "Council buys a new ferry for the island route after two years of debate"


def test_a_name_under_a_bare_byline_word_is_no_title(cleaner):
    assert cleaner.clean(page("By", "Jane Doe", "Updated Nov. 19, 2019 8:21 am ET")).title != "Jane Doe"


@pytest.mark.parametrize("headline,furniture", FURNITURE)
def test_furniture_under_the_headline_is_no_title(cleaner, headline, furniture):
    assert cleaner.clean(page(headline, furniture)).title == headline


@pytest.mark.parametrize("furniture", ["Jump to navigation Jump to search", "Skip to content", "Sign In | Register"])
def test_furniture_on_the_first_line_is_no_title(cleaner, furniture):
    text = "\n".join((furniture, PROSE, MORE))
    assert cleaner.clean(text).title is None


# Headlines with figures or a date word in them stay headlines.
@pytest.mark.parametrize("headline", [
    "10 cheap weekend trips from London",
    "Election 2024: what the council race means",
    "Top 5 ferries of 2019",
    "Die 7 schönsten Inseln im Mai",
    "Twitter bans political ads from its platform",
    "Christmas cookies for the whole family",
])
def test_a_headline_with_figures_stays_the_title(cleaner, headline):
    assert cleaner.clean(page(headline, "By Jane Doe")).title == headline


# A headline that names a person after a byline word is no byline: the name is not the whole line.
@pytest.mark.parametrize("headline", [
    "Rede von Bürgermeisterin Anna Roth beim Neujahrsempfang der Hafenstadt",
    "A lecture by Professor Jane Doe at the harbour festival",
    "Discours par Marie Leroy devant le conseil du port",
])
def test_a_headline_naming_a_speaker_stays_the_title(cleaner, headline):
    assert cleaner.clean(page(headline, "By Jo Roe")).title == headline


@pytest.mark.parametrize("label,headline", [("Opinion", "Why the ferry vote matters to the whole island"),
                                            ("Meinung", "Warum die neue Fähre der ganzen Insel hilft")])
def test_a_section_label_on_the_title_line_is_left_off(cleaner, label, headline):
    sticky = f"{label} | {headline}"
    text = "\n".join((f"{sticky} - Harbour Gazette", "Sections", "Search", sticky, "News", headline, PROSE, MORE))
    assert cleaner.clean(text).title == headline


def test_a_headline_with_a_full_stop_over_its_byline_is_the_title(cleaner):
    headline = "The ferry is late again. Why the council should not worry."
    assert cleaner.clean(page("Harbour news", headline, "By", "Jane Doe", "Updated Nov. 19, 2019 8:21 am ET")).title == headline


def test_a_short_sentence_over_the_article_is_no_title(cleaner):
    assert cleaner.clean(page("Welcome to our site.")).title is None


@pytest.mark.parametrize("title_line,line,want", [
    ("Forums-Regeln", "Forums - Regeln", "Forums-Regeln"),
    ("Fährplan: Neue Zeiten ab Mai | Inselbote", "Fährplan Neue Zeiten ab Mai", "Fährplan: Neue Zeiten ab Mai"),
    ("Harbour “ferry” vote | Gazette", "Harbour \"ferry\" vote", "Harbour \"ferry\" vote"),
])
def test_the_headline_keeps_the_hyphen_and_colon_the_title_line_gives_it(cleaner, title_line, line, want):
    text = "\n".join((title_line, "Home", "News", line, PROSE, MORE))
    assert cleaner.clean(text).title == want
