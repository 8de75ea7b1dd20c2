"""The title stage never changes another stage's drop reason: a headline line the main region
left out keeps `region.before`; it is marked as holding the title instead, which --explain shows
as `=` and `fix` counts as kept text."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.blocks import text_blocks
from cleaner.cli.explain import TITLE, rows
from cleaner.cli.fixing import Counts, counts_of_record
from cleaner.cli.records import clean_record
from cleaner.document import Document
from cleaner.page import Page
from cleaner.stages import title

PROSE = ("The harbour council voted on Tuesday to buy a new ferry for the island route, after two years of "
         "delays and a long debate about its cost to the town.")


def lines(*texts: str) -> str:
    return "\n".join(texts)


# (page, title, the lines that hold the title) in three languages: the <title> line, a menu, the
# headline, the article, then the furniture after it.
PAGES = {
    "en": (lines("Harbour council votes for a new ferry | Harbour Gazette", "Home", "News", "Sport", "Weather",
                 "Harbour council votes for a new ferry", PROSE,
                 "The new ferry will carry twice as many passengers and run on electricity for most of the year, "
                 "the council said in a statement after the vote.",
                 "Residents of the island welcomed the decision, though some asked why it had taken so long and "
                 "whether the fares would rise.",
                 "Share this", "Related stories", "Ferry timetable changes for the summer", "© 2024 Harbour Gazette"),
           "Harbour council votes for a new ferry", [1, 6]),
    "de": (lines("Gemeinderat beschließt neue Fähre – Hafenbote", "Start", "Lokales", "Sport", "Wetter",
                 "Gemeinderat beschließt neue Fähre",
                 "Der Gemeinderat hat am Dienstag beschlossen, eine neue Fähre für die Inselstrecke zu kaufen, nach "
                 "zwei Jahren Verzögerung und einer langen Debatte über die Kosten.",
                 "Die neue Fähre soll doppelt so viele Fahrgäste befördern und den größten Teil des Jahres "
                 "elektrisch fahren, teilte die Gemeinde nach der Abstimmung mit.",
                 "Die Bewohner der Insel begrüßten die Entscheidung, auch wenn einige fragten, warum es so lange "
                 "gedauert habe und ob die Preise steigen würden.",
                 "Teilen:", "Mehr zum Thema", "Neuer Fahrplan für den Sommer", "© 2024 Hafenbote"),
           "Gemeinderat beschließt neue Fähre", [1, 6]),
    "fr": (lines("Accueil", "Actualités", "Sport", "Météo", "Le conseil vote pour un nouveau ferry",
                 "Le conseil municipal a voté mardi l'achat d'un nouveau ferry pour la ligne de l'île, après deux "
                 "ans de retard et un long débat sur son coût pour la ville.",
                 "Le nouveau ferry transportera deux fois plus de passagers et fonctionnera à l'électricité la "
                 "majeure partie de l'année, a indiqué la mairie après le vote.",
                 "Les habitants de l'île ont salué la décision, même si certains se demandaient pourquoi cela "
                 "avait pris autant de temps et si les tarifs allaient augmenter.",
                 "À lire aussi", "Nouveaux horaires pour l'été", "© 2024 Le Courrier du Port"),
           "Le conseil vote pour un nouveau ferry", [5]),
}


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(site_rules=False)


def test_the_title_stage_marks_only_kept_blocks_with_its_reason(cleaner):
    doc = Document(text_blocks(lines("Harbour council votes for a new ferry | Harbour Gazette", "Home",
                                     "Harbour council votes for a new ferry", PROSE)))
    doc.blocks[0].dropped = "region.before"  # as the main region drops what stands before the article
    title.apply(doc, Page(doc, cleaner.ruleset.generic))
    assert doc.title == "Harbour council votes for a new ferry"
    assert [(b.dropped, b.title) for b in doc.blocks] == [("region.before", True), (None, False), ("title", True),
                                                          (None, False)]


@pytest.mark.parametrize("language", PAGES)
def test_a_headline_outside_the_region_keeps_the_regions_reason(cleaner, language):
    page, headline, title_lines = PAGES[language]
    article = cleaner.clean(page)
    assert article.title == headline
    assert headline not in article.body.split("\n\n")
    held = [(r.line, r.rule) for r in article.removed if r.title]
    assert held == [(line, "region.before") for line in title_lines]
    assert all(r.rule != "title" for r in article.removed)  # every title line was the region's already
    # The JSON says which removed lines hold the title.
    assert [r["line"] for r in article.to_dict(explain=True)["removed"] if r.get("title")] == title_lines


@pytest.mark.parametrize("language", PAGES)
def test_explain_marks_every_line_that_holds_the_title(cleaner, language):
    page, _, title_lines = PAGES[language]
    table = rows(cleaner.document(page))
    assert [r.line for r in table if r.mark == TITLE] == title_lines
    assert all(r.rule == "region.before" for r in table if r.mark == TITLE)


@pytest.mark.parametrize("language", PAGES)
def test_fix_counts_the_title_lines_as_kept_text(cleaner, language):
    page, headline, title_lines = PAGES[language]
    article = cleaner.clean(page)
    page_lines = page.split("\n")
    removed = sum(len(text) for number, text in enumerate(page_lines, 1)
                  if number not in title_lines and text not in article.body.split("\n\n"))
    assert Counts.of(article) == Counts(len(headline) + len(article.body), removed)
    record = clean_record(cleaner, {"text": page, "id": language}, explain=True)
    assert counts_of_record(record) == Counts.of(article)
