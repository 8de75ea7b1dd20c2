"""The HTML path end to end on pages written for these tests (en, de, fr, es): what a newsroom sets
under an article inside its container — how to follow or reach the reporter, who else reported, a
newsletter prompt, a box of other stories, a list of linked stories — goes; the article stays."""

from __future__ import annotations

import pytest

from cleaner import clean

PROSE = {
    "en": ["The harbour at Porthwen reopened to fishing boats on Monday morning, a week after the storms "
           "that tore two pontoons from their moorings and flooded the fish market.",
           "Harbour master Ellis Penrose said the breakwater had held through the worst of the surge, "
           "although the outer wall will need months of repairs before the summer season begins.",
           "Skippers who lost a week of landings will be able to apply to a hardship fund that the county "
           "council set up last winter, and the first payments are expected before Easter."],
    "de": ["Der Hafen von Nordby ist am Montagmorgen wieder für die Fischkutter geöffnet worden, eine Woche "
           "nach dem Sturm, der zwei Stege aus ihrer Verankerung gerissen und die Fischhalle überflutet hatte.",
           "Hafenmeisterin Anke Jansen sagte, die Mole habe dem Hochwasser standgehalten, die äußere Mauer "
           "müsse aber vor Beginn der Sommersaison noch monatelang ausgebessert werden.",
           "Fischer, die eine Woche lang keine Fänge anlanden konnten, können Hilfe aus einem Fonds beantragen, "
           "den der Landkreis im vergangenen Winter eingerichtet hat."],
    "fr": ["Le port de Kerbian a rouvert lundi matin aux bateaux de pêche, une semaine après la tempête qui "
           "avait arraché deux pontons de leurs amarres et inondé la halle aux poissons.",
           "La capitaine du port, Maëlle Le Goff, a assuré que la digue avait tenu pendant le pic de la "
           "marée, même si le mur extérieur devra être réparé pendant des mois avant l'été.",
           "Les patrons pêcheurs privés de débarquements pendant une semaine pourront demander une aide au "
           "fonds créé l'hiver dernier par le département, avec de premiers versements avant Pâques."],
    "es": ["El puerto de Cala Serena volvió a abrir el lunes por la mañana a los pesqueros, una semana después "
           "del temporal que arrancó dos pantalanes de sus amarres e inundó la lonja.",
           "La capitana del puerto, Lucía Ferrer, dijo que el rompeolas resistió lo peor del oleaje, aunque "
           "el muro exterior necesitará meses de obras antes de que empiece la temporada de verano.",
           "Los patrones que perdieron una semana de capturas podrán pedir una ayuda al fondo que la diputación "
           "creó el invierno pasado, y los primeros pagos llegarán antes de Semana Santa."],
}

TAIL = {
    "en": ["Maria Lopez contributed reporting from Falmouth.",
           "Email Tom Reyes at treyes@courier.example or follow him on Twitter @tomreyes.",
           "Get the day’s top stories delivered to your inbox every morning."],
    "de": ["Mitarbeit: Jan Petersen",
           "Folgen Sie der Autorin auf Twitter.",
           "Die wichtigsten Nachrichten jeden Morgen direkt in Ihr Postfach."],
    "fr": ["Avec la collaboration de Claire Martin.",
           "Suivez-nous sur Instagram et Facebook.",
           "Recevez l'essentiel de l'actualité dans votre boîte mail chaque matin."],
    "es": ["Con información de EFE.",
           "Síguenos en Telegram, Instagram y Facebook.",
           "Suscríbete a nuestro boletín y recibe las noticias en tu correo."],
}

BOX = {"en": "You might also like:", "de": "Das könnte Sie auch interessieren:", "fr": "À lire aussi",
       "es": "También te puede interesar:"}

STORIES = {  # each item's end is a link to another story
    "en": ["Lifeboat crew honoured, <a href='/n/1'>a medal for the winter rescue</a>",
           "After the automation, <a href='/n/2'>the keepers who stayed on</a>",
           "Coast road still closed and <a href='/n/3'>when it may open again</a>"],
    "de": ["Seenotretter geehrt, <a href='/n/1'>eine Medaille für die Rettung im Winter</a>",
           "Am Freitag legt ab <a href='/n/2'>die letzte Fähre des Winters</a>",
           "Die Küstenstraße bleibt gesperrt und <a href='/n/3'>wann sie wieder öffnet</a>"],
    "fr": ["Les sauveteurs décorés, <a href='/n/1'>une médaille pour le sauvetage d'hiver</a>",
           "Un métier qui disparaît avec <a href='/n/2'>le dernier gardien du phare</a>",
           "La route côtière reste fermée et <a href='/n/3'>quand elle rouvrira</a>"],
    "es": ["Homenaje a los socorristas, <a href='/n/1'>una medalla por el rescate de invierno</a>",
           "Se jubila este año <a href='/n/2'>el último farero de la costa</a>",
           "La carretera de la costa sigue cortada y <a href='/n/3'>cuándo volverá a abrir</a>"],
}


def page(lang: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE[lang] + TAIL[lang])
    items = "".join(f"<li>{item}</li>" for item in STORIES[lang])
    return (f"<html lang='{lang}'><head><title>Harbour</title></head><body><article><h1>Harbour</h1>{paragraphs}"
            f"<h3>{BOX[lang]}</h3><ul>{items}</ul></article></body></html>")


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_the_notes_and_boxes_under_an_article_go_and_the_article_stays(lang):
    article = clean(page(lang), url=f"https://courier.example/{lang}/harbour", kind="html")
    assert article.body.split("\n\n") == PROSE[lang]
    rules = {r.text: r.rule for r in article.removed}
    assert [rules.get(t) for t in TAIL[lang]] == ["lexicon.contributors", "lexicon.follow", "lexicon.newsletter"]
    assert rules.get(BOX[lang]) == "lexicon.related"
    linked = [r.rule for r in article.removed if r.rule == "html.link-list"]
    assert len(linked) == len(STORIES[lang])
