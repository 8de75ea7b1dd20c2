"""blocks.html.byline: trafilatura's byline search, the same answer as trafilatura's own."""

import pytest
from trafilatura.metadata import extract_author

from cleaner.blocks.html.byline import WRITTEN_FOR_THIS_TRAFILATURA, trafilatura_byline
from cleaner.blocks.html.parse import parse

STORY = ("<p>The council voted on Tuesday to keep the night buses running through the winter, after a year "
         "of complaints from shift workers about the last connection leaving before midnight.</p>")


def page(body: str) -> str:
    return f"<html><head><title>Night buses</title></head><body><article>{body}{STORY}</article></body></html>"


# (markup before the story, the byline trafilatura finds)
CASES = [
    # a class that names the author (English, German, French, Spanish, Polish, Chinese pinyin ids)
    ("<div class='author-name'>Jane Doe</div>", "Jane Doe"),
    ("<span class='byline'>Von Max Mustermann</span>", "Max Mustermann"),  # the prefix is no name
    ("<p class='entry-author'>Par Claire Dubois</p>", "Par Claire Dubois"),
    ("<div id='autor-bianji'>Redacción: Lucía Gómez</div>", "Redacción Lucía Gómez"),
    ("<a rel='author' href='/a/k'>Katarzyna Nowak</a>", "Katarzyna Nowak"),
    ("<div class='article__writer'>王小明</div>", "王小明"),
    # the byline's date (<time>) is pruned before its text is read: the name alone is left
    ("<div class='byline'>By Jane Doe <time datetime='2024-01-02'>2 January 2024</time></div>", "Jane Doe"),
    ("<div class='byline'><span class='date'>2. Januar 2024</span> Max Mustermann</div>", "Max Mustermann"),
    # a byline inside a comment thread, a sidebar or a figure is no author of the page
    ("<section id='comments'><div class='comment-author'>troll42</div></section>", None),
    ("<aside><div class='sidebar'><span class='author'>Other Writer</span></div></aside>", None),
    ("<figure><figcaption class='photo-author'>Photo: Ana Ruiz</figcaption></figure>", None),
    # too long to be a name: the next candidate counts
    ("<div class='author-box'>" + "word " * 40 + "</div><span class='writer'>Tom Berg</span>", "Tom Berg"),
    # the specific XPath wins over the generic one, whatever the page order
    ("<div class='authors'>Generic Person</div><span itemprop='author name'>Specific Person</span>",
     "Specific Person"),
    ("<p>No byline here at all.</p>", None),
]


@pytest.mark.parametrize(("markup", "expected"), CASES)
def test_byline_is_trafilaturas(markup, expected):
    tree = parse(page(markup))
    assert tree is not None
    ours = trafilatura_byline(tree)
    assert ours == extract_author(parse(page(markup)))
    assert ours == expected


def test_written_for_the_installed_trafilatura():
    # When this fails, trafilatura changed its byline XPaths: blocks.html.byline falls back to
    # trafilatura's own search (correct, but slow) until its predicates are written out again.
    assert WRITTEN_FOR_THIS_TRAFILATURA
