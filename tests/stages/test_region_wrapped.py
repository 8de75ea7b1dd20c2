"""page.region on a paragraph that the page text breaks into short lines (hard-wrapped, or a
`<br>` a line): the lines are scored as one paragraph, so the article keeps them; a menu, a list
and a list of teasers stay lines. English, German and French pages written for these tests."""

from __future__ import annotations

import pytest

from cleaner.page import Page
from cleaner.page.wrapped import wrapped_paragraphs
from helpers import body_lines, clean_page, doc_of

# Each page: a headline, a menu, the article (its middle paragraph broken into lines, a blank line
# between paragraphs), a footer. `WRAPPED` is the broken paragraph, line by line.
PAGES = {
    "en": ("Notes from the allotment: the first frost", """Notes from the allotment: the first frost

Home
Garden
Recipes
About

Notes from the allotment: the first frost

The first frost came early this year and caught most of us with the dahlias still in the ground.

After a week of cold nights the leaves were black
and the tubers had to come up before the soil froze
any deeper, so we lifted them on Saturday morning,
dried them in the shed for a few days and packed them
in boxes of dry sand for the winter, which is what
my grandfather always did with his own dahlias.

Next spring we will plant them out again once the nights stay above freezing.

Privacy
Contact"""),
    "de": ("Ein Wochenende an der Ostsee", """Ein Wochenende an der Ostsee

Startseite
Reisen
Über mich

Ein Wochenende an der Ostsee

Am Freitagabend sind wir losgefahren und kamen erst nach Mitternacht in unserer kleinen Pension an.

Am Samstag war der Himmel grau, aber das hat uns
nicht gestört, denn wir wollten ohnehin nur am Strand
spazieren gehen, Muscheln sammeln und abends in dem
kleinen Lokal am Hafen frischen Fisch essen, der dort
jeden Morgen direkt vom Kutter kommt, noch ganz frisch
und so gut, wie wir ihn seit Jahren nicht gegessen haben.

Am Sonntag ging es dann nach einem langen Frühstück wieder zurück nach Hause.

Impressum
Datenschutz"""),
    "fr": ("Une balade en forêt de Fontainebleau", """Une balade en forêt de Fontainebleau

Accueil
Voyages
Contact

Une balade en forêt de Fontainebleau

Nous sommes partis tôt le matin pour éviter la foule et profiter de la lumière sur les rochers.

Le sentier des Trois Pignons est bien balisé,
mais il faut de bonnes chaussures, car on passe
souvent entre les blocs de grès et la pente est
parfois raide jusqu’au point de vue, où l’on découvre
toute la plaine et les villages qui l’entourent
sous un ciel très dégagé, comme ce jour-là.

Nous sommes rentrés fatigués mais ravis, et nous reviendrons au printemps.

Mentions légales"""),
}


@pytest.mark.parametrize("lang", PAGES)
def test_a_paragraph_broken_into_lines_stays_in_the_article(generic_cleaner, lang):
    _, page = PAGES[lang]
    wrapped = page.split("\n\n")[4].split("\n")
    assert len(wrapped) == 6
    body = body_lines(clean_page(generic_cleaner, page))
    assert body[1:7] == wrapped
    assert len(body) == 8  # the first and last paragraphs too, no menu, no footer


@pytest.mark.parametrize("lang", PAGES)
def test_the_lines_of_a_broken_paragraph_are_found(ctx, lang):
    _, page = PAGES[lang]
    doc = doc_of(page)
    runs = wrapped_paragraphs(ctx(doc).features)
    assert [[doc.blocks[i].text for i in range(a, b + 1)] for a, b in runs] == [page.split("\n\n")[4].split("\n")]


def test_menus_and_teasers_stay_lines(ctx):
    doc = doc_of("Home", "World news", "Local sport and weather", "Opinion and analysis",
                 "Mayor unveils a budget with more money for parks",
                 "Police close part of the ring road after a crash", "Zum Inhalt springen", "Mentions légales")
    page: Page = ctx(doc)
    assert wrapped_paragraphs(page.features) == []


def test_a_list_of_small_items_joined_is_still_no_prose(ctx):
    # Items that start with a small letter join, but together they are no sentence: each keeps
    # its own score, as a line that is not prose.
    doc = doc_of("Was wir mitgenommen haben:", "eine Thermoskanne Tee", "zwei Äpfel und eine Decke",
                 "Am Ende des Tages waren die Kinder müde, aber sehr zufrieden mit dem Ausflug.")
    page: Page = ctx(doc)
    assert page.own_scores[1] < 0 and page.own_scores[2] < 0
    assert page.own_scores[3] > 0
