"""stages.metadata_alone: a name alone near the headline is a byline when the page names the person
again in a longer line (an author box), but a copyright line names the site as often (`Field Notes
© 2024`): the blog's name over its menu is no author, and the name alone beside the post's date is.
Pages written for these tests, in English, German and French."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

# (language, headline, blog's name, menu, subtitle, author, date line, paragraphs)
PAGES = [
    ("en", "Why I stopped buying new bikes", "Slow Miles", ["Home", "About", "Archive"],
     "A second-hand frame has carried me further than any new one did.", "Sam Porter", "Mar 4, 2024",
     ["I bought my first bike from a neighbour for the price of a pizza, and it lasted longer than the two new ones after it.",
      "Old steel frames are easy to repair, and the parts that wear out are cheap and still made today."]),
    ("de", "Warum ich keine neuen Fahrräder mehr kaufe", "Langsame Kilometer", ["Start", "Über mich", "Archiv"],
     "Ein gebrauchter Rahmen hat mich weiter getragen als jeder neue.", "Lena Vogt", "4. März 2024",
     ["Mein erstes Rad habe ich einem Nachbarn für den Preis einer Pizza abgekauft, und es hielt länger als die neuen danach.",
      "Alte Stahlrahmen lassen sich leicht reparieren, und die Verschleißteile sind billig und werden noch hergestellt."]),
    ("fr", "Pourquoi je n'achète plus de vélos neufs", "Kilomètres Lents", ["Accueil", "À propos", "Archives"],
     "Un cadre d'occasion m'a porté plus loin que tous les neufs.", "Claire Dubois", "4 mars 2024",
     ["J'ai acheté mon premier vélo à un voisin pour le prix d'une pizza, et il a duré plus longtemps que les neufs après lui.",
      "Les vieux cadres en acier se réparent facilement, et les pièces d'usure sont bon marché et toujours fabriquées."]),
]


@pytest.mark.parametrize(("lang", "headline", "blog", "menu", "subtitle", "author", "dated", "paragraphs"), PAGES)
def test_the_blog_named_in_the_copyright_line_is_no_author(lang, headline, blog, menu, subtitle, author, dated,
                                                            paragraphs) -> None:
    text = "\n".join([headline, blog, *menu, headline, subtitle, author, dated, *paragraphs, f"{blog} © 2024"])
    assert Cleaner(site_rules=False).clean(text, kind="text").author == (author,)
