"""stages.title on page text, more kinds of furniture by a headline (issue 11): time stamps a
scraper's page text shows in words (`2 months ago`, `2023年8月28日 星期一`, `3小时前`), skip links,
prices, ratings and a thread's counts, and a reader's comment header, which needs a name before
its `says` (a headline may end in `..., operator says`). Lines written for these tests."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

PROSE = ("The harbour council voted on Tuesday to buy a new ferry for the island route, after two years of "
         "delays and a long debate about its cost to the town.")
MORE = "The new boat will carry up to two hundred passengers and forty cars on each crossing of the bay."
ZH = ("全市中小学将于下周一正式开学，教育部门提醒家长提前做好准备，帮助孩子调整作息时间，按时到校上课。\n"
      "今年全市新增了十二所学校，可以提供一万多个学位，基本满足了新入学学生的需要。")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


def page(*lines: str) -> str:
    cjk = any("\u3040" <= c <= "\u9fff" for c in lines[0])
    return "\n".join(("Home", "News", "Sport", *lines, *((ZH,) if cjk else (PROSE, MORE))))


# (lines above the article): the headline is the first line, the others are furniture around it.
AROUND = [
    # how long ago, its unit a weekday's start: `mon` of `months`
    ("How do I stop my sourdough from tasting too sour?", "Asked 3 years, 2 months ago"),
    ("Neue Fähre für die Insel", "Vor 2 Monaten aktualisiert"),
    # a Chinese or Japanese date without spaces, a weekday in words, how long ago
    ("全市中小学下周一开学", "2023年8月28日 星期一"),
    ("港に新しいフェリーが就航", "1月24日（水） 18時12分"),
    # a price alone, at a shop, after its label
    ("Nimbus X5 review: a good cheap phone", "$299 at Amazon", "$319 at Best Buy"),
    ("Kartoffelsuppe mit Würstchen und Speck", "Kosten ca. 6,50 €"),
    ("Le vélo pliant Cargo 3 à l'essai", "Prix : 1 290 €"),
    # a rating with its count in brackets
    ("Kartoffelsuppe mit Würstchen", "4,7 (128 Bewertungen)"),
    # a thread's or a question's counts
    ("Como tirar manchas de café do sofá?", "3 respostas · 12 votos · 1,2 mil visualizações"),
    ("Heizung macht Klopfgeräusche, was tun?", "5 Antworten 312 Aufrufe"),
    ("Tomato leaves curling at the top", "Replies: 12 Views: 3,410"),
]


@pytest.mark.parametrize("lines", AROUND, ids=[lines[-1] for lines in AROUND])
def test_furniture_by_the_headline_is_no_title(cleaner, lines):
    assert cleaner.clean(page(*lines)).title == lines[0]


@pytest.mark.parametrize("link", ["Zur Navigation springen", "Zum Rezept springen", "Passer au contenu",
                                  "Vai al contenuto", "Naar de inhoud", "Przejdź do treści", "Pular para o conteúdo"])
def test_a_skip_link_is_no_title(cleaner, link):
    assert cleaner.clean("\n".join((link, PROSE, MORE))).title is None


@pytest.mark.parametrize("headline,header", [("Ferry fares to rise in May, operator says", "Nora Quinn says:"),
                                             ("Neue Fähre kommt erst im Herbst, Reederei sagt", "Tom sagt")])
def test_a_headline_that_ends_in_says_is_the_title_and_a_comment_header_is_not(cleaner, headline, header):
    assert cleaner.clean(page(headline, "By Nora Quinn")).title == headline
    assert cleaner.clean(page("Council buys a new ferry", header)).title == "Council buys a new ferry"


@pytest.mark.parametrize("question,counts", [
    ("How do I get coffee stains out of a light fabric sofa?", "2 answers · 5 votes"),
    ("Como tirar manchas de café do sofá de tecido claro?", "3 respostas · 12 votos"),
])
def test_a_question_over_its_counts_is_the_title_not_the_article(cleaner, question, counts):
    assert cleaner.clean(page(question, counts)).title == question


@pytest.mark.parametrize("tagline,headline,byline", [
    ("Otro sitio realizado con WordPress", "Tomates en maceta", "Publicado el 3 de junio de 2023 por admin"),
    ("Just another WordPress site", "Hello from Lisbon", "Posted on June 3, 2023 by admin"),
])
def test_a_blogs_shipped_tagline_is_no_title(cleaner, tagline, headline, byline):
    text = "\n".join(("Harbour Notes", tagline, "Home", "Blog", "Contact", headline, byline, PROSE, MORE))
    assert cleaner.clean(text).title == headline


@pytest.mark.parametrize("section,headline,byline", [
    ("Nachrichten aus der Region", "Freibad öffnet früher", "Von Lena Weber"),
    ("News from the region", "Ferry fares rise", "By Nora Quinn"),
])
def test_a_sections_name_over_a_short_headline_is_no_title(cleaner, section, headline, byline):
    assert cleaner.clean(page(section, headline, byline)).title == headline


@pytest.mark.parametrize("authors", ["Sara Haddad, Yusuf Karim", "Anna Roth und Jo de Vries",
                                     "Marie Leroy, Paul Martin et Léa Petit"])
def test_the_authors_line_is_no_title(cleaner, authors):
    headline = "Inside the harbour that never closed"
    assert cleaner.clean(page(headline, authors, "November 8, 2023, 4:12 p.m.")).title == headline


def test_a_chinese_authors_line_and_font_size_buttons_are_no_title(cleaner):
    headline = "全市中小学下周一开学"
    assert cleaner.clean(page(headline, "作者：王丽明", "字号：大 中 小")).title == headline


@pytest.mark.parametrize("caption,credit", [
    ("Firefighters watch the flames from a fire road above the town", "Photo: Dana Ortiz / Valley Daily"),
    ("Feuerwehrleute beobachten die Flammen von einem Waldweg aus", "Foto: Lena Weber"),
])
def test_a_caption_twice_over_its_credit_is_no_title(cleaner, caption, credit):
    headline = "Wildfire forces hundreds to leave their homes"
    assert cleaner.clean(page(headline, caption, caption, credit)).title == headline


NL = ("Sinds vandaag kunnen fietsers en voetgangers het kanaal oversteken over de nieuwe brug bij de haven, "
      "die in anderhalf jaar is gebouwd.",
      "De brug verkort de route van de nieuwe wijk naar het centrum met bijna twee kilometer.")


@pytest.mark.parametrize("banner", [
    ("Deze website gebruikt cookies", "Wij gebruiken cookies om de website goed te laten werken en om het gebruik ervan te meten.",
     "Alle cookies accepteren", "Alleen noodzakelijke cookies"),
])
def test_a_cookie_banner_first_is_neither_title_nor_body(cleaner, banner):
    headline = "Nieuwe fietsbrug over het kanaal geopend"
    article = cleaner.clean("\n".join((*banner, "Gemeente Zandvoorde", "Nieuws", headline,
                                       "Gepubliceerd op 14 maart 2024", *NL)))
    assert article.title == headline
    assert "cookie" not in article.body


def test_a_standfirst_as_long_as_its_headline_is_no_title(cleaner):
    headline = "Grève des contrôleurs : des centaines de vols annulés jeudi dans l'Ouest"
    standfirst = "Les aéroports de la côte seront les plus touchés, selon l'aviation civile"
    text = page(headline, standfirst, "Par Julien Morel", "Publié le 17/01/2024 à 18h05")
    assert cleaner.clean(text).title == headline


@pytest.mark.parametrize("lines", [
    ("Il porto apre un nuovo terminal per le navi", "Tempo di lettura: 3 minuti"),
    ("Pociągi pojadą szybciej na trasie do Gdańska", "Czas czytania: 2 min"),
    ("Les pharmacies de campagne ferment une à une", "Article réservé aux abonnés"),
    ("春の庭仕事を始めました", "テーマ：ガーデニング", "2024-03-09 18:12:00"),
    ("Il porto apre un nuovo terminal per le navi", "Ultimo aggiornamento: 8 marzo 2024, 19:40"),
], ids=lambda lines: lines[1])
def test_reading_times_paywall_labels_and_label_lines_are_no_title(cleaner, lines):
    assert cleaner.clean(page(*lines)).title == lines[0]


def test_a_headline_in_title_case_with_a_comma_is_no_authors_line(cleaner):
    headline = "Mayor To Discuss Ferries, Bridges With Council"
    assert cleaner.clean(page(headline, "Photo: Jo Roe", "November 8, 2023, 4:12 p.m.")).title == headline
