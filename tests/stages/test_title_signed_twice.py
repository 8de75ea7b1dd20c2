"""stages.title_signed: a headline with a byline and a date line right under it is the title even
when a box stands between them and the article (a review's verdict with its pros and cons, a
recipe's summary), on page text saved without its `<title>` line: the box's own headings are not."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

PAGES = {
    "en": ("Reviews\nHeadphones\nDeals", "Brightwave Sola review: long battery life, thin sound",
           "By Nina Ford\npublished June 2, 2024",
           "Our Verdict\nGreat battery, comfortable fit, but the bass is weak.\nFor\nForty hours of battery\nLight and "
           "comfortable\nAgainst\nThin bass\nNo carrying case\nWho is it for\nCommuters on a small budget\nView at Shop",
           "The Sola headphones last longer on one charge than any pair I have tested at this price, and I wore them "
           "for a whole working week before they asked for the charger.\nThe sound is clear but thin, and anyone who "
           "likes bass will be disappointed."),
    "de": ("Tests\nKopfhörer\nAngebote", "Brightwave Sola im Test: lange Laufzeit, dünner Klang",
           "Von Nina Ford\n02.06.2024",
           "Unser Fazit\nToller Akku, bequemer Sitz, aber schwacher Bass.\nPlus\nVierzig Stunden Akku\nLeicht und bequem"
           "\nMinus\nDünner Bass\nKeine Tasche\nFür wen eignet er sich\nPendler mit kleinem Budget\nZum Shop",
           "Die Sola-Kopfhörer halten mit einer Ladung länger durch als jedes andere Modell dieser Preisklasse, das "
           "ich getestet habe: eine ganze Arbeitswoche lang.\nDer Klang ist klar, aber dünn, und wer kräftige Bässe "
           "mag, wird enttäuscht sein."),
    "fr": ("Tests\nCasques\nBons plans", "Test du Brightwave Sola : une grande autonomie, un son un peu léger",
           "Par Nina Ford\nPublié le 2 juin 2024",
           "Notre avis\nTrès bonne autonomie, confortable, mais les basses manquent.\nOn aime\nQuarante heures "
           "d'autonomie\nLéger et confortable\nOn aime moins\nDes basses faibles\nPas d'étui\nPour qui est-il fait\n"
           "Les navetteurs au petit budget\nVoir l'offre",
           "Le casque Sola tient plus longtemps sur une charge que tous les modèles de ce prix que j'ai testés : une "
           "semaine de travail entière.\nLe son est clair mais un peu léger, et les amateurs de basses seront déçus."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_headline_signed_twice_over_a_box(language):
    menu, headline, signature, box, article = PAGES[language]
    page = "\n".join([menu, headline, signature, box, article])
    assert Cleaner(site_rules=False).clean(page, kind="text").title == headline
