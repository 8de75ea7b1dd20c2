"""page.ingredients: a recipe's ingredient list (its heading over quantity lines) right above the
method's first paragraph stays in the body; a menu item `Ingredients` over no quantities does not
pull the menu in."""

from __future__ import annotations

import pytest

RECIPES = {
    "en": ("Ingredients for 4 people", ["250 g flour", "2 cups milk", "1 tsp salt", "3 eggs", "butter"], "Method",
           ["Mix the flour with the salt in a large bowl, then beat in the eggs one after the other until "
            "the dough is smooth and shiny.",
            "Pour in the milk a little at a time, and leave the batter to rest for half an hour before you "
            "bake the pancakes in a hot pan with some butter."]),
    "de": ("Zutaten", ["250 g Mehl", "500 ml Milch", "1 TL Salz", "3 Eier", "Butter zum Braten"], "Zubereitung",
           ["Das Mehl mit dem Salz in einer großen Schüssel mischen, dann die Eier nacheinander unterrühren, "
            "bis der Teig glatt ist und glänzt.",
            "Die Milch nach und nach dazugießen und den Teig eine halbe Stunde ruhen lassen, bevor die "
            "Pfannkuchen in einer heißen Pfanne mit etwas Butter gebacken werden."]),
    "fr": ("Ingrédients pour 4 personnes", ["250 g de farine", "50 cl de lait", "1 pincée de sel", "3 œufs", "beurre"],
           "Préparation",
           ["Mélangez la farine et le sel dans un grand saladier, puis ajoutez les œufs un à un en fouettant "
            "jusqu'à ce que la pâte soit lisse et brillante.",
            "Versez le lait petit à petit, et laissez reposer la pâte une demi-heure avant de faire cuire les "
            "crêpes dans une poêle chaude avec un peu de beurre."]),
    "es": ("Ingredientes", ["250 g de harina", "500 ml de leche", "1 pizca de sal", "3 huevos", "mantequilla"],
           "Preparación",
           ["Mezcla la harina con la sal en un bol grande y después añade los huevos uno a uno, batiendo hasta "
            "que la masa quede lisa y brillante.",
            "Vierte la leche poco a poco y deja reposar la masa media hora antes de hacer las tortitas en una "
            "sartén caliente con un poco de mantequilla."]),
}


@pytest.mark.parametrize("language", sorted(RECIPES))
def test_the_ingredient_list_above_the_method_is_the_recipes(generic_cleaner, language):
    heading, items, method, steps = RECIPES[language]
    page = "\n".join(["Pancakes – Kitchen Blog", "Home", "Recipes", "Pancakes", heading, *items, method, *steps,
                      "Home", "Contact", "Imprint"])
    article = generic_cleaner.clean(page, kind="text")
    body = article.body.split("\n\n")
    assert body[:len(items) + 1] == [heading, *items]
    assert body[-1] == steps[-1]
    again = generic_cleaner.clean(article.to_text(), kind="text")
    assert again.body == article.body  # cleaning the result again keeps the list


def test_a_menu_item_named_ingredients_over_no_quantities_stays_out(generic_cleaner):
    *_, steps = RECIPES["en"]
    page = "\n".join(["Pancakes – Kitchen Blog", "Home", "Ingredients", "Seasons", "Drinks", "Pancakes", *steps,
                      "Imprint"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == steps
