"""Hidden elements (blocks.html.dom.HIDDEN_TAGS): one definition, for a page lxml reads and for one
it cannot read whole (its text is then taken from between the tags)."""

from __future__ import annotations

import pytest

from cleaner.blocks.html import html_document
from cleaner.blocks.html.dom import HIDDEN_ELEMENT, HIDDEN_TAGS, visible_text
from cleaner.blocks.html.parse import parse

HIDDEN = [
    "<script>var region = 'north';</script>",
    "<style>p { color: grey }</style>",
    "<noscript>Please turn on scripts to read the weather map.</noscript>",
    "<template><p>Placeholder for a comment</p></template>",
    "<iframe>Your browser shows no frames here.</iframe>",
    "<object>Interactive chart of the tides</object>",
    "<svg><text>Harbour Gazette logo</text></svg>",
    "<select><option>Choose a region</option><option>North coast</option></select>",
]
ARTICLE = "<p>The ferry to the islands runs again from Monday, the harbour master said.</p>"


def page(body: str, depth: int = 0) -> str:
    return (f"<html><head><title>Ferry</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}"
            f"</body></html>")


@pytest.mark.parametrize("tag", sorted(HIDDEN_TAGS))
def test_every_hidden_tag_is_found_in_the_source_too(tag):
    assert HIDDEN_ELEMENT.fullmatch(f"<{tag} class='x'>some\ntext</{tag.upper()} >")
    assert HIDDEN_ELEMENT.sub("", "<head><title>x</title></head><header>kept</header>") == "<header>kept</header>"


@pytest.mark.parametrize("depth", [0, 300], ids=["parsed", "too-deep-for-lxml"])
def test_hidden_text_stays_out_whether_the_page_parses_or_not(depth):
    """The visible text of a page (the fallback when trafilatura finds nothing), and the text between
    the tags of a page nested too deep for libxml2."""
    html = page("".join(HIDDEN) + ARTICLE, depth)
    tree = parse(html)
    if depth == 0:
        texts = visible_text(tree).split("\n")
    else:
        assert tree is None
        doc = html_document(html, None, None)
        assert doc.source == "html-fallback"
        texts = [b.text for b in doc.blocks]
    assert any("ferry to the islands" in t for t in texts)
    shown = " ".join(texts)
    for word in ("region", "grey", "scripts", "Placeholder", "frames", "tides", "logo", "North coast"):
        assert word not in shown
