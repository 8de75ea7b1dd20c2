"""page.trailers: an author box's heading at the article's foot, over a short bio, ends the article,
in the languages of the pages and however the heading names its author."""

from __future__ import annotations

import pytest

STORIES = {
    "en": ["The town council voted on Tuesday to keep the old swimming pool open for another five years, "
           "after more than two thousand people signed a letter asking it to do so.",
           "The pool needs a new roof and new pumps, and the council will pay for them out of the money "
           "that it had set aside for a new car park behind the station.",
           "Swimmers who came to the meeting cheered when the vote was read out, and the club said that it "
           "would open the pool on Sundays again from next month."],
    "de": ["Der Gemeinderat hat am Dienstag beschlossen, das alte Schwimmbad noch fünf Jahre offen zu halten, "
           "nachdem mehr als zweitausend Menschen in einem Brief darum gebeten hatten.",
           "Das Bad braucht ein neues Dach und neue Pumpen, und der Rat bezahlt sie aus dem Geld, das er für "
           "einen neuen Parkplatz hinter dem Bahnhof zur Seite gelegt hatte.",
           "Die Schwimmer, die zu der Sitzung gekommen waren, jubelten, als das Ergebnis verlesen wurde, und "
           "der Verein will das Bad ab dem nächsten Monat auch sonntags wieder öffnen."],
    "fr": ["Le conseil municipal a voté mardi pour garder la vieille piscine ouverte pendant encore cinq ans, "
           "après que plus de deux mille personnes ont signé une lettre qui le lui demandait.",
           "La piscine a besoin d'un nouveau toit et de nouvelles pompes, et le conseil les paiera avec "
           "l'argent qu'il avait mis de côté pour un parking derrière la gare.",
           "Les nageurs venus à la réunion ont applaudi quand le résultat a été lu, et le club a dit qu'il "
           "ouvrirait de nouveau la piscine le dimanche à partir du mois prochain."],
    "es": ["El ayuntamiento votó el martes mantener abierta la vieja piscina durante otros cinco años, "
           "después de que más de dos mil personas firmaran una carta en la que se lo pedían.",
           "La piscina necesita un techo nuevo y bombas nuevas, y el ayuntamiento las pagará con el dinero "
           "que había guardado para un aparcamiento detrás de la estación.",
           "Los nadadores que fueron a la reunión aplaudieron cuando se leyó el resultado, y el club dijo que "
           "volverá a abrir la piscina los domingos a partir del mes que viene."],
}
BOXES = {
    "en": ("About the Author - Jane Miller",
           ["Jane Miller has written about the town and its people for the paper since the year that she "
            "left school, and she still lives in the street where she was born.",
            "When she is not at her desk she swims at the old pool herself, most mornings before the town "
            "is awake and long before the first bus leaves."]),
    "de": ("Über den Autor/ die Autorin",
           ["Jana Müller schreibt seit ihrer Schulzeit für die Zeitung über die Stadt und ihre Menschen, und "
            "sie wohnt noch immer in der Straße, in der sie geboren wurde."]),
    "fr": ("À propos de l'autrice",
           ["Jeanne Meunier écrit sur la ville et ses habitants pour le journal depuis qu'elle a quitté "
            "l'école, et elle vit toujours dans la rue où elle est née."]),
    "es": ("Sobre el autor",
           ["Juan Molinero escribe sobre la ciudad y su gente para el periódico desde que dejó la escuela, "
            "y todavía vive en la calle donde nació."]),
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_an_author_box_at_the_foot_ends_the_article(generic_cleaner, language):
    story = STORIES[language]
    heading, bio = BOXES[language]
    page = "\n".join(["Pool stays open – Town News", "Home", "News", "Pool stays open", *story, heading, *bio,
                      "Home", "Contact", "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == story


def test_a_heading_over_a_long_text_is_no_bio_and_the_article_goes_on(generic_cleaner):
    story = STORIES["en"]
    more = [  # the article goes on at length under the heading: an interview with the pool's builder
        "The pool was built in the year the town got its first railway, and the man who drew its plans "
        "wrote a small book about it, which the library still lends out to anyone who asks for it.",
        "He tells in it how the roof was carried up in one piece by forty men, and how the water came "
        "from a spring on the hill until the town laid its first pipes along the main road.",
        "Most of the book is about the people who swam there in the first summers, the children of the "
        "mill workers above all, who had never seen so much clean water in one place before.",
        "The last chapter is about the war, when the pool was closed and the soldiers who were staying "
        "in the school used its hall to store their food, their beds and their bicycles.",
        "After the war the town opened it again with a party that went on for three days, and many of "
        "the people who signed the letter this year say that their parents met at that party.",
    ]
    page = "\n".join(["Pool stays open – Town News", "Home", "Pool stays open", *story, "About the author",
                      *more, "Home", "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body[-1] == more[-1]
