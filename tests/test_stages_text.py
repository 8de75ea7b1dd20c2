"""The text path's heuristics on real-shaped page text (written for these tests) in English,
German and French: what each removes and what it keeps."""

from __future__ import annotations

import pytest

from cleaner.blocks.text import text_blocks
from cleaner.document import CAPTION, LIST_ITEM, Block, Document
from cleaner.page import Page
from cleaner.rules.matching import LineMatcher, expand, literal_prefix
from cleaner.rules.patterns import Pattern
from cleaner.stages import lexicon, region, run, trailers, verdict
from cleaner.text import ends_sentence, key

EN_PAGE = """City council approves new bike lanes on Harbour Street – The Daily Gazette
Skip to content
Home
News
Local
Politics
Sports
Opinion
Subscribe
City council approves new bike lanes on Harbour Street
By Jane Holloway
November 19, 2019 at 6:21 am
The city council voted on Tuesday night to approve a network of protected bike lanes along Harbour Street, ending a debate that had lasted for more than two years.
Supporters filled the chamber and cheered when the vote passed seven to two. Several shop owners had argued that the loss of parking would hurt their business.
What happens next
Construction is expected to begin in the spring and should take about four months, according to the city's transport department.
“We have listened to every concern, and we believe this plan makes the street safer for everyone,” said the council's chair, who has backed the project since it was first proposed.
Share this:
Facebook
Twitter
Related Articles
Mayor unveils budget with more money for parks and libraries
Police close part of the ring road after a crash on Sunday
3 Comments
mike_k says:
November 19, 2019 at 8:02 am
Finally. I have waited years for this and I hope they do not delay it again.
anna.r says:
November 19, 2019 at 9:15 am
What about the delivery trucks? Nobody seems to have thought about where they will stop.
Leave a Reply
Your email address will not be published. Required fields are marked *
© 2019 The Daily Gazette. All rights reserved.
Privacy Policy
Terms of Use"""

DE_PAGE = """Herbstspaziergang im Stadtwald – Mein kleiner Naturblog
Startseite
Über mich
Rezepte
Reisen
Kontakt
Herbstspaziergang im Stadtwald
Veröffentlicht am 12. Oktober 2019
Am Sonntag sind wir endlich wieder in den Stadtwald gegangen, weil das Wetter so schön war und die Blätter schon bunt wurden.
Auf dem Weg zum Weiher haben wir viele Pilze gesehen, aber wir haben natürlich keine gesammelt, denn wir kennen uns damit nicht aus.
Was wir mitgenommen haben:
eine Thermoskanne Tee
zwei Äpfel
eine Decke
Am Ende des Tages waren die Kinder müde, aber sehr zufrieden, und wir haben beschlossen, im November noch einmal wiederzukommen.
Teilen:
Gefällt mir:
Ähnliche Beiträge
Schreibe einen Kommentar
Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert
Impressum
Datenschutzerklärung
Bloggen Sie auf WordPress.com."""

FR_PAGE = """Le marché de Noël ouvre ses portes samedi - Le Journal de la Ville
Accueil
Actualités
Culture
Sport
Rechercher
Le marché de Noël ouvre ses portes samedi
Publié le 19/11/2019 à 10h15
Le traditionnel marché de Noël ouvrira ses portes samedi sur la place centrale, avec plus de soixante chalets et une patinoire pour les enfants.
Les organisateurs attendent cette année encore plus de visiteurs que l'an dernier, grâce à de nouveaux horaires d'ouverture le soir.
Le marché restera ouvert jusqu'au 31 décembre, tous les jours de dix heures à vingt heures, sauf le jour de Noël.
À lire aussi
Les commerçants du centre-ville inquiets avant les fêtes de fin d'année
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
Mentions légales
© 2019 Le Journal de la Ville. Tous droits réservés."""


@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


@pytest.fixture(scope="module")
def ctx(generic_cleaner):
    return lambda doc: Page(doc, generic_cleaner.ruleset.generic)


def apply_region(doc: Document, ctx) -> None:
    """The main region as the stages mark it: the trailers it cuts, then what lies outside it."""
    page = ctx(doc)
    trailers.apply(doc, page)
    region.apply(doc, page)


def doc_of(text: str, source: str = "text") -> Document:
    return Document(text_blocks(text), source=source)


def clean_page(cleaner, text: str) -> Document:
    return cleaner.document(text)


def body_lines(doc: Document) -> list[str]:
    return [b.text for b in doc.kept()]


def reason(doc: Document, text: str) -> str | None:
    return next(b.dropped for b in doc.blocks if b.text == text)


# --- features and language -----------------------------------------------------------------

@pytest.mark.parametrize("page,lang", [(EN_PAGE, "en"), (DE_PAGE, "de"), (FR_PAGE, "fr")])
def test_language_from_stopwords(ctx, page, lang):
    doc = doc_of(page)
    assert ctx(doc).features.language == lang


def test_language_of_polish_and_chinese(ctx):
    pl = doc_of("Wczoraj w Krakowie odbyło się spotkanie mieszkańców, którzy nie zgadzają się na budowę nowej drogi.\n"
                "Jak powiedział nam jeden z nich, to jest dla nich bardzo ważna sprawa i będą o nią walczyć do końca.")
    assert ctx(pl).features.language == "pl"
    zh = doc_of("今天上午，市政府在新闻发布会上宣布，新的地铁线路将于明年年底开通运营。\n这条线路全长三十公里，共设有二十个车站，连接城市的东部和西部。")
    assert ctx(zh).features.language == "zh"


def test_a_declared_language_is_trusted(ctx):
    doc = doc_of(EN_PAGE)
    doc.language = "de"
    assert ctx(doc).features.language == "de"


def test_stopword_counts_and_sentence_ends(ctx):
    doc = doc_of("The cat sat on the mat.\nWeather\nWhy it matters")
    doc.language = "en"  # too short to tell; as the HTML path's metadata would declare it
    f = ctx(doc).features
    assert f.tokens == [6, 1, 3]
    assert f.stops[0] >= 3 and f.stops[1] == 0
    assert f.terminal == [True, False, False]
    assert ends_sentence("“We will stay,” she said.”") and ends_sentence("Ist das so?") and ends_sentence("这是真的。")
    assert not ends_sentence("Was wir mitgenommen haben:") and not ends_sentence("Read more »")


def test_page_keys_equal_each_lines_key(ctx):
    # The page-wide pass (ASCII punctuation deleted from the bytes, then the rest) gives each
    # line's `key`: typographic punctuation, underscores, combining marks, CJK, a lone surrogate.
    lines = ["“Don’t—stop!” she_said (at 5:30 p.m.)", "Ünïcode — naïve café…", "नमस्ते, दुनिया!",
             "分享到：微博", "a\ud800b", "__init__ · ¿Qué? «Oui» ½ ²"]
    f = ctx(doc_of("\n".join(lines))).features
    assert f.keys == [key(t) for t in lines]
    assert f.keys[0] == "dontstopshesaidat530pm" and f.keys[4] == "ab"


def test_text_blocks_collapse_white_space_of_every_kind():
    text = "A  line\twith\u00a0odd\u2009spaces \n\n  Indented\u3000line\r\nClean line\n"
    assert [(b.text, b.line) for b in text_blocks(text)] == [
        ("A line with odd spaces", 1), ("Indented line", 3), ("Clean line", 4)]
    assert [(b.text, b.line) for b in text_blocks("Clean line\n\nAnother one")] == [("Clean line", 1), ("Another one", 3)]
    # The page-wide test that lets clean pages skip the per-line split knows every white space.
    from cleaner.blocks.text import _OTHER_SPACE
    assert all(_OTHER_SPACE.match(ch) for ch in map(chr, range(0x3001)) if ch.isspace() and ch not in " \n")


# --- rule matching ---------------------------------------------------------------------------

def test_rules_are_indexed_by_their_literal_start(ctx):
    assert literal_prefix("Share this (article|story)") == "share this "
    assert literal_prefix("Kommentare?") == "kommentar"
    assert literal_prefix(r"\((AP|AFP) Photo", escapes=True) == "("
    assert expand("(Teilen|Drucken)( mit)?:?") == ["Teilen( mit)?:?", "Drucken( mit)?:?"]
    assert expand("^(Newsletter|Subscribe)$") == ["^Newsletter$", "^Subscribe$"]
    matcher = LineMatcher.build([("share", Pattern("Share this (article|story)", "t")),
                                 ("plain", Pattern("Drucken", "t")),
                                 ("digits", Pattern(r"\d+ Comments", "t")),
                                 ("rest", Pattern(r"[\w ]+ says:", "t"))])
    f = ctx(doc_of("mike says:\nShare this story\nDRUCKEN\n12 Comments\nShare this story with a friend\n"
                   "He says: no.")).features
    assert [(i, r.tag) for i, r in matcher.lines(f)] == [(0, "rest"), (1, "share"), (2, "plain"), (3, "digits")]


# --- lexicon in several languages ------------------------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("By Jane Holloway", "dateline"),
    ("November 19, 2019 at 6:21 am", "dateline"),
    ("Veröffentlicht am 12. Oktober 2019", "dateline"),
    ("vor 3 Stunden", "dateline"),
    ("Publié le 19/11/2019 à 10h15", "dateline"),
    ("Von Max Mustermann", "dateline"),
    ("Teilen:", "share"),
    ("Gefällt mir:", "share"),
    ("Facebook Twitter WhatsApp E-Mail", "share"),
    ("Folgen Sie uns auf Instagram", "follow"),
    ("Śledź nas na Facebooku", "follow"),
    ("Impressum", "legal"),
    ("Mentions légales", "legal"),
    ("© 2019 Le Journal de la Ville. Tous droits réservés.", "legal"),
    ("Alle Rechte vorbehalten.", "legal"),
    ("Weiterlesen …", "read-more"),
    ("Lire la suite", "read-more"),
    ("Czytaj dalej", "read-more"),
    ("Anzeige", "read-more"),
    ("Jetzt zum Newsletter anmelden und nichts verpassen", "newsletter"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "comments"),
    ("Twój adres e-mail nie zostanie opublikowany.", "comments"),
    ("发表评论", "comments"),
])
def test_lexicon_drops_furniture_in_many_languages(ctx, line, kind):
    doc = doc_of(f"{line}\nAm Sonntag sind wir endlich wieder in den Stadtwald gegangen, weil das Wetter schön war.")
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].dropped == f"lexicon.{kind}"
    assert doc.blocks[1].kept


@pytest.mark.parametrize("line", [
    "By the end of the year, the council hopes to have finished the first section of the lanes.",
    "Am 12. Oktober 2019 war das Wetter im Stadtwald besonders schön.",
    "Die Anzeige wurde am Montag bei der Polizei aufgegeben, wie ein Sprecher bestätigte.",
    "2019",
    "Top 10",
    "Les droits de l'homme sont au cœur de ce débat, a rappelé la ministre.",
])
def test_lexicon_keeps_prose_and_headings(ctx, line):
    doc = doc_of(line)
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].kept


def test_copyright_lines_stay_in_html_blocks(ctx):
    doc = doc_of("© 2019 The Associated Press. All rights reserved.", source="html")
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].kept


# --- the main region -------------------------------------------------------------------------

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

# --- trailers and comments on page text ------------------------------------------------------

def test_comment_thread_is_cut_after_the_article(cleaner):
    doc = clean_page(cleaner, EN_PAGE)
    assert reason(doc, "What about the delivery trucks? Nobody seems to have thought about where they will stop.") \
        is not None
    assert reason(doc, "mike_k says:") is not None


def test_comments_without_an_opener_are_cut_by_their_time_stamps(ctx):
    comment = "I think this is a good idea and the council should have done it years ago, honestly."
    page = "\n".join(["The council approved the new lanes on Tuesday after two years of long debate.",
                      "Supporters cheered in the chamber, and the shop owners said they would accept it.",
                      "Drivers will lose about forty parking spaces, which the city plans to replace nearby.",
                      "Construction starts in the spring and takes four months, the department said."]
                     + [line for n in range(4) for line in (f"reader{n}", f"November {n + 1}, 2019 at 8:02 am",
                                                              comment)])
    doc = doc_of(page)
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert [b.text for b in doc.kept()][-1].startswith("Construction starts")


def test_related_marker_mid_article_keeps_the_rest(ctx):
    para = "The council approved the new lanes on Tuesday after two years of debate in the city hall."
    doc = doc_of("\n".join([para, "Related", para.replace("Tuesday", "Monday"), para.replace("Tuesday", "Friday"),
                            para.replace("Tuesday", "Sunday")]))
    apply_region(doc, ctx)
    assert all(b.kept for b in doc.blocks if b.text != "Related")



INLINE_BOX = {
    "en": ("Related Articles", [
        "The harbour authority said on Monday that the new ferry terminal will open two months later than planned.",
        "Engineers found cracks in the concrete of the main pier during a routine inspection in the autumn.",
        "The repairs will cost about four million pounds, which the contractor has agreed to pay in full.",
        "Passengers will keep using the old terminal on the north side of the harbour until the spring.",
    ], ["Council approves the budget for next year", "New bus routes start in the city centre"], [
        "The operator said it would run two extra crossings a day in December to cope with the holiday traffic.",
        "Local shop owners welcomed the delay, because the old terminal brings more customers into the town.",
    ]),
    "de": ("Lesen Sie auch", [
        "Die Stadtwerke haben am Montag angekündigt, dass die neue Straßenbahnlinie erst im Sommer fertig wird.",
        "Bei einer Prüfung im Herbst hatten die Ingenieure Risse in den Fundamenten der neuen Brücke gefunden.",
        "Die Reparatur kostet nach Angaben der Stadt rund vier Millionen Euro, die der Bauträger übernehmen muss.",
        "Bis dahin fahren auf der Strecke weiterhin Busse, die alle zehn Minuten vom Bahnhof abfahren werden.",
    ], ["Haushalt für das kommende Jahr beschlossen", "Neue Radwege in der Innenstadt"], [
        "Im Dezember sollen zusätzliche Busse eingesetzt werden, weil dann viele Menschen zum Weihnachtsmarkt fahren.",
        "Die Händler in der Altstadt begrüßten die Verzögerung, weil die Baustelle nun erst im Sommer beginnt.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(INLINE_BOX))
def test_an_inline_related_box_goes_and_the_article_goes_on(ctx, lang):
    marker, before, teasers, after = INLINE_BOX[lang]
    doc = doc_of("\n".join(["Menu", *before, marker, *teasers, *after, "Impressum"]))
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert body_lines(doc) == before + after
    assert reason(doc, marker) == "trailers.box" and reason(doc, teasers[0]) == "trailers.box"


def test_two_boxes_in_a_row_go_and_the_article_goes_on(ctx):
    marker, before, teasers, after = INLINE_BOX["en"]
    after = [*after, "The harbour authority will publish the new timetable for the ferries on its website next week."]
    doc = doc_of("\n".join(["Menu", *before, marker, *teasers, marker, *reversed(teasers), *after, "Impressum"]))
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert body_lines(doc) == before + after

@pytest.mark.parametrize("lang", sorted(INLINE_BOX))
def test_a_related_list_after_the_article_is_still_cut(ctx, lang):
    # Teasers with a summary each: headline, sentence, headline, sentence, never two paragraphs in a row.
    marker, before, teasers, after = INLINE_BOX[lang]
    summaries = [line for t, a in zip(teasers, after) for line in (t, a)]
    doc = doc_of("\n".join(["Menu", *before, marker, *summaries, "Impressum"]))
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert body_lines(doc) == before
    assert reason(doc, after[0]) == "trailers"


def test_a_box_high_up_in_the_article_goes_with_its_teasers(ctx):
    before = ["Le conseil municipal a voté mardi soir la création de nouvelles pistes cyclables dans le centre-ville, "
              "après deux années de débats parfois très vifs entre les habitants.",
              "Les commerçants de la rue principale craignent de perdre des clients à cause des places supprimées.",
              "Le maire a répondu que la ville construira un nouveau parking près de la gare avant la fin de l'année."]
    after = [f"Les travaux commenceront au printemps et dureront environ {n} mois, selon les services de la ville."
             for n in ("quatre", "cinq", "six", "sept")]
    teasers = ["Le marché de Noël ouvre ses portes samedi", "Un nouveau directeur pour le conservatoire"]
    doc = doc_of("\n".join(["Accueil", *before, "À lire aussi", *teasers, *after, "Mentions légales"]))
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert body_lines(doc) == before + after
    assert reason(doc, teasers[1]) == "trailers.box"

ABOUT_BOX = {
    "en": ("About Harbourline", "Harbourline is a ferry operator based in Portsmouth. It runs twelve routes along the south "
           "coast and employs around 300 people."),
    "de": ("Über Fährlinie Nord", "Die Fährlinie Nord ist ein Fährunternehmen mit Sitz in Kiel. Sie betreibt zwölf Linien "
           "an der Ostseeküste und beschäftigt rund 300 Menschen."),
}


@pytest.mark.parametrize("lang", sorted(ABOUT_BOX))
def test_an_about_box_after_the_article_is_cut(ctx, lang):
    _, before, _, after = INLINE_BOX[lang]
    heading, blurb = ABOUT_BOX[lang]
    doc = doc_of("\n".join(["Menu", *before, *after, heading, blurb, "Impressum"]))
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert body_lines(doc) == before + after
    assert reason(doc, blurb) == "trailers"


def test_a_heading_about_something_is_no_about_box(ctx):
    _, before, _, after = INLINE_BOX["en"]
    doc = doc_of("\n".join(["Menu", *before, "About the new timetable", *after, "Impressum"]))
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert body_lines(doc) == [*before, "About the new timetable", *after]

# --- title -----------------------------------------------------------------------------------

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


# --- verdict ---------------------------------------------------------------------------------

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


# --- idempotence -----------------------------------------------------------------------------

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


@pytest.mark.parametrize("page", [EN_PAGE, DE_PAGE, FR_PAGE])
def test_cleaning_a_cleaned_page_changes_nothing(cleaner, page):
    first = cleaner.clean(page)
    again = cleaner.clean(first.to_text())
    assert (again.title, again.body) == (first.title, first.body)


@pytest.mark.parametrize("site_rules", [True, False])
def test_samples_are_idempotent(site_rules):
    from conftest import SAMPLE_FILES

    from cleaner import Cleaner

    cleaner = Cleaner(site_rules=site_rules)
    for path in SAMPLE_FILES:
        first = cleaner.clean(path.read_text())
        again = cleaner.clean(first.to_text())
        assert (again.title, again.body) == (first.title, first.body), path.name


def test_the_whole_pipeline_is_what_run_applies(cleaner):
    doc = doc_of(EN_PAGE)
    run(doc, Page(doc, cleaner.ruleset.generic))
    assert doc.title == "City council approves new bike lanes on Harbour Street"


def test_a_rule_with_alternatives_at_its_top_is_never_skipped(ctx):
    matcher = LineMatcher.build([("either", Pattern("Foo bar|Baz qux", "t"))])
    f = ctx(doc_of("Baz qux\nFoo bar\nQux")).features
    assert [i for i, _ in matcher.lines(f)] == [0, 1]


def test_verdict_a_page_of_menu_words_is_no_article(cleaner):
    article = cleaner.clean("Home\nNews\nSports\nWeather\nContact us\n")
    assert (article.body, article.status) == ("", "not-article")


def test_verdict_keeps_a_short_article(cleaner):
    article = cleaner.clean("Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.\n")
    assert (article.title, article.status) == ("Storm hits the coast", "ok")
    assert article.body == "The storm hit the coast on Monday, officials said."
