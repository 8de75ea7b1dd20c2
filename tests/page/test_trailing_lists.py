"""page.trailing_lists: a table right after the article's last paragraph is the article's, but a
trailer's opener (`Filed Under:`, `Mehr zum Thema`, `Sur le même sujet`, `Noticias relacionadas`)
ends it: the tags and teasers under it hold commas and dates as a table's rows do."""

from __future__ import annotations

import pytest

from helpers import apply_region, body_lines, doc_of

ARTICLES = {
    "en": [
        "The harbour board said on Monday that the new ferry pier will open in the spring, after divers found "
        "that the old wooden piles under the quay were in a far worse state than anyone had thought.",
        "The work will cost about two million pounds, and the board has asked the county to pay half of it, "
        "because the ferry is the only link that the island has with the mainland in the winter months.",
        "Until then the boats will use the fishing harbour on the south side, which means a longer walk for "
        "the passengers but no change to the timetable, the board said in a statement.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag beschlossen, dass die alte Schule am Marktplatz zu einer Bücherei "
        "umgebaut wird, nachdem die Kinder im Herbst in den Neubau am Stadtrand umgezogen sind.",
        "Der Umbau soll rund drei Millionen Euro kosten, von denen das Land die Hälfte übernimmt, und die "
        "Arbeiten beginnen im Frühjahr, sobald die letzten Möbel aus dem Gebäude geholt worden sind.",
        "Die Bürger können bis Ende des Monats Vorschläge machen, was in den Räumen außer den Büchern noch "
        "Platz finden soll, etwa ein Café oder ein Raum für die Vereine des Ortes.",
    ],
    "fr": [
        "Le conseil municipal a décidé mardi que l'ancienne gare du village deviendra une maison des "
        "associations, après que la compagnie a fermé la ligne qui la desservait depuis plus d'un siècle.",
        "Les travaux coûteront environ un million d'euros, dont la moitié sera payée par la région, et ils "
        "commenceront au printemps, dès que le toit aura été vérifié par les services de la ville.",
        "Les habitants peuvent proposer jusqu'à la fin du mois des idées pour les salles du premier étage, "
        "où le maire voudrait installer une petite bibliothèque pour les enfants.",
    ],
    "es": [
        "El ayuntamiento anunció el lunes que el antiguo mercado del barrio se convertirá en un centro "
        "cultural, después de que los últimos comerciantes se trasladaran al nuevo edificio de la plaza.",
        "Las obras costarán cerca de dos millones de euros, la mitad de los cuales pagará la comunidad, y "
        "empezarán en primavera, en cuanto los técnicos hayan revisado el estado del tejado.",
        "Los vecinos pueden enviar hasta final de mes sus ideas para las salas de la primera planta, donde "
        "el alcalde quiere abrir una pequeña biblioteca para los niños del barrio.",
    ],
}
TRAILERS = {
    "en": ["Filed Under:", "Harbour,", "Ferries,", "Islands,", "County Council,", "Budget 2024,", "Transport"],
    "de": ["Mehr zum Thema", "Neue Radwege für die Altstadt, 12.03.2024", "Das Freibad öffnet früher, 10.03.2024",
           "Wochenmarkt zieht um, 08.03.2024", "Mehr Busse am Abend, 05.03.2024",
           "Stadtfest im Juni, 02.03.2024", "Kita am Park wird größer, 28.02.2024"],
    "fr": ["Sur le même sujet", "Le marché revient en mai, 14 mars", "Une piste cyclable en 2025, 12 mars",
           "La piscine rouvre, 10 mars", "Plus de bus le soir, 8 mars", "Fête du village : 21 juin",
           "L'école s'agrandit, 3 mars"],
    "es": ["Noticias relacionadas", "Abre el nuevo parque, 12 de marzo", "Más autobuses por la noche, 10 de marzo",
           "La piscina abre antes, 8 de marzo", "Fiestas del barrio: 24 de junio",
           "Nuevo carril bici en 2025, 5 de marzo", "La escuela crece, 2 de marzo"],
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_trailer_s_opener_ends_a_table_after_the_article(ctx, lang):
    article = ARTICLES[lang]
    doc = doc_of("\n".join(["Menu", *article, *TRAILERS[lang]]))
    apply_region(doc, ctx)
    assert body_lines(doc) == article


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_same_rows_without_the_opener_are_the_article_s_table(ctx, lang):
    article, rows = ARTICLES[lang], TRAILERS[lang][1:]
    doc = doc_of("\n".join(["Menu", *article, *rows, "Impressum"]))
    apply_region(doc, ctx)
    assert body_lines(doc)[:len(article)] == article and len(body_lines(doc)) > len(article)
