"""page.trailers: a box of further information, contacts or other press releases at the article's
foot (`Weitere Informationen`, `Further information`) ends the article: its line of contact prose
is no part of it."""

from __future__ import annotations

import pytest

STORIES = {
    "en": ["The water board opened the new treatment plant by the river on Monday, two years after the "
           "old one was closed because it could no longer clean enough water for the growing town.",
           "The plant can treat twice as much water as the old one and uses a third less power, the board "
           "said, thanks to new pumps and a roof covered with solar panels.",
           "Households will not pay more for their water this year, and the board expects the plant to pay "
           "for itself within fifteen years of running."],
    "de": ["Der Wasserverband hat am Montag das neue Klärwerk am Fluss eröffnet, zwei Jahre nachdem das alte "
           "geschlossen wurde, weil es für die wachsende Stadt nicht mehr genug Wasser reinigen konnte.",
           "Das Werk kann doppelt so viel Wasser reinigen wie das alte und braucht ein Drittel weniger Strom, "
           "sagte der Verband, dank neuer Pumpen und eines Dachs voller Solarmodule.",
           "Die Haushalte zahlen in diesem Jahr nicht mehr für ihr Wasser, und der Verband rechnet damit, "
           "dass sich das Werk in fünfzehn Jahren bezahlt gemacht hat."],
    "fr": ["Le syndicat des eaux a inauguré lundi la nouvelle station d'épuration au bord de la rivière, deux "
           "ans après la fermeture de l'ancienne, qui ne suffisait plus à la ville qui grandit.",
           "La station peut traiter deux fois plus d'eau que l'ancienne et consomme un tiers d'électricité en "
           "moins, grâce à de nouvelles pompes et à un toit couvert de panneaux solaires.",
           "Les ménages ne paieront pas leur eau plus cher cette année, et le syndicat pense que la station "
           "sera rentabilisée en quinze ans."],
    "es": ["La junta del agua inauguró el lunes la nueva depuradora junto al río, dos años después de cerrar "
           "la antigua, que ya no podía limpiar agua suficiente para una ciudad que crece.",
           "La planta puede tratar el doble de agua que la antigua y gasta un tercio menos de electricidad, "
           "gracias a bombas nuevas y a un tejado cubierto de placas solares.",
           "Los hogares no pagarán más por el agua este año, y la junta espera que la planta se pague sola "
           "en quince años."],
    "it": ["Il consorzio dell'acqua ha inaugurato lunedì il nuovo depuratore vicino al fiume, due anni dopo "
           "la chiusura di quello vecchio, che non bastava più per una città che cresce.",
           "L'impianto può trattare il doppio dell'acqua di quello vecchio e consuma un terzo di corrente in "
           "meno, grazie a pompe nuove e a un tetto coperto di pannelli solari.",
           "Le famiglie non pagheranno di più l'acqua quest'anno, e il consorzio pensa che l'impianto si "
           "ripagherà in quindici anni."],
}
# The box: its heading over a line that invites questions (its links are gone in page text).
BOXES = {
    "en": ["Further information",
           "Do you have a question about this article? Our press team will be glad to hear from you."],
    "de": ["Weitere Informationen",
           "Haben Sie Fragen zu diesem Beitrag? Unser Presseteam freut sich auf Ihre Nachricht."],
    "fr": ["Plus d'informations",
           "Vous avez une question sur cet article ? Notre service de presse se fera un plaisir de vous répondre."],
    "es": ["Más información",
           "¿Tiene alguna pregunta sobre este artículo? Nuestro equipo de prensa estará encantado de ayudarle."],
    "it": ["Ulteriori informazioni",
           "Avete una domanda su questo articolo? Il nostro ufficio stampa sarà lieto di rispondervi."],
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_further_information_box_at_the_foot_ends_the_article(generic_cleaner, language):
    story = STORIES[language]
    page = "\n".join(["New water plant – Water board", "Home", "News", "New water plant", *story,
                      *BOXES[language], "Imprint", "Privacy"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == story


def test_a_contact_box_at_the_foot_ends_the_article(generic_cleaner):
    story = STORIES["de"]
    page = "\n".join(["Neues Klärwerk – Wasserverband", "Start", "Neues Klärwerk", *story, "Ansprechpartnerin",
                      "Schreiben Sie uns, wenn Sie Fragen zum Klärwerk haben, wir melden uns gern bei Ihnen.",
                      "Impressum"])
    body = generic_cleaner.clean(page, kind="text").body.split("\n\n")
    assert body == story
