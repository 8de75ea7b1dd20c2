"""page.recipe_card: a recipe blog's story, then its recipe card (the dish's name, its times, the
ingredient list under its heading, the method's heading and its few steps): the body ends at the
method's last step, not at the story's last paragraph, and the card's foot (nutrition, a rating
prompt, other recipes) stays out."""

from __future__ import annotations

import pytest

CARDS = {
    "en": (["We have eaten these lentil cakes every Friday since the winter, when a neighbour brought a "
            "plate of them round and left the recipe tucked under the foil.",
            "They keep well in the fridge for two days, and they are just as good cold in a lunch box as "
            "they are warm from the pan with a spoon of yoghurt."],
           ["Lentil Cakes", "Prep 15 minutes", "Cook 20 minutes", "Makes 8"],
           "Ingredients", ["200 g red lentils", "1 onion, chopped", "2 eggs", "3 tbsp flour", "1 tsp cumin"],
           "Instructions",
           ["Simmer the lentils until soft, drain them well and leave them to cool.",
            "Stir in the onion, the eggs, the flour and the cumin until everything is mixed.",
            "Fry spoonfuls of the mix in a little oil for four minutes on each side."],
           ["Nutrition", "Calories: 180kcal | Protein: 11g", "Rate this recipe", "More soups and stews"]),
    "de": (["Diese Linsenbratlinge gibt es bei uns seit dem Winter jeden Freitag, seit eine Nachbarin einen "
            "Teller davon vorbeigebracht und das Rezept unter die Folie gesteckt hat.",
            "Sie halten sich zwei Tage im Kühlschrank und schmecken kalt in der Brotdose genauso gut wie "
            "warm aus der Pfanne mit einem Löffel Joghurt."],
           ["Linsenbratlinge", "Vorbereitung 15 Minuten", "Kochen 20 Minuten", "Für 8 Stück"],
           "Zutaten", ["200 g rote Linsen", "1 Zwiebel, gehackt", "2 Eier", "3 EL Mehl", "1 TL Kreuzkümmel"],
           "Zubereitung",
           ["Die Linsen weich kochen, gut abtropfen lassen und etwas abkühlen lassen.",
            "Die Zwiebel, die Eier, das Mehl und den Kreuzkümmel unterrühren, bis alles vermischt ist.",
            "Jeweils einen Löffel der Masse in wenig Öl auf jeder Seite vier Minuten braten."],
           ["Nährwerte", "Kalorien: 180 kcal | Eiweiß: 11 g", "Rezept bewerten", "Weitere Suppen und Eintöpfe"]),
    "fr": (["Nous mangeons ces galettes de lentilles tous les vendredis depuis l'hiver, quand une voisine "
            "nous en a apporté une assiette avec la recette glissée sous le papier.",
            "Elles se gardent deux jours au réfrigérateur, et elles sont aussi bonnes froides dans une boîte "
            "à déjeuner que chaudes à la sortie de la poêle."],
           ["Galettes de lentilles", "Préparation 15 minutes", "Cuisson 20 minutes", "Pour 8 galettes"],
           "Ingrédients", ["200 g de lentilles corail", "1 oignon haché", "2 œufs", "3 c. à s. de farine",
                           "1 c. à c. de cumin"],
           "Étapes",
           ["Faites cuire les lentilles jusqu'à ce qu'elles soient tendres, puis égouttez-les bien.",
            "Ajoutez l'oignon, les œufs, la farine et le cumin, et mélangez le tout avec soin.",
            "Faites dorer des cuillerées de pâte dans un peu d'huile, quatre minutes de chaque côté."],
           ["Valeurs nutritionnelles", "Calories : 180 kcal | Protéines : 11 g", "Notez cette recette",
            "Autres soupes et ragoûts"]),
    "it": (["Mangiamo queste polpette di lenticchie ogni venerdì dall'inverno scorso, da quando una vicina "
            "ce ne ha portato un piatto con la ricetta nascosta sotto la carta.",
            "Si conservano in frigorifero per due giorni, e sono buone fredde nella schiscetta come calde "
            "appena tolte dalla padella con un cucchiaio di yogurt."],
           ["Polpette di lenticchie", "Preparazione 15 minuti", "Cottura 20 minuti", "Per 8 polpette"],
           "Ingredienti", ["200 g di lenticchie rosse", "1 cipolla tritata", "2 uova", "3 cucchiai di farina",
                           "1 cucchiaino di cumino"],
           "Procedimento",
           ["Cuocete le lenticchie finché sono morbide, poi scolatele bene e lasciatele raffreddare.",
            "Aggiungete la cipolla, le uova, la farina e il cumino, e mescolate con cura il tutto.",
            "Friggete cucchiaiate di impasto in poco olio per quattro minuti per ogni lato."],
           ["Valori nutrizionali", "Calorie: 180 kcal | Proteine: 11 g", "Vota questa ricetta",
            "Altre zuppe e minestre"]),
}


def _page(language: str) -> tuple[str, list[str], list[str]]:
    story, card, heading, items, method, steps, foot = CARDS[language]
    page = ["Lentil Cakes – Small Kitchen", "Home", "Recipes", "About", card[0], *story, *card, heading, *items,
            method, *steps, *foot, "Imprint", "Privacy"]
    return "\n".join(page), [*story, *card, heading, *items, method, *steps], foot


@pytest.mark.parametrize("language", sorted(CARDS))
def test_the_body_ends_at_the_recipe_cards_last_step(generic_cleaner, language):
    page, expected, foot = _page(language)
    article = generic_cleaner.clean(page, kind="text")
    body = article.body.split("\n\n")
    assert body[-1] == expected[-1]
    assert set(CARDS[language][3]) <= set(body)  # the ingredient list
    assert not set(foot) & set(body)
    again = generic_cleaner.clean(article.to_text(), kind="text")
    assert again.body == article.body


def test_a_story_ending_above_a_menu_named_ingredients_takes_in_no_menu(generic_cleaner):
    story, *_ = CARDS["en"]
    menu = ["Ingredients", "Soups", "Salads", "Bread", "Read the story of our kitchen and how it began."]
    page = "\n".join(["Lentil Cakes – Small Kitchen", "Home", "Lentil Cakes", *story, *menu, "Imprint"])
    assert generic_cleaner.clean(page, kind="text").body.split("\n\n") == story
