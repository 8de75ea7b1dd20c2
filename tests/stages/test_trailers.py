"""stages.trailers: related lists, previous/next links, comment threads and inline boxes cut from
the article's end or lifted out of it, in English, German, French, Spanish, Portuguese and Italian."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon, trailers
from helpers import apply_region, body_lines, clean_page, doc_of, dropped, reason
from text_pages import EN_PAGE, PROSE


# Written against the generic layer alone: `cleaner` here is the Cleaner without site rules.
@pytest.fixture(scope="module")
def cleaner(generic_cleaner):
    return generic_cleaner


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
    "es": ("Noticias relacionadas", [
        "La autoridad del puerto anunció el lunes que la nueva terminal de ferris abrirá dos meses más tarde.",
        "Los ingenieros encontraron grietas en el hormigón del muelle principal durante una revisión en otoño.",
        "La reparación costará unos cuatro millones de euros, que la empresa constructora ha aceptado pagar.",
        "Los pasajeros seguirán usando la terminal antigua en el lado norte del puerto hasta la primavera.",
    ], ["El ayuntamiento aprueba el presupuesto", "Nuevas líneas de autobús en el centro"], [
        "La naviera dijo que en diciembre habrá dos salidas más al día para atender a todos los viajeros.",
        "Los comerciantes del barrio celebraron el retraso, porque la terminal antigua les trae más clientes.",
    ]),
    "pt": ("Leia também", [
        "A autoridade do porto anunciou na segunda-feira que o novo terminal de balsas vai abrir mais tarde.",
        "Os engenheiros encontraram rachaduras no concreto do cais principal durante uma inspeção no outono.",
        "O conserto vai custar cerca de quatro milhões de reais, que a construtora aceitou pagar por inteiro.",
        "Os passageiros vão continuar usando o terminal antigo no lado norte do porto até a primavera.",
    ], ["Câmara aprova o orçamento do próximo ano", "Novas linhas de ônibus no centro"], [
        "A empresa disse que em dezembro haverá duas travessias a mais por dia para atender os viajantes.",
        "Os comerciantes do bairro gostaram do atraso, porque o terminal antigo traz mais clientes para a cidade.",
    ]),
    "it": ("Articoli correlati", [
        "L'autorità del porto ha annunciato lunedì che il nuovo terminal dei traghetti aprirà con due mesi di ritardo.",
        "Gli ingegneri hanno trovato delle crepe nel cemento del molo principale durante un controllo in autunno.",
        "La riparazione costerà circa quattro milioni di euro, che l'impresa di costruzioni ha accettato di pagare.",
        "I passeggeri continueranno a usare il vecchio terminal sul lato nord del porto fino alla primavera.",
    ], ["Il comune approva il bilancio", "Nuove linee di autobus in centro"], [
        "La compagnia ha detto che a dicembre ci saranno due corse in più al giorno per tutti i viaggiatori.",
        "I commercianti del quartiere hanno accolto bene il ritardo, perché il vecchio terminal porta più clienti.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(INLINE_BOX))
def test_an_inline_related_box_goes_and_the_article_goes_on(ctx, lang):
    marker, before, teasers, after = INLINE_BOX[lang]
    doc = doc_of("\n".join(["Menu", *before, marker, *teasers, *after, "Impressum"]))
    lexicon.apply(doc, ctx(doc))
    apply_region(doc, ctx)
    assert body_lines(doc) == before + after
    # The box's header goes as a story-box header of the lexicon (on both paths) or with the box.
    assert reason(doc, marker) in ("lexicon.related", "trailers.box") and reason(doc, teasers[0]) == "trailers.box"


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
    summaries = [line for t, a in zip(teasers, after, strict=True) for line in (t, a)]
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


# A hosted blog's comment form below a post, as its page text shows it, in four languages:
# the heading with its cancel link run on, then the form's fields and boxes.
BLOG_FORMS = {
    "en": ["Leave a Reply Cancel reply", "Enter your comment here...",
           "Fill in your details below or click an icon to log in:", "Email (required)", "Name (required)",
           "You are commenting using your WordPress.com account. ( Log Out / Change )", "Cancel",
           "Connecting to %s", "Notify me of new comments via email.", "Notify me of new posts via email."],
    "de": ["Kommentar verfassen Antwort abbrechen", "Gib hier deinen Kommentar ein ...",
           "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:", "E-Mail (erforderlich)",
           "Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern)", "Abbrechen", "Verbinde mit %s",
           "Benachrichtigung bei weiteren Kommentaren per E-Mail senden.",
           "Informiere mich über neue Beiträge per E-Mail."],
    "fr": ["Laisser un commentaire Annuler la réponse", "Saisissez votre commentaire ici...",
           "Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter:",
           "Vous commentez à l’aide de votre compte WordPress.com. ( Déconnexion / Changer )", "Annuler",
           "Connexion à %s", "Avertissez-moi par e-mail des nouveaux articles."],
    "es": ["Deja una respuesta Cancelar la respuesta", "Escribe aquí tu comentario...",
           "Introduce tus datos o haz clic en un icono para iniciar sesión:",
           "Estás comentando usando tu cuenta de WordPress.com. ( Cerrar sesión / Cambiar )", "Cancelar",
           "Conectando a %s", "Recibir nuevas entradas por email."],
}
BLOG_POSTS = {
    "en": ["We finally planted the apple tree that my grandmother gave us, in the corner of the garden where "
           "the old shed used to stand.", "It took the whole afternoon, because the ground was full of stones and "
           "roots, but the children helped and nobody complained.", "Next spring we will see whether it flowers."],
    "de": ["Endlich haben wir den Apfelbaum gepflanzt, den uns meine Großmutter geschenkt hat, in der Ecke des "
           "Gartens, wo früher der alte Schuppen stand.", "Es hat den ganzen Nachmittag gedauert, weil der Boden "
           "voller Steine und Wurzeln war, aber die Kinder haben geholfen.", "Im Frühling sehen wir, ob er blüht."],
    "fr": ["Nous avons enfin planté le pommier que ma grand-mère nous a offert, dans le coin du jardin où se "
           "trouvait la vieille cabane.", "Cela a pris tout l'après-midi, car la terre était pleine de pierres et "
           "de racines, mais les enfants nous ont aidés.", "Au printemps, nous verrons s'il fleurit."],
    "es": ["Por fin plantamos el manzano que nos regaló mi abuela, en el rincón del jardín donde antes estaba "
           "la vieja caseta.", "Nos llevó toda la tarde, porque la tierra estaba llena de piedras y raíces, pero "
           "los niños ayudaron y nadie se quejó.", "En primavera veremos si florece."],
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_hosted_blog_s_comment_form_after_the_post_goes(cleaner, lang):
    post = BLOG_POSTS[lang]
    page = "\n".join(["Our apple tree – Garden Notes", "Garden Notes", "Our apple tree", *post, "Facebook",
                      "Twitter", *BLOG_FORMS[lang], "Garden Notes", "Archives"])
    doc = clean_page(cleaner, page)
    assert body_lines(doc) == post


COMMENTS = {
    "en": "What a lovely idea, we planted a pear tree for our daughter when she was born and it is huge now.",
    "de": "Was für eine schöne Idee, wir haben für unsere Tochter einen Birnbaum gepflanzt, als sie geboren wurde.",
    "fr": "Quelle belle idée, nous avons planté un poirier pour notre fille à sa naissance et il est immense.",
    "es": "Qué idea tan bonita, nosotros plantamos un peral cuando nació nuestra hija y ahora es enorme.",
}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_comment_form_heading_with_its_cancel_link_opens_the_comments(ctx, lang):
    """`Leave a Reply Cancel reply` on one line, then readers' comments (written as sentences): they go."""
    post = BLOG_POSTS[lang] * 2  # prose enough before it for an opener to cut
    page = "\n".join(["Our apple tree – Garden Notes", "Our apple tree", *post, BLOG_FORMS[lang][0],
                      COMMENTS[lang], COMMENTS[lang].replace(",", ";")])
    doc = doc_of(page)
    apply_region(doc, ctx)
    assert body_lines(doc) == post
