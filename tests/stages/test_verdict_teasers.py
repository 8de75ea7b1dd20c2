"""stages.verdict on page text whose body would be a list of teasers (a section front, a tag page,
search results): no article, with the reason; an article with subheadings, a Q&A and a short story
above a list of teasers stay articles. Pages written for these tests, in English, German, French,
in the shape scrapers save them (a blank line between blocks)."""

from __future__ import annotations

import pytest

from cleaner.stages import verdict
from helpers import body_lines, clean_page, doc_of

HARBOUR = {
    "en": ["Ferry service resumes after the winter break", "The ferry to the islands runs again from Monday, "
           "with four crossings a day until the end of October.", "Fishermen protest the new quota rules",
           "Around forty boats blocked the harbour mouth on Saturday to protest against the quotas.",
           "Harbour master retires after thirty years", "She steered the port through two floods and the "
           "building of the new container quay.", "Storm damages the marina pontoons", "Several yachts broke "
           "loose during the night and two pontoons will have to be replaced."],
    "de": ["Fähre fährt wieder ab Montag", "Nach der Winterpause verkehrt die Fähre zu den Inseln wieder viermal "
           "am Tag bis Ende Oktober.", "Fischer protestieren gegen neue Fangquoten", "Rund vierzig Boote "
           "blockierten am Samstag die Hafeneinfahrt, um gegen die Quoten zu protestieren.",
           "Hafenmeisterin geht in Rente", "Sie hat den Hafen durch zwei Hochwasser und den Bau des neuen "
           "Containerkais geführt.", "Sturm beschädigt Stege im Yachthafen", "Mehrere Jachten rissen sich in "
           "der Nacht los, und zwei Stege müssen vor dem Sommer ersetzt werden."],
    "fr": ["Le bac reprend du service lundi", "Après la pause hivernale, le bac vers les îles circule de nouveau "
           "quatre fois par jour.", "Les pêcheurs bloquent le port", "Une quarantaine de bateaux ont bloqué "
           "l'entrée du port samedi pour protester contre les quotas.", "La capitaine du port prend sa retraite",
           "Elle a guidé le port pendant deux inondations et la construction du nouveau quai.",
           "La tempête endommage les pontons", "Plusieurs voiliers ont rompu leurs amarres dans la nuit et deux "
           "pontons devront être remplacés."],
}
FURNITURE = {  # (head, the line under each teaser, foot)
    "en": (["Harbour – Tag – The Daily Gazette", "Home", "News", "Tag: Harbour"], "Read more",
           ["Older posts", "© 2019 The Daily Gazette"]),
    "de": (["Suchergebnisse für Hafen – Stadtanzeiger", "Startseite", "Lokales", "Ihre Suche ergab 23 Treffer"],
           "Weiterlesen", ["Nächste Seite", "Impressum"]),
    "fr": (["Région – Le Courrier du Port", "Accueil", "Région"], "Publié le {n}/11/2019 à 10h15",
           ["Voir plus d'articles", "Mentions légales"]),
}


def teaser_page(lang: str, copies: int = 3) -> str:
    head, under, foot = FURNITURE[lang]
    teasers = HARBOUR[lang]
    lines = [*head]
    for n in range(copies):  # the same four stories in three sections of the front: twelve teasers
        for k in range(0, len(teasers), 2):
            lines += [f"{teasers[k]} ({n + 1})", teasers[k + 1].replace(".", f" ({n + 1}).", 1)[:-1] + ".",
                      under.format(n=n * 4 + k // 2 + 1)]
    return "\n\n".join([*lines, *foot])


@pytest.mark.parametrize("lang", sorted(HARBOUR))
def test_a_list_of_teasers_is_no_article(generic_cleaner, lang):
    doc = clean_page(generic_cleaner, teaser_page(lang))
    assert doc.status == "not-article" and body_lines(doc) == []
    assert {b.dropped for b in doc.blocks} & {"verdict.teaser-list", "verdict.not-article"}


@pytest.mark.parametrize("lang", sorted(HARBOUR))
def test_a_teaser_list_that_fills_the_body_is_named_so_in_explain(generic_cleaner, lang):
    # Four teasers, in the body as the region finds it and below it: few prose words scattered
    # outside the body (the thin-body test does not fire), but every prose line a teaser.
    article = generic_cleaner.clean(teaser_page(lang, copies=2))
    assert article.status == "not-article" and "verdict.teaser-list" in {r.rule for r in article.removed}


def test_an_article_with_subheadings_and_a_date_under_each_is_one(generic_cleaner):
    # Each section a subheading and two paragraphs: paragraphs in runs, so no teasers.
    sections = []
    for n, (head, text) in enumerate(zip(HARBOUR["en"][::2], HARBOUR["en"][1::2], strict=True)):
        sections += [head, text, text.replace("The", "This", 1), f"Updated November {n + 3}, 2019"]
    page = "\n\n".join(["The year in the harbour – The Daily Gazette", "Home", "The year in the harbour",
                        *sections * 2, "© 2019 The Daily Gazette"])
    assert clean_page(generic_cleaner, page).status == "ok"


def test_a_q_and_a_is_an_article(generic_cleaner):
    # A question and a one-paragraph answer, eight times: units, but no date or repeated line beside them.
    qa = []
    for n in range(8):
        qa += [f"Question {n + 1} about the new ferry", HARBOUR["en"][1 + 2 * (n % 4)]]
    page = "\n\n".join(["Your questions about the ferry – Gazette", "Home", "Your questions about the ferry", *qa,
                        "Contact"])
    doc = clean_page(generic_cleaner, page)
    assert doc.status == "ok" and len(body_lines(doc)) >= 6


def test_a_short_story_above_a_list_of_teasers_is_an_article(generic_cleaner):
    story = ["Harbour to close for a day – The Daily Gazette", "Home", "Harbour to close for a day",
             "The harbour will close on Friday while divers inspect the quay walls, the port authority said.",
             "Boats that need to leave early are asked to call the harbour office before Thursday evening."]
    page = "\n\n".join([*story, *teaser_page("en").split("\n\n")[4:]])
    doc = clean_page(generic_cleaner, page)
    assert doc.status == "ok" and body_lines(doc)[0].startswith("The harbour will close on Friday")


@pytest.mark.parametrize("above", ["{n}.", "Story {n} about the harbour"])
def test_lone_steps_under_their_numbers_are_no_teasers(ctx, above):
    # A recipe whose steps the region left out (each alone under its number) around a thin body:
    # the steps are no teasers, so the page stays an article; under headlines they would be.
    steps = ["Sift the flour and the sugar into a large bowl and stir in a pinch of salt.",
             "Rühren Sie die Butter und das Ei unter, bis ein glatter Teig entsteht, und lassen Sie ihn ruhen.",
             "Formez de petites boules avec la pâte et posez-les sur une plaque beurrée et farinée."]
    lines = ["Almond biscuits", "Almond biscuits are quick to make."]
    for n in range(12):
        lines += [above.format(n=n + 1), steps[n % 3].replace(".", f" ({n + 1}).")]
    doc = doc_of(*lines)
    for block in doc.blocks[2:]:
        block.drop("region.after")
    verdict.apply(doc, ctx(doc))
    assert doc.status == ("ok" if above == "{n}." else "not-article")
