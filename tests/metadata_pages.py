"""A news page's text in each lexicon language (en, de, fr, es, it, nl, pt) with the lines under its
headline left to the test (a byline, a date line), for the metadata stage tests."""

PROSE = {
    "en": ("The council voted on Tuesday night to approve the plan for the harbour, ending a debate that had lasted "
           "for more than two years and filled the chamber every month.\nSupporters cheered when the vote passed "
           "seven to two, while several shop owners said the loss of parking would hurt their trade through the "
           "winter.\n"),
    "de": ("Der Rat hat am Dienstagabend den Plan für den Hafen gebilligt und damit eine Debatte beendet, die mehr "
           "als zwei Jahre gedauert hatte.\nDie Befürworter jubelten, als der Beschluss mit sieben zu zwei Stimmen "
           "fiel, während einige Ladenbesitzer über die fehlenden Parkplätze klagten.\n"),
    "fr": ("Le conseil a approuvé mardi soir le plan pour le port, mettant fin à un débat qui avait duré plus de "
           "deux ans.\nLes partisans ont applaudi lorsque le vote est passé à sept contre deux, tandis que plusieurs "
           "commerçants ont dit craindre pour leur hiver.\n"),
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
HEADS = {"en": "Harbour plan wins the council's vote at last", "de": "Der Hafenplan gewinnt endlich die Abstimmung",
         "fr": "Le plan du port remporte enfin le vote", "es": "El plan del puerto gana por fin la votación",
         "it": "Il piano del porto vince finalmente il voto", "nl": "Het havenplan wint eindelijk de stemming",
         "pt": "O plano do porto vence finalmente a votação"}


def news_page(language: str, lines: str) -> str:
    """The page: the site's title line and menu, the headline, `lines`, two paragraphs, share buttons."""
    head = HEADS[language]
    return f"{head} – The Gazette\nHome\nNews\nSport\n{head}\n{lines}\n{PROSE[language]}Facebook\nTwitter\n"
