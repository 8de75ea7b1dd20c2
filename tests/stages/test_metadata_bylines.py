"""stages.metadata and its readers: bylines in the forms that other furniture hides (share and follow
widgets between the headline and the name, the headline told twice, a profile link run into the
name), and lines that look like bylines but are not (a standfirst that names a person)."""

import pytest

from cleaner import Cleaner
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
