"""stages.region: the main region of page text (the densest run of prose), its tail, tables inside
and after the article, in English, German and French."""

from __future__ import annotations

import pytest

from helpers import apply_region, body_lines, clean_page, doc_of, reason
from text_pages import DE_PAGE, EN_PAGE, FR_PAGE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


def test_region_keeps_the_article_of_an_english_page(cleaner):
    doc = clean_page(cleaner, EN_PAGE)
    body = body_lines(doc)
    assert body[0].startswith("The city council voted on Tuesday night")
    assert "What happens next" in body  # a subheading between paragraphs is bridged
    assert body[-1].startswith("“We have listened to every concern")
    for junk in ("Home", "Politics", "Subscribe", "By Jane Holloway", "Related Articles", "3 Comments",
                 "Finally. I have waited years for this and I hope they do not delay it again.",
                 "Mayor unveils budget with more money for parks and libraries"):
        assert junk not in body


def test_region_keeps_a_list_inside_a_german_post(cleaner):
    doc = clean_page(cleaner, DE_PAGE)
    body = body_lines(doc)
    assert body == [
        "Am Sonntag sind wir endlich wieder in den Stadtwald gegangen, weil das Wetter so schön war und die "
        "Blätter schon bunt wurden.",
        "Auf dem Weg zum Weiher haben wir viele Pilze gesehen, aber wir haben natürlich keine gesammelt, denn "
        "wir kennen uns damit nicht aus.",
        "Was wir mitgenommen haben:", "eine Thermoskanne Tee", "zwei Äpfel", "eine Decke",
        "Am Ende des Tages waren die Kinder müde, aber sehr zufrieden, und wir haben beschlossen, im November "
        "noch einmal wiederzukommen.",
    ]
    assert reason(doc, "Startseite") is not None and reason(doc, "Impressum") is not None


def test_region_of_a_french_page(cleaner):
    doc = clean_page(cleaner, FR_PAGE)
    body = body_lines(doc)
    assert len(body) == 3 and body[0].startswith("Le traditionnel marché de Noël")
    assert "Les commerçants du centre-ville inquiets avant les fêtes de fin d'année" not in body


def test_region_prefers_the_article_under_its_headline_to_a_longer_teaser_block(ctx):
    teaser = "Another story from the same site that runs for quite a few words and ends with a full stop."
    page = "\n".join(["Harbour Street gets its bike lanes – Gazette", "Menu", *[teaser.replace("Another", w)
                      for w in ("One", "Two", "Three", "Four")], "Sports", "Weather", "Opinion", "Video",
                      "Harbour Street gets its bike lanes",
                      "The council approved the new lanes on Tuesday after two years of debate in the city."])
    doc = doc_of(page)
    apply_region(doc, ctx)
    assert [b.text for b in doc.kept()] == [
        "The council approved the new lanes on Tuesday after two years of debate in the city."]


def test_phrase_rules_run_first_so_junk_never_joins_the_region(cleaner):
    doc = clean_page(cleaner, EN_PAGE)
    assert reason(doc, "Your email address will not be published. Required fields are marked *") == "lexicon.comments"
    assert reason(doc, "Share this:") == "lexicon.share"


def test_region_leaves_html_blocks_alone(ctx):
    doc = doc_of("Home\nNews\nSport\nWeather\n" + "The council approved the lanes on Tuesday night.", source="html")
    apply_region(doc, ctx)
    assert all(b.kept for b in doc.blocks)


TAIL = {
    "en": ([
        "The harbour authority said on Monday that the new ferry terminal will open two months later than planned, "
        "after engineers found cracks in the concrete of the main pier during a routine inspection in the autumn.",
        "The repairs will cost about four million pounds, which the contractor has agreed to pay in full, and the "
        "work will start as soon as the weather allows, probably in the first week of February.",
        "Passengers will keep using the old terminal on the north side of the harbour until the spring, and the "
        "operator has promised to run two extra crossings a day in December to cope with the holiday traffic.",
        "Local shop owners welcomed the delay, because the old terminal brings more customers into the town, while "
        "the residents of the new quarter said that they had waited long enough for a proper connection.",
    ], ["Staff Writer", "Council approves the budget for next year", "New bus routes in the centre"],
        ["Jane Holloway covers transport, the harbour and the city council for the Gazette, where she has worked "
         "since 2009. She lives in the old town with her family and two very lazy cats."]),
    "de": ([
        "Die Stadtwerke haben am Montag angekündigt, dass die neue Straßenbahnlinie erst im Sommer fertig wird, weil "
        "die Ingenieure bei einer Prüfung im Herbst Risse in den Fundamenten der neuen Brücke gefunden haben.",
        "Die Reparatur kostet nach Angaben der Stadt rund vier Millionen Euro, die der Bauträger übernehmen muss, und "
        "die Arbeiten sollen beginnen, sobald es das Wetter erlaubt, also wohl Anfang Februar.",
        "Bis dahin fahren auf der Strecke weiterhin Busse, die alle zehn Minuten vom Bahnhof abfahren, und im "
        "Dezember sollen zusätzliche Busse eingesetzt werden, weil viele Menschen zum Weihnachtsmarkt fahren.",
        "Die Händler in der Altstadt begrüßten die Verzögerung, weil die alte Haltestelle mehr Kunden bringt, während "
        "die Bewohner des Neubaugebiets sagten, dass sie schon lange genug auf eine gute Verbindung gewartet hätten.",
    ], ["Redakteurin", "Haushalt für das kommende Jahr beschlossen", "Neue Radwege in der Innenstadt"],
        ["Anna Berger schreibt seit zehn Jahren für die Zeitung über Verkehr, Stadtplanung und den Gemeinderat. "
         "Sie wohnt mit ihrer Familie und zwei sehr faulen Katzen in der Altstadt."]),
}


@pytest.mark.parametrize("lang", sorted(TAIL))
def test_a_little_prose_after_furniture_below_the_article_is_the_page_s_tail(ctx, lang):
    article, furniture, bio = TAIL[lang]
    doc = doc_of("\n".join(["Menu", *article, *furniture, *bio, "Impressum"]))
    apply_region(doc, ctx)
    assert body_lines(doc) == article
    assert reason(doc, bio[0]) == "region.after"


@pytest.mark.parametrize("lang", sorted(TAIL))
def test_the_article_goes_on_after_a_table_or_a_longer_interruption(ctx, lang):
    article, furniture, _ = TAIL[lang]
    # A list of figures between the paragraphs is the article's, however short the prose after it.
    table = ["Monday: 6:00 to 22:00", "Tuesday: 6:00 to 22:00", "Saturday: 8:00 to 20:00", "Sunday: closed"]
    closing = ("The new timetable applies from the first of March, and the old tickets stay valid until the end "
               "of the year, the operator said in a statement on Friday.")
    doc = doc_of("\n".join(["Menu", *article, *table, closing, "Impressum"]))
    apply_region(doc, ctx)
    assert body_lines(doc) == article + table + [closing]
    # As much prose after the same furniture as before it: the article goes on.
    doc = doc_of("\n".join(["Menu", *article[:2], *furniture, *article[2:], "Impressum"]))
    apply_region(doc, ctx)
    assert body_lines(doc) == article[:2] + furniture + article[2:]


TRAILING_TABLE = {
    "en": ("Tour dates", [f"{d} – {c} @ {v}" for d, c, v in (
        ("June 9", "Leeds", "Town Hall"), ("June 12", "York", "Barbican"), ("June 15", "Hull", "City Hall"),
        ("June 18", "Bristol", "Colston Hall"), ("June 21", "Bath", "Pavilion"), ("June 24", "Derby", "Arena"))],
        ["Privacy Policy", "Terms of Use", "Contact us"]),
    "de": ("Die Termine", [f"{d}: {c}, {v}" for d, c, v in (
        ("9. Juni", "Leipzig", "Gewandhaus"), ("12. Juni", "Dresden", "Kulturpalast"), ("15. Juni", "Halle", "Steintor"),
        ("18. Juni", "Erfurt", "Messehalle"), ("21. Juni", "Jena", "Volkshaus"), ("24. Juni", "Gera", "Stadthalle"))],
        ["Datenschutz", "Impressum", "Kontakt"]),
}


@pytest.mark.parametrize("lang", sorted(TRAILING_TABLE))
def test_a_table_after_the_last_paragraph_is_the_article_s(cleaner, lang):
    article, _, _ = TAIL[lang]
    heading, table, footer = TRAILING_TABLE[lang]
    headline = {"en": "The new ferry terminal opens late", "de": "Die neue Straßenbahn kommt später"}[lang]
    page = "\n".join([f"{headline} | Gazette", "Menu", headline, *article, heading, *table, *footer])
    first = cleaner.clean(page)
    assert first.body.split("\n\n") == [*article, heading, *table]
    again = cleaner.clean(first.to_text())
    assert again.body == first.body


def test_a_footer_with_a_phone_number_is_no_table(ctx):
    article, _, _ = TAIL["en"]
    footer = ["Contact us", "Phone: 0123 456 789", "Privacy Policy", "Terms of Use", "Careers", "Advertise"]
    doc = doc_of("\n".join(["Menu", *article, *footer]))
    apply_region(doc, ctx)
    assert body_lines(doc) == article


# The article opens with one short paragraph and a table: only its headline above holds it in
# the region. Cleaned again, the headline is the first line, and the same lines stay.
TABLE_FIRST_EN = """Rovers' player ratings after the derby | City Sports
Home
Football
Results
Rovers' player ratings after the derby
The Rovers had to make do without three of their defenders on Sunday.
Share
Tweet
GK Tom Webb 90 minutes, 4 saves
DF Sam Okafor 90 minutes, 2 tackles
DF Luis Pardo 71 minutes, 1 tackle
MF Ian Clarke 90 minutes, 1 assist
FW Joe Hart 64 minutes, 1 goal
Webb was the best player on the pitch and kept his side in the game with two saves in the first half, when the visitors pressed for an early goal.
Okafor and Pardo, who had not played together before this season, did well against a quick attack, although Pardo tired in the second half and was replaced.
Hart scored the only goal of the game after an hour and was then taken off, because the coach did not want to risk his bad knee before the cup game.
Related Articles
Coach signs a new contract until 2022
Privacy Policy"""


TABLE_FIRST_DE = """Die Noten der Spieler nach dem Derby – Stadtsport
Startseite
Fußball
Ergebnisse
Die Noten der Spieler nach dem Derby
Die Mannschaft musste am Sonntag ohne drei ihrer Verteidiger auskommen.
Teilen
Drucken
TW Tom Weber 90 Minuten, 4 Paraden
AB Sami Okafor 90 Minuten, 2 Zweikämpfe
AB Luis Pardo 71 Minuten, 1 Zweikampf
MF Jan Klar 90 Minuten, 1 Vorlage
ST Jo Hartmann 64 Minuten, 1 Tor
Weber war der beste Spieler auf dem Platz und hielt seine Mannschaft mit zwei Paraden in der ersten Halbzeit im Spiel, als die Gäste auf ein frühes Tor drängten.
Okafor und Pardo, die in dieser Saison noch nie zusammen gespielt hatten, machten ihre Sache gegen einen schnellen Angriff gut, auch wenn Pardo in der zweiten Halbzeit müde wurde.
Hartmann erzielte nach einer Stunde das einzige Tor des Spiels und wurde dann ausgewechselt, weil der Trainer vor dem Pokalspiel sein krankes Knie schonen wollte.
Ähnliche Artikel
Trainer verlängert seinen Vertrag bis 2022
Impressum"""


@pytest.mark.parametrize("page", [TABLE_FIRST_EN, TABLE_FIRST_DE])
def test_an_article_that_opens_with_a_table_keeps_it_when_cleaned_again(cleaner, page):
    first = cleaner.clean(page)
    lines = page.split("\n")
    assert first.body.split("\n\n") == lines[5:6] + lines[8:16]
    again = cleaner.clean(first.to_text())
    assert (again.title, again.body) == (first.title, first.body)


def test_a_first_line_with_a_site_name_is_no_headline(ctx):
    # A <title> line names its site, and the page's first prose is a notice, not the article.
    lines = ["Rovers' player ratings after the derby | City Sports",
             "JavaScript seems to be disabled in your browser, so some parts of this site will not work.",
             "Home", "Football", "Results", "Fixtures", "Tickets",
             *TABLE_FIRST_EN.split("\n")[13:16]]
    doc = doc_of("\n".join(lines))
    apply_region(doc, ctx)
    assert body_lines(doc) == lines[-3:]
    # Without the site name it is the headline of a cleaned page, and the article starts under it.
    doc = doc_of("\n".join([lines[0].split(" | ")[0], *lines[1:]]))
    apply_region(doc, ctx)
    assert body_lines(doc)[0] == lines[1]


def test_region_keeps_a_blog_post_whose_last_lines_end_with_smileys(ctx):
    """A post's closing lines end with a smiley, not a full stop: they are its sentences, not furniture."""
    page = "\n".join([
        "Mein neuer Rucksack – Franzis Blog", "Startseite", "Mode", "Reisen", "Über mich",
        "Mein neuer Rucksack",
        "Letzte Woche habe ich mir endlich den Rucksack gekauft, von dem ich schon seit dem Sommer träume, "
        "und ich habe ihn gleich auf eine Reise mitgenommen.",
        "Er ist leichter, als ich gedacht hatte, und in das große Fach passen sogar die Kamera und ein Buch, "
        "ohne dass er schwer auf den Schultern liegt.",
        "Was meint ihr, soll ich ihn in Braun auch noch bestellen oder ist einer genug für mich? 😉",
        "Ich wünsche euch allen ein wunderschönes Wochenende und bis bald <3",
        "Kategorien", "Mode", "Reisen", "Impressum", "Datenschutz"])
    doc = doc_of(page)
    apply_region(doc, ctx)
    kept = [b.text for b in doc.kept()]
    assert kept[-1] == "Ich wünsche euch allen ein wunderschönes Wochenende und bis bald <3"
    assert "Kategorien" not in kept and "Über mich" not in kept


DE_STORY = [
    "Am Dienstagabend hat der Stadtrat nach langer Debatte beschlossen, die Straße zwischen dem Markt und "
    "dem Bahnhof ab Juli zu sperren.",
    "Die Händler hatten sich lange gegen den Plan gewehrt, weil sie fürchten, dass weniger Kunden kommen, "
    "wenn niemand mehr vor der Tür parken kann.",
]
FR_STORY = [
    "Mardi soir, après un long débat, le conseil a décidé de fermer la rue entre le marché et la gare "
    "à partir du mois de juillet.",
    "Les commerçants se sont longtemps opposés au projet, car ils craignent que les clients ne viennent "
    "plus s'ils ne peuvent pas se garer devant la porte.",
]


@pytest.mark.parametrize(("head", "lead", "story"), [
    ("Die Bahnhofstraße wird autofrei",
     "Der Stadtrat will die Bahnhofstraße bis zum Sommer für Autos sperren und dort Platz für Räder schaffen",
     DE_STORY),
    ("Die Bahnhofstraße wird autofrei",
     "Bern, 17.08.2019 - Rede der Stadtpräsidentin zur Eröffnung der neuen Velostation am Bahnhof", DE_STORY),
    ("La rue de la Gare sans voitures",
     "Le conseil municipal veut fermer la rue de la Gare aux voitures dès l'été et la laisser aux vélos",
     FR_STORY),
])
def test_region_takes_in_the_lead_above_the_first_paragraph(ctx, head, lead, story):
    """A standfirst under the headline, a sentence without its full stop: the article's, not furniture."""
    page = "\n".join([f"{head} – Stadtanzeiger", "Startseite", "Lokales", "Sport", head, lead, *story,
                      "Impressum", "Datenschutz"])
    doc = doc_of(page)
    apply_region(doc, ctx)
    kept = [b.text for b in doc.kept()]
    assert lead in kept and kept[-1] == story[-1]
    assert "Sport" not in kept and "Impressum" not in kept


@pytest.mark.parametrize("byline", [
    "12. März 2019 / 3 Kommentare / in Lokales / von Redaktion",
    "Veröffentlicht am 12. März 2019 von Jana Berger",
])
def test_region_leaves_a_byline_above_the_first_paragraph_out(ctx, byline):
    page = "\n".join([
        "Die Bahnhofstraße wird autofrei – Stadtanzeiger", "Startseite", "Lokales",
        "Die Bahnhofstraße wird autofrei", byline, *DE_STORY, "Impressum"])
    doc = doc_of(page)
    apply_region(doc, ctx)
    assert byline not in [b.text for b in doc.kept()]
