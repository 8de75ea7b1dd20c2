"""stages.metadata_teasers: the dated lines of a list of other stories beside the article (a date line,
a headline and a `Read more` link each) give the article no date; the article's own date line
beside such a list still gives its date."""

import pytest

# Each language: the headline, the list's header, two teasers' headlines, the `Read more` link, two
# paragraphs of prose.
PAGES = {
    "en": ("How to grow a fig tree on a small balcony", "Recent posts",
           ("Caring for a fern through the winter", "Five herbs that like the shade"), "Read more",
           "A fig tree needs a sunny corner, a large pot and patience, and it rewards a careful gardener with "
           "fruit within two or three summers of planting.\n"
           "Start with a young tree from a nursery rather than a cutting, and choose a pot with holes in the "
           "bottom so that the roots never stand in water."),
    "de": ("So gedeiht ein Feigenbaum auf dem kleinen Balkon", "Neueste Beiträge",
           ("Den Farn gut durch den Winter bringen", "Fünf Kräuter, die den Schatten mögen"), "Weiterlesen",
           "Ein Feigenbaum braucht eine sonnige Ecke, einen großen Topf und Geduld, und er belohnt die Mühe "
           "nach zwei oder drei Sommern mit den ersten Früchten.\n"
           "Am besten beginnt man mit einem jungen Baum aus der Gärtnerei und wählt einen Topf mit Löchern im "
           "Boden, damit die Wurzeln nie im Wasser stehen."),
    "fr": ("Faire pousser un figuier sur un petit balcon", "Articles récents",
           ("Protéger sa fougère pendant l'hiver", "Cinq herbes qui aiment l'ombre"), "Lire la suite",
           "Un figuier demande un coin ensoleillé, un grand pot et de la patience, et il récompense le jardinier "
           "par ses premiers fruits après deux ou trois étés.\n"
           "Mieux vaut commencer avec un jeune arbre de pépinière et choisir un pot percé au fond, pour que les "
           "racines ne restent jamais dans l'eau."),
    "es": ("Cómo cultivar una higuera en un balcón pequeño", "Entradas recientes",
           ("Cuidar un helecho durante el invierno", "Cinco hierbas que prefieren la sombra"), "Leer más",
           "Una higuera necesita un rincón soleado, una maceta grande y paciencia, y premia al jardinero con sus "
           "primeros frutos tras dos o tres veranos.\n"
           "Conviene empezar con un árbol joven de vivero y elegir una maceta con agujeros en el fondo, para que "
           "las raíces nunca queden en el agua."),
}

# Two teasers' date lines (with the author's name, as a blog's list gives them), and the article's own
# date line.
DATES = {
    "en": ("October 30, 2023 Kate Moss", "October 28, 2023 Kate Moss", "May 2, 2023"),
    "de": ("30. Oktober 2023 Lena Wolf", "28. Oktober 2023 Lena Wolf", "2. Mai 2023"),
    "fr": ("30 octobre 2023 Anne Roux", "28 octobre 2023 Anne Roux", "2 mai 2023"),
    "es": ("30 de octubre de 2023 Ana Gil", "28 de octubre de 2023 Ana Gil", "2 de mayo de 2023"),
}


def page(language: str, own_date: bool) -> str:
    head, header, (first, second), more, prose = PAGES[language]
    one, two, own = DATES[language]
    under = f"{own}\n" if own_date else ""
    return (f"{head} | Balcony Garden\nHome\nGarden\nAbout\n{head}\n{under}{header}\n{one}\n{first}\n{more}\n"
            f"{two}\n{second}\n{more}\n{prose}\nShare this:\nFacebook\n")


@pytest.mark.parametrize("language", PAGES)
def test_a_teaser_lists_date_lines_give_the_article_no_date(cleaner, language):
    assert cleaner.clean(page(language, own_date=False)).date is None


@pytest.mark.parametrize("language", PAGES)
def test_the_articles_own_date_line_above_a_teaser_list(cleaner, language):
    assert cleaner.clean(page(language, own_date=True)).date == "2023-05-02"


def test_two_date_lines_of_the_article_are_no_teaser_list(cleaner):
    lines = "Published May 2, 2023\nBy Kate Moss\nUpdated May 4, 2023"
    head, _, _, _, prose = PAGES["en"]
    text = f"{head} | Balcony Garden\nHome\n{head}\n{lines}\n{prose}\nShare this:\n"
    assert cleaner.clean(text).date == "2023-05-02"
