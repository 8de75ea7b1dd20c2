"""stages.captions: a caption that ends with its agency or source in brackets, and a credit on a line
of its own (`Jane Doe, AP`, `Courtesy of …`, `Getty Images/…`), in several languages; a paragraph of
an agency's report that ends with the agency's name, and prose that opens so, stay."""

from __future__ import annotations

import pytest

from cleaner.stages import captions
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "The new ferry at the quay in Kingston on its first morning. (AP)",
    "A map of the craters on the far side of the moon. (NASA/JPL)",
    "Der neue Hafen von Neustadt am Montagmorgen. (dpa)",
    "Le nouveau port de la ville lundi matin. (AFP)",
    "El nuevo puerto de la ciudad el lunes por la mañana. (EFE)",
    "Jane Doe, AP",
    "Max Mustermann, dpa",
    "Jean Dupont, AFP",
    "Juan Pérez, EFE",
    "Courtesy of the Harbour Museum",
    "Harbourside, Getty Images/Stock Pictures",
    "Getty Images/EyeEm (Symbolbild)",
    "Getty",
    "Two fishing boats in the harbour at dawn. REUTERS",
    "Los barcos de pesca en el puerto al amanecer. EFE",
    "Die Fischerboote im Hafen am frühen Morgen. (Erika Muster / iStock.com)",
    "Ein Fischerboot im Hafen (Symbolbild).",
    "Un bateau de pêche dans le port (Image d'illustration)",
    "Titelbild: Erika Muster/picture alliance",
    "Foto: www.hafen-neustadt.de",
    "Abbildung 2: Der Hafen am Morgen (Foto: E. Muster, 12.03.2022).",
    "The ferry at the quay in its first week. (Source: Harbour Museum)",
    "Die Fähre am Kai in ihrer ersten Woche. (Quelle: Erika Muster/Unsplash)",
    "El ferri en el muelle en su primera semana (Fuente: Museo del Puerto)",
    "O ferry no cais na primeira semana (crédito: Maria Silva/Agência)",
    "Fot. Jan Kowalski / Agencja Portowa",
    "Die Fähre am Kai. Foto: Erika Muster | flickr | CC BY 2.0",
    "Figure 3: The harbour wall before and after the storm.",
    "Abbildung 4: Der Hafen vor und nach dem Sturm.",
    "Figura 2: El muro del puerto antes y después de la tormenta.",
])
def test_a_caption_ending_with_its_source_and_a_credit_alone_go(ctx, line):
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "captions.credit"}


@pytest.mark.parametrize("line", [
    # an agency's report: its last paragraph, long, ends with the agency's name
    "Der Stadtrat will den Hafen das ganze Jahr über für die Fischer offen halten, sagte der Bürgermeister am "
    "Montag vor Journalisten, und auch die Fähre soll im Winter wieder fahren, sobald das neue Schiff aus der "
    "Werft kommt und die Mannschaft es im Frühjahr auf der Ostsee erprobt hat. (dpa)",
    "Courtesy of the council, the hall was lent to the club free of charge.",
    "The European Patent Agency (ePA) said so in its report.",
])
def test_prose_that_ends_or_opens_like_a_credit_stays(ctx, line):
    doc = doc_of(line, PROSE)
    captions.apply(doc, ctx(doc))
    assert dropped(doc) == {}
