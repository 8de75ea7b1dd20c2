"""page.standfirst: a standfirst under the headline, without its full stop, that the byline, the date
and a share bar (dropped by the phrase rules) part from the first paragraph, starts the body; the
byline stays out. Pages written for the test."""

from __future__ import annotations

import pytest

STORIES = {
    "en": ("Harbour ferry returns after the storm",
           "The ferry to the islands sails again from Monday, two weeks after the storm broke its landing stage",
           ["By Jane Holloway", "12 March 2019", "Share"],
           ["The ferry to the islands will sail again on Monday morning, the harbour board said on Friday, after "
            "two weeks in which the islanders had to wait for the supply boat.",
            "Workers have rebuilt the landing stage that the storm broke, and the first crossing leaves the "
            "harbour at seven, as it did before the storm."]),
    "de": ("Die Fähre zu den Inseln fährt wieder",
           "Zwei Wochen nach dem Sturm legt die Fähre ab Montag wieder ab, der Anleger ist repariert",
           ["Von Jana Berger", "12. März 2019", "Teilen"],
           ["Die Fähre zu den Inseln fährt ab Montag wieder, wie die Hafenverwaltung am Freitag mitteilte, "
            "nachdem die Inselbewohner zwei Wochen lang auf das Versorgungsschiff warten mussten.",
            "Arbeiter haben den Anleger wieder aufgebaut, den der Sturm zerstört hatte, und die erste Fahrt "
            "beginnt um sieben Uhr, so wie vor dem Sturm."]),
    "fr": ("Le bac reprend la mer après la tempête",
           "Deux semaines après la tempête, le bac vers les îles reprend son service dès lundi matin",
           ["Par Claire Martin", "12 mars 2019", "Partager"],
           ["Le bac vers les îles reprendra lundi matin, a annoncé vendredi la direction du port, après deux "
            "semaines pendant lesquelles les habitants des îles ont dû attendre le bateau de ravitaillement.",
            "Les ouvriers ont reconstruit le ponton que la tempête avait cassé, et la première traversée part "
            "du port à sept heures, comme avant la tempête."]),
    "es": ("El ferri vuelve a navegar tras la tormenta",
           "Dos semanas después de la tormenta, el ferri a las islas vuelve a salir desde el lunes",
           ["Por Lucía Ortega", "12 de marzo de 2019", "Compartir"],
           ["El ferri a las islas volverá a salir el lunes por la mañana, según anunció el viernes el puerto, "
            "después de dos semanas en las que los vecinos de las islas tuvieron que esperar al barco.",
            "Los obreros han reconstruido el muelle que rompió la tormenta, y la primera travesía sale del "
            "puerto a las siete, como antes de la tormenta."]),
}
MENU = ["Home", "News", "Sport", "Weather"]
FOOTER = ["Imprint", "Privacy", "Contact"]


def page_of(lang: str, between: list[str] | None = None) -> tuple[str, str, list[str], list[str]]:
    head, lead, meta, story = STORIES[lang]
    lines = [f"{head} | Island Post", *MENU, head, lead, *(meta if between is None else between), *story, *FOOTER]
    return "\n".join(lines), lead, meta, story


@pytest.mark.parametrize("lang", list(STORIES))
def test_the_standfirst_above_the_byline_starts_the_body(generic_cleaner, lang):
    text, lead, _meta, story = page_of(lang)
    article = generic_cleaner.clean(text, kind="text")
    assert article.body.split("\n\n") == [lead, *story]
    assert article.title == STORIES[lang][0]


@pytest.mark.parametrize(("lang", "prompt"), [
    ("de", ["Der Artikel gefällt dir?", "Mit Freunden teilen"]),
    ("en", ["Did you like this article?", "Share with friends"]),
    ("fr", ["Vous aimez cet article ?", "Partager avec vos amis"]),
    ("es", ["¿Te gustó este artículo?", "Compartir con tus amigos"]),
])
def test_a_prompt_to_pass_the_article_on_is_no_lead_and_parts_none(generic_cleaner, lang, prompt):
    """`Der Artikel gefällt dir? Mit Freunden teilen` under the standfirst: a share prompt (lexicon)."""
    text, lead, _meta, story = page_of(lang, between=prompt)
    article = generic_cleaner.clean(text, kind="text")
    assert article.body.split("\n\n") == [lead, *story]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_line_under_a_menu_is_no_standfirst(generic_cleaner, lang):
    """Without the headline right above it, an unfinished line above the byline stays out."""
    head, lead, meta, story = STORIES[lang]
    text = "\n".join([f"{head} | Island Post", *MENU, head, "Weather", lead, *meta, *story, *FOOTER])
    article = generic_cleaner.clean(text, kind="text")
    assert article.body.split("\n\n") == story


@pytest.mark.parametrize("lang", list(STORIES))
def test_a_cleaned_page_that_opens_with_its_standfirst_cleans_to_itself(generic_cleaner, lang):
    """`fix` rewrites a file with what the cleaner found: the title line over a body whose first
    paragraph is the standfirst. Cleaned again, the standfirst stays the body's and the title the title."""
    text, lead, _meta, story = page_of(lang)
    first = generic_cleaner.clean(text, kind="text")
    again = generic_cleaner.clean(first.to_text(), kind="text")
    assert (again.title, again.body) == (STORIES[lang][0], "\n\n".join([lead, *story]))


@pytest.mark.parametrize(("lang", "menu"), [("en", "News Politics Top Stories"), ("de", "Sport Politik Kultur"),
                                             ("fr", "Actualités Sport Culture")])
def test_a_menu_run_over_the_headline_is_no_cleaned_page_s_title(generic_cleaner, lang, menu):
    """A scraped page that opens with its section names over a long headline: the headline is the title."""
    head, lead, _meta, story = STORIES[lang]
    headline = f"{lead} {head.lower()}"  # as long as a standfirst, and it opens the region
    article = generic_cleaner.clean("\n".join([menu, headline, *story]), kind="text")
    assert article.title == headline
