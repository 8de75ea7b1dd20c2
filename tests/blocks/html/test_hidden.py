"""What the page hides (blocks.html.hidden): out of the body, listed as removed; kept when it is a
copy of shown text or the article's only copy."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner import Cleaner
from cleaner.blocks.html import KEPT_HIDDEN, html_document
from cleaner.blocks.html.hidden import RULE, is_hidden, remove_hidden

PARAGRAPHS = [
    "Die Stadtbibliothek öffnet nach dem Umbau am Montag wieder ihre Türen, und die Leserinnen und "
    "Leser finden dort nun einen hellen Lesesaal mit zweihundert Plätzen.",
    "Der Umbau hat zwei Jahre gedauert und mehr gekostet als geplant, weil das alte Dach undicht war "
    "und die Handwerker im Winter kaum arbeiten konnten.",
    "Im Erdgeschoss gibt es jetzt ein Café, und wer früh kommt, kann die neuen Zeitschriften schon "
    "vor der Öffnung der Ausleihe lesen, sagte die Leiterin am Freitag.",
    "Die Kinderabteilung ist in den ersten Stock gezogen, wo mehr Platz für Vorlesestunden und "
    "Bastelnachmittage ist, die jeden Mittwoch stattfinden sollen.",
]
HEADLINE = "Die Stadtbibliothek öffnet wieder"


def page(inside: str = "", before: str = "", paragraphs: list[str] = PARAGRAPHS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Start</a></nav>{before}"
            f"<article><h1>{HEADLINE}</h1>{body}{inside}</article></body></html>")


TEMPLATE = "<template><p>Kauf auf Rechnung: bequem innerhalb von vierzehn Tagen nach Erhalt der Ware zahlen.</p></template>"
POPUP = ('<div style="margin-top: 8px; display : none !important">Vielen Dank, Ihre Anmeldung zum Newsletter '
         "ist bei uns eingegangen und wird bald bearbeitet.</div>")
DIALOG = "<div hidden>Ein Fehler ist bei Ihrer Anmeldung aufgetreten, bitte versuchen Sie es später noch einmal.</div>"


@pytest.mark.parametrize("hidden, text", [
    (TEMPLATE, "Kauf auf Rechnung"),
    (POPUP, "Vielen Dank, Ihre Anmeldung"),
    (DIALOG, "Ein Fehler ist bei Ihrer Anmeldung"),
])
def test_hidden_text_is_no_body_and_is_listed(hidden, text):
    article = Cleaner().clean(page(inside=hidden), "https://stadt.example/bibliothek", kind="html")
    assert text not in article.body
    assert all(p in article.body for p in PARAGRAPHS)
    assert any(text in r.text and r.rule == RULE for r in article.removed)


def test_a_hidden_copy_of_shown_text_stays():
    """A print-only copy of the lead inside the article, the shown one in the page's header: where
    the copy stands, the lead may be in the article, where the shown one is not."""
    lead = ("Nach zwei Jahren Bauzeit ist das Haus am Markt wieder offen, heller und größer als zuvor, "
            "mit einem Café und einer neuen Kinderabteilung.")
    tree = lxml.html.fromstring(f"<div><header><p>{lead}</p></header><article><div id='print' style='display:none'>"
                                f"<p>{lead}</p></div><p>{PARAGRAPHS[0]}</p></article></div>")
    assert remove_hidden(tree).removed == []
    assert tree.get_element_by_id("print") is not None


def test_the_article_hidden_whole_and_shown_by_script_is_kept():
    """A list whose entries a script reveals: every entry hidden, no other copy of the text."""
    entries = [
        ("1. Ein Regal aus einem alten Klavier", "Wer Musik liebt, wird dieses Regal mögen: es ist aus einem "
         "Flügel gebaut, der nicht mehr zu stimmen war, und hält gut hundert Bücher."),
        ("2. Ein Kissen für Seitenschläfer", "Dieses Kissen hat eine Mulde für die Schulter, so dass der Nacken "
         "gerade liegt, und es lässt sich bei sechzig Grad waschen."),
        ("3. Eine Uhr, die die Zeit in Worten sagt", "Statt Zeigern leuchten Wörter auf: es ist zehn nach drei, "
         "und wer sie einmal hatte, will keine andere mehr an der Wand."),
    ]
    sections = "".join(f"<div class='entry' style='display: none;'><h2>{h}</h2><p>{t}</p></div>" for h, t in entries)
    html = page(inside=sections, paragraphs=["Dreißig Dinge, von denen wir nicht wussten, dass wir sie wollen."])
    article = Cleaner().clean(html, "https://dinge.example/liste/1/", kind="html")
    assert all(t in article.body for _, t in entries)
    assert (KEPT_HIDDEN, RULE) in html_document(html, "https://dinge.example/liste/1/", None).notes


def test_an_aria_hidden_pull_quote_stays_and_an_icon_label_goes():
    tree = lxml.html.fromstring(
        "<div><aside aria-hidden='true'>“Wir haben zwei Winter lang auf dieses Dach gewartet.”</aside>"
        "<span aria-hidden='true'>Teilen</span><p>Text</p></div>")
    remove_hidden(tree)
    assert tree.find("aside") is not None and tree.find("span") is None


@pytest.mark.parametrize("html, hidden", [
    ("<div style='display:none'>x</div>", True),
    ("<div style='color: red; visibility: hidden;'>x</div>", True),
    ("<div style='DISPLAY: NONE'>x</div>", True),
    ("<div style='display: nonevent'>x</div>", False),
    ("<div style='display: block'>x</div>", False),
    ("<div hidden='until-found'>x</div>", False),
    ("<div hidden=''>x</div>", True),
    ("<noscript>Bitte aktivieren Sie JavaScript.</noscript>", True),
    ("<div aria-hidden='false'>x</div>", False),
])
def test_what_is_hidden(html, hidden):
    node = lxml.html.fragment_fromstring(html, create_parent="div")[0]
    assert is_hidden(node) is hidden


def test_text_after_a_hidden_element_stays():
    tree = lxml.html.fromstring("<div><p>Vorher <span style='display:none'>versteckt</span> und nachher.</p></div>")
    remove_hidden(tree)
    assert " ".join(tree.text_content().split()) == "Vorher und nachher."
