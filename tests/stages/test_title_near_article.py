"""stages.title on page text, the lines near the article's start (issue 11): a menu item or a hint
right above the article where the page shows its headline in no line (stages.title_menu,
stages.title_unshared), a dated kicker over a signed headline (stages.title_kicker), a `<title>`
reworded by a word (stages.title_reworded), a short headline told twice (stages.title_short), a
badge over the headline (stages.title_opening) and a headline that asks (stages.title_question).
Pages written for these tests, in English, German, French, Spanish, Portuguese and Dutch."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

ARTICLE = {
    "en": ("The harbour council voted on Tuesday to buy a new ferry for the island route, after two years of "
           "delays and a long debate about what it would cost the town and its people.\n"
           "The new boat will carry up to two hundred passengers and forty cars on each crossing of the bay, "
           "and it should enter service before the summer season begins next year."),
    "de": ("Der Gemeinderat hat am Dienstag beschlossen, eine neue Fähre für die Inselroute zu kaufen, nachdem "
           "zwei Jahre lang über die Kosten für die Stadt und ihre Bürger gestritten worden war.\n"
           "Das neue Schiff soll bis zu zweihundert Fahrgäste und vierzig Autos über die Bucht bringen und "
           "noch vor dem Beginn der Sommersaison im nächsten Jahr in Dienst gehen."),
    "fr": ("Le conseil municipal a voté mardi l'achat d'un nouveau bac pour la liaison vers l'île, après deux "
           "années de retards et un long débat sur ce qu'il coûterait à la ville et à ses habitants.\n"
           "Le nouveau bateau pourra transporter jusqu'à deux cents passagers et quarante voitures à chaque "
           "traversée de la baie, et il devrait entrer en service avant le début de la saison d'été."),
    "es": ("El ayuntamiento aprobó el martes la compra de un nuevo transbordador para la ruta de la isla, tras "
           "dos años de retrasos y un largo debate sobre lo que costaría a la ciudad y a sus vecinos.\n"
           "El nuevo barco podrá llevar hasta doscientos pasajeros y cuarenta coches en cada travesía de la "
           "bahía, y debería entrar en servicio antes de que empiece la temporada de verano."),
    "pt": ("A câmara municipal aprovou na terça-feira a compra de um novo ferry para a ligação à ilha, depois "
           "de dois anos de atrasos e de um longo debate sobre o que custaria à cidade e aos seus moradores.\n"
           "O novo barco poderá levar até duzentos passageiros e quarenta carros em cada travessia da baía, "
           "e deverá entrar ao serviço antes do começo da época de verão do próximo ano."),
    "nl": ("De gemeenteraad heeft dinsdag besloten een nieuwe veerboot te kopen voor de route naar het eiland, "
           "na twee jaar van vertraging en een lang debat over wat die de stad en haar inwoners zou kosten.\n"
           "Het nieuwe schip kan tot tweehonderd passagiers en veertig auto's over de baai brengen en moet "
           "nog voor het begin van het zomerseizoen volgend jaar in de vaart komen."),
}


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner(site_rules=False)


def clean(cleaner: Cleaner, lang: str, *lines: str, url: str | None = None) -> str | None:
    return cleaner.clean("\n".join((*lines, ARTICLE[lang])), url=url).title


# The <title> line (`Headline | Site`), a menu whose items are a word or three, and one longer item
# that shares a word with the headline; the page shows its headline in no line (an image).
MENU = [
    ("en", "New ferry for the island route | Bay Courier", "The ferry in five facts"),
    ("de", "Neue Fähre für die Inselroute | Bay Courier", "Fünf Fragen zur Fähre"),
    ("fr", "Un nouveau bac pour l'île | Bay Courier", "Le bac en cinq questions"),
    ("nl", "Nieuwe veerboot voor het eiland | Bay Courier", "Vijf vragen over veerboot"),
]
URL = "https://www.baycourier.com/news/ferry"  # names the site: `Bay Courier`


@pytest.mark.parametrize(("lang", "title", "item"), MENU, ids=[m[0] for m in MENU])
def test_a_menu_item_above_the_article_is_no_headline(cleaner, lang, title, item):
    got = clean(cleaner, lang, title, "Home", "News", "Ferries", "Contents", item, "Timetables", "Prices", url=URL)
    assert got == title.split(" | ")[0]


# The nearest line above the article is a hint of the page's gallery, which tells nothing of the
# headline; the <title> line says it.
HINTS = [
    ("en", "New ferry for the island route | Bay Courier", "Tip: use arrow keys to browse pictures"),
    ("de", "Neue Fähre für die Inselroute | Bay Courier", "Tipp: Mit Pfeiltasten blättern Sie weiter"),
    ("fr", "Un nouveau bac pour l'île | Bay Courier", "Astuce : avec les flèches, voyez chaque photo"),
    ("es", "Un nuevo transbordador para la isla | Bay Courier", "Consejo: use flechas del teclado, vea fotos"),
]


@pytest.mark.parametrize(("lang", "title", "hint"), HINTS, ids=[h[0] for h in HINTS])
def test_a_hint_that_shares_no_word_with_the_title_gives_way_to_it(cleaner, lang, title, hint):
    got = clean(cleaner, lang, title, "Home", "News", "Ferries", hint, url=URL)
    assert got == title.split(" | ")[0]


# A section's name and the day over the headline, the byline under it.
KICKERS = [
    ("en", "infrastructure May 16, 2023", "The Ferry Is the Problem. Is a Bridge the Answer for the Island?",
     "By Jane Roe"),
    ("de", "Infrastruktur 16. Mai 2023", "Die Fähre ist das Problem. Ist eine Brücke die Lösung für die Insel?",
     "Von Jana Roth"),
    ("fr", "infrastructures 16 mai 2023", "Le bac est le problème. Un pont est-il la solution pour l'île ?",
     "Par Jeanne Roux"),
    ("es", "infraestructuras 16 de mayo 2023", "El barco es el problema. ¿Es un puente la solución para la isla?",
     "Por Juana Ruiz"),
]


@pytest.mark.parametrize(("lang", "kicker", "headline", "byline"), KICKERS, ids=[k[0] for k in KICKERS])
def test_a_dated_kicker_over_a_signed_headline_is_no_headline(cleaner, lang, kicker, headline, byline):
    got = clean(cleaner, lang, "Why the island needs a better link", "Home", "News", "Ferries",
                kicker, headline, byline)
    assert got == headline


# A <title> of one part, the h1 reworded by a word (a synonym, a plural, a short form spelled out).
REWORDED = [
    ("en", "HS Roundup: Harbour Town beats Bay City to stay unbeaten",
     "High School Roundup: Harbour Town beats Bay City to stay unbeaten"),
    ("de", "Fähre: Kein Zutritt mehr mit Spartickets", "Fähre: Kein Zugang mehr mit Sparticket"),
    ("fr", "Plus d'accès au bac de l'île avec les billets réduits", "Plus d'accès au bac de l'île avec le billet réduit"),
    ("nl", "Veerboot: geen toegang meer met goedkope kaartjes", "Veerboot: geen toegang meer met voordelige kaartjes"),
]


@pytest.mark.parametrize(("lang", "title", "h1"), REWORDED, ids=[r[0] for r in REWORDED])
def test_a_title_reworded_by_a_word_stands_for_the_h1(cleaner, lang, title, h1):
    assert clean(cleaner, lang, title, "Home", "News", h1) == title


def test_an_h1_two_words_longer_than_its_title_stands(cleaner):
    h1 = "Neue Fähre mit Elektromotor und Solardach für die Inselroute"
    assert clean(cleaner, "de", "Neue Fähre Elektromotor, Solardach für die Inselroute", "Home", "News", h1) == h1


def test_a_site_named_in_the_title_leaves_the_reworded_h1_standing(cleaner):
    h1 = "Why you just can't trust the ferry timetable this winter"
    got = clean(cleaner, "en", "Why you can't trust the ferry timetable this winter - BayCourierNews", "Home", h1)
    assert got == h1


# A standfirst without its full stop (so no sentence that starts the article).
LEAD = {
    "en": "The opposition won a landslide in the local elections, ending twelve years of rule by the party",
    "de": "Die Opposition hat die Kommunalwahlen klar gewonnen und damit zwölf Jahre Herrschaft der Partei beendet",
    "fr": "L'opposition a largement gagné les élections locales, mettant fin à douze ans de règne du parti",
    "es": "La oposición ganó con claridad las elecciones locales y puso fin a doce años de gobierno del partido",
}


# A headline of three words, the breadcrumb's last step and the h1, over its byline; a widget's
# leftover line right above the article.
SHORT = [
    ("en", "Elections in Ruritania", "by Jane Roe and Tom Poe", "This box should not be shown anymore"),
    ("de", "Kommunalwahlen in Ruritanien", "von Jana Roth und Tom Pohl", "Dieser Kasten sollte nicht mehr erscheinen"),
    ("fr", "Élections en Ruritanie", "par Jeanne Roux et Tom Poux", "Ce cadre ne devrait plus être affiché"),
    ("es", "Elecciones en Ruritania", "por Juana Ruiz y Tomás Paz", "Este cuadro ya no debería mostrarse"),
]


@pytest.mark.parametrize(("lang", "headline", "byline", "leftover"), SHORT, ids=[s[0] for s in SHORT])
def test_a_short_headline_told_twice_and_signed_is_the_title(cleaner, lang, headline, byline, leftover):
    got = clean(cleaner, lang, "Island Foundation - detail", "Home", "Reports", headline, "detail", "Reports",
                headline, byline, "Landslide win", LEAD[lang], "Order", leftover)
    assert got == headline


def test_a_section_label_told_on_every_teaser_is_no_short_headline(cleaner):
    headline = "Decanting wine: all you need to know about a special step"
    got = clean(cleaner, "en", "Decanting wine: everything summed up", "Home", "Wine & Taste", "Wine & Taste",
                "Recipes", "Now reading", headline, "Wine & Taste", "· 14 October 2023", headline, "Home",
                "Wine & Taste")
    assert got == headline


# A badge over the headline (a long sentence that opens the main region, so the article's start),
# the headline right under it, reworded from a <title> that runs keywords on.
BADGES = [
    ("es", "Nuevo transbordador: el ayuntamiento aprueba la compra para la ruta de la isla Bahía Puerto | LOCAL",
     "Noticias Información basada en hechos y verificada de primera mano por el reportero.",
     "Nuevo transbordador: el ayuntamiento aprueba la compra para la isla"),
    ("nl", "Nieuwe veerboot: gemeenteraad keurt de aankoop goed voor de eilandroute Baai Haven | LOKAAL",
     "Nieuws Informatie gebaseerd op feiten en ter plaatse gecontroleerd door de verslaggever.",
     "Nieuwe veerboot: gemeenteraad keurt de aankoop goed voor het eiland"),
    ("fr", "Nouveau bac : le conseil approuve l'achat pour la liaison de l'île Baie Port | LOCAL",
     "Actualités Information fondée sur des faits et vérifiée sur place par le reporter.",
     "Nouveau bac : le conseil approuve l'achat pour l'île"),
]


@pytest.mark.parametrize(("lang", "title", "badge", "h1"), BADGES, ids=[b[0] for b in BADGES])
def test_a_headline_right_under_a_badge_at_the_start(cleaner, lang, title, badge, h1):
    assert clean(cleaner, lang, title, "Home", "Local", "Subscribe", badge, h1) == h1


# A question for a headline, under the menus, over its standfirst: the <title> says it otherwise.
QUESTIONS = [
    ("es", "Transbordador 2023: ¿cuándo llega? | Local | El Correo",
     "¿Cuándo llegará el nuevo transbordador de la isla, según el calendario del ayuntamiento?"),
    ("en", "Ferry 2023: when does it come? | Local | The Courier",
     "When will the new island ferry arrive, according to the council's timetable?"),
    ("de", "Fähre 2023: wann kommt sie? | Lokales | Der Kurier",
     "Wann kommt die neue Fähre zur Insel, wenn es nach dem Zeitplan der Gemeinde geht?"),
    ("fr", "Bac 2023 : quand arrive-t-il ? | Local | Le Courrier",
     "Quand le nouveau bac de l'île arrivera-t-il, selon le calendrier de la mairie ?"),
]


@pytest.mark.parametrize(("lang", "title", "question"), QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_a_question_under_the_menus_over_its_standfirst_is_the_headline(cleaner, lang, title, question):
    assert clean(cleaner, lang, title, "Home", "Local", "Answers", question) == question


# A forum's <title> (its own name, a phrase) over a thread whose title stands over its counts: the
# thread's title is the headline by its place, though it shares no word with the <title>.
THREADS = [
    ("en", "Forum for all who grow vegetables", "Tomato leaves curling at the top", "Replies: 12 Views: 3,410"),
    ("de", "Forum für alle, die Gemüse ziehen", "Tomatenblätter rollen sich oben ein", "5 Antworten 312 Aufrufe"),
    ("pt", "Pergunte à Comunidade", "Como tirar manchas de café do sofá?", "3 respostas · 12 votos"),
]


@pytest.mark.parametrize(("lang", "title", "thread", "counts"), THREADS, ids=[t[0] for t in THREADS])
def test_a_thread_title_over_its_counts_stands_though_it_shares_no_word(cleaner, lang, title, thread, counts):
    got = cleaner.clean("\n".join((title, "Questions", "Tags", "Sign in", thread, counts, ARTICLE[lang]))).title
    assert got == thread
