"""page.signoff: a letter's sign-off under a blog post's last paragraph (`Liebe Grüße, Anna`,
`x Mia`) is the post's, and stays in the body; the related posts and the footer under it do not."""

from __future__ import annotations

import pytest

POSTS = {
    "en": ["Last weekend we finally drove up to the lake with the children, the dog and far too many "
           "sandwiches, and the weather was kinder to us than the forecast had promised.",
           "We walked the long path around the water in the morning, had lunch on the jetty and spent the "
           "afternoon watching the boats come in while the dog chased every duck in sight.",
           "If you have never been there, go in early autumn when the crowds have gone home and the trees "
           "are just starting to turn."],
    "de": ["Am Wochenende sind wir endlich mit den Kindern, dem Hund und viel zu vielen Broten an den See "
           "gefahren, und das Wetter war viel freundlicher, als die Vorhersage gesagt hatte.",
           "Am Morgen sind wir den langen Weg um das Wasser gelaufen, haben auf dem Steg gegessen und am "
           "Nachmittag den Booten zugesehen, während der Hund jede Ente gejagt hat.",
           "Wer noch nie dort war, sollte im frühen Herbst fahren, wenn die meisten Leute wieder zu Hause "
           "sind und sich die Bäume gerade zu färben beginnen."],
    "fr": ["Le week-end dernier, nous sommes enfin partis au lac avec les enfants, le chien et beaucoup trop "
           "de sandwichs, et le temps a été bien plus clément que ce que la météo annonçait.",
           "Le matin, nous avons fait le grand tour du lac à pied, nous avons déjeuné sur le ponton et passé "
           "l'après-midi à regarder les bateaux pendant que le chien courait après les canards.",
           "Si vous n'y êtes jamais allés, partez au début de l'automne, quand la foule est rentrée et que les "
           "arbres commencent à peine à changer de couleur."],
    "es": ["El fin de semana pasado por fin fuimos al lago con los niños, el perro y demasiados bocadillos, "
           "y el tiempo fue mucho mejor de lo que había dicho el pronóstico.",
           "Por la mañana dimos la vuelta larga alrededor del agua, comimos en el muelle y pasamos la tarde "
           "mirando los barcos mientras el perro perseguía a todos los patos que veía.",
           "Si nunca habéis estado allí, id a principios de otoño, cuando la gente ya ha vuelto a casa y los "
           "árboles empiezan a cambiar de color."],
    "nl": ["Vorig weekend zijn we eindelijk met de kinderen, de hond en veel te veel broodjes naar het meer "
           "gereden, en het weer was veel beter dan de voorspelling had gezegd.",
           "In de ochtend liepen we het lange pad rond het water, we aten op de steiger en keken de hele "
           "middag naar de boten terwijl de hond achter elke eend aan rende.",
           "Wie er nog nooit is geweest, moet in de vroege herfst gaan, als de drukte voorbij is en de bomen "
           "net van kleur beginnen te veranderen."],
}
# The sign-off, maybe with a short exclamation above it, in the words bloggers close with.
SIGNOFFS = {
    "en": ["Have fun!", "x Mia"],
    "de": ["Viel Spaß!", "Liebe Grüße,", "Anna"],
    "fr": ["Bisous, Léa"],
    "es": ["¡Buen viaje!", "Un abrazo, Lucía"],
    "nl": ["Liefs, Sanne"],
}
FOOT = ["Related posts", "Ten things to pack for a day at the lake", "Our favourite picnic spots", "Imprint",
        "Privacy"]


@pytest.mark.parametrize("language", sorted(POSTS))
def test_a_sign_off_under_the_last_paragraph_stays(generic_cleaner, language):
    post, signoff = POSTS[language], SIGNOFFS[language]
    page = "\n".join(["A day at the lake – Our little blog", "Home", "Travel", "Recipes", *post, *signoff,
                      *FOOT])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == [*post, *signoff]


def test_the_result_cleaned_again_keeps_the_sign_off(generic_cleaner):
    post, signoff = POSTS["de"], SIGNOFFS["de"]
    page = "\n".join(["Am See – Unser kleiner Blog", "Start", "Reisen", *post, *signoff, *FOOT])
    once = generic_cleaner.clean(page, kind="text")
    again = generic_cleaner.clean(f"{once.title}\n\n{once.body}", kind="text")
    assert again.body == once.body
    assert once.body.endswith("Anna")
