"""stages.title on page text saved without its `<title>` line, where the page's top stands in its
place: skip links to the menu (`Aller au menu`, `Vai al menu`: `[title] not_headline`), a breadcrumb
of two steps over the headline (`Sport › Fußball`), the site's name that the copyright line names
again (stages.title_unshared). Pages written for these tests, in French, Italian, German, Spanish
and English."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

ARTICLE = {
    "fr": ["Le conseil municipal a voté lundi un plan pour rénover les trois écoles les plus anciennes de la ville.",
           "Les travaux commenceront cet été et dureront deux ans, pendant lesquels les élèves seront accueillis ailleurs."],
    "it": ["Il consiglio comunale ha approvato lunedì un piano per rinnovare le tre scuole più vecchie della città.",
           "I lavori inizieranno in estate e dureranno due anni, durante i quali gli alunni saranno ospitati altrove."],
    "nl": ["De gemeenteraad heeft maandag een plan goedgekeurd om de drie oudste scholen van de stad te vernieuwen.",
           "De werkzaamheden beginnen deze zomer en duren twee jaar, waarin de leerlingen elders les krijgen."],
    "de": ["Der Gemeinderat hat am Montag beschlossen, die drei ältesten Schulen der Stadt von Grund auf zu sanieren.",
           "Die Arbeiten beginnen im Sommer und dauern zwei Jahre, in denen die Kinder in anderen Gebäuden lernen."],
    "es": ["El pleno aprobó el lunes un plan para renovar los tres colegios más antiguos de la ciudad antes de dos años.",
           "Las obras empezarán este verano y durarán dos años, durante los cuales los alumnos estudiarán en otros edificios."],
    "en": ["The council voted on Monday to rebuild the three oldest schools in the town over the next two years.",
           "Work starts this summer, and pupils will be taught in other buildings while it goes on, the council said."],
}

# (language, skip links, the site's name and menu, headline, date line)
SKIP_PAGES = [
    ("fr", ["Aller au contenu", "Aller au menu"], ["Ville de Montclair", "Accueil", "Actualités", "Services"],
     "Trois écoles rénovées d'ici deux ans", "Publié le 4 juin 2024"),
    ("it", ["Vai al contenuto", "Vai al menu"], ["Comune di Valfiore", "Notizie", "Servizi", "Contatti"],
     "Tre scuole rinnovate entro due anni", "Pubblicato il 4 giugno 2024"),
    ("es", ["Ir al contenido", "Ir al menú"], ["Ayuntamiento de Valdeluz", "Noticias", "Servicios", "Contacto"],
     "Tres colegios renovados en dos años", "Publicado el 4 de junio de 2024"),
]

# (language, site and menu, breadcrumb, headline, standfirst, byline, date line)
CRUMB_PAGES = [
    ("de", ["Stadtbote", "Lokales", "Sport", "Kultur"], "Lokales › Schulen und Kitas", "Drei Schulen werden saniert",
     "Der Gemeinderat gibt für die Sanierung der ältesten Schulen der Stadt mehr als zwanzig Millionen Euro aus.",
     "Von Jana Roth", "04.06.2024, 10:15 Uhr"),
    ("es", ["El Heraldo", "Local", "Deportes", "Cultura"], "Local » Educación y Cultura", "Tres colegios serán renovados",
     "El ayuntamiento destinará más de veinte millones de euros a renovar los colegios más antiguos de la ciudad.",
     "Por Marta Gil", "04/06/2024 10:15"),
    ("en", ["Town Herald", "News", "Sport", "Arts"], "News › Schools and Colleges", "Three schools to be rebuilt",
     "The council will spend more than twenty million pounds on rebuilding the oldest schools in the town.",
     "By Jo Green, Education reporter", "Tuesday 4 June 2024 10:15"),
]

# (language, the site's name on the first line, its menu, headline, standfirst, a bare name as byline)
NAME_PAGES = [
    ("es", "Diario de la Costa", ["Local", "España", "Deportes"], "Tres colegios serán renovados",
     "El ayuntamiento destinará más de veinte millones de euros a renovar los colegios más antiguos.", "Marta Gil"),
    ("de", "Der Bote vom Land", ["Lokales", "Politik", "Sport"], "Drei Schulen werden saniert",
     "Der Gemeinderat gibt für die Sanierung der ältesten Schulen mehr als zwanzig Millionen Euro aus.", "Jana Roth"),
    ("fr", "La Gazette de Montclair", ["Actualités", "Sports", "Culture"], "Trois écoles rénovées d'ici deux ans",
     "Le conseil municipal consacrera plus de vingt millions d'euros aux écoles les plus anciennes.", "Julie Martin"),
]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(site_rules=False)


@pytest.mark.parametrize(("lang", "skips", "menu", "headline", "dated"), SKIP_PAGES)
def test_skip_links_to_the_menu_are_no_headline(cleaner: Cleaner, lang, skips, menu, headline, dated) -> None:
    text = "\n".join([*skips, *menu, headline, dated, *ARTICLE[lang]])
    assert cleaner.clean(text, kind="text").title == headline


@pytest.mark.parametrize(("lang", "menu", "crumb", "headline", "standfirst", "byline", "dated"), CRUMB_PAGES)
def test_two_step_breadcrumb_is_no_headline(cleaner: Cleaner, lang, menu, crumb, headline, standfirst, byline,
                                            dated) -> None:
    text = "\n".join([*menu, crumb, headline, standfirst, byline, dated, *ARTICLE[lang]])
    assert cleaner.clean(text, kind="text").title == headline


@pytest.mark.parametrize(("lang", "site", "menu", "headline", "standfirst", "byline"), NAME_PAGES)
def test_site_name_on_the_first_line_is_no_title_line(cleaner: Cleaner, lang, site, menu, headline, standfirst,
                                                      byline) -> None:
    text = "\n".join([site, *menu, headline, standfirst, byline, *ARTICLE[lang], f"© 2024 {site}"])
    assert cleaner.clean(text, kind="text").title == headline
