"""blocks.html.recover: what trafilatura leaves out, looked for in the page: the chunks of an
article split into like containers, a lead set apart from the body, posts embedded among the paragraphs."""

from __future__ import annotations

from cleaner.blocks.html.extract import extract_blocks
from cleaner.blocks.html.parse import parse
from cleaner.blocks.html.recover import with_lead, with_posts
from cleaner.document import HEADING, LIST_ITEM, PARAGRAPH, Block


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
