"""A live blog on page text: entries under clock stamps (`14:48` alone on a line), newest first
(page.clock_stamps). The stamps are no comment thread's cluster (page.trailers), so the body keeps
every entry; an entry's heading under its stamp is no headline, and a sentence over a stamp is the
article's, not a headline (stages.title_lines, stages.title_start). Pages written for these tests,
in German, French and Spanish."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.page.clock_stamps import is_clock

# (language, <title> line, headline, standfirst, byline, entries: (stamp, heading, text), newest first)
PAGES = [
    ("de", "Hochwasser im Liveblog: Pegel steigt weiter | Elbe-Kurier",
     "Hochwasser im Liveblog: Pegel steigt weiter",
     "Die Feuerwehr hat in der Nacht mehrere Straßen am Ufer gesperrt und bittet Anwohner um Vorsicht.",
     "Von Anna Keller und Lukas Brandt",
     [("16:05", "Schulen bleiben morgen geschlossen", "Das Schulamt hat entschieden, dass alle Schulen in den Orten am Fluss morgen geschlossen bleiben, weil viele Busse nicht fahren können."),
      ("15:20", "Sandsäcke am Marktplatz", "Freiwillige füllen seit dem Mittag am Marktplatz Sandsäcke, die Stadt hat dafür zwei Lastwagen mit Sand bereitgestellt."),
      ("14:40", "Bahnstrecke gesperrt", "Zwischen den beiden Bahnhöfen fahren keine Züge mehr, weil das Wasser den Damm an einer Stelle unterspült hat."),
      ("14:00", "Willkommen im Liveblog", "Wir berichten hier den ganzen Tag über die Lage an der Elbe und die Folgen für die Anwohner in der Region.")]),
    ("fr", "Tempête en direct : des milliers de foyers privés d'électricité - Le Littoral",
     "Tempête en direct : des milliers de foyers privés d'électricité",
     "Des rafales de plus de 120 km/h sont attendues sur la côte jusqu'à la fin de la soirée.",
     "Par Julie Martin",
     [("15h40", "Les ferries restent à quai", "Toutes les traversées vers les îles sont annulées jusqu'à demain matin, a indiqué la compagnie dans un communiqué."),
      ("15h05", "Des coupures d'électricité", "Environ vingt mille foyers sont privés de courant le long de la côte, et les techniciens attendent que le vent faiblisse."),
      ("14h30", "Trains supprimés", "La circulation des trains est interrompue entre la côte et la ville après la chute d'un arbre sur les voies."),
      ("14h00", "Bienvenue dans ce direct", "Nous vous faisons vivre ici toute l'après-midi le passage de la tempête sur le littoral et ses conséquences.")]),
    ("es", "Directo | El temporal obliga a cerrar el puerto - Diario de la Costa",
     "El temporal obliga a cerrar el puerto",
     "Las autoridades mantienen la alerta naranja por viento y oleaje hasta la medianoche en todo el litoral.",
     "Marta Gil",
     [("17:10", "Suspendidas las clases", "La consejería ha suspendido las clases de mañana en los municipios de la costa por el riesgo de caída de árboles."),
      ("16:35", "Cortes de luz", "Unos quince mil hogares se han quedado sin electricidad a lo largo de la costa, según la compañía eléctrica."),
      ("16:00", "Cerrado el puerto", "El puerto ha cerrado a todo el tráfico marítimo por el fuerte oleaje, y los barcos pesqueros no han salido a faenar."),
      ("15:30", "Bienvenidos al directo", "Seguimos aquí durante toda la tarde la evolución del temporal en la costa y sus consecuencias en la región.")]),
]
MENU = {"de": ["Elbe-Kurier", "Lokales", "Politik", "Sport", "Anmelden"],
        "fr": ["Le Littoral", "Actualités", "Sports", "Culture", "Se connecter"],
        "es": ["Diario de la Costa", "Local", "España", "Deportes", "Iniciar sesión"]}
FOOT = {"de": ["Impressum", "© 2024 Elbe-Kurier"], "fr": ["Mentions légales", "© 2024 Le Littoral"],
        "es": ["Aviso legal", "© 2024 Diario de la Costa"]}


def _page(lang: str, title: str, headline: str, standfirst: str, byline: str, entries: list) -> list[str]:
    lines = [title, *MENU[lang], "LIVE", headline, standfirst, byline]
    for stamp, heading, text in entries:
        lines += [stamp, heading, text]
    return [*lines, *FOOT[lang]]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(site_rules=False)


@pytest.mark.parametrize(("lang", "title", "headline", "standfirst", "byline", "entries"), PAGES)
def test_every_entry_stays(cleaner: Cleaner, lang, title, headline, standfirst, byline, entries) -> None:
    body = cleaner.clean("\n".join(_page(lang, title, headline, standfirst, byline, entries)), kind="text").body
    assert [text for _, _, text in entries if text not in body] == []


@pytest.mark.parametrize(("lang", "title", "headline", "standfirst", "byline", "entries"), PAGES)
def test_headline_without_the_title_line(cleaner: Cleaner, lang, title, headline, standfirst, byline, entries) -> None:
    page = _page(lang, title, headline, standfirst, byline, entries)[1:]
    assert cleaner.clean("\n".join(page), kind="text").title == headline


@pytest.mark.parametrize("line", ["14:48", "3.12pm", "14h48", "09:05 GMT", "16:20 Uhr"])
def test_a_clock_alone_is_an_entry_stamp(line: str) -> None:
    assert is_clock(line)


@pytest.mark.parametrize("line", ["12 March 2024 14:48", "vor 2 Stunden", "Updated 15:40", "1-2"])
def test_a_dated_stamp_is_none(line: str) -> None:
    assert not is_clock(line)
