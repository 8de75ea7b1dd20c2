"""The vocabularies that were code and are now generic.toml's (`[html]`, `trailers.says`,
`[stoplists.characters]`): a user's generic.toml adds to them, and the HTML path and the trailer
cut read what the rules hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.blocks.html.evidence import Evidence
from cleaner.blocks.html.fields import declared_fields
from cleaner.blocks.html.markup import markup
from cleaner.blocks.html.parse import parse
from cleaner.blocks.html.recover import with_lead, with_posts
from cleaner.document import PARAGRAPH, Block, Document, Markup
from cleaner.page import Page
from cleaner.rules.generic import GenericRules
from cleaner.rules.ruleset import load_ruleset
from cleaner.stages import html as html_stages

BODY = ["The harbour master said the boats went back out on Monday, one after another, before dawn broke.",
        "Fish prices at the quayside market fell by a third within the week, traders in the town said."]


def mine(tmp_path: Path, body: str) -> GenericRules:
    """The shipped generic rules with a user's generic.toml added."""
    (tmp_path / "generic.toml").write_text(body, encoding="utf-8")
    return load_ruleset([tmp_path], site_rules=False).generic


@pytest.fixture(scope="module")
def shipped() -> GenericRules:
    return load_ruleset(site_rules=False).generic


def test_a_users_embedded_post_class_puts_such_posts_back_beside_the_shipped_ones(shipped, tmp_path):
    post = '<blockquote class="{}"><p>{}</p></blockquote>'
    html = ('<html><body><article><p>' + BODY[0] + '</p>' + post.format("instagram-media", "Sunset over the quay.")
            + '<p>' + BODY[1] + '</p>' + post.format("twitter-tweet", "All boats are back tonight.")
            + '</article></body></html>')
    extracted = [Block(t, i, PARAGRAPH) for i, t in enumerate(BODY, 1)]
    assert [b.text for b in with_posts(parse(html), extracted, shipped.html.embedded_posts)] == [
        BODY[0], BODY[1], "All boats are back tonight."]
    generic = mine(tmp_path, '[html]\nembedded_posts = ["instagram-media"]\n')
    assert [b.text for b in with_posts(parse(html), extracted, generic.html.embedded_posts)] == [
        BODY[0], "Sunset over the quay.", BODY[1], "All boats are back tonight."]


def test_a_users_class_word_keeps_a_box_out_of_the_lead(shipped, tmp_path):
    html = ('<html><body><h1>Harbour reopens</h1><div class="kicker">After a week of storms the fleet is back at '
            'sea, and the town can breathe again.</div>' + "".join(f"<p>{t}</p>" for t in BODY) + '</body></html>')
    extracted = [Block(t, i, PARAGRAPH) for i, t in enumerate(BODY, 1)]
    assert len(with_lead(parse(html), extracted, None, shipped.html.not_lead)) == 3  # a lead, put back
    generic = mine(tmp_path, '[html]\nnot_lead = ["Kicker"]\n')  # any case
    assert with_lead(parse(html), extracted, None, generic.html.not_lead) == extracted
    # the shipped words still count: a byline is no lead
    byline = html.replace('class="kicker"', 'class="article-byline"')
    assert with_lead(parse(byline), extracted, None, generic.html.not_lead) == extracted


def test_a_users_date_meta_and_itemprop_are_read(shipped, tmp_path):
    tree = parse('<html><head><meta name="Citation_Date" content="2024-03-11"></head><body>'
                 '<p>Boats left at dawn, the harbour master said.</p>'
                 '<span itemprop="uploadDate">11 March 2024, 15:30</span></body></html>')
    source = "<meta ... itemprop=uploadDate>"
    assert declared_fields(tree, None, shipped.html, Evidence())["date"].source == "htmldate"  # not the <meta>
    assert markup(tree, source, shipped.html).dates == frozenset()
    generic = mine(tmp_path, '[html]\ndate_meta = ["citation_date"]\ndate_itemprops = ["uploadDate"]\n')
    assert declared_fields(tree, None, generic.html, Evidence())["date"].source != "htmldate"
    assert markup(tree, source, generic.html).dates == {"11 March 2024, 15:30"}


def test_a_users_date_pattern_marks_date_lines_it_knows(shipped, tmp_path):
    line = "2024. március 5., kedd"  # no shipped pattern knows this (Hungarian, year first) wording

    def dates(generic: GenericRules) -> list[str | None]:
        doc = Document([Block(line, 1, PARAGRAPH), Block(BODY[0], 2, PARAGRAPH)], source="html", markup=Markup())
        html_stages.dates(doc, Page(doc, generic))
        return [b.dropped for b in doc.blocks]

    assert dates(shipped) == [None, None]
    assert dates(mine(tmp_path, "[html]\ndates = ['\\d{4}\\. \\p{L}+ \\d{1,2}\\.']\n")) == ["html.dateline", None]


def test_a_users_comment_header_word_cuts_the_comments(tmp_path):
    prose = ("The harbour at Porthwen reopened to the fishing fleet on Monday, a week after the storms that "
             "broke two of the mooring chains and flooded the fish market. The harbour master said the "
             "breakwater had held, and that the boats could go out again as soon as the divers had checked "
             "the inner basin. Skippers who lost a week of landings will be able to apply for help from the "
             "town council, which meets on Thursday to set the amounts. ")
    page = "\n".join([
        "Harbour reopens after the storms", "", prose, "", prose.replace("Monday", "Tuesday"), "",
        # a comment section whose headers use a word the shipped rules do not know (Finnish `wrote:`)
        "Matti Virtanen kirjoitti:", "", ("This is good news for the whole village, and I hope that the boats can "
                                          "stay in the harbour now that the chains have been replaced."),
        "", "Anna Korhonen kirjoitti:", "", ("Thank you for the report, I read it this morning before I went down "
                                         "to the harbour to see the boats for myself."),
    ])
    (tmp_path / "generic.toml").write_text('[trailers]\nsays = ["kirjoitti:"]\n', encoding="utf-8")
    plain = Cleaner(site_rules=False).clean(page)
    assert "Matti Virtanen kirjoitti:" in plain.body
    cut = Cleaner([tmp_path], site_rules=False).clean(page)
    assert cut.body.endswith("inner basin. Skippers who lost a week of landings will be able to apply for help "
                             "from the town council, which meets on Thursday to set the amounts.")
    assert any(r.text == "Matti Virtanen kirjoitti:" and r.rule == "trailers" for r in cut.removed)


def test_the_shipped_comment_headers_and_function_characters_come_from_the_rules(shipped, tmp_path):
    assert " says:" in shipped.comment_headers and " sagt:" in shipped.comment_headers
    assert {"zh", "ja", "ko"} <= set(shipped.stoplists.by_language) and "的" in shipped.stoplists.by_language["zh"]
    generic = mine(tmp_path, '[stoplists.characters]\nzh = "啊"\n')
    assert {"的", "啊"} <= generic.stoplists.by_language["zh"]  # added to, not replaced
