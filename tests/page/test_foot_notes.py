"""page.foot_notes: on page text a newsroom's note at the article's foot (how to follow or reach the
reporter, who else reported, how comments are moderated) ends the article, with what follows it;
the same note higher up, with the article going on under it, stays."""

from __future__ import annotations

import pytest

from helpers import apply_region, body_lines, doc_of, reason

ARTICLES = {
    "en": [
        "The county library will stay open until nine in the evening from next month, after a survey found "
        "that most of its readers could only come in after work and found the doors already shut.",
        "The longer hours will cost about forty thousand pounds a year, which the council has found by moving "
        "two of the mobile library's routes to a single van that visits the villages on alternate days.",
        "Staff will work in two shifts, and the reading room on the first floor will be kept for students "
        "during the exam weeks in May and June, the head librarian said on Thursday.",
    ],
    "de": [
        "Die Stadtbücherei bleibt ab dem nächsten Monat bis neun Uhr abends geöffnet, nachdem eine Umfrage "
        "gezeigt hat, dass die meisten Leser erst nach der Arbeit kommen können und dann vor der Tür stehen.",
        "Die längeren Öffnungszeiten kosten rund vierzigtausend Euro im Jahr, die der Gemeinderat aufbringt, "
        "indem der Bücherbus nur noch jeden zweiten Tag in die Dörfer fährt.",
        "Die Mitarbeiter arbeiten künftig in zwei Schichten, und der Lesesaal im ersten Stock bleibt in den "
        "Prüfungswochen im Mai und Juni für die Schüler reserviert, sagte die Leiterin am Donnerstag.",
    ],
    "fr": [
        "La médiathèque municipale restera ouverte jusqu'à vingt et une heures à partir du mois prochain, "
        "après qu'une enquête a montré que la plupart des lecteurs ne pouvaient venir qu'après le travail.",
        "Ces horaires plus longs coûteront environ quarante mille euros par an, que la mairie a trouvés en "
        "faisant passer le bibliobus dans les villages un jour sur deux seulement.",
        "Le personnel travaillera en deux équipes, et la salle de lecture du premier étage sera réservée aux "
        "élèves pendant les semaines d'examens de mai et de juin, a indiqué la directrice jeudi.",
    ],
    "es": [
        "La biblioteca municipal abrirá hasta las nueve de la noche a partir del mes que viene, después de "
        "que una encuesta mostrara que la mayoría de los lectores solo podía acudir al salir del trabajo.",
        "El horario más largo costará unos cuarenta mil euros al año, que el ayuntamiento ha conseguido "
        "haciendo que el bibliobús visite los pueblos solo un día de cada dos.",
        "El personal trabajará en dos turnos, y la sala de lectura de la primera planta quedará reservada a "
        "los estudiantes durante las semanas de exámenes de mayo y junio, dijo la directora el jueves.",
    ],
}
NOTES = {
    # Long enough for prose: the main region's scores take them in with the article.
    "en": "Follow her on Twitter @jroe_news, where she writes every week about the library and its readers.",
    "de": "Folgen Sie ihr auf Twitter @jroe_news, wo sie jede Woche über die Bücherei und ihre Leser schreibt.",
    "fr": "Suivez-la sur Twitter @jroe_news et sur Instagram, où elle parle chaque semaine de la médiathèque et "
          "de ses lecteurs.",
    "es": "Síguele en Twitter @jroe_news y en Instagram, donde habla cada semana de la biblioteca y de sus lectores.",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_note_at_the_article_s_foot_ends_it(ctx, lang):
    article = ARTICLES[lang]
    doc = doc_of("\n".join(["Menu", *article, NOTES[lang], "Impressum"]))
    apply_region(doc, ctx)
    assert body_lines(doc) == article
    assert reason(doc, NOTES[lang]) == "trailers"


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_note_with_the_article_going_on_under_it_stays(ctx, lang):
    article = ARTICLES[lang]
    lines = [article[0], NOTES[lang], *article[1:], *article]  # the article goes on for five paragraphs
    doc = doc_of("\n".join(["Menu", *lines, "Impressum"]))
    apply_region(doc, ctx)
    assert NOTES[lang] in body_lines(doc)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_page_cleaned_of_its_note_cleans_the_same_again(generic_cleaner, lang):
    page = "\n".join(["The library opens later | Gazette", "Menu", *ARTICLES[lang], NOTES[lang], "Impressum"])
    first = generic_cleaner.clean(page, kind="text")
    assert NOTES[lang] not in first.body
    assert generic_cleaner.clean(first.to_text(), kind="text").body == first.body
