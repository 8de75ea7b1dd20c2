"""stages.metadata: a blog's date line with its author after the date in Italian (`Pubblicato il
18 aprile 2024 da Giulia Ferri`), as in the other languages; a forum thread's buttons (`Post Reply`,
`Neues Thema`) under its title are no author's name, and a post's header (`Post by Seabird » ...`)
names the author."""

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("it", "Pubblicato il 18 aprile 2024 da Giulia Ferri", ("Giulia Ferri",)),
    ("it", "Pubblicato il 3 maggio 2023 da Marco De Santis", ("Marco De Santis",)),
    ("fr", "Publié le 18 avril 2024 par Claire Morel", ("Claire Morel",)),  # as before: `par`
    ("es", "Publicado el 18 de abril de 2024 por Lucía Ortega", ("Lucía Ortega",)),  # and `por`
])
def test_the_author_after_the_date(language, lines, author):
    assert Cleaner().clean(news_page(language, lines)).author == author


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "Post Reply\n3 posts • Page 1 of 1\nPost by Seabird » Tue Oct 10, 2023 7:12 pm", ("Seabird",)),
    ("de", "Neues Thema\nAntworten\nBeitrag von Hafenkatze » Di 10. Okt 2023, 19:12", ("Hafenkatze",)),
    ("fr", "Nouveau sujet\nRépondre\nMessage par Mouette » mar. 10 oct. 2023 19:12", ("Mouette",)),
])
def test_a_forum_posts_header_names_its_author_not_its_buttons(language, lines, author):
    assert Cleaner().clean(news_page(language, lines)).author == author

