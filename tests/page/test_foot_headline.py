"""page.foot_headline: when the h1 above the article reads otherwise than the `<title>`, and the
page repeats the `<title>`'s headline under the article (a share bar, a box of the most read), the
region does not start at the teasers under that repeat but keeps the article (whether the teasers
go is the trailer cuts' business). A real h1 with its
date beside it still starts the article under it. Pages written for the test."""

from __future__ import annotations

import pytest

PAGES = {
    "en": ("Why the harbour ferry matters more than ever",
           "The island ferry is back, and the harbour is busy again",
           ["The ferry to the islands sailed again on Monday morning, two weeks after the storm had broken the "
            "landing stage, and the islanders who had waited for the supply boat came down to watch it leave.",
            "Workers had rebuilt the landing stage in ten days, working through the nights, because the harbour "
            "board knew that the islands could not do without their crossing for much longer than that.",
            "The captain said that the first crossing was calm, that the passengers were cheerful, and that he "
            "had never seen so many people waiting on the quay at seven in the morning in all his years.",
            "For the shops on the islands the storm was a hard time, since nothing arrived for two weeks and "
            "the shelves were almost empty by the end of the first week, as one of the owners told us.",
            "The harbour board now wants to build a second landing stage, so that one storm alone can never "
            "again cut the islands off from the mainland for so long, and it hopes to start next spring.",
            "Until then the ferry will keep to its winter timetable, with three crossings a day on weekdays and two "
            "on Sundays, and the board has asked the passengers to buy their tickets before they come to the quay."],
           ["Share", "Most read"],
           ["The new bakery on the market square opened its doors on Saturday and sold out before noon.",
            "The town council will vote on the new cycle lanes next week after a long debate in the spring.",
            "The school choir won the regional prize again this year with a song written by its teacher."]),
    "de": ("Warum die Fähre wichtiger ist als je zuvor",
           "Die Inselfähre fährt wieder, und im Hafen ist wieder viel los",
           ["Die Fähre zu den Inseln ist am Montagmorgen wieder gefahren, zwei Wochen nachdem der Sturm den "
            "Anleger zerstört hatte, und die Inselbewohner, die auf das Versorgungsschiff gewartet hatten, kamen zum Hafen.",
            "Die Arbeiter hatten den Anleger in zehn Tagen wieder aufgebaut, auch in den Nächten, weil die "
            "Hafenverwaltung wusste, dass die Inseln nicht viel länger ohne ihre Fähre auskommen würden.",
            "Der Kapitän sagte, dass die erste Fahrt ruhig war, dass die Fahrgäste gut gelaunt waren und dass er "
            "noch nie so viele Menschen um sieben Uhr morgens am Kai gesehen habe.",
            "Für die Läden auf den Inseln war der Sturm eine harte Zeit, denn zwei Wochen lang kam nichts an, und "
            "die Regale waren am Ende der ersten Woche fast leer, wie uns eine Inhaberin erzählte.",
            "Die Hafenverwaltung will nun einen zweiten Anleger bauen, damit nicht ein einziger Sturm die Inseln "
            "so lange vom Festland abschneiden kann, und sie hofft, im nächsten Frühjahr zu beginnen.",
            "Bis dahin fährt die Fähre nach dem Winterfahrplan, mit drei Fahrten an Werktagen und zwei am Sonntag, "
            "und die Verwaltung bittet die Fahrgäste, ihre Karten zu kaufen, bevor sie zum Kai kommen."],
           ["Teilen", "Meistgelesen"],
           ["Die neue Bäckerei am Marktplatz hat am Samstag eröffnet und war schon vor Mittag ausverkauft.",
            "Der Stadtrat stimmt nächste Woche über die neuen Radwege ab, nach einer langen Debatte im Frühjahr.",
            "Der Schulchor hat in diesem Jahr wieder den Preis der Region gewonnen, mit einem Lied seines Lehrers."]),
    "fr": ("Pourquoi le bac compte plus que jamais",
           "Le bac des îles est de retour, et le port s'anime de nouveau",
           ["Le bac vers les îles a repris la mer lundi matin, deux semaines après que la tempête a cassé le "
            "ponton, et les habitants qui attendaient le bateau de ravitaillement sont venus le voir partir.",
            "Les ouvriers avaient reconstruit le ponton en dix jours, en travaillant aussi la nuit, parce que la "
            "direction du port savait que les îles ne pourraient pas se passer de leur bac bien plus longtemps.",
            "Le capitaine a dit que la première traversée était calme, que les passagers étaient de bonne humeur "
            "et qu'il n'avait jamais vu autant de monde sur le quai à sept heures du matin.",
            "Pour les commerces des îles, la tempête a été une période difficile, car rien n'est arrivé pendant "
            "deux semaines et les rayons étaient presque vides à la fin de la première semaine.",
            "La direction du port veut maintenant construire un second ponton, pour qu'une seule tempête ne "
            "puisse plus couper les îles du continent aussi longtemps, et elle espère commencer au printemps.",
            "D'ici là, le bac garde ses horaires d'hiver, avec trois traversées par jour en semaine et deux le "
            "dimanche, et la direction demande aux passagers d'acheter leur billet avant de venir sur le quai."],
           ["Partager", "Les plus lus"],
           ["La nouvelle boulangerie de la place du marché a ouvert samedi et tout était vendu avant midi.",
            "Le conseil municipal votera la semaine prochaine sur les nouvelles pistes cyclables du centre.",
            "La chorale de l'école a encore gagné le prix régional cette année avec une chanson de son professeur."]),
    "es": ("Por qué el ferry importa más que nunca",
           "El ferry de las islas ha vuelto, y el puerto se llena de nuevo",
           ["El ferry a las islas volvió a salir el lunes por la mañana, dos semanas después de que la tormenta "
            "rompiera el muelle, y los vecinos que esperaban el barco de suministros bajaron a verlo salir.",
            "Los obreros habían reconstruido el muelle en diez días, trabajando también de noche, porque la "
            "autoridad del puerto sabía que las islas no podían pasar mucho más tiempo sin su travesía.",
            "El capitán dijo que la primera travesía fue tranquila, que los pasajeros estaban de buen humor y que "
            "nunca había visto tanta gente en el muelle a las siete de la mañana en todos sus años.",
            "Para las tiendas de las islas la tormenta fue una época dura, porque no llegó nada durante dos "
            "semanas y las estanterías estaban casi vacías al final de la primera semana.",
            "La autoridad del puerto quiere construir ahora un segundo muelle, para que una sola tormenta no "
            "pueda volver a aislar las islas del continente tanto tiempo, y espera empezar en primavera.",
            "Hasta entonces el ferry mantendrá su horario de invierno, con tres travesías al día entre semana y dos "
            "los domingos, y el puerto pide a los pasajeros que compren el billete antes de llegar al muelle."],
           ["Compartir", "Lo más leído"],
           ["La nueva panadería de la plaza del mercado abrió el sábado y lo vendió todo antes del mediodía.",
            "El ayuntamiento votará la semana que viene sobre los nuevos carriles bici tras un largo debate.",
            "El coro del colegio volvió a ganar el premio regional este año con una canción de su profesor."]),
}
MENU = ["Home", "News", "Sport", "Weather"]
FOOTER = ["Imprint", "Privacy", "Contact"]


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_title_repeated_under_the_article_does_not_start_the_body(generic_cleaner, lang):
    title, h1, story, bar, teasers = PAGES[lang]
    text = "\n".join([f"{title} | Island Post", *MENU, h1, *story, bar[0], title, bar[1], teasers[0], *FOOTER])
    body = generic_cleaner.clean(text, kind="text").body
    assert all(paragraph in body for paragraph in story)


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_headline_with_its_date_under_long_teasers_still_starts_the_body(generic_cleaner, lang):
    title, _h1, story, _bar, teasers = PAGES[lang]
    short = teasers[1]  # a short news item under its headline and date, below a long box of teasers
    text = "\n".join([f"{title} | Island Post", *MENU, teasers[0], teasers[2], *story[1:], title, "12.03.2019",
                      short, *FOOTER])
    body = generic_cleaner.clean(text, kind="text").body
    assert short in body
    assert story[1] not in body
