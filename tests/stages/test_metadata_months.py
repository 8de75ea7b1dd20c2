"""stages.metadata: a date line whose month is abbreviated as de, es, it, nl and pt write it (`12. Dez.
2023`, `12 dic 2023`, `4 out. 2023`) gives its date, as an English or French abbreviation does."""

import pytest

from cleaner import Cleaner

PROSE = {
    "de": ("Der Rat hat am Dienstagabend den Plan für den Hafen gebilligt und damit eine Debatte beendet, die mehr "
           "als zwei Jahre gedauert hatte.\nDie Befürworter jubelten, als der Beschluss mit sieben zu zwei Stimmen "
           "fiel, während einige Ladenbesitzer über die fehlenden Parkplätze klagten.\n"),
    "es": ("El consejo aprobó el martes por la noche el plan para el puerto y puso fin a un debate que había durado "
           "más de dos años.\nLos partidarios aplaudieron cuando la votación terminó siete a dos, mientras varios "
           "comerciantes dijeron que perderían clientes durante el invierno.\n"),
    "it": ("Il consiglio ha approvato martedì sera il piano per il porto, chiudendo un dibattito che era durato più "
           "di due anni.\nI sostenitori hanno applaudito quando il voto è passato sette a due, mentre diversi "
           "negozianti hanno detto che perderanno clienti durante l'inverno.\n"),
    "nl": ("De gemeenteraad keurde dinsdagavond het plan voor de haven goed en maakte zo een einde aan een debat dat "
           "meer dan twee jaar had geduurd.\nDe voorstanders juichten toen de stemming met zeven tegen twee werd "
           "gewonnen, terwijl enkele winkeliers zeiden dat ze in de winter klanten zouden verliezen.\n"),
    "pt": ("A câmara aprovou na terça-feira à noite o plano para o porto, pondo fim a um debate que durava há mais "
           "de dois anos.\nOs apoiantes aplaudiram quando a votação terminou sete a dois, enquanto vários "
           "comerciantes disseram que iam perder clientes durante o inverno.\n"),
}
HEADS = {"de": "Der Hafenplan gewinnt endlich die Abstimmung", "es": "El plan del puerto gana por fin la votación",
         "it": "Il piano del porto vince finalmente il voto", "nl": "Het havenplan wint eindelijk de stemming",
         "pt": "O plano do porto vence finalmente a votação"}


def page(language: str, lines: str) -> str:
    head = HEADS[language]
    return f"{head} – Die Zeitung\nHome\nNews\nSport\n{head}\n{lines}\n{PROSE[language]}Facebook\nTwitter\n"


@pytest.mark.parametrize(("language", "lines", "date"), [
    ("de", "Von Anna Müller\n12. Dez. 2023", "2023-12-12"),
    ("de", "Von Anna Müller\n12. Okt. 2023, 10:15 Uhr", "2023-10-12T10:15:00"),
    ("de", "Von Anna Müller\n3. Mär. 2024", "2024-03-03"),
    ("es", "Por María López\n12 dic. 2023", "2023-12-12"),
    ("es", "Por María López\n9 ene. 2024", "2024-01-09"),
    ("it", "Di Marco Bellini\n12 dic 2023", "2023-12-12"),
    ("it", "Di Marco Bellini\n5 ott 2023", "2023-10-05"),
    ("nl", "Door Sanne de Vries\n12 okt. 2023", "2023-10-12"),
    ("nl", "Door Sanne de Vries\n4 mrt. 2024", "2024-03-04"),
    ("pt", "Por Bruno Lima\n12 dez. 2023", "2023-12-12"),
    ("pt", "Por Bruno Lima\n4 out. 2023", "2023-10-04"),
])
def test_an_abbreviated_month_gives_the_date(language, lines, date):
    article = Cleaner().clean(page(language, lines))
    assert article.date == date
    assert lines.split("\n")[1] not in article.body
