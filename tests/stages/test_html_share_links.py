"""stages.html.links and a link that shares its own text (a `click to tweet` pull quote): the
sentence is the article's, kept in every language, while a linked teaser of another page goes."""

from __future__ import annotations

import pytest

from cleaner.blocks.html.parse import parse
from cleaner.document import PARAGRAPH
from cleaner.stages import html as html_stages

from .test_html import blocks, mark

QUOTES = {
    "en": ("https://twitter.com/intent/tweet?text=quote", "A harbour that closes in winter loses its fishermen first."),
    "de": ("https://x.com/intent/post?text=zitat", "Ein Hafen, der im Winter schließt, verliert zuerst seine Fischer."),
    "fr": ("https://www.facebook.com/sharer/sharer.php?u=x", "Un port fermé en hiver perd d'abord ses pêcheurs."),
    "it": ("https://twitter.com/share?text=citazione", "Un porto chiuso d'inverno perde prima i suoi pescatori."),
}
TEASER = "Ten ferry routes that reopen this spring across the islands"


@pytest.mark.parametrize("language", sorted(QUOTES))
def test_a_shared_pull_quote_stays_but_a_teaser_link_goes(language: str):
    href, quote = QUOTES[language]
    tree = parse(f'<html><body><p><a class="quote-share" href="{href}">{quote}</a></p>'
                 f'<p><a href="/ferries/spring">{TEASER}</a></p></body></html>')
    doc = blocks((PARAGRAPH, quote), (PARAGRAPH, TEASER))
    mark(html_stages.links, doc, tree)
    assert [b.dropped for b in doc] == [None, "html.link"]
