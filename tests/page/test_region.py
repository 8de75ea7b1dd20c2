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
