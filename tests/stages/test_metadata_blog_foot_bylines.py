"""stages.metadata: a blog platform's byline at the post's foot, its prefix in the page's language
(`Postado por Helena Duarte às 16:20`, Blogger's; `Pubblicato da ...`, `Geplaatst door ...`:
[words] byline_prefixes in generic.toml), under a date header over the post's title. Pages written
for these tests, in Portuguese, Italian and Dutch."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

# (language, blog's name and menu, date header, post title, paragraphs, foot byline, author)
PAGES = [
    ("pt", ["Horta na Varanda", "Página inicial", "Sobre mim"], "sábado, 6 de abril de 2024",
     "Como plantei tomates num vaso pequeno",
     ["Comecei com duas mudas compradas na feira e um vaso de vinte litros que estava esquecido no quintal.",
      "Em seis semanas as plantas passaram da grade da varanda, e a primeira colheita veio antes do fim do mês."],
     "Postado por Rita Almeida às 10:15", "Rita Almeida"),
    ("it", ["Orto sul Balcone", "Home", "Chi sono"], "sabato 6 aprile 2024", "Come ho coltivato pomodori in un vaso",
     ["Ho cominciato con due piantine comprate al mercato e un vaso da venti litri dimenticato in cortile.",
      "In sei settimane le piante hanno superato la ringhiera, e il primo raccolto è arrivato prima di fine mese."],
     "Pubblicato da Giulia Rossi alle 10:15", "Giulia Rossi"),
    ("nl", ["Moestuin op het Balkon", "Home", "Over mij"], "zaterdag 6 april 2024", "Hoe ik tomaten kweekte in een pot",
     ["Ik begon met twee plantjes van de markt en een pot van twintig liter die vergeten in de tuin stond.",
      "Binnen zes weken groeiden de planten boven de balustrade uit, en de eerste oogst kwam nog voor het eind van de maand."],
     "Geplaatst door Sanne Bakker om 10:15", "Sanne Bakker"),
]


@pytest.mark.parametrize(("lang", "menu", "dated", "headline", "paragraphs", "byline", "author"), PAGES)
def test_a_blog_byline_at_the_foot_names_the_author(lang, menu, dated, headline, paragraphs, byline, author) -> None:
    text = "\n".join([f"{menu[0]}: {headline}", *menu, dated, headline, *paragraphs, byline, "3 comentários"])
    assert Cleaner(site_rules=False).clean(text, kind="text").author == (author,)
