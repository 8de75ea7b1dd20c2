"""stages.html.notices: a box the markup calls an affiliate or advertiser disclosure is dropped, in
any language; a show-and-hide `disclosure` widget and a paragraph with a marked link stay."""

from __future__ import annotations

import pytest

from cleaner.blocks.html.parse import parse
from cleaner.document import PARAGRAPH
from cleaner.stages import html as html_stages

from .test_html import blocks, mark

ARTICLE = {
    "en": "The ferry to the northern islands runs twice a day again from Monday, the harbour office said.",
    "de": "Die Fähre zu den nördlichen Inseln fährt ab Montag wieder zweimal am Tag, teilte das Hafenamt mit.",
    "fr": "Le bac vers les îles du nord circule de nouveau deux fois par jour dès lundi, selon la capitainerie.",
    "es": "El ferri a las islas del norte vuelve a salir dos veces al día desde el lunes, informó el puerto.",
}
NOTICE = {
    "en": ("advertiser-disclosure", "When you buy through the links on this page we may earn a commission."),
    "de": ("affiliate-disclosure", "Wir erhalten eine Provision, wenn Sie über einen Link auf dieser Seite kaufen."),
    "fr": ("editorial-disclosure", "Nous pouvons percevoir une commission sur les achats faits via nos liens."),
    "es": ("affiliateDisclaimer", "Podemos recibir una comisión por las compras hechas desde los enlaces de esta página."),
}


@pytest.mark.parametrize("language", sorted(ARTICLE))
def test_a_disclosure_box_is_dropped_in_any_language(language: str):
    mark_class, notice = NOTICE[language]
    tree = parse(f'<html><body><article><aside class="box {mark_class}"><p>{notice}</p></aside>'
                 f'<p>{ARTICLE[language]}</p></article></body></html>')
    doc = blocks((PARAGRAPH, notice), (PARAGRAPH, ARTICLE[language]))
    mark(html_stages.notices, doc, tree)
    assert [b.dropped for b in doc] == ["html.notice", None]


def test_a_disclosure_given_by_id_is_dropped_with_its_label():
    tree = parse('<html><body><div id="product-disclosure"><strong>Anzeige</strong> '
                 f'{NOTICE["de"][1]}</div><p>{ARTICLE["de"]}</p></body></html>')
    doc = blocks((PARAGRAPH, "Anzeige"), (PARAGRAPH, NOTICE["de"][1]), (PARAGRAPH, ARTICLE["de"]))
    mark(html_stages.notices, doc, tree)
    assert [b.dropped for b in doc] == ["html.notice", "html.notice", None]


def test_a_show_and_hide_widget_and_a_marked_link_in_prose_stay():
    # `disclosure` alone is the WAI-ARIA widget that hides and shows a part of the text.
    answer = "Oui : les horaires d'hiver s'appliquent du premier novembre à la fin du mois de mars."
    tree = parse(f'<html><body><div class="disclosure"><button aria-expanded="false">Horaires ?</button>'
                 f'<div class="disclosure__panel"><p>{answer}</p></div></div>'
                 f'<p>El billete se compra <a class="affiliate-disclosure" href="/b">en la taquilla</a> del puerto, '
                 'abierta desde las siete de la mañana.</p></body></html>')
    prose = "El billete se compra en la taquilla del puerto, abierta desde las siete de la mañana."
    doc = blocks((PARAGRAPH, answer), (PARAGRAPH, prose))
    mark(html_stages.notices, doc, tree)
    assert [b.dropped for b in doc] == [None, None]
