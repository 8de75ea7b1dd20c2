"""stages.html: the HTML path's own marks on extracted blocks (teasers, trailing headings, links'
texts, date lines, tag lists), from what the page's markup says."""

from __future__ import annotations

import pytest
from lxml import etree

from cleaner.blocks.html.markup import markup
from cleaner.blocks.html.parse import parse
from cleaner.document import HEADING, LIST_ITEM, PARAGRAPH, Block, Document, Markup
from cleaner.page import Page
from cleaner.rules.generic import GenericRules
from cleaner.rules.vocabulary import shipped
from cleaner.stages import html as html_stages


def blocks(*specs: tuple[str, str]) -> list[Block]:
    return [Block(text, i + 1, kind) for i, (kind, text) in enumerate(specs)]


def mark(stage, found: list[Block], tree: etree._Element | None = None) -> None:
    """Run one of the HTML path's stages on extracted blocks, with the markup of `tree`."""
    known = markup(tree, etree.tostring(tree, encoding="unicode")) if tree is not None else Markup()
    doc = Document(found, source="html", markup=known)
    stage(doc, Page(doc, GenericRules(html=shipped())))  # the dates mark reads generic.toml's html.dates


def test_a_run_of_headings_with_nothing_under_them_is_teasers():
    doc = blocks((PARAGRAPH, "Real text of the article, long enough to be a paragraph."),
                 (HEADING, "Pochettino fired by the club"), (HEADING, "Results from the expansion draft"),
                 (HEADING, "Coach leaves after two seasons"))
    mark(html_stages.structure, doc)
    assert [b.dropped for b in doc] == [None, "html.teasers", "html.teasers", "html.teasers"]


def test_section_headings_with_text_under_them_are_kept():
    doc = blocks((HEADING, "The background"), (PARAGRAPH, "Some text."), (HEADING, "What comes next"),
                 (PARAGRAPH, "More text."))
    mark(html_stages.structure, doc)
    assert all(b.kept for b in doc)


def test_a_heading_that_ends_the_page_is_dropped():
    doc = blocks((PARAGRAPH, "The last paragraph of the article."), (HEADING, "Most read in world news"))
    mark(html_stages.structure, doc)
    assert doc[1].dropped == "html.trailing-heading"


def test_a_block_that_is_a_links_text_is_dropped_but_not_a_linked_name():
    tree = parse('<html><body><p>Text <a href="/a">Lifeboat crew honoured for dramatic winter rescue</a></p>'
                 '<p>Coach <a href="/p/1">Ellis Penrose</a></p><p><a href="mailto:x@y.z">desk@coastal-courier.example</a></p>'
                 '</body></html>')
    doc = blocks((PARAGRAPH, "SEE MORE: Lifeboat crew honoured for dramatic winter rescue"),
                 (LIST_ITEM, "Lifeboat crew honoured for dramatic winter rescue"),
                 (PARAGRAPH, "Ellis Penrose"), (PARAGRAPH, "desk@coastal-courier.example"),
                 (HEADING, "Lifeboat crew honoured for dramatic winter rescue"))
    mark(html_stages.links, doc, tree)
    assert [b.dropped for b in doc] == ["html.link", "html.link", None, None, None]


def test_date_lines_are_dropped_but_not_a_tweet_signature_or_prose():
    doc = blocks((PARAGRAPH, "November 20, 2019 - 11:28 AMT"), (PARAGRAPH, "Aktualisiert am 17.01.2021."),
                 (PARAGRAPH, "— Harbour Office (@porthwen_harbour) March 11, 2024"),
                 (PARAGRAPH, "On March 11, 2024 the harbour reopened after the storms had passed over the town."))
    mark(html_stages.dates, doc)
    assert [b.dropped for b in doc] == ["html.dateline", "html.dateline", None, None]


def test_a_linked_headline_with_its_summary_is_a_teaser_but_a_linked_phrase_in_prose_is_not():
    tree = parse('<html><body><a href="/n/1">Lifeboat crew honoured for dramatic winter rescue</a>'
                 '<a href="/n/2">the county council</a></body></html>')
    doc = blocks((PARAGRAPH, "Lifeboat crew honoured for dramatic winter rescue The crew of the Porthwen lifeboat "
                             "received medals on Friday."),
                 (PARAGRAPH, "A spokesperson for the county council said the fund would open in April, as every year "
                             "since the floods of the last decade, and that skippers should apply early."))
    mark(html_stages.links, doc, tree)
    assert [b.dropped for b in doc] == ["html.link", None]


def test_a_date_the_markup_calls_a_date_is_dropped_in_any_wording_but_not_prose_around_a_time():
    tree = parse('<html><body><span itemprop="datePublished">terça-feira, 5 de março de 2024 às 9:15</span>'
                 '<p>Boats left <time datetime="2024-03-05">on Tuesday</time> morning, the harbour master said.</p>'
                 '<p>Updated <time datetime="2024-03-06">Wednesday evening</time></p></body></html>')
    doc = blocks((PARAGRAPH, "terça-feira, 5 de março de 2024 às 9:15"),
                 (PARAGRAPH, "Boats left on Tuesday morning, the harbour master said."),
                 (PARAGRAPH, "Updated Wednesday evening"))
    mark(html_stages.marked_metadata, doc, tree)
    assert [b.dropped for b in doc] == ["html.dateline", None, "html.dateline"]


def test_a_list_of_tag_links_and_its_label_are_dropped_but_not_a_line_naming_a_tag():
    tree = parse('<html><body><p>The Lighthouse · Mara Lindqvist (1990)</p><div class="cloud">'
                 '<a rel="tag" href="/t/1">The Lighthouse</a> <a rel="tag" href="/t/2">Mara Lindqvist</a> '
                 '<a rel="tag" href="/t/3">harbour</a></div><p><strong>Tags<br><a rel="tag" href="/t/4">harbour '
                 'news</a>, <a rel="tag" href="/t/5">fishing fleet</a>, <a rel="tag" href="/t/6">winter storms</a>'
                 '</strong></p></body></html>')
    doc = blocks((PARAGRAPH, "The Lighthouse · Mara Lindqvist (1990)"), (PARAGRAPH, "Tags"),
                 (PARAGRAPH, "harbour news, fishing fleet, winter storms"), (PARAGRAPH, "harbour"))
    mark(html_stages.marked_metadata, doc, tree)
    assert [b.dropped for b in doc] == [None, "html.tags", "html.tags", None]


def test_slides_counted_in_order_are_a_gallery_in_every_language():
    # a counter of its own above each caption (English), counters that open the caption (German, Polish)
    lead = "The festival drew more visitors than ever, the organisers said on Sunday, after three days of music."
    english = [(PARAGRAPH, lead), (PARAGRAPH, lead), (PARAGRAPH, lead)]
    for n in range(1, 5):
        english += [(PARAGRAPH, f"{n} / 4"), (PARAGRAPH, f"Boats on the quay before parade number {n}. Photo: J. Smith")]
    english.append((PARAGRAPH, "The council will look at moving the festival to the old shipyard next year."))
    doc = blocks(*english)
    mark(html_stages.gallery, doc)
    assert [b.kept for b in doc] == [True] * 3 + [False] * 8 + [True]
    for counter in ("Bild {n} von 12", "Zdjęcie {n} z 12", "Photo {n} sur 12", "{n} of 12"):
        doc = blocks((PARAGRAPH, "Der Stadtrat hat am Montag den neuen Haushalt beschlossen, mit den Stimmen "
                                 "aller Fraktionen, nach einer langen Debatte über die Baustelle am Markt."),
                     *[(PARAGRAPH, counter.format(n=n) + " Die Baustelle am Markt im Frühjahr.") for n in range(3, 7)],
                     (PARAGRAPH, "Die Arbeiten sollen im Herbst beginnen und zwei Jahre dauern, sagte der "
                                 "Bürgermeister, der Markt bleibt in dieser Zeit an seinem Platz."))
        mark(html_stages.gallery, doc)
        assert [b.dropped for b in doc] == [None] + ["html.gallery"] * 4 + [None], counter


def test_slides_that_are_the_page_text_stay():
    # a recipe told step by step under its photos: the slides are the text, nothing comes after them
    steps = ["Heize den Ofen auf 180 Grad vor.", "Mische Mehl, Zucker und Backpulver in einer Schüssel.",
             "Rühre Butter und Eier unter, bis der Teig glatt ist.", "Backe den Kuchen 35 Minuten."]
    specs = [(PARAGRAPH, "Ein einfacher Kuchen für den Sonntag.")]
    for n, step in enumerate(steps, start=1):
        specs += [(PARAGRAPH, f"{n} von 4"), (PARAGRAPH, step)]
    doc = blocks(*specs)
    mark(html_stages.gallery, doc)
    assert all(b.kept for b in doc)


def test_numbers_that_count_no_slides_are_kept():
    doc = blocks((PARAGRAPH, "1/2 cup of flour, sifted twice."), (PARAGRAPH, "2/3 of the voters agreed."),
                 (LIST_ITEM, "3 of 4 members voted for the plan."),  # not one total, not in order
                 (PARAGRAPH, "1 of 10 patients recovered."), (PARAGRAPH, "2 of 10 patients relapsed."))  # two only
    mark(html_stages.gallery, doc)
    assert all(b.kept for b in doc)


LINKED_ITEMS = {  # a list of other stories as a site sets it under an article: each item's end linked
    "en": ["Fishermen must organise, <a href='/s/1'>whatever the port authority says</a>",
           "After the automation, <a href='/s/2'>the keepers who stayed on</a>",
           "Why the breakwater failed and <a href='/s/3'>what the engineers say of it</a>"],
    "de": ["Fischer fordern Hilfe, <a href='/s/1'>doch was plant der Hafen jetzt</a>",
           "Am Freitag legt ab <a href='/s/2'>die letzte Fähre des Winters</a>",
           "Sturmflut im Norden und <a href='/s/3'>warum die Deiche standhalten</a>"],
    "fr": ["Les pêcheurs s'organisent, <a href='/s/1'>malgré l'avis du port</a>",
           "Un métier qui disparaît avec <a href='/s/2'>le dernier gardien du phare</a>",
           "La tempête de la nuit et <a href='/s/3'>pourquoi la digue a cédé</a>"],
    "es": ["Los pescadores se organizan, <a href='/s/1'>diga lo que diga el puerto</a>",
           "Se jubila este año <a href='/s/2'>el último farero de la costa</a>",
           "El temporal de anoche y <a href='/s/3'>por qué cedió el rompeolas</a>"],
}


def _linked_list(lang: str) -> tuple[etree._Element, list[Block]]:
    items = LINKED_ITEMS[lang]
    tree = parse("<html><body><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></body></html>")
    texts = [" ".join("".join(parse(f"<p>{item}</p>").itertext()).split()) for item in items]
    return tree, [Block(t, 0, LIST_ITEM) for t in texts]


@pytest.mark.parametrize("lang", sorted(LINKED_ITEMS))
def test_a_list_of_linked_stories_that_closes_the_article_is_dropped(lang):
    tree, items = _linked_list(lang)
    doc = [Block("The harbour reopened on Monday after a week of storms, the port authority said.", 0, PARAGRAPH),
           *items]
    mark(html_stages.links, doc, tree)
    assert [b.dropped for b in doc] == [None, "html.link-list", "html.link-list", "html.link-list"]


@pytest.mark.parametrize("lang", sorted(LINKED_ITEMS))
def test_linked_items_inside_the_article_or_without_links_stay(lang):
    tree, items = _linked_list(lang)
    inside = [Block("The harbour reopened on Monday.", 0, PARAGRAPH), *items,
              Block("Skippers can apply for the fund from April, the council said.", 0, PARAGRAPH)]
    mark(html_stages.links, inside, tree)
    assert all(b.kept for b in inside)  # the article's own list of sources, with more text after it
    plain = [Block("The harbour reopened on Monday.", 0, PARAGRAPH), *items]
    mark(html_stages.links, plain, parse("<html><body><p>No links here at all.</p></body></html>"))
    assert all(b.kept for b in plain)
