"""page.region: how a line scores as prose. A long line without sentence ends is a list run
together (an archive or category drop-down, a tag cloud), never a paragraph."""

from __future__ import annotations

import pytest

from helpers import apply_region, body_lines, doc_of

EN_STORY = [
    "The library on Mill Road reopened on Saturday after a year of repairs to its roof and its old "
    "reading room, and hundreds of readers came to see it.",
    "The children's corner is twice as large as before, and the café by the entrance now stays open "
    "until the library closes at eight in the evening.",
]
DE_STORY = [
    "Die Bibliothek in der Mühlenstraße hat am Samstag nach einem Jahr Bauzeit wieder geöffnet, und "
    "schon am ersten Tag kamen Hunderte Leserinnen und Leser.",
    "Die Kinderecke ist doppelt so groß wie früher, und das Café am Eingang bleibt jetzt geöffnet, bis "
    "die Bibliothek am Abend um acht Uhr schließt.",
]
FR_STORY = [
    "La bibliothèque de la rue du Moulin a rouvert samedi après un an de travaux sur son toit et sur "
    "son ancienne salle de lecture, et des centaines de lecteurs sont venus.",
    "Le coin des enfants est deux fois plus grand qu'avant, et le café de l'entrée reste ouvert jusqu'à "
    "la fermeture de la bibliothèque à huit heures du soir.",
]
ES_STORY = [
    "La biblioteca de la calle del Molino volvió a abrir el sábado después de un año de obras en el "
    "tejado y en la vieja sala de lectura, y vinieron cientos de lectores.",
    "El rincón de los niños es dos veces más grande que antes, y el café de la entrada abre ahora hasta "
    "que la biblioteca cierra a las ocho de la tarde.",
]
# A category drop-down or a tag cloud as page text saves it: every option on one line.
EN_TAGS = "Select Category " + " ".join(
    f"{name} ({n})" for n, name in enumerate(["Art and Design", "Food and Drink", "Out and About", "For the Kids",
                                               "In the Garden", "Life at Home", "On the Road", "Of Note"] * 4, 1))
DE_TAGS = "Kategorie auswählen " + " ".join(
    f"{name} ({n})" for n, name in enumerate(["Essen und Trinken", "Rund um das Haus", "Mit den Kindern",
                                               "In der Stadt", "Auf dem Land", "Für die Freizeit", "Aus der Region",
                                               "Von uns"] * 4, 1))
FR_TAGS = "Choisir une catégorie " + " ".join(
    f"{name} ({n})" for n, name in enumerate(["Vie de la ville", "Pour les enfants", "À la maison", "Dans le jardin",
                                               "Sur la route", "De la région", "En famille", "Avec nous"] * 4, 1))
ES_TAGS = "Elegir categoría " + " ".join(
    f"{name} ({n})" for n, name in enumerate(["En la ciudad", "Para los niños", "De la casa", "En el jardín",
                                               "Por la región", "Con la familia", "A la mesa", "Del barrio"] * 4, 1))


@pytest.mark.parametrize(("story", "tags"), [
    (EN_STORY, EN_TAGS), (DE_STORY, DE_TAGS), (FR_STORY, FR_TAGS), (ES_STORY, ES_TAGS),
])
def test_a_long_line_without_sentence_ends_is_a_list_not_a_paragraph(ctx, story, tags):
    assert len(tags.split()) >= 100
    page = "\n".join(["Mill Road library reopens – Town News", "Home", "Local", "Mill Road library reopens",
                      *story, "Share", "Archives", tags, "Imprint"])
    doc = doc_of(page)
    apply_region(doc, ctx)
    assert body_lines(doc) == story


def test_a_long_paragraph_with_sentences_stays(ctx):
    paragraph = " ".join(EN_STORY * 3)  # one long line of prose: a sentence every few dozen words
    assert len(paragraph.split()) >= 100
    page = "\n".join(["Mill Road library reopens – Town News", "Home", "Mill Road library reopens", paragraph,
                      "Imprint"])
    doc = doc_of(page)
    apply_region(doc, ctx)
    assert body_lines(doc) == [paragraph]


# A one-word headline (`Sauerteigbrot.`) above a short post, and a sidebar with more prose below it.
ONE_WORD = {
    "de": ("Sauerteigbrot. – Backstube", "Backstube", "Sauerteigbrot.", DE_STORY,
           ["Über mich", "Ich backe seit zwanzig Jahren Brot, erst für die Familie und dann für die Nachbarn, und "
            "schreibe hier auf, was dabei gelingt und was nicht.",
            "Wer mir schreiben will, findet meine Adresse im Impressum, und ich antworte, sobald der Ofen aus ist "
            "und die Brote abgekühlt sind.",
            "Im Winter backe ich öfter als im Sommer, weil die Küche dann warm sein darf und der Teig schneller "
            "geht als in den kalten Monaten."]),
    "en": ("Breadmaking. – The Bakehouse", "The Bakehouse", "Breadmaking.", EN_STORY,
           ["About me", "I have baked bread for twenty years, first for my family and then for the neighbours, and "
            "I write down here what works and what does not.",
            "If you want to write to me, my address is on the contact page, and I answer as soon as the oven is off "
            "and the loaves have cooled.",
            "In winter I bake more often than in summer, because the kitchen may be warm then and the dough rises "
            "faster than it does in the cold months."]),
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_article_starts_under_a_one_word_headline(ctx, lang):
    title, site, head, story, sidebar = ONE_WORD[lang]
    archive = [f"{month} 2019" for month in ("May", "June", "July", "August", "September", "October", "November")]
    page = "\n".join([title, site, "Home", "Blog", head, "12/03/2019", *story, "Share", "Facebook", "Twitter",
                      "Newsletter", "Categories", "Bread", "Cakes", "Pastry", "Archive", *archive * 2, *sidebar,
                      "Imprint"])
    doc = doc_of(page)
    apply_region(doc, ctx)
    assert body_lines(doc) == story


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_one_word_site_name_at_the_title_s_end_is_no_headline(ctx, lang):
    """The site's one-word name under the <title> line pulls the region towards nothing below it."""
    title, _site, head, story, sidebar = ONE_WORD[lang]
    name = "Katastrophengebiet"
    page = "\n".join([f"{title.split(' – ')[0]} | {name}", name, "Home", "Blog", sidebar[1], "Menu", "Search",
                      "Archive", "Newsletter", head, *story, "Imprint"])
    doc = doc_of(page)
    apply_region(doc, ctx)
    assert body_lines(doc) == story
