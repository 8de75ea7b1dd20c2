"""stages.edit_links: a wiki's bracketed edit link after a section's heading (`History[edit]`) is
stripped from the heading, which stays, and `--explain` lists it; a sentence or a heading that
ends with other brackets keeps them."""

from __future__ import annotations

import pytest

STORIES = {
    "en": ("History", "[edit]",
           "The ferry across the estuary ran from the old stone quay for more than a century, until the new "
           "bridge opened upstream and the last boat was sold to a museum."),
    "de": ("Geschichte", "[Bearbeiten | Quelltext bearbeiten]",
           "Die Fähre über die Mündung fuhr mehr als hundert Jahre lang vom alten Steinkai ab, bis flussaufwärts "
           "die neue Brücke eröffnet und das letzte Boot an ein Museum verkauft wurde."),
    "fr": ("Histoire", "[modifier | modifier le code]",
           "Le bac qui traversait l'estuaire partait du vieux quai de pierre depuis plus d'un siècle, jusqu'à "
           "l'ouverture du nouveau pont en amont et la vente du dernier bateau à un musée."),
    "es": ("Historia", "[editar]",
           "El transbordador que cruzaba el estuario salía del viejo muelle de piedra desde hacía más de un "
           "siglo, hasta que se abrió el puente nuevo río arriba y el último barco se vendió a un museo."),
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_the_edit_link_goes_and_the_heading_stays(generic_cleaner, language):
    heading, link, paragraph = STORIES[language]
    first, second = paragraph.split(", ", 1)
    page = "\n".join(["Estuary Ferry - Wiki", "Main page", "Log in", f"{first}.", f"{heading}{link}", paragraph,
                      f"Route {link}", f"{second[0].upper()}{second[1:]}", "Privacy policy"])
    article = generic_cleaner.clean(page, kind="text")
    body = article.body.split("\n\n")
    assert heading in body and "Route" in body
    assert link not in article.body
    assert (link, "navigation.edit-link") in {(r.text, r.rule) for r in article.removed}
    assert generic_cleaner.clean(article.to_text(), kind="text").body == article.body


@pytest.mark.parametrize("line", ["Results [1]", "The vote [edit] was put off until the spring meeting of the "
                                  "whole town council, which met in the old hall by the river"])
def test_other_brackets_stay(generic_cleaner, line):
    from cleaner.document import Block, Document
    from cleaner.page import Page
    from cleaner.stages import edit_links

    doc = Document([Block(line, 1)])
    edit_links.apply(doc, Page(doc, generic_cleaner.ruleset.generic))
    assert doc.blocks[0].text == line
