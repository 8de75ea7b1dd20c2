"""page.region_costs.figure_rows: the rows of a table of figures (standings, results, a timetable)
cost nothing in the main region, so that a page whose article is such a table under a paragraph
or two keeps it, with the notes under it; a line or two of figures is no table."""

from __future__ import annotations

import pytest

TABLES = {
    "en": ("Here you will always find the latest standings of the county league after the last round of games!",
           "Save this page and come back to check the standings after every weekend of the season!",
           "Pos. Team Played Won Lost Points",
           [f"{n} {team} {p} {w} {lost} {pts}" for n, team, p, w, lost, pts in (
               (1, "Riverside Rovers", 18, 14, 4, 42), (2, "Hill Town", 18, 12, 6, 38),
               (3, "Old Mill United", 18, 11, 7, 35), (4, "Harbour Athletic", 18, 9, 9, 29),
               (5, "North End", 18, 8, 10, 26), (6, "Castle Park", 18, 5, 13, 17))],
           "The first four teams play for the title in the spring, and the last one goes down."),
    "de": ("Hier finden Sie immer die aktuelle Tabelle der Kreisliga nach dem letzten Spieltag der Saison!",
           "Speichern Sie diese Seite und schauen Sie nach jedem Wochenende wieder bei uns vorbei!",
           "Platz Verein Spiele Siege Niederlagen Punkte",
           [f"{n} {team} {p} {w} {lost} {pts}" for n, team, p, w, lost, pts in (
               (1, "SV Auenwald", 18, 14, 4, 42), (2, "TSV Bergheim", 18, 12, 6, 38),
               (3, "FC Mühlbach", 18, 11, 7, 35), (4, "SC Hafenstadt", 18, 9, 9, 29),
               (5, "VfL Nordend", 18, 8, 10, 26), (6, "SG Schlosspark", 18, 5, 13, 17))],
           "Die ersten vier Vereine spielen im Frühjahr um den Titel, und der letzte steigt ab."),
    "fr": ("Vous trouverez toujours ici le classement du championnat régional après la dernière journée !",
           "Gardez cette page et revenez voir le classement après chaque week-end de la saison !",
           "Rang Club Joués Gagnés Perdus Points",
           [f"{n} {team} {p} {w} {lost} {pts}" for n, team, p, w, lost, pts in (
               (1, "AS Rivière", 18, 14, 4, 42), (2, "US Colline", 18, 12, 6, 38),
               (3, "FC Moulin", 18, 11, 7, 35), (4, "Stade du Port", 18, 9, 9, 29),
               (5, "RC Nord", 18, 8, 10, 26), (6, "Olympique du Château", 18, 5, 13, 17))],
           "Les quatre premiers clubs jouent le titre au printemps, et le dernier descend."),
    "es": ("¡Aquí encontrarás siempre la clasificación de la liga comarcal después de la última jornada!",
           "¡Guarda esta página y vuelve a consultar la clasificación después de cada fin de semana!",
           "Pos. Equipo Jugados Ganados Perdidos Puntos",
           [f"{n} {team} {p} {w} {lost} {pts}" for n, team, p, w, lost, pts in (
               (1, "CD Ribera", 18, 14, 4, 42), (2, "UD Colina", 18, 12, 6, 38),
               (3, "Atlético Molino", 18, 11, 7, 35), (4, "Real Puerto", 18, 9, 9, 29),
               (5, "CF Norte", 18, 8, 10, 26), (6, "SD Castillo", 18, 5, 13, 17))],
           "Los cuatro primeros juegan el título en primavera, y el último desciende."),
}
FOOTER = ["Home", "Contact", "Imprint"]


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_a_table_of_figures_under_a_short_intro_is_the_article(generic_cleaner, lang):
    intro, save, header, rows, note = TABLES[lang]
    page = "\n".join(["League table | Sports Desk", "Home", "Football", intro, save, header, *rows, note, *FOOTER])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == [intro, save, header, *rows, note]


def test_two_lines_of_figures_are_no_table(generic_cleaner):
    intro, save, _, rows, note = TABLES["en"]
    page = "\n".join(["League table | Sports Desk", "Home", "Football", intro, save, *rows[:2], *FOOTER, note])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert rows[0] not in body
