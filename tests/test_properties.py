"""Properties on arbitrary text and HTML (hypothesis): no crash; the cleaner never invents text;
a cleaned page cleans to itself; the same input always gives the same output.

Deterministic (derandomize: the same examples on every run, as CI needs) and bounded: 200 examples
a text property, 60 an HTML one (about 12 s for the file: an example costs a page's cleaning, never
a Cleaner's build), no deadline (a shared 2-core machine is slow at times), no example database
written to the checkout.
"""

from __future__ import annotations

import functools
import html as html_lib

import lxml.html
import pytest
from hypothesis import HealthCheck, Phase, assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from cleaner import Article, Cleaner
from cleaner.cli.explain import FIELD, KEPT, explain, rows
from cleaner.cli.fixing import CHANGED, UNCHANGED, fix_page
from cleaner.read import looks_like_html, read_page
from helpers import SAMPLE_FILES

# The Cleaners come from session fixtures (conftest) or second_cleaner() below, built once: an example
# costs a page's cleaning, never a Cleaner's build (about a second). No function-scoped fixture may
# join a property (hypothesis would not reset it between examples): its health check stays on.
FAST = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(FAST, max_examples=60)  # the HTML path runs trafilatura: dearer per example
# For a property known to fail (xfail, strict): no shrinking, which would only spend time.
KNOWN = settings(SLOW, phases=[Phase.explicit, Phase.generate])

# --- strategies -----------------------------------------------------------------------------

WORDS = ("the council said on Monday that its plan for harbour would go ahead after long debate about "
         "costs and weather north region minister Die Regierung hat am Montag erklärt dass le conseil a "
         "annoncé lundi que").split()
FURNITURE = ["fbpx", "Share this", "Share on Facebook", "Submit a Comment", "Previous Article", "Next Article",
             "Read more", "Click on a star to rate it!", "Photo: AP", "(Photo: Reuters)", "Quick Read",
             "Subscribe to our newsletter", "Home", "News", "Sport", "Advertisement", "Comments", "Related",
             "Continue reading on the app", "Expand article", "Image by someone/Instagram", "Newslooks-", "|", "•"]
SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", " \u2009", "\u3000"])


@st.composite
def sentence(draw, min_words: int = 1, max_words: int = 40) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    text = draw(SPACES).join(words)
    return text[:1].upper() + text[1:] + draw(st.sampled_from(["", ".", "!", "?", ":", " …", "."]))


line = st.one_of(
    sentence(),
    sentence(min_words=20, max_words=60),
    st.sampled_from(FURNITURE),
    st.text(max_size=60),  # anything at all: controls, combining marks, surrogate-free Unicode
    st.just(""),
)


@st.composite
def text_page(draw) -> str:
    lines = draw(st.lists(line, max_size=30))
    # Repeats are common in scraped pages (captions, ledes, menus): let some lines come back.
    if lines and draw(st.booleans()):
        lines += draw(st.lists(st.sampled_from(lines), max_size=5))
    return draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r"])).join(lines)


INLINE = ["b", "i", "a", "span", "em", "strong"]
BLOCK = ["p", "div", "h1", "h2", "li", "blockquote", "td", "figcaption", "nav", "article", "section", "footer"]


def element(children: st.SearchStrategy) -> st.SearchStrategy:
    return st.tuples(st.sampled_from(BLOCK + INLINE), st.lists(children, max_size=4)).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>")


node = st.recursive(
    st.one_of(sentence().map(html_lib.escape), st.sampled_from(FURNITURE).map(html_lib.escape),
              st.sampled_from(["<br>", "<img src=x alt='A photo'>", "&amp;", "&nbsp;", "&#8212;", "<p>", "</div>",
                               "<script>var x = '<p>hidden</p>';</script>", "<style>p{}</style>", "<!-- c -->"])),
    element, max_leaves=25)


@st.composite
def html_page(draw) -> str:
    title = draw(st.one_of(st.none(), sentence(max_words=10)))
    head = f"<head><title>{html_lib.escape(title)}</title></head>" if title else ""
    body = "".join(draw(st.lists(node, min_size=1, max_size=8)))
    return f"<!DOCTYPE html><html>{head}<body>{body}</body></html>"


# --- helpers --------------------------------------------------------------------------------

def collapse(text: str) -> str:
    return " ".join(text.split())


def input_lines(page: str) -> list[str]:
    text, _ = read_page(page)  # the documented normalisation: newlines, NFC
    return [collapse(raw) for raw in text.split("\n") if raw.strip()]


def paragraphs(article: Article) -> list[str]:
    return article.body.split("\n\n") if article.body else []


def is_subsequence(items: list[str], within: list[str]) -> bool:
    it = iter(within)
    return all(any(item == other for other in it) for item in items)


INVISIBLE = {"head", "title", "script", "style", "noscript", "template"}


def visible_nodes(page: str) -> list[str]:
    """The page's visible text nodes in document order, without whitespace (extractors space text
    differently); not the head (the <title> is not body text), scripts, styles or comments."""
    text, _ = read_page(page)
    nodes, hidden = [], 0  # hidden: how deep inside an element whose text is not shown
    tree = lxml.html.document_fromstring(text)
    for event, el in etree.iterwalk(tree, events=("start", "end", "comment", "pi")):
        if event in ("comment", "pi"):  # its text is hidden, the text after it is not
            nodes.append("" if hidden else el.tail or "")
        elif event == "start":
            hidden += el.tag in INVISIBLE
            if not hidden:
                nodes.append(el.text or "")
        else:
            hidden -= el.tag in INVISIBLE
            if not hidden:  # a tail follows the element's whole subtree
                nodes.append(el.tail or "")
    return [n for n in ("".join(node.split()) for node in nodes) if n]


def from_nodes(paragraph: str, nodes: list[str]) -> bool:
    """Is the paragraph input text, in order: a piece of one text node, or the end of one node, then
    whole later nodes, then the start of a later one? (An extractor may leave out nodes between,
    e.g. an ad inside a paragraph, but never invents or reorders text.)"""
    p = "".join(paragraph.split())
    if any(p in n for n in nodes):
        return True

    @functools.cache
    def rest(pos: int, j: int) -> bool:
        if pos == len(p):
            return True
        for k in range(j, len(nodes)):
            n = nodes[k]
            if n.startswith(p[pos:]) or (p.startswith(n, pos) and rest(pos + len(n), k + 1)):
                return True
        return False

    return any(rest(cut, i + 1) for i, n in enumerate(nodes)
               for cut in range(1, min(len(n), len(p)) + 1) if n.endswith(p[:cut]))


def result(article: Article) -> dict:
    return article.to_dict(explain=True)


@functools.cache
def second_cleaner() -> Cleaner:
    """A Cleaner of its own for test_same_input_same_output, built on first use: it cleans only that
    test's pages, while the session's `cleaner` has cleaned every test's before them, so state that a
    Cleaner carried from page to page would show as a difference."""
    return Cleaner()


# --- text -----------------------------------------------------------------------------------

@FAST
@given(page=text_page())
@example(page="")
@example(page="fbpx\n\nA headline\n\nA headline\n\nThe story itself, told in a sentence of prose.")
def test_text_body_is_the_input_lines_in_order(generic_cleaner, page):
    assume(not looks_like_html(read_page(page)[0]))
    article = generic_cleaner.clean(page)
    lines = input_lines(page)
    assert is_subsequence(paragraphs(article), lines)
    if article.title is not None:
        assert any(article.title in line for line in lines)


@FAST
@given(page=text_page())
def test_text_with_site_rules_only_strips_prefixes(cleaner, page):
    assume(not looks_like_html(read_page(page)[0]))
    lines = input_lines(page)
    for paragraph in paragraphs(cleaner.clean(page)):
        assert any(line.endswith(paragraph) for line in lines), paragraph


@FAST
@given(page=text_page())
@example(page="A headline for the story\n\nfbpx\n\nThe story itself, told in a sentence of prose.\n\nShare this")
@example(page="fbpx\nThe the the the …")  # once did not settle in one round (SETTLED, below)
def test_fixing_a_fixed_page_changes_nothing(cleaner, page):
    """What `fix` writes is a fixed point: a second `fix` leaves it byte for byte (a page that does
    not settle is reported and left as it was, never rewritten back and forth)."""
    first = fix_page(cleaner, page.encode())
    assume(first.outcome == CHANGED)
    assert fix_page(cleaner, first.data).outcome == UNCHANGED


# One round of the library: the samples and pages the properties once failed on, now fixed.
SETTLED = [
    "Related\nRelated", "The the the the\nRelated\nThe\nThe", "Next Article\n\nAm dass!\n\nAm dass!\n\nAm dass!",
    "Read more\rRead more\r", "The\nThe the the the\nPrevious Article\nNews\nExpand article", "fbpx\nThe the",
    "The\nThe\nThe\nThe the the the\n0:0\nThe\nThe the the the the\n0:0",
    "A headline for the story\n\nfbpx\n\nThe story itself, told in a sentence of prose.\n\nShare this",
    *(p.read_text(encoding="utf-8") for p in SAMPLE_FILES),
    "fbpx\nThe the the the …",  # was a known failure (below) until the title stage settled it
]


@pytest.mark.parametrize("page", SETTLED, ids=range(len(SETTLED)))
def test_cleaning_a_cleaned_page_changes_nothing(cleaner, page):
    first = cleaner.clean(page)
    second = cleaner.clean(first.to_text())
    assert (second.title, second.body) == (first.title, first.body)


@FAST
@given(page=st.one_of(text_page(), st.binary(max_size=3000)))
def test_same_input_same_output(cleaner, page):
    try:
        first = result(cleaner.clean(page))
    except ValueError:  # InputError: bytes no encoding fits; it must say so every time
        with pytest.raises(ValueError):
            cleaner.clean(page)
        return
    assert result(cleaner.clean(page)) == first
    assert result(second_cleaner().clean(page)) == first  # another Cleaner: no state carried between pages


@FAST
@given(page=text_page())
def test_str_and_its_utf8_bytes_agree(cleaner, page):
    assert result(cleaner.clean(page.encode("utf-8"))) == result(cleaner.clean(page))


@FAST
@given(page=text_page())
def test_explain_accounts_for_every_line(cleaner, page):
    """Kept and removed together rebuild every line of a text page; `removed` is exactly what went."""
    assume(not looks_like_html(read_page(page)[0]))
    table = [r for r in rows(explain(cleaner, page)) if r.mark != FIELD]  # the fields' rows are no page line
    rebuilt: dict[int, list[str]] = {}
    for row in table:
        rebuilt.setdefault(row.line, []).append(row.text)
    text, _ = read_page(page)
    lines = {n: collapse(raw) for n, raw in enumerate(text.split("\n"), 1) if raw.strip()}
    assert {n: " ".join(parts) for n, parts in rebuilt.items()} == lines
    removed = [(r.line, r.text, r.rule) for r in cleaner.clean(page).removed]
    assert removed == [(r.line, r.text, r.rule) for r in table if r.mark != KEPT]


# --- HTML -----------------------------------------------------------------------------------

@SLOW
@given(page=html_page())
@example(page="<html><body>The the<p></p><footer>The</footer>The.</body></html>")  # the footer left out
@example(page="<html><body><p>The<figcaption>The</figcaption></p>The.<!-- c -->x</body></html>")
def test_html_extracted_body_text_is_in_the_page(cleaner, page):
    """What trafilatura extracts: the property below, on the main path only (it holds there)."""
    article = cleaner.clean(page)
    assume(article.source == "html")
    nodes = visible_nodes(page)
    for paragraph in paragraphs(article):
        assert from_nodes(paragraph, nodes), paragraph


@KNOWN
@given(page=html_page())
@example(page="<html><head><title>The</title></head><body>The</body></html>")
def test_html_body_text_is_in_the_page(cleaner, page):
    article = cleaner.clean(page)
    assert article.source in ("html", "html-fallback")
    nodes = visible_nodes(page)
    for paragraph in paragraphs(article):
        assert from_nodes(paragraph, nodes), paragraph


@KNOWN
@given(page=html_page())
@example(page="<html><head><title>Storm</title></head><body><article><p>The council said on Monday that its plan "
              "for the harbour would go ahead after a long debate about costs.</p></article></body></html>")
@pytest.mark.xfail(strict=True, reason="a one-word title, or one that ends with a period, from the HTML metadata "
                   "is not taken as the title by the text path's title stage: it comes back as body")
def test_html_cleaned_text_cleans_to_itself(cleaner, page):
    first = cleaner.clean(page)
    second = cleaner.clean(first.to_text())
    assert (second.title, second.body) == (first.title, first.body)


@SLOW
@given(page=html_page())
def test_html_same_input_same_output(cleaner, page):
    assert result(cleaner.clean(page)) == result(cleaner.clean(page))
