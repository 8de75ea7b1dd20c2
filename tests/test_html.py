"""The HTML path end to end: a page written for these tests, with cruft of each kind."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from cleaner import Cleaner, clean
from cleaner.blocks.html.extract import extract_blocks
from cleaner.blocks.html.markup import markup
from cleaner.blocks.html.parse import parse
from cleaner.blocks.html.recover import with_lead, with_posts
from cleaner.document import HEADING, LIST_ITEM, PARAGRAPH, Block, Document, Markup
from cleaner.page import Page
from cleaner.rules.generic import GenericRules
from cleaner.rules.vocabulary import shipped
from cleaner.stages import html as html_stages
from conftest import ROOT, run_cli

PAGE = ROOT / "tests" / "pages" / "harbour.html"
PARAGRAPHS = [
    "The harbour at Porthwen reopened to fishing boats on Monday morning",
    "Harbour master Ellis Penrose said the breakwater had held",
    "The port authority has asked contractors to replace the chains",
    "Skippers who lost a week of landings will be able to apply",
    "Applications open on the first of April",  # list items are kept
    '"It has been the hardest winter in twenty years," said Tamsin Rowe',
]
CRUFT = [
    "uses cookies", "Home", "Weather", "Share", "Tweet",  # banner, menu, share buttons
    "Fishing boats wait at the quay", "AP Photo",  # captions
    "Lifeboat crew honoured", "Coast road closure extended", "Related stories",  # related links
    "Sign up for our newsletter",  # prompt
    "Leave a Reply", "will not be published", "Post Comment",  # comment form
    "All rights reserved", "Privacy policy", "dataLayer", "display: flex",  # footer, script, style
]


@pytest.fixture(scope="module")
def article():
    return clean(PAGE.read_bytes(), url="https://coastal-courier.example/news/harbour-reopens")


def test_article_text_is_kept_in_order(article):
    positions = [article.body.index(p) for p in PARAGRAPHS]
    assert positions == sorted(positions)
    assert "Repairs before the spring season" in article.body  # a section heading is body


@pytest.mark.parametrize("cruft", CRUFT)
def test_cruft_is_gone(article, cruft):
    assert cruft not in article.body


def test_title_and_metadata(article):
    assert article.title == "Harbour reopens after week of storms"
    assert "Harbour reopens after week of storms" not in article.body  # the h1 is not repeated
    assert article.source == "html" and article.language == "en"
    assert article.meta["author"] == "Mara Lindqvist" and article.meta["date"] == "2024-03-11"
    assert article.meta["sitename"] == "The Coastal Courier"


def test_each_removal_says_why(article):
    rules = {r.rule for r in article.removed}
    assert {"title", "captions.credit", "html.link", "lexicon.newsletter"} <= rules


def test_paragraphs_are_separated_by_a_blank_line(article):
    assert "\n\n" in article.body and "\n\n\n" not in article.body
    assert all(line == " ".join(line.split()) for line in article.body.split("\n"))


def test_str_and_bytes_agree_and_cleaning_is_stable(article):
    assert clean(PAGE.read_text(encoding="utf-8"), url=article.url) == article


def test_broken_markup_is_tolerated():
    broken = PAGE.read_text(encoding="utf-8").replace("</p>", "", 5).replace("</div>", "", 3)
    broken = broken.replace("</body>", "<div><p>unclosed <b>bold").replace("</html>", "")
    article = clean(broken)
    assert article.source == "html"
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[3] in article.body


def test_xml_declaration_and_control_characters_do_not_stop_extraction():
    text = PAGE.read_text(encoding="utf-8").replace("Monday morning", "Monday\x0b morning")
    article = clean('<?xml version="1.0" encoding="utf-8"?>\n' + text)
    assert article.source == "html" and "Monday morning" in article.body


def test_when_trafilatura_finds_nothing_the_visible_text_goes_through_the_text_path(monkeypatch):
    import cleaner.blocks.html.extract

    monkeypatch.setattr(cleaner.blocks.html.extract.trafilatura, "bare_extraction", lambda *a, **k: None)
    article = clean(PAGE.read_bytes())
    assert article.source == "html-fallback"
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[-1] in article.body
    assert "dataLayer" not in article.body and "display: flex" not in article.body  # never visible
    assert "Leave a Reply" not in article.body  # the text path's lexicon and trailers ran
    assert article.title == "Harbour reopens after week of storms"


def test_unparseable_html_falls_back_to_the_text_between_tags():
    article = clean("<html>\x00</html>")
    assert article.source == "html-fallback" and article.body == ""


# --- what the structure of the extracted content shows --------------------------------------

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


def test_article_split_into_like_containers_is_extracted_whole():
    para = ("Paragraph {n} of the long feature, which the site splits into chunks with an advert between "
            "them, goes on here with enough words to be taken for prose by any extractor that reads it.")

    def chunk(numbers: range) -> str:
        paragraphs = "".join(f"<p>{para.format(n=n)}</p>" for n in numbers)
        return f'<div class="grid chunk"><div class="article-body body">{paragraphs}</div><div class="rail">Ad</div></div>'

    html = ('<html><body><article><h1>A long feature</h1><div class="chunks">' + chunk(range(1, 5))
            + '<div class="full-bleed-ad">Advert</div>' + chunk(range(5, 9)) + "</div></article></body></html>")
    texts = [b.text for b in extract_blocks(parse(html), None)]
    assert [t.split(" of ")[0] for t in texts] == [f"Paragraph {n}" for n in range(1, 9)]


def test_teaser_cards_of_the_same_class_are_not_taken_for_chunks():
    para = "Paragraph {n} of the story, long enough to count as the prose of an article that someone wrote here."
    story = '<div class="row"><div class="story">' + "".join(f"<p>{para.format(n=n)}</p>" for n in range(6)) + "</div></div>"
    teasers = '<div class="row">' + "".join(f'<p><a href="/s/{n}">Another story number {n} that the site would like you to read next, with a summary</a></p>' for n in range(6)) + "</div>"
    texts = [b.text for b in extract_blocks(parse(f"<html><body><main>{story}{teasers}</main></body></html>"), None)]
    assert not any("Another story" in t for t in texts)


# --- the CLI and JSON Lines ------------------------------------------------------------------

def test_cli_detects_html_from_a_file_and_stdin():
    by_file = run_cli(str(PAGE))
    by_stdin = run_cli(stdin=PAGE.read_bytes())
    assert by_file.returncode == by_stdin.returncode == 0, by_file.stderr
    assert json.loads(by_file.stdout) == json.loads(by_stdin.stdout)
    assert json.loads(by_file.stdout)["source"] == "html"


def test_jsonl_html_field():
    record = json.dumps({"id": 7, "url": "https://coastal-courier.example/x", "html": PAGE.read_text(encoding="utf-8")})
    proc = run_cli("--jsonl", stdin=record + "\n")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["id"] == 7 and "html" not in out
    assert out["title"] == "Harbour reopens after week of storms"
    assert PARAGRAPHS[1] in out["body"] and "Leave a Reply" not in out["body"]


def test_one_cleaner_for_many_pages_gives_what_fresh_ones_give():
    shared = Cleaner()
    pages = [PAGE.read_bytes(), PAGE.read_bytes().replace(b"Porthwen", b"Polgarrow")]
    assert [shared.clean(p) for p in pages] == [Cleaner().clean(p) for p in pages]


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


def test_lead_set_apart_from_the_body_is_recovered():
    body = "".join(f"<p>Body paragraph {i} tells how the boats went back out on Monday, one after another, at dawn.</p>"
                   for i in range(5))
    html = ('<html><body><article><h1>Harbour reopens</h1><div class="byline"><p>By Mara Lindqvist, harbour '
            'correspondent, who has covered the port for a decade.</p></div>'
            '<div class="intro"><p>After a week of storms the fleet is back at sea, and the town can breathe again.</p></div>'
            f'<div class="article-body">{body}</div></article></body></html>')
    texts = [b.text for b in extract_blocks(parse(html), None)]
    assert texts[0] == "After a week of storms the fleet is back at sea, and the town can breathe again."
    assert texts[1].startswith("Body paragraph 0")
    assert not any("Mara Lindqvist" in t for t in texts)  # a byline is no lead


LEAD_BODY = ["The harbour master said the boats went back out on Monday, one after another, before dawn broke.",
             "Fish prices at the quayside market fell by a third within the week, traders in the town said."]


def test_a_lead_written_straight_into_a_div_is_recovered():
    html = ('<html><body><h1>Harbour reopens</h1><figure><figcaption>The quay at dawn, seen from the old '
            'lighthouse on the northern breakwater.</figcaption></figure>'
            '<div class="summary">After a week of storms the fleet is back at sea, and the town can breathe again.</div>'
            '<div class="text">' + "".join(f"<p>{t}</p>" for t in LEAD_BODY) + '</div></body></html>')
    blocks = with_lead(parse(html), [Block(t, i, PARAGRAPH) for i, t in enumerate(LEAD_BODY, 1)])
    # the caption ends with a full stop too, but a figure holds no lead
    assert [b.text for b in blocks] == ["After a week of storms the fleet is back at sea, and the town can breathe "
                                        "again.", *LEAD_BODY]


def test_text_opening_the_body_container_is_recovered_after_teasers_above_the_headline():
    teaser = "Lighthouse keepers of the coast meet for the first time in twenty years, at the old fort by the sea."
    html = (f'<html><body><div class="feature"><p>{teaser}</p></div><h1>Harbour reopens</h1>'
            '<div class="content">After a week of storms the fleet is back at sea, and the town can breathe '
            '<em>again</em>.<br><br>' + "<br><br>".join(LEAD_BODY) + '</div></body></html>')
    extracted = [Block(teaser, 1, PARAGRAPH), Block("Harbour reopens", 2, HEADING),
                 *(Block(t, i, PARAGRAPH) for i, t in enumerate(LEAD_BODY, 3))]
    texts = [b.text for b in with_lead(parse(html), extracted)]
    assert texts == [teaser, "Harbour reopens", "After a week of storms the fleet is back at sea, and the town can "
                     "breathe again.", *LEAD_BODY]


def test_no_lead_when_the_body_follows_the_headline_or_the_text_between_is_no_prose():
    html = ('<html><body><h1>Harbour reopens</h1><div class="byline">By Mara Lindqvist, harbour correspondent, '
            'who has covered the port and its fleet for a decade.</div><div>Share this story with your friends and '
            'family on social media</div>' + "".join(f"<p>{t}</p>" for t in LEAD_BODY) + '</body></html>')
    extracted = [Block(t, i, PARAGRAPH) for i, t in enumerate(LEAD_BODY, 1)]
    assert with_lead(parse(html), extracted) == extracted


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


def test_a_post_embedded_among_the_paragraphs_is_put_back_after_its_paragraph_but_not_one_in_a_sidebar():
    tweet = ('<blockquote class="twitter-tweet"><p>{}</p>— Harbour Office (@porthwen_harbour) '
             '<a href="https://twitter.com/x/status/1">March 11, 2024</a></blockquote>')
    html = ('<html><body><article><p>' + LEAD_BODY[0] + '</p><script>var w = "widgets.js";</script>'
            '<div class="embed"><div class="inner">' + tweet.format("All boats are back in the harbour tonight.")
            + '</div></div><p>' + LEAD_BODY[1] + '</p></article><aside><h3>Latest from the port</h3>'
            + tweet.format("Ferry timetable changes from Monday.") + '</aside></body></html>')
    extracted = [Block(t, i, PARAGRAPH) for i, t in enumerate(LEAD_BODY, 1)]
    texts = [(b.kind, b.text) for b in with_posts(parse(html), extracted)]
    assert texts == [(PARAGRAPH, LEAD_BODY[0]), ("quote", "All boats are back in the harbour tonight."),
                     ("quote", "— Harbour Office (@porthwen_harbour) March 11, 2024"), (PARAGRAPH, LEAD_BODY[1])]


def test_the_lead_is_looked_for_under_the_headline_not_under_a_logo_and_past_a_date_line():
    menu = "".join(f'<li><a href="/s/{i}">Section number {i} of the site</a></li>' for i in range(400))
    html = ('<html><body><header><h1>Porthwen Gazette</h1><nav><ul>' + menu + '</ul></nav></header>'
            '<h1>Harbour reopens</h1><p class="date">Written: 2024-03-11 15:03:30 / Updated: 2024-03-11 15:30:46</p>'
            '<div class="text">After a week of storms the fleet is back at sea, and the town can breathe again.<br>'
            + "".join(f"<p>{t}</p>" for t in LEAD_BODY) + '</div></body></html>')
    extracted = [Block("Written: 2024-03-11 15:03:30 / Updated: 2024-03-11 15:30:46", 1, PARAGRAPH),
                 *(Block(t, i, PARAGRAPH) for i, t in enumerate(LEAD_BODY, 2))]
    texts = [b.text for b in with_lead(parse(html), extracted, "Harbour reopens")]
    assert texts == [extracted[0].text, "After a week of storms the fleet is back at sea, and the town can breathe "
                     "again.", *LEAD_BODY]
    # past more extracted text than a date line or two, the body has begun: what follows is no lead
    facts = [f"Berths {i} to {i + 9} of the inner harbour open again from Monday" for i in range(0, 30, 10)]
    html = html.replace('<p class="date">Written: 2024-03-11 15:03:30 / Updated: 2024-03-11 15:30:46</p>',
                        "".join(f"<li>{f}</li>" for f in facts))
    extracted = [*(Block(f, 1, LIST_ITEM) for f in facts), *extracted[1:]]
    assert with_lead(parse(html), extracted, "Harbour reopens") == extracted


def test_lead_search_steps_over_comments_in_a_tree_that_keeps_them():
    import lxml.html

    tree = lxml.html.document_fromstring(
        '<html><body><h1>Harbour reopens</h1><!-- teaser --><div class="summary">After a week of storms the fleet '
        'is back at sea, and the town can breathe again.</div><?pi x?>' + "".join(f"<p>{t}</p>" for t in LEAD_BODY)
        + '</body></html>')
    texts = [b.text for b in with_lead(tree, [Block(t, i, PARAGRAPH) for i, t in enumerate(LEAD_BODY, 1)])]
    assert texts == ["After a week of storms the fleet is back at sea, and the town can breathe again.", *LEAD_BODY]


def test_a_caption_in_an_inline_span_is_no_lead_but_a_lead_opening_with_a_date_span_is():
    html = ('<html><body><h1>Harbour reopens</h1><p><span class="rte-image"><img src="quay.jpg">'
            '<span class="image-caption">The quay at dawn, seen from the old lighthouse on the northern breakwater. '
            '(Mara Lindqvist / Porthwen Gazette)</span></span></p><p class="intro"><span class="date">11.03.2024, '
            '15:30</span> After a week of storms the fleet is back at sea, and the town can breathe again.</p>'
            + "".join(f"<p>{t}</p>" for t in LEAD_BODY) + '</body></html>')
    blocks = with_lead(parse(html), [Block(t, i, PARAGRAPH) for i, t in enumerate(LEAD_BODY, 1)])
    assert [b.text for b in blocks] == ["11.03.2024, 15:30 After a week of storms the fleet is back at sea, and the "
                                        "town can breathe again.", *LEAD_BODY]
