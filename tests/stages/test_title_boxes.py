"""stages.title on page text without its `<title>` line: a fact box's `Label: value` lines under the
headline (an event's date, place and price) and the author's tagline over the byline, under a
portrait's alt text, are no headline (stages.title_boxes). Pages written for these tests, in
Spanish, German, French and English."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

# (language, site and menu, headline, date line, fact box and its button, paragraphs)
EVENTS = [
    ("es", ["Agenda de Valdeluz", "Inicio", "Agenda", "Teatro"], "Noches de teatro en el claustro: programa y entradas",
     "3 de mayo de 2024", ["Fecha: del 2 al 6 de agosto", "Precio: 12 euros", "Lugar: Claustro de San Juan", "Comprar entradas"],
     ["El ciclo de teatro al aire libre vuelve este verano al claustro con cinco obras de compañías de la región.",
      "Las entradas se pueden comprar en la oficina de turismo y en la web del ayuntamiento desde el lunes."]),
    ("de", ["Kulturkalender Seestadt", "Start", "Termine", "Konzerte"], "Orgelnacht im Dom: Programm und Karten",
     "3. Mai 2024", ["Datum: 12. Juli 2024", "Eintritt: 15 Euro", "Ort: Dom St. Marien am Markt", "Karten kaufen"],
     ["Zum zehnten Mal spielen in der Orgelnacht vier Organisten aus drei Ländern bis weit nach Mitternacht.",
      "Karten gibt es in der Touristeninformation am Markt und an der Abendkasse, solange der Vorrat reicht."]),
    ("fr", ["Agenda de Montclair", "Accueil", "Agenda", "Concerts"], "Nuit du jazz au port : programme et billets",
     "3 mai 2024", ["Date : 12 juillet 2024", "Tarif : 15 euros", "Lieu : quai des Pêcheurs", "Réserver"],
     ["Pour sa dixième édition, la Nuit du jazz réunit six groupes sur une scène installée au bord du quai.",
      "Les billets sont en vente à l'office de tourisme et sur place le soir du concert, dans la limite des places."]),
]

DESK = {"es": "Redacción", "de": "Redaktion", "fr": "La rédaction"}  # the newsroom signs, under the headline

# (language, site and menu, headline, standfirst, alt text, tagline, name, date line, paragraphs)
COLUMNS = [
    ("en", ["The Midland Mercury", "News", "Opinion", "Sport"], "We should stop building car parks in town centres",
     "Every space we give to parked cars is a space we take from the people who live here",
     "Photo of Rachel Okoye", "Rachel Okoye is a writer on cities and transport", "Rachel Okoye", "Thu 7 Mar 2024",
     ["When the council announced another car park last month, it was sold as a lifeline for the high street.",
      "Towns that have thrived over the past decade are the ones where it is pleasant to walk and to sit outside."]),
    ("de", ["Der Stadtbote", "Lokales", "Meinung", "Sport"], "Wir brauchen keine neuen Parkhäuser in der Innenstadt",
     "Jeder Platz für parkende Autos fehlt den Menschen, die hier wohnen und einkaufen",
     "Foto von Jana Roth", "Jana Roth ist Autorin und schreibt über Städte und Verkehr", "Jana Roth", "07.03.2024",
     ["Als die Stadt im vergangenen Monat ein weiteres Parkhaus ankündigte, hieß es, es rette die Innenstadt.",
      "Aufgeblüht sind in den letzten zehn Jahren aber die Städte, in denen man gern zu Fuß geht und draußen sitzt."]),
    ("fr", ["Le Courrier", "Actualités", "Opinions", "Sports"], "Arrêtons de construire des parkings en centre-ville",
     "Chaque place donnée aux voitures garées est une place prise aux habitants",
     "Photo de Julie Martin", "Julie Martin est journaliste et écrit sur la ville et les transports", "Julie Martin",
     "7 mars 2024",
     ["Quand la mairie a annoncé un nouveau parking le mois dernier, on l'a présenté comme une chance pour le commerce.",
      "Les villes qui ont prospéré ces dix dernières années sont celles où il est agréable de marcher et de s'asseoir."]),
]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(site_rules=False)


@pytest.mark.parametrize(("lang", "menu", "headline", "dated", "facts", "paragraphs"), EVENTS)
def test_a_fact_box_line_is_no_headline(cleaner: Cleaner, lang, menu, headline, dated, facts, paragraphs) -> None:
    text = "\n".join([*menu, headline, DESK[lang], dated, *facts, *paragraphs])
    assert cleaner.clean(text, kind="text").title == headline


@pytest.mark.parametrize(("lang", "menu", "headline", "standfirst", "alt", "tagline", "name", "dated", "paragraphs"),
                         COLUMNS)
def test_the_author_tagline_is_no_headline(cleaner: Cleaner, lang, menu, headline, standfirst, alt, tagline, name,
                                           dated, paragraphs) -> None:
    text = "\n".join([*menu, headline, standfirst, alt, tagline, name, dated, *paragraphs])
    assert cleaner.clean(text, kind="text").title == headline
