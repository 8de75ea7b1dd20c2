"""stages.metadata and its readers: bylines in the forms that other furniture hides (share and follow
widgets between the headline and the name, the headline told twice, a profile link run into the
name), and lines that look like bylines but are not (a standfirst that names a person)."""

import pytest

from cleaner import Cleaner
from cleaner.authors import without_labels
from cleaner.stages.metadata_lines import byline_names

PROSE = {
    "en": ("The council voted on Tuesday night to approve the plan for the harbour, ending a debate that had "
           "lasted for more than two years and filled the chamber every month.\n"
           "Supporters cheered when the vote passed seven to two, while several shop owners said the loss of "
           "parking would hurt their trade through the winter.\n"),
    "de": ("Der Gemeinderat hat am Dienstagabend den Plan für den Hafen gebilligt und damit einen Streit beendet, "
           "der mehr als zwei Jahre gedauert und den Saal jeden Monat gefüllt hatte.\n"
           "Die Befürworter jubelten, als der Antrag mit sieben zu zwei Stimmen angenommen wurde, während einige "
           "Ladenbesitzer den Verlust der Parkplätze im Winter fürchten.\n"),
    "fr": ("Le conseil municipal a approuvé mardi soir le projet du port, mettant fin à un débat qui durait depuis "
           "plus de deux ans et remplissait la salle chaque mois.\n"
           "Les partisans du projet ont applaudi lorsque le vote a été acquis par sept voix contre deux, tandis que "
           "plusieurs commerçants craignent de perdre leurs places de parking cet hiver.\n"),
}


def page(head: str, lines: str, language: str = "en", tail: str = "") -> str:
    return f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{lines}\n{PROSE[language]}{tail}Share this:\nFacebook\n"


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


BOX = {"en": "Jane Holloway covers the harbour and the city council for the Gazette.\n",
       "de": "Henrike Voss schreibt für die Zeitung über den Hafen und den Gemeinderat.\n"}


@pytest.mark.parametrize(("language", "widgets", "name"), [
    ("en", "Share\nTweet\n258 Shares\nEmail\nCopy link", "Jane Holloway"),
    ("de", "Teilen\nAuf Facebook teilen\n12 Kommentare\n+ Folgen\nDrucken", "Henrike Voss"),
], ids=["en", "de"])
def test_share_widgets_between_headline_and_name_do_not_part_them(cleaner, language, widgets, name):
    # a name alone right under the headline is a byline when the page names the person again in a
    # longer line (an author box); the widgets' lines between them count as no line
    article = cleaner.clean(page("Harbour plan wins the council's vote", f"{widgets}\n{name}", language, BOX[language]))
    assert article.author == (name,)
    assert name not in article.body.split("\n\n")


def test_a_name_under_the_headline_told_twice(cleaner):
    # the page shows the headline in its header and again over a teaser list; the byline stands
    # under the first, a date line beside it
    head = "Le port obtient enfin le vote du conseil"
    lines = (f"Claire Martin\n12 février 2024\nÀ lire aussi\n{head}\nLes quais rouverts au printemps\n"
             "La ville vote son budget\nLe marché du samedi déménage")
    article = cleaner.clean(page(head, lines, "fr"))
    assert article.author == ("Claire Martin",)


@pytest.mark.parametrize("line", [
    "Das Hafenimperium von Rene Benko ist angeschlagen. Jetzt zeigen neue Zahlen die Sorgen.",
    "Harbour empire built by Jo Roe is in trouble.",
])
def test_a_standfirst_that_names_a_person_is_no_byline(cleaner, line):
    # a line above the article that the main region left out is read as a byline when it opens as one
    assert byline_names(line, cleaner.ruleset.generic.metadata) == ()


@pytest.mark.parametrize(("line", "author"), [
    ("By Jane Holloway in Lisbon | May 3, 2021", ("Jane Holloway",)),  # `in`: no `i` (`and` in pl) of a name list
    ("Von Henrike Voss Twitter Account von Henrike Voss", ("Henrike Voss",)),  # her profile's link
])
def test_what_follows_a_bylines_names_is_no_name(cleaner, line, author):
    language = "de" if line.startswith("Von") else "en"
    article = cleaner.clean(page("Harbour plan wins the council's vote", f"{line}\n21. Juni 2023", language))
    assert article.author == author


TEASERS = ("Most Popular\nNew ferry timetable starts in March\nSchool roof repairs delayed again\n"
           "Harbour festival names its first acts\nCity library opens on Sundays\nWeather: storm warning for the coast\n"
           "Photos: the old market hall through the years\n")


MOST_READ = ("Most Read\nFerry prices rise for the summer season\nNew cycle lanes planned for the seafront\n"
             "Old lighthouse to open for visitors\nCouncil election date is set\nFishing fleet returns early\n"
             "Video: the storm hits the pier\n")


def far_page(line: str, language: str = "en") -> str:
    # the byline and date line under the headline, then two teaser boxes (the last teaser looks like
    # the article's headline), then the article: its byline stands far above it
    return (f"The Gazette\nHome\nNews\nSport\nHarbour plan wins the council's vote\n{line}\n21.06.2023\n"
            f"{TEASERS}{MOST_READ}{PROSE[language]}Share this:\nFacebook\n")


@pytest.mark.parametrize(("line", "language", "author"), [
    ("By Jane Holloway", "en", ("Jane Holloway",)),
    ("Von Henrike Voss und Jo Roe", "de", ("Henrike Voss", "Jo Roe")),
    ("Par Claire Martin", "fr", ("Claire Martin",)),
])
def test_a_byline_above_the_article_with_furniture_between(cleaner, line, language, author):
    article = cleaner.clean(far_page(line, language))
    assert article.author == author
    assert line not in article.body


@pytest.mark.parametrize("line", ["Nachrichten von Harbour Rundschau", "Harbour plan: By the numbers"])
def test_a_line_above_the_article_that_is_no_byline(cleaner, line):
    assert cleaner.clean(far_page(line, "de")).author is None


MORE = ("Work on the new quay is due to start in the spring, and the first ferries should use it within two "
        "years if the budget holds and the weather is kind to the builders.\n"
        "The mayor said the town would hold a public meeting in January to explain the timetable and to hear "
        "what residents and traders want from the new waterfront.\n")
OUTRO = MORE + "Related stories\nNew ferry timetable starts in March\nSchool roof repairs delayed again\n"


@pytest.mark.parametrize(("language", "box", "author"), [
    ("en", "About the author\nJane Holloway\nJane Holloway covers the harbour for the Gazette.", ("Jane Holloway",)),
    ("de", "Über die Autorin\nRedakteurin Henrike Voss\nSie schreibt seit 2019 über den Hafen.", ("Henrike Voss",)),
    ("fr", "À propos de l'auteur\nPartager\nClaire Martin\nJournaliste au service Ville.", ("Claire Martin",)),
    ("es", "Sobre el autor\nLucía Herrera\nPeriodista de la sección de Ciudad.", ("Lucía Herrera",)),
    ("nl", "Over de auteur\nSanne de Vries\nVerslaggever van de stadsredactie.", ("Sanne de Vries",)),
    ("en-first-name", "About Maya\nMaya is a reporter on the city desk and a keen sailor.", ("Maya",)),
], ids=["en", "de", "fr", "es", "nl", "en-first-name"])
def test_an_author_box_under_the_article_names_the_author(cleaner, language, box, author):
    prose = language if language in PROSE else "en"
    article = cleaner.clean(page("Harbour plan wins the council's vote", "", prose, f"{OUTRO}{box}\n"))
    assert article.author == author


@pytest.mark.parametrize("box", [
    "Über die Autorin\nFotos: Henrike Voss\nDie Bilder entstanden am Hafen.",  # a photographer: no author
    "About Harbour News\nContact\nImprint\nPrivacy",  # the site's own page, a menu under it
])
def test_an_author_box_that_names_no_author(cleaner, box):
    article = cleaner.clean(page("Harbour plan wins the council's vote", "", "en", f"{OUTRO}{box}\n"))
    assert article.author is None


@pytest.mark.parametrize(("line", "names"), [
    ("Written by: Jane Holloway", "Jane Holloway"), ("Autorin: Henrike Voss", "Henrike Voss"),
    ("Reporter Jane Holloway", "Jane Holloway"), ("Par Claire Martin", "Claire Martin"),
    ("Por Lucía Herrera", "Lucía Herrera"), ("Door Sanne de Vries", "Sanne de Vries"),
    ("Text: Jo Roe", "Jo Roe"), ("Jane Holloway", "Jane Holloway"),
    ("Photos: Jo Roe", None), ("Übersetzt von: Jo Roe", None), ("Fotos: Jo Roe", None),
])
def test_without_labels(cleaner, line, names):
    reading = cleaner.ruleset.generic.metadata
    assert without_labels(line, reading.author_labels, reading.credit_labels) == names


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "By: Jane Holloway\nNovember 27, 2023", ("Jane Holloway",)),
    ("de", "21. Juni 2023 um 15:18 Uhr\nVon: Henrike Voss\nÜbersetzt von: Jo Roe", ("Henrike Voss",)),
    ("fr", "Par : Claire Martin\n12 février 2024", ("Claire Martin",)),
], ids=["en", "de", "fr"])
def test_a_byline_word_with_a_colon(cleaner, language, lines, author):
    article = cleaner.clean(page("Harbour plan wins the council's vote", lines, language))
    assert article.author == author
    assert lines.split("\n")[-2 if language == "de" else 0] not in article.body


@pytest.mark.parametrize(("footer", "author"), [
    ("© 2015 - 2023 Jane Holloway", ("Jane Holloway",)),
    ("Copyright © 2022 by Henrike Voss - Alle Rechte vorbehalten!", ("Henrike Voss",)),
    ("Textos y fotos © by Lucía Herrera | Aviso legal | Privacidad", ("Lucía Herrera",)),
    ("© 2023 Kestrel Medien GmbH", None),  # a firm
    ("© 2023 KestrelLab Studio", None),  # a brand
    ("© Jo Roe", None),  # a photo's credit: neither year nor `by`
], ids=["en", "de", "es", "firm", "brand", "credit"])
def test_a_personal_sites_copyright_names_its_author(cleaner, footer, author):
    article = cleaner.clean(page("Harbour plan wins the council's vote", "", "en", f"{OUTRO}Imprint\n{footer}\n"))
    assert article.author == author


def test_durch_opens_a_german_byline_out_of_the_body(cleaner):
    article = cleaner.clean(page("Hafenplan: Gemeinderat stimmt zu", "durch Henrike Voss\n21. Juni 2023", "de"))
    assert article.author == ("Henrike Voss",)


@pytest.mark.parametrize(("line", "language", "author"), [
    ("Jane Holloway @jholloway / 2 days", "en", ("Jane Holloway",)),
    ("Henrike Voss @hvoss | 21.06.2023", "de", ("Henrike Voss",)),
], ids=["en", "de"])
def test_a_handle_after_the_name_under_the_headline(cleaner, line, language, author):
    article = cleaner.clean(page("Harbour plan wins the council's vote", line, language))
    assert article.author == author
