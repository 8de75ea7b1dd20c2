"""stages.metadata_near and metadata_choice: which date line of a page's text is the article's date:
the one nearest the headline over a teaser's date above it; the publication over a last change;
an event's span of days, and a date past the article that does not say it is the publication, none."""

import pytest

# Each language: the headline, two paragraphs of prose, and a teaser list's header and teaser headline.
PAGES = {
    "en": ("Harbour plan wins the council's vote at last",
           "The council voted on Tuesday night to approve the plan for the harbour, ending a debate that had "
           "lasted for more than two years and filled the chamber every month.\n"
           "Supporters cheered when the vote passed seven to two, while several shop owners said the loss of "
           "parking would hurt their trade through the winter.",
           "Latest stories", "Ferry timetable changes for the spring"),
    "de": ("Hafenplan findet endlich eine Mehrheit im Rat",
           "Der Rat hat am Dienstagabend den Plan für den Hafen gebilligt und damit eine Debatte beendet, die "
           "mehr als zwei Jahre gedauert und den Saal jeden Monat gefüllt hatte.\n"
           "Die Befürworter jubelten, als der Plan mit sieben zu zwei Stimmen angenommen wurde, während einige "
           "Ladenbesitzer sagten, sie würden im Winter Kunden verlieren.",
           "Neueste Beiträge", "Neuer Fahrplan für die Fähre im Frühjahr"),
    "fr": ("Le plan du port obtient enfin le vote du conseil",
           "Le conseil a voté mardi soir pour approuver le plan du port, mettant fin à un débat qui avait duré "
           "plus de deux ans et rempli la salle chaque mois.\n"
           "Les partisans ont applaudi quand le vote est passé à sept voix contre deux, tandis que plusieurs "
           "commerçants ont dit craindre pour leur hiver.",
           "Derniers articles", "Nouveaux horaires du bac pour le printemps"),
    "es": ("El plan del puerto gana por fin la votación del consejo",
           "El consejo votó el martes por la noche para aprobar el plan del puerto, poniendo fin a un debate "
           "que había durado más de dos años y llenado la sala cada mes.\n"
           "Los partidarios aplaudieron cuando la votación salió siete a dos, mientras varios comerciantes "
           "dijeron que perderían clientes durante el invierno.",
           "Últimas noticias", "Nuevos horarios del ferry para la primavera"),
    "it": ("Il piano del porto vince finalmente il voto del consiglio",
           "Il consiglio ha approvato martedì sera il piano per il porto, chiudendo un dibattito che era durato "
           "più di due anni e aveva riempito la sala ogni mese.\n"
           "I sostenitori hanno applaudito quando il voto è passato sette a due, mentre diversi negozianti "
           "hanno detto che perderanno clienti durante l'inverno.",
           "Ultime notizie", "Nuovi orari del traghetto per la primavera"),
}


def page(language: str, above: str, under: str, footer: str = "") -> str:
    head, prose, _, _ = PAGES[language]
    if footer:  # a longer article: its footer stands past the lines read near its start
        prose = "\n".join(f"{line} ({n})" for n in range(1, 5) for line in prose.splitlines())
    return (f"{head} – The Gazette\nHome\nNews\nSport\n{above}\n{head}\n{under}\n{prose}\n"
            f"{footer}\nShare this:\nFacebook\n")


def teasers(language: str, date: str) -> str:
    _, _, header, teaser = PAGES[language]
    return f"{header}\n{date}\n{teaser}"


# The article's date line under its byline, a teaser's dated line just above the headline.
NEAREST = {
    "en": ("March 2, 2024", "By Jane Doe\nMarch 14, 2024", "2024-03-14"),
    "de": ("2. März 2024", "Von Anna Müller\n14. März 2024", "2024-03-14"),
    "fr": ("2 mars 2024", "Par Jean Dupont\n14 mars 2024", "2024-03-14"),
    "es": ("2 de marzo de 2024", "Por María López\n14 de marzo de 2024", "2024-03-14"),
    "it": ("2 marzo 2024", "Di Marco Rossi\n14 marzo 2024", "2024-03-14"),
}


@pytest.mark.parametrize("language", NEAREST)
def test_the_date_line_under_the_headline_wins_over_a_teasers_above_it(cleaner, language):
    teaser_date, under, date = NEAREST[language]
    article = cleaner.clean(page(language, teasers(language, teaser_date), under))
    assert article.date == date


# The headline, share buttons, then the date line: the buttons are no line between them.
@pytest.mark.parametrize(("language", "line", "date"), [
    ("en", "Share\nTweet\nEmail\nMarch 14, 2024", "2024-03-14"),
    ("de", "Teilen\nTwitter\nE-Mail\n14.03.2024", "2024-03-14"),
])
def test_the_date_line_past_share_buttons_under_the_headline(cleaner, language, line, date):
    article = cleaner.clean(page(language, teasers(language, "2. März 2024" if language == "de" else "March 2, 2024"),
                                 line))
    assert article.date == date


# An event's span of days under the headline: no publication date.
@pytest.mark.parametrize(("language", "span"), [
    ("en", "12–14 March 2024"),
    ("en", "March 12-14, 2024"),
    ("de", "12. bis 14. März 2024"),
    ("fr", "du 12 au 14 mars 2024"),
    ("es", "del 12 al 14 de marzo de 2024"),
    ("it", "dal 12 al 14 marzo 2024"),
])
def test_a_span_of_days_is_an_event_and_gives_no_date(cleaner, language, span):
    assert cleaner.clean(page(language, "", span)).date is None


# One line with the last change first and the publication after it: the publication.
@pytest.mark.parametrize(("language", "line", "date"), [
    ("en", "Updated: March 15, 2024 | Published: March 14, 2024", "2024-03-14"),
    ("de", "Aktualisiert am 15. März 2024 | Veröffentlicht am 14. März 2024", "2024-03-14"),
    ("fr", "Modifié le 15 mars 2024 · Publié le 14 mars 2024", "2024-03-14"),
    ("es", "Actualizado el 15 de marzo de 2024 | Publicado el 14 de marzo de 2024", "2024-03-14"),
    ("it", "Aggiornato il 15 marzo 2024 | Pubblicato il 14 marzo 2024", "2024-03-14"),
])
def test_the_publication_over_the_last_change_on_one_line(cleaner, language, line, date):
    assert cleaner.clean(page(language, "", line)).date == date


# The last change under the headline, the publication in the article's footer: the publication.
@pytest.mark.parametrize(("language", "under", "footer", "date"), [
    ("en", "Updated March 15, 2024", "Published on March 14, 2024 in News", "2024-03-14"),
    ("de", "Aktualisiert am 15. März 2024", "Veröffentlicht am 14. März 2024 in Politik", "2024-03-14"),
    ("fr", "Mis à jour le 15 mars 2024", "Publié le 14 mars 2024 dans Politique", "2024-03-14"),
])
def test_a_footers_publication_over_a_last_change(cleaner, language, under, footer, date):
    assert cleaner.clean(page(language, "", under, footer)).date == date


# The article's footer: a date that says it is the publication counts ...
@pytest.mark.parametrize(("language", "footer", "date"), [
    ("en", "Posted on March 14, 2024 in News", "2024-03-14"),
    ("de", "Veröffentlicht am 14. März 2024 in Politik", "2024-03-14"),
    ("fr", "Publié le 14 mars 2024 dans Politique", "2024-03-14"),
    ("es", "Publicado el 14 de marzo de 2024 en Política", "2024-03-14"),
    ("it", "Pubblicato il: 14 marzo 2024", "2024-03-14"),
])
def test_a_date_past_the_article_that_says_it_is_the_publication(cleaner, language, footer, date):
    assert cleaner.clean(page(language, "", "", footer)).date == date


# ... one that does not is a comment's or a teaser's: no date (a guard on the reading above, which
# must not take every footer date).
@pytest.mark.parametrize(("language", "footer"), [
    ("en", "March 14, 2024 at 10:15 am"),
    ("de", "14. März 2024 um 10:15 Uhr"),
    ("fr", "14 mars 2024 à 10h15"),
    ("es", "14 de marzo de 2024 a las 10:15"),
])
def test_a_date_past_the_article_that_does_not_say_so_gives_none(cleaner, language, footer):
    assert cleaner.clean(page(language, "", "", footer)).date is None
