"""stages.title_logo.top_taglines: a blog's `<title>` line that ends with its tagline (`Post – Blog –
Tagline`), the tagline standing under the blog's name at the top of the page, keeps the post's
headline as the title, not the tagline (the longer run); a kicker over its headline stays the
headline's."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

PAGES = {
    "en": ("Windowsill Jungle", "Notes from a small flat full of green plants", "Home\nAbout\nPlant care",
           "Why my basil keeps dying", "Posted on May 2, 2024 by Hannah",
           "Every spring I buy a pot of basil from the supermarket, and every spring it is dead within a month. "
           "This year I finally found out why.\nThe pot holds a dozen seedlings crammed together, and they choke "
           "each other long before the plant can grow."),
    "de": ("Balkongrün", "Gärtnern auf kleinem Raum mitten in der großen Stadt", "Start\nÜber mich\nPflanzen",
           "Warum mein Basilikum immer eingeht", "Veröffentlicht am 2. Mai 2024 von Hanna",
           "Jeden Frühling kaufe ich einen Topf Basilikum im Supermarkt, und jeden Frühling ist er nach einem Monat "
           "hinüber. Dieses Jahr habe ich endlich herausgefunden, warum.\nIn dem Topf stehen ein Dutzend Pflänzchen "
           "dicht an dicht, und sie nehmen sich gegenseitig das Licht."),
    "fr": ("Le Balcon Vert", "Petites histoires de jardinage sur un balcon de la ville", "Accueil\nÀ propos\nPlantes",
           "Pourquoi mon basilic meurt toujours", "Publié le 2 mai 2024 par Anne",
           "Chaque printemps, j'achète un pot de basilic au supermarché, et chaque printemps il meurt en un mois. "
           "Cette année, j'ai enfin compris pourquoi.\nLe pot contient une douzaine de jeunes plants serrés les uns "
           "contre les autres, qui s'étouffent bien avant de pouvoir grandir."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_blogs_tagline_in_the_title_line_is_no_headline(language):
    blog, tagline, menu, headline, byline, post = PAGES[language]
    page = "\n".join([f"{headline} – {blog} – {tagline}", blog, tagline, menu, headline, byline, post])
    assert Cleaner(site_rules=False).clean(page, kind="text").title == headline


def test_a_kicker_over_its_headline_keeps_the_headline():
    blog, _, menu, _, byline, post = PAGES["en"]
    page = "\n".join(["Basil | Why every supermarket pot dies within a month | Windowsill Jungle", blog, menu,
                      "Basil", "Why every supermarket pot dies within a month", byline, post])
    assert Cleaner(site_rules=False).clean(page, kind="text").title == "Why every supermarket pot dies within a month"
