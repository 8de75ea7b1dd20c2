"""The warnings a broken server script prints into a page (PHP's, always in English, whatever the
language of the page around them) are dropped by the lexicon; a sentence that talks about such a
warning stays. Lines written for the test."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of

PROSE = {
    "en": "We walked along the river all afternoon, and the children counted the boats that passed us.",
    "de": "Wir sind den ganzen Nachmittag am Fluss entlang gegangen, und die Kinder haben die Boote gezählt.",
    "fr": "Nous avons marché le long de la rivière tout l'après-midi, et les enfants ont compté les bateaux.",
    "es": "Caminamos junto al río toda la tarde, y los niños contaron los barcos que pasaban a nuestro lado.",
}

WARNINGS = [
    "Warning: Use of undefined constant items - assumed 'items' (this will throw an Error in a future "
    "version of PHP) in /var/www/site/wp-content/plugins/recent-list/list.php on line 412",
    "Notice: Undefined index: page in /home/users/a1/htdocs/shop/index.php on line 87",
    "Deprecated: Function create_function() is deprecated in /srv/web/blog/wp-includes/widgets.php on line 9",
    "Fatal error: Allowed memory size of 134217728 bytes exhausted in /var/www/html/gallery.php:210",
]


@pytest.mark.parametrize("lang", sorted(PROSE))
@pytest.mark.parametrize("line", WARNINGS)
def test_a_script_warning_is_dropped_on_a_page_in_any_language(ctx, line, lang):
    doc = doc_of(PROSE[lang], line, PROSE[lang])
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[1].dropped == "lexicon.server-error"
    assert doc.blocks[0].kept and doc.blocks[2].kept


@pytest.mark.parametrize("line", [
    "Warning: the script in /var/www/index.php stopped on line 12, and we spent a whole night finding out why.",
    "Attention : le fichier /var/www/index.php affichait une erreur à la ligne 12 depuis des semaines.",
])
def test_a_sentence_about_a_warning_stays(ctx, line):
    doc = doc_of(line, PROSE["en"])
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].kept
