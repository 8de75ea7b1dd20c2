"""Not an article: index and list pages give an empty body and `status = "not-article"`, and a
note (`--explain`) says why on the HTML path.

A mash-up of teasers is worse than nothing (users ask for this: an index page is not a story).
An article has a body of prose; an index page has little prose where the article would be, and
(on page text) much more of it scattered outside: teasers, each a headline and a sentence.
"""

from __future__ import annotations

from ..document import HEADING, LIST_ITEM, Document, page_text
from ..page import Features, Page

PROSE_TOKENS = 8  # a sentence this long counts as prose
MIN_PROSE = 15  # fewer words of prose than this in the body: no article ...
MIN_ITEMS = 10  # ... in a list of at least this many items (a near-empty page is not judged) ...
PARAGRAPH_TOKENS = 30  # ... none of them a paragraph ...
LIST_SHARE = 0.8  # ... and nearly all of the page ...
LINK_TOKENS = 8  # ... and short on average, as the texts of links are
MIN_TEASERS = 4  # on HTML: this many teasers (headlines linked to their stories) on the page ...
TEASER_SHARE = 0.8  # ... hold this share of the words kept ...
SUMMARY_WORDS = 40  # ... and no kept block is this long (a teaser's summary is shorter; an article's paragraph is not)
MENU_LINES = 3  # this many lines or more left, each a few words and none a sentence: a menu, no article
MENU_TOKENS = 4
# A body that is a list of teasers (a section front, a tag page, search results): each prose line
# stands alone under a short headline, and each teaser carries the same furniture (its date, a
# "Read more"). An article with subheadings has paragraphs in runs; a Q&A has no date a answer.
# At least settings.verdict.teasers headline-and-sentence units on the page ...
BODY_UNITS = 2  # ... the body nothing but such units, at least this many ...
UNIT_SHARE = 0.8  # ... and nearly all of the prose around it ...
STAMPED_SHARE = 0.5  # ... at least half of them with a date or a repeated line beside them ...
TEASER_TOKENS = 40  # ... and each sentence short, as a teaser's is
HEADLINE_TOKENS = 15  # a teaser's headline: up to this many words ...
HEADLINE_MIN_TOKENS = 2  # ... and at least this many (`1.` above a step of a recipe is none)
STAMPS = ("lexicon.dateline", "lexicon.read-more", "repeats.furniture")


def _teasers(doc: Document, kept: list[int]) -> bool:
    """A page of teasers on the HTML path (a section front, a home page, a tag page, search results):
    nearly all that was kept is the text of the page's teasers (document.Markup.teasers: headlines
    linked to their stories, with their summaries), and no block is an article's paragraph."""
    teasers = doc.markup.teasers if doc.markup is not None else ()
    if len(teasers) < MIN_TEASERS or not kept:
        return False
    sizes = [len(doc.blocks[i].text.split()) for i in kept]
    inside = sum(n for i, n in zip(kept, sizes, strict=True) if any(doc.blocks[i].text in t for t in teasers))
    if inside < TEASER_SHARE * sum(sizes) or max(sizes) >= SUMMARY_WORDS:
        return False
    doc.notes.append((f"{inside} of the {sum(sizes)} words kept are the text of the page's {len(teasers)} teasers "
                      "(headlines linked to their stories): a page of teasers", "verdict.not-article"))
    return True


def apply(doc: Document, page: Page) -> None:
    if not doc.blocks:
        return
    f = page.features
    kept = doc.kept_indices()
    prose = sum(f.tokens[i] for i in kept if f.terminal[i] and f.tokens[i] >= PROSE_TOKENS)
    reason: str | None = None
    if not page_text(doc):
        # A list of links: list items and headings, short, without a sentence between them
        # (short paragraphs without sentences are as often a poem or lyrics).
        items = [i for i in kept if doc.blocks[i].kind in (LIST_ITEM, HEADING) and f.tokens[i] < PARAGRAPH_TOKENS]
        short = sum(f.tokens[i] for i in items) <= LINK_TOKENS * len(items)  # link texts are short
        not_article = prose < MIN_PROSE and len(items) >= MIN_ITEMS and len(items) >= LIST_SHARE * len(kept) and short
        if not_article:
            doc.notes.append((f"{len(items)} short list items and headings, {prose} words of prose: a list of links",
                              "verdict.not-article"))
        else:
            not_article = _teasers(doc, kept)
        reason = "verdict.not-article" if not_article else None
    else:
        is_prose = [terminal and n >= PROSE_TOKENS for terminal, n in zip(f.terminal, f.tokens, strict=True)]
        outside = [i for i, b in enumerate(doc.blocks)
                   if is_prose[i] and b.dropped is not None and b.dropped.startswith(("region.", "trailers"))]
        # Teasers stand alone, each between its headline and its date; an article's paragraphs
        # that the region missed stand together.
        # A teaser's headline stands above it: a step of a recipe under its number, or a setting
        # explained under its name with its choices below, is no teaser.
        alone = [i for i in outside
                 if not (i > 0 and is_prose[i - 1]) and not (i + 1 < len(is_prose) and is_prose[i + 1])
                 and i > 0 and _headline(f, i - 1)]
        scattered = sum(f.tokens[i] for i in alone)
        s = page.settings.verdict  # on page text: a thin body, with lone teasers all around it
        not_article = (prose < s.thin_body and len(alone) >= s.teasers and len(alone) >= s.alone_share * len(outside)
                       and scattered >= s.scattered * max(prose, 1))
        reason = "verdict.not-article" if not_article else None
        # A page of nothing but menu words (the region found no prose to choose between).
        if reason is None and len(kept) >= MENU_LINES and all(
                f.tokens[i] <= MENU_TOKENS and not f.terminal[i] for i in kept):
            reason = "verdict.menu-page"
        if reason is None and _teaser_list(doc, page, kept, is_prose):
            reason = "verdict.teaser-list"
    if reason is not None:
        doc.status = "not-article"
        for i in kept:
            doc.blocks[i].drop(reason)


def _headline(f: Features, i: int) -> bool:
    """A teaser's headline: a few words, no sentence end, not a step's number."""
    return HEADLINE_MIN_TOKENS <= f.tokens[i] <= HEADLINE_TOKENS and not f.terminal[i]


def _teaser_list(doc: Document, page: Page, kept: list[int], is_prose: list[bool]) -> bool:
    """The body is a list of teasers: each of its prose lines (at least two) alone between a short
    headline above it and no prose below, and so are most prose lines of the page around it,
    with a date or a repeated line (`Read more`) beside them."""
    f, blocks = page.features, doc.blocks
    kept_set = set(kept)
    candidates = [i for i, b in enumerate(blocks) if is_prose[i] and (
        i in kept_set or (b.dropped is not None and b.dropped.startswith(("region.", "trailers"))))]
    units = [i for i in candidates if 0 < i < len(blocks) - 1 and not is_prose[i - 1] and not is_prose[i + 1]
             and _headline(f, i - 1) and f.tokens[i] <= TEASER_TOKENS]
    body = [i for i in kept if is_prose[i]]
    in_body = [i for i in units if i in kept_set]
    if len(in_body) < BODY_UNITS or len(in_body) < len(body) or len(units) < page.settings.verdict.teasers:
        return False
    if len(units) < UNIT_SHARE * len(candidates):
        return False
    near = (-2, -1, 1, 2)
    stamped = sum(any(0 <= i + d < len(blocks) and blocks[i + d].dropped in STAMPS for d in near) for i in units)
    return stamped >= STAMPED_SHARE * len(units)
