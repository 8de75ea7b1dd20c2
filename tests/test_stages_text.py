"""The text path's heuristics on real-shaped page text (written for these tests) in English,
German and French: what each removes and what it keeps."""

from __future__ import annotations

import pytest

from cleaner.document import CAPTION, LIST_ITEM, Block, Document, text_blocks
from cleaner.stages import Context, language, lexicon, region, run, verdict
from cleaner.stages.features import features, is_terminal
from cleaner.stages.matching import LineMatcher, expand, literal_prefix
from cleaner.patterns import Pattern

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
    return Context(generic_cleaner.ruleset.generic)


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
    language.apply(doc, ctx)
    assert doc.language == lang


def test_language_of_polish_and_chinese(ctx):
    pl = doc_of("Wczoraj w Krakowie odbyło się spotkanie mieszkańców, którzy nie zgadzają się na budowę nowej drogi.\n"
                "Jak powiedział nam jeden z nich, to jest dla nich bardzo ważna sprawa i będą o nią walczyć do końca.")
    language.apply(pl, ctx)
    assert pl.language == "pl"
    zh = doc_of("今天上午，市政府在新闻发布会上宣布，新的地铁线路将于明年年底开通运营。\n这条线路全长三十公里，共设有二十个车站，连接城市的东部和西部。")
    language.apply(zh, ctx)
    assert zh.language == "zh"


def test_a_declared_language_is_trusted(ctx):
    doc = doc_of(EN_PAGE)
    doc.language = "de"
    assert features(doc, ctx).language == "de"


def test_stopword_counts_and_sentence_ends(ctx):
    doc = doc_of("The cat sat on the mat.\nWeather\nWhy it matters")
    doc.language = "en"  # too short to tell; as the HTML path's metadata would declare it
    f = features(doc, ctx)
    assert f.tokens == [6, 1, 3]
    assert f.stops[0] >= 3 and f.stops[1] == 0
    assert f.terminal == [True, False, False]
    assert is_terminal("“We will stay,” she said.”") and is_terminal("Ist das so?") and is_terminal("这是真的。")
    assert not is_terminal("Was wir mitgenommen haben:") and not is_terminal("Read more »")


def test_text_blocks_collapse_white_space_of_every_kind():
    text = "A  line\twith\u00a0odd\u2009spaces \n\n  Indented\u3000line\r\nClean line\n"
    assert [(b.text, b.line) for b in text_blocks(text)] == [
        ("A line with odd spaces", 1), ("Indented line", 3), ("Clean line", 4)]
    assert [(b.text, b.line) for b in text_blocks("Clean line\n\nAnother one")] == [("Clean line", 1), ("Another one", 3)]
    # The page-wide test that lets clean pages skip the per-line split knows every white space.
    from cleaner.document import _OTHER_SPACE
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
    f = features(doc_of("mike says:\nShare this story\nDRUCKEN\n12 Comments\nShare this story with a friend\n"
                        "He says: no."), ctx)
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
    lexicon.apply(doc, ctx)
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
    lexicon.apply(doc, ctx)
    assert doc.blocks[0].kept


def test_copyright_lines_stay_in_html_blocks(ctx):
    doc = doc_of("© 2019 The Associated Press. All rights reserved.", source="html")
    lexicon.apply(doc, ctx)
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
    region.apply(doc, ctx)
    assert [b.text for b in doc.kept()] == [
        "The council approved the new lanes on Tuesday after two years of debate in the city."]


def test_phrase_rules_run_first_so_junk_never_joins_the_region(cleaner):
    doc = clean_page(cleaner, EN_PAGE)
    assert reason(doc, "Your email address will not be published. Required fields are marked *") == "lexicon.comments"
    assert reason(doc, "Share this:") == "lexicon.share"


def test_region_leaves_html_blocks_alone(ctx):
    doc = doc_of("Home\nNews\nSport\nWeather\n" + "The council approved the lanes on Tuesday night.", source="html")
    region.apply(doc, ctx)
    assert all(b.kept for b in doc.blocks)


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
    lexicon.apply(doc, ctx)
    region.apply(doc, ctx)
    assert [b.text for b in doc.kept()][-1].startswith("Construction starts")


def test_related_marker_mid_article_keeps_the_rest(ctx):
    para = "The council approved the new lanes on Tuesday after two years of debate in the city hall."
    doc = doc_of("\n".join([para, "Related", para.replace("Tuesday", "Monday"), para.replace("Tuesday", "Friday"),
                            para.replace("Tuesday", "Sunday")]))
    region.apply(doc, ctx)
    assert all(b.kept for b in doc.blocks if b.text != "Related")


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
    verdict.apply(doc, ctx)
    assert doc.status == "not-article" and not list(doc.kept())
    doc = Document([Block("The council approved the new lanes on Tuesday after two years of debate.", 1),
                    Block("Photo of the street", 2, CAPTION)], source="html")
    verdict.apply(doc, ctx)
    assert doc.status == "ok"


# --- idempotence -----------------------------------------------------------------------------

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
    doc = run(doc_of(EN_PAGE), Context(cleaner.ruleset.generic))
    assert doc.title == "City council approves new bike lanes on Harbour Street"


def test_a_rule_with_alternatives_at_its_top_is_never_skipped(ctx):
    matcher = LineMatcher.build([("either", Pattern("Foo bar|Baz qux", "t"))])
    f = features(doc_of("Baz qux\nFoo bar\nQux"), ctx)
    assert [i for i, _ in matcher.lines(f)] == [0, 1]


def test_verdict_a_page_of_menu_words_is_no_article(cleaner):
    article = cleaner.clean("Home\nNews\nSports\nWeather\nContact us\n")
    assert (article.body, article.status) == ("", "not-article")


def test_verdict_keeps_a_short_article(cleaner):
    article = cleaner.clean("Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.\n")
    assert (article.title, article.status) == ("Storm hits the coast", "ok")
    assert article.body == "The storm hit the coast on Monday, officials said."
