"""stages.metadata: the byline and the date line near the headline become `author` and `date`,
and stay out of the body; a date in an article sentence is not the page's date."""

import pytest

from cleaner import Cleaner

PROSE = ("The council voted on Tuesday night to approve the plan for the harbour, ending a debate that had "
         "lasted for more than two years and filled the chamber every month.\n"
         "Supporters cheered when the vote passed seven to two, while several shop owners said the loss of "
         "parking would hurt their trade through the winter.\n")


def page(head: str, lines: str, prose: str = PROSE) -> str:
    return f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{lines}\n{prose}Share this:\nFacebook\n"


CASES = [
    ("en", "By JANE HOLLOWAY Associated Press\nPublished 6:04 AM EST, November 27, 2023",
     ("JANE HOLLOWAY",), "2023-11-27T06:04:00-05:00"),
    ("en-posted", "Posted on August 29, 2023 by Marta", ("Marta",), "2023-08-29"),
    ("de", "Von Anna Müller\n21. Juni 2023", ("Anna Müller",), "2023-06-21"),
    ("fr", "Par Jean Dupont et Claire Martin\nPublié le 12 févr. 2024 à 10h15", ("Jean Dupont", "Claire Martin"),
     "2024-02-12T10:15:00"),
    ("es", "Por María López\n29 de agosto de 2023", ("María López",), "2023-08-29"),
    # a name alone under the headline, beside its date line, or on one line with its date
    ("en-name-line", "Maya Okafor\nNovember 27, 2023", ("Maya Okafor",), "2023-11-27"),
    ("en-name-date", "Tomas Brennan - Nov 27, 2023, 10:31 pm CST", ("Tomas Brennan",), "2023-11-27T22:31:00-06:00"),
    ("de-name-date", "Henrike Voss, 03.11.2023 15:32 Uhr", ("Henrike Voss",), "2023-11-03T15:32:00"),
    ("de-date-von", "Veröffentlicht am Fr, 24. November 2023, 18:18 von Henrike Voss", ("Henrike Voss",),
     "2023-11-24T18:18:00"),
    ("fr-date-par", "Publié le 28/02/2024 | Par Claire Martin", ("Claire Martin",), "2024-02-28"),
    ("it", "Di Marco Bellini\n6 febbraio 2024", ("Marco Bellini",), "2024-02-06"),
    ("nl", "Door Sanne de Vries\n6 februari 2024", ("Sanne de Vries",), "2024-02-06"),
    ("es-two", "Por Lucía Herrera y Pablo Ruiz | 28/05/2024", ("Lucía Herrera", "Pablo Ruiz"), "2024-05-28"),
    # a byline a link a line: `By` / name / `and` / name
    ("en-lines", "By\nMaya Okafor\nand\nTomas Brennan\nPublished Nov 8, 2023", ("Maya Okafor", "Tomas Brennan"),
     "2023-11-08"),
    # a job or an outlet beside the name is no name
    ("en-role", "Maya Okafor, Staff Reporter\nNovember 27, 2023", ("Maya Okafor",), "2023-11-27"),
    ("en-outlet", "By Maya Okafor, HBN Business\nNovember 27, 2023", ("Maya Okafor",), "2023-11-27"),
    ("en-iso", "By Tomas Brennan 2023-11-27T20:51:19Z Science", ("Tomas Brennan",), "2023-11-27"),
    ("en-today", "Written by Harbour Today on November 27, 2023", ("Harbour Today",), "2023-11-27"),
    ("pt", "Por Bruno Lima\n4 de maio de 2024, 05:34 h Atualizado em 4 de maio de 2024, 05:35", ("Bruno Lima",),
     "2024-05-04T05:34:00"),
    ("en-brand", "By Tomas Brennan HBNBusiness\nNovember 27, 2023", ("Tomas Brennan",), "2023-11-27"),
]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize(("lines", "author", "date"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_byline_and_date_line_become_fields_not_body(cleaner, lines, author, date):
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", lines))
    assert (article.author, article.date) == (author, date)
    for line in lines.splitlines():
        assert line not in article.body.split("\n\n")
    assert article.sources["author"].startswith("line ") and article.sources["date"].startswith("line ")
    assert article.body.startswith("The council voted")


def test_a_date_in_a_sentence_is_not_the_pages_date(cleaner):
    prose = "On November 27, 2023 the council met to vote on the plan, which had been debated for two years.\n" + PROSE
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", "", prose))
    assert (article.author, article.date) == (None, None)
    assert "On November 27, 2023 the council met" in article.body


@pytest.mark.parametrize(("line", "rule"), [("By Maya Okafor | Harbour Media Group", "lexicon.dateline"),
                                           ("Henrike Voss, 03.11.2023 15:32 Uhr", "metadata.byline")])
def test_a_byline_in_the_articles_first_lines_leaves_the_body(cleaner, line, rule):
    # below the first paragraph, after a photo credit: the main region has started
    prose = PROSE.replace("Supporters cheered", f"{line}\nSupporters cheered")
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", "Photo: Harbour Agency", prose))
    assert article.author == (line.split(",")[0].removeprefix("By ").split(" |")[0],)
    assert (line, rule) in [(r.text, r.rule) for r in article.removed]


def test_a_label_under_the_headline_is_no_author(cleaner):
    # its words are common ones: the page writes them in lower case
    prose = PROSE + "It was one of the most read stories of the week, and the most talked about.\n"
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", "Most Read Stories\nNovember 27, 2023",
                                 prose))
    assert (article.author, article.date) == (None, "2023-11-27")


def test_a_sentence_under_the_headline_gives_no_date(cleaner):
    lines = "The council met on November 27, 2023 to vote on the plan for the harbour."
    assert cleaner.clean(page("Harbour plan wins the council's vote at last", lines)).date is None


def test_publication_before_update(cleaner):
    lines = "Updated 9:41 AM, November 28, 2023\nPublished November 27, 2023"
    assert cleaner.clean(page("Harbour plan wins the council's vote at last", lines)).date == "2023-11-27"


def test_a_date_without_a_year_is_no_date(cleaner):
    article = cleaner.clean(page("Harbour plan wins the council's vote at last", "Updated Nov 19, 9:41 AM"))
    assert article.date is None and "Updated Nov 19, 9:41 AM" not in article.body


def test_an_agency_alone_is_the_bylines_author(cleaner):
    # as the pages that carry one declare it (4 of the dev split's, none declaring another author);
    # beside a name it is no author (CASES["en"])
    head = "Harbour plan wins the council's vote at last"
    assert cleaner.clean(page(head, "By Associated Press")).author == ("Associated Press",)
    assert cleaner.clean(page(head, "Reuters November 27, 2023 11:03 PM")).author == ("Reuters",)


def test_every_field_is_in_the_json_null_when_not_given(cleaner):
    out = cleaner.clean(page("Harbour plan wins the council's vote at last", "")).to_dict()
    assert {k: out[k] for k in ("author", "date", "url", "description")} == dict.fromkeys(
        ("author", "date", "url", "description"))
    assert out["language"] == "en"


@pytest.mark.parametrize(("line", "language", "date"), [
    ("06.11.2023, 15:20 Uhr • 2 Min. Lesezeit", "de", "2023-11-06T15:20:00"),
    ("Wednesday 20 November 2023 11:42, UK", "en", "2023-11-20T11:42:00"),
    ("07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17", "es", "2022-05-07T20:06:00"),
    ("19/03/2024 10h15 • 3 min de lecture", "fr", "2024-03-19T10:15:00"),
    ("06/02/2024 ore 10:15 • Lettura 3 min", "it", "2024-02-06T10:15:00"),
])
def test_a_date_line_left_in_the_body_gives_the_date(cleaner, line, language, date):
    # under the byline, whether or not the dateline rules take it out of the body
    heads = {"de": "Der Hafenplan gewinnt endlich die Abstimmung", "en": "Harbour plan wins the council's vote at last",
             "es": "El plan del puerto gana por fin la votación", "fr": "Le plan du port remporte enfin le vote",
             "it": "Il piano del porto vince finalmente il voto"}
    prose = {"de": "Der Rat hat am Dienstagabend den Plan für den Hafen gebilligt und damit eine Debatte beendet, "
                   "die mehr als zwei Jahre gedauert hatte.\nDie Befürworter jubelten, als der Beschluss mit sieben "
                   "zu zwei Stimmen fiel, während einige Ladenbesitzer über die fehlenden Parkplätze klagten.\n",
             "es": "El consejo aprobó el martes por la noche el plan para el puerto y puso fin a un debate que había "
                   "durado más de dos años.\nLos partidarios aplaudieron cuando la votación terminó siete a dos, "
                   "mientras varios comerciantes dijeron que perderían clientes durante el invierno.\n",
             "fr": "Le conseil a approuvé mardi soir le plan pour le port, mettant fin à un débat qui avait duré plus "
                   "de deux ans.\nLes partisans ont applaudi lorsque le vote est passé à sept contre deux, tandis que "
                   "plusieurs commerçants ont dit craindre pour leur hiver.\n",
             "it": "Il consiglio ha approvato martedì sera il piano per il porto, chiudendo un dibattito che era "
                   "durato più di due anni.\nI sostenitori hanno applaudito quando il voto è passato sette a due, "
                   "mentre diversi negozianti hanno detto che perderanno clienti durante l'inverno.\n"}
    article = cleaner.clean(page(heads[language], line, prose.get(language, PROSE)))
    assert article.date == date
    assert article.sources["date"].startswith("line ")


@pytest.mark.parametrize("line", [
    "Ab 1. März 2024 die neue Bürgermeisterin am Rathaus: Claudia Brandes. Foto: Archiv",
    "From March 1, 2024 the new harbour master takes over the office: Maya Okafor. Photo: archive",
])
def test_a_caption_with_a_date_gives_no_date(cleaner, line):
    prose = PROSE.replace("Supporters cheered", f"{line}\nSupporters cheered")
    assert cleaner.clean(page("Harbour plan wins the council's vote at last", "", prose)).date is None


@pytest.mark.parametrize("line", ["Last updated on 20 Feb, 2024. 3 min read", "Actualizado el 20/02/2024 · Lectura de 3 minutos"])
def test_a_last_change_left_in_the_body_is_no_publication(cleaner, line):
    prose = PROSE.replace("Supporters cheered", f"{line}\nSupporters cheered")
    assert cleaner.clean(page("Harbour plan wins the council's vote at last", "", prose)).date is None


def test_a_slashed_date_in_the_order_the_pages_other_dates_show(cleaner):
    # an English page whose comments write `25/04/2024`: its date line `12/04/2024` is April 12
    comments = "Comments\nAnna 25/04/2024\nThanks, I made this on the weekend and it was lovely.\n"
    text = page("Harbour plan wins the council's vote at last", "12/04/2024 by Kay") + comments
    assert cleaner.clean(text).date == "2024-04-12"
    assert cleaner.clean(text.replace("25/04/2024", "04/25/2024")).date == "2024-12-04"


HEAD = "Harbour plan wins the council's vote at last"
BOX = "\nMaya Okafor writes about the city and its harbour for the Gazette.\n"


@pytest.mark.parametrize(("lines", "prose", "author"), [
    # a job after the name (and the desk before it, when the page writes its words in lower case)
    ("Maya Okafor Senior Contributor", PROSE, ("Maya Okafor",)),
    ("Tomas Brennan Education editor", PROSE + "The school board said education would not be cut.\n", ("Tomas Brennan",)),
    ("Henrike Voss Redakteurin", PROSE, ("Henrike Voss",)),
    # the page names the person again in a longer line: an author box
    ("Maya Okafor", PROSE + BOX, ("Maya Okafor",)),
    ("Claire Martin", PROSE + "\nClaire Martin est journaliste au service local.\n", ("Claire Martin",)),
    ("Lucía Herrera", PROSE + "\nSigue a Lucía Herrera en su perfil.\n", ("Lucía Herrera",)),
    ("Marco Bellini", PROSE + "\nMarco Bellini scrive di economia e di porti.\n", ("Marco Bellini",)),
    # a name-shaped line, never repeated but alone: a label or a widget, no author
    ("Further Help", PROSE, None),
    ("Maya Okafor", PROSE, None),
])
def test_a_name_line_without_a_date(cleaner, lines, prose, author):
    assert cleaner.clean(page(HEAD, lines, prose)).author == author


@pytest.mark.parametrize("lines", ["Ort Saarbrücken\nDatum 28.01.2024", "Quelle Harbour Media\n28.01.2024",
                                   "Lieu Marseille\n28/01/2024", "Fuente Harbour Media\n28/01/2024"])
def test_a_label_beside_a_date_line_is_no_name(cleaner, lines):
    assert cleaner.clean(page(HEAD, lines)).author is None


def test_a_photo_credit_is_no_byline(cleaner):
    lines = "Photo illustration by Harbour Media. Photo by Jo Roe.\nNovember 27, 2023"
    assert cleaner.clean(page(HEAD, lines)).author is None


@pytest.mark.parametrize(("lines", "author"), [
    ("10.12.2023 18:27 von\nHenrike Voss", ("Henrike Voss",)),
    ("Published Nov 8, 2023 by\nMaya Okafor", ("Maya Okafor",)),
    ("Publié le 12/02/2024 par\nClaire Martin", ("Claire Martin",)),
    ("Publicado el 28/05/2024 por\nLucía Herrera", ("Lucía Herrera",)),
    ("6 febbraio 2024 di\nMarco Bellini", ("Marco Bellini",)),
    ("Von\nHenrike Voss", ("Henrike Voss",)),
])
def test_a_byline_word_ending_a_line_takes_the_names_under_it(cleaner, lines, author):
    assert cleaner.clean(page(HEAD, lines)).author == author


def test_a_name_beside_a_date_line_inside_the_articles_first_lines(cleaner):
    # under the lead and a share widget: not right under the headline
    prose = PROSE.replace("Supporters cheered", "Maya Okafor\nNovember 27, 2023\nSupporters cheered")
    article = cleaner.clean(page(HEAD, "Share on Facebook\nShare on X", prose))
    assert (article.author, article.date) == (("Maya Okafor",), "2023-11-27")


def test_a_stamp_after_brackets_gives_the_date(cleaner):
    # the longest stamp (`Updated 1909 GMT`) gives no date: the next one does
    assert cleaner.clean(page(HEAD, "Updated 1909 GMT (0309 HKT) November 18, 2023")).date == "2023-11-18"


@pytest.mark.parametrize("lines", ["Verified by\nMarisa Figat", "Fotos von\nHenrike Voss"])
def test_a_reviewer_or_a_credit_above_a_name_is_no_byline(cleaner, lines):
    assert cleaner.clean(page(HEAD, lines)).author is None


@pytest.mark.parametrize("lines", ["Recent Posts\nOctober 30, 2023", "Neueste Beiträge\n30. Oktober 2023",
                                   "Derniers Articles\n30/10/2023", "Ultimi Articoli\n30/10/2023",
                                   "Últimas Noticias\n30/10/2023"])
def test_a_teaser_lists_header_is_no_name(cleaner, lines):
    assert cleaner.clean(page(HEAD, lines)).author is None


def test_a_date_line_under_a_bylines_furniture(cleaner):
    # a lead, then the byline's name, its repeat, the outlet, the handle and the mail link, each a line
    lines = ("A short lead that sums the story up for the reader in a sentence or two of its own words.\n"
             "By\nMaya Okafor\nMaya Okafor\nThe Gazette\n@mayaokafor\nmaya.okafor@gazette.example\n"
             "Nov. 19, 2023 8:03 am ET")
    article = cleaner.clean(page(HEAD, lines, PROSE + PROSE.replace("council", "board")))
    assert (article.author, article.date) == (("Maya Okafor",), "2023-11-19T08:03:00-05:00")
