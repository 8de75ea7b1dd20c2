"""stages.captions: photo credits and the alt text beside them; prose that mentions a credit is kept."""

from __future__ import annotations

import pytest

from cleaner.stages import captions
from helpers import doc_of, dropped
from text_pages import PROSE


def test_caption_credit_and_its_alt_text(ctx):
    doc = doc_of("U.S. Secretary of State Antony Blinken",
                 "U.S. Secretary of State Antony Blinken | Image by secblinken/Instagram", PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {
        "U.S. Secretary of State Antony Blinken": "captions.alt-text",
        "U.S. Secretary of State Antony Blinken | Image by secblinken/Instagram": "captions.credit",
    }


@pytest.mark.parametrize("line", [
    "Blinken boards his aircraft prior to departure at Andrews Air Force Base. (AP Photo/Michael Sohn, File)",
    "Der Kanzler am Montag in Berlin. Foto: dpa",
    "The skyline at dusk (Photo: Jane Doe)",
    "Firefighters at the warehouse in the old town on Sunday Credit: Jane Doe/Harbour Gazette",
    "Above: A coworking space on the harbour front in Kingston.",  # where the picture is
    "Pictured: the new ferry at the quay on its first morning.",
    "Oben: Das neue Rathaus am Marktplatz von Neustadt.",
    "Ci-dessus : le marché couvert de la place centrale.",
    "Na zdjęciu: nowy most na rzece podczas otwarcia.",
    "En la imagen: el puerto de la ciudad al amanecer.",
    "Jane Doe/Harbour Gazette/Getty Images",  # a credit alone on its line
    "Bild: Max Mustermann/dpa",
    "Foto: Erika Musterfrau",
    "Crédit photo : Jean Dupont / AFP",
    "Photo : AFP",
    "Imagen: EFE",
    "Zdjęcie: Jan Kowalski",
    "The quay on Sunday morning. Credit... Jane Doe/The Harbour Gazette",  # a caption ending with its credit
    "The house on the corner of Mill Street. Jane Doe / Reuters file",
    "Der Marktplatz am Sonntag. Bild: Erika Musterfrau",
    "Media caption Who runs the harbour?",  # a player's own caption line
    "Image copyright Harbour Gazette",
])
def test_captions_and_credits_in_several_forms_and_languages(ctx, line):
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "captions.credit"}


@pytest.mark.parametrize("line", [
    "Above all, the council wants the harbour to stay open to fishing boats all year.",
    "Photographers came from all over the region to see the ferry on its first morning.",
    "Das Bild, das die Stadt von sich zeichnet, ist nicht das, was die Bürger sehen.",
    "La photo de groupe a été prise devant la mairie, comme chaque année en novembre.",
    "The council, Jane Doe said, will vote on the plan before the end of the year.",
])
def test_prose_that_opens_like_a_caption_is_kept(ctx, line):
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {}


def test_caption_keeps_prose_mentioning_ap(ctx):
    line = "Violence has occurred twice in recent months, according to the Associated Press (AP)."
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {}


def test_caption_keeps_prose_mentioning_credit(ctx):
    line = "Small firms find it hard to get credit: the banks lend to them only against a house."
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {}
