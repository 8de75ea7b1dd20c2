"""page.region_costs: a fact box (`Label: value` lines) inside the article is its content, and the
main region takes it in with the paragraph that follows it; a teaser list whose lines repeat one
label is no fact box."""

from __future__ import annotations

import pytest

FACT_BOXES = {
    "en": (
        ["The old mill on the river was built in 1820 and ground flour for the whole valley until the "
         "last miller closed its doors after the war, when the big bakeries in town took over.",
         "A group of neighbours bought it last spring, and they have spent every weekend since then on "
         "its wheel, its roof and the stones that it still has from the old days."],
        ["Built: 1820", "Owner: Mill Friends Society", "Open: Saturdays from May to October", "Entry: free"],
        "The friends hope to grind their first flour there again next summer."),
    "de": (
        ["Die alte Mühle am Fluss wurde im Jahr 1820 gebaut und mahlte das Mehl für das ganze Tal, bis "
         "der letzte Müller sie nach dem Krieg schloss, als die großen Bäckereien der Stadt übernahmen.",
         "Eine Gruppe von Nachbarn hat sie im letzten Frühjahr gekauft, und seitdem arbeiten sie an jedem "
         "Wochenende an dem Rad, an dem Dach und an den alten Steinen, die noch da sind."],
        ["Baujahr: 1820", "Eigentümer: Verein der Mühlenfreunde", "Geöffnet: samstags von Mai bis Oktober",
         "Eintritt: frei"],
        "Im nächsten Sommer wollen die Freunde dort wieder ihr erstes Mehl mahlen."),
    "fr": (
        ["Le vieux moulin de la rivière a été construit en 1820 et a moulu la farine de toute la vallée "
         "jusqu'à ce que le dernier meunier ferme ses portes après la guerre, quand les grandes boulangeries "
         "de la ville ont pris le relais.",
         "Un groupe de voisins l'a acheté au printemps dernier, et depuis ils passent tous leurs week-ends "
         "sur sa roue, sur son toit et sur les vieilles pierres qui sont encore là."],
        ["Construction : 1820", "Propriétaire : Les Amis du moulin", "Ouverture : le samedi de mai à octobre",
         "Entrée : libre"],
        "Les amis espèrent y moudre leur première farine l'été prochain."),
    "es": (
        ["El viejo molino del río se construyó en 1820 y molió la harina de todo el valle hasta que el "
         "último molinero cerró sus puertas después de la guerra, cuando las grandes panaderías de la "
         "ciudad se quedaron con el trabajo.",
         "Un grupo de vecinos lo compró la primavera pasada, y desde entonces pasan todos los fines de "
         "semana trabajando en su rueda, en su tejado y en las viejas piedras que aún tiene."],
        ["Construcción: 1820", "Dueño: Amigos del Molino", "Abierto: los sábados de mayo a octubre",
         "Entrada: libre"],
        "Los amigos esperan moler allí su primera harina el próximo verano."),
}
FOOTER = ["Home", "News", "Contact", "Imprint"]


def _page(story: list[str], box: list[str], last: str) -> str:
    return "\n".join(["The old mill – Valley News", "Home", "News", "The old mill", *story, *box, last, *FOOTER])


@pytest.mark.parametrize("language", sorted(FACT_BOXES))
def test_a_fact_box_is_the_articles_and_the_paragraph_after_it_too(generic_cleaner, language):
    story, box, last = FACT_BOXES[language]
    body = generic_cleaner.clean(_page(story, box, last), kind="text").body.split("\n\n")
    assert body == [*story, *box, last]


def test_one_label_over_and_over_is_a_teaser_list_not_a_fact_box(generic_cleaner):
    story, _, last = FACT_BOXES["en"]
    teasers = ["Video: The fair on the green", "Video: A new bridge for the town", "Video: The school choir sings",
               "Video: Snow on the hills"]
    body = generic_cleaner.clean(_page(story, teasers, last), kind="text").body.split("\n\n")
    assert body == story
