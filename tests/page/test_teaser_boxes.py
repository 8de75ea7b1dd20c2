"""page.trailers: a box of teasers set into the article under a heading of its own (`Don't miss`,
`Nicht verpassen`, `À ne pas manquer`, `No te lo pierdas`, `Related post: …`) goes, and the article
goes on after it."""

from __future__ import annotations

import pytest

ARTICLES = {
    "en": (["The harbour wall that the storm broke last winter is to be rebuilt in stone, the port said on "
            "Monday, after a year in which the fishing boats had to tie up in the next town.",
            "The works will take two summers, and the old lighthouse at the end of the wall will stay shut "
            "until they are done, so that the builders can use its yard for their cranes."],
           "Don't miss", ["Ferry prices go up again", "A new bakery on the quay", "The regatta is back"],
           ["Fishermen said they were glad that the wall will be rebuilt at last, but some of them asked why "
            "it had taken the port so long to find the money for it.",
            "The port's director said the money had come from the region and from the state, and that the "
            "first stones would be laid in April if the weather allowed it."]),
    "de": (["Die Hafenmauer, die der Sturm im letzten Winter zerstört hat, wird aus Stein neu gebaut, teilte "
            "der Hafen am Montag mit, nach einem Jahr, in dem die Fischer im Nachbarort anlegen mussten.",
            "Die Arbeiten dauern zwei Sommer, und der alte Leuchtturm am Ende der Mauer bleibt so lange "
            "geschlossen, damit die Bauleute seinen großen Hof für ihre Kräne und ihre Steine nutzen können."],
           "Nicht verpassen", ["Die Fähre wird wieder teurer", "Eine neue Bäckerei am Kai", "Die Regatta ist zurück"],
           ["Die Fischer sagten, sie seien froh, dass die Mauer endlich neu gebaut werde, aber einige fragten, "
            "warum der Hafen so lange gebraucht habe, um das Geld dafür zu finden.",
            "Der Direktor des Hafens sagte, das Geld komme vom Land und vom Bund, und die ersten Steine "
            "würden im April gesetzt, wenn das Wetter es zulasse."]),
    "fr": (["Le mur du port que la tempête a détruit l'hiver dernier sera reconstruit en pierre, a annoncé le "
            "port lundi, après une année pendant laquelle les bateaux de pêche ont dû accoster dans la ville voisine.",
            "Les travaux dureront deux étés, et le vieux phare au bout du mur restera fermé jusqu'à la fin, "
            "pour que les ouvriers puissent utiliser sa cour pour leurs grues."],
           "À ne pas manquer", ["Le prix du ferry augmente", "Une nouvelle boulangerie sur le quai", "La régate est de retour"],
           ["Les pêcheurs se sont dits heureux que le mur soit enfin reconstruit, mais certains ont demandé "
            "pourquoi il avait fallu si longtemps au port pour trouver l'argent.",
            "Le directeur du port a dit que l'argent venait de la région et de l'État, et que les premières "
            "pierres seraient posées en avril si le temps le permettait."]),
    "es": (["El muro del puerto que la tormenta rompió el invierno pasado se volverá a construir en piedra, "
            "dijo el puerto el lunes, después de un año en el que los barcos de pesca tuvieron que atracar en el pueblo vecino.",
            "Las obras durarán dos veranos, y el viejo faro al final del muro seguirá cerrado hasta que "
            "terminen, para que los obreros puedan usar su patio para las grúas."],
           "No te lo pierdas", ["Sube otra vez el precio del ferri", "Una panadería nueva en el muelle", "Vuelve la regata"],
           ["Los pescadores dijeron que se alegran de que por fin se reconstruya el muro, pero algunos "
            "preguntaron por qué el puerto había tardado tanto en encontrar el dinero.",
            "El director del puerto dijo que el dinero venía de la región y del Estado, y que las primeras "
            "piedras se pondrían en abril si el tiempo lo permite."]),
}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_teaser_box_in_the_article_goes_and_the_article_goes_on(generic_cleaner, language):
    before, heading, teasers, after = ARTICLES[language]
    page = "\n".join(["Harbour wall – Coast News", "Home", "News", "Harbour wall", *before, heading, *teasers,
                      *after, "Home", "Contact", "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == [*before, *after]


def test_a_related_post_line_in_the_article_goes(generic_cleaner):
    before, _, _, after = ARTICLES["en"]
    page = "\n".join(["Harbour wall – Coast News", "Home", "Harbour wall", *before,
                      "Related post: Ten walks along the coast", *after, "Home", "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == [*before, *after]
