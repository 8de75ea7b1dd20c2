"""What the HTML path can tell from the structure of trafilatura's output and from the page's
markup (document.Markup): teaser headings, gallery slides, link blocks, date lines, tag lists, disclosure notices. Each marks blocks
dropped, naming the reason; on page text there is no markup and none of them runs."""

from __future__ import annotations

import regex

from ..document import HEADING, LIST_ITEM, TABLE, Document, drop_runs
from ..page import Page
from ..text import LETTER_WORD, words

TEASER_RUN = 3  # this many headings in a row, with no text between, are teasers of other articles


def structure(doc: Document, page: Page) -> None:
    """Drop what only the block kinds show: runs of headings with nothing under them (teaser
    lists), a heading that ends the page."""
    if doc.markup is None:
        return
    drop_runs(doc.blocks, lambda block: block.kind == HEADING, TEASER_RUN, "html.teasers")
    kept = [b for b in doc.blocks if b.kept]
    if kept and kept[-1].kind == HEADING:
        kept[-1].drop("html.trailing-heading")


MIN_SLIDES = 3  # this many slides counted in order (`3 of 50`, `4 of 50`, ...) are a gallery
MAX_SLIDE_BLOCKS = 3  # blocks a slide may take: its counter, a caption, a credit
NUMBER = regex.compile(r"\d+")


def gallery(doc: Document, page: Page) -> None:
    """Drop the slides of a gallery or slide show set into the article: blocks that open with a
    counter (`Bild 3 von 50`, generic.toml's `html.slide_counters`), three or more counted in
    order against one total, each with the caption blocks between it and the next counter."""
    counter = page.generic.html.slide_counters
    if doc.markup is None or counter is None:
        return
    counted: list[tuple[int, int, int]] = []  # (block index, number, total)
    for i, block in enumerate(doc.blocks):
        found = counter.search(block.text) if block.kind != HEADING else None
        if found is not None:
            number, total = map(int, NUMBER.findall(found.group())[:2])
            counted.append((i, number, total))
    run: list[tuple[int, int, int]] = []
    for slide in [*counted, (-1, -1, -1)]:  # a sentinel ends the last run
        i, number, total = slide
        last = run[-1] if run else None
        if last and total == last[2] and number == last[1] + 1 and 0 < i - last[0] <= MAX_SLIDE_BLOCKS:
            run.append(slide)
            continue
        if len(run) >= MIN_SLIDES:
            _drop_slides(doc, run)
        run = [slide]


def _drop_slides(doc: Document, run: list[tuple[int, int, int]]) -> None:
    """The counted slides, from the first counter to the last slide's end (it takes as many blocks
    as the slide before it), when they stand between the article's paragraphs and the article
    outside them is the longer: slides that are the page's text (a recipe's steps, each under its
    photo) stay."""
    stride = run[-1][0] - run[-2][0]
    start, end = run[0][0], min(run[-1][0] + stride, len(doc.blocks))
    slides = [b for b in doc.blocks[start:end] if b.kept and b.kind != HEADING]
    before = sum(words(b.text) for b in doc.blocks[:start] if b.kept)
    after = sum(words(b.text) for b in doc.blocks[end:] if b.kept)
    if before and after and before + after >= sum(words(b.text) for b in slides):
        for block in slides:
            block.drop("html.gallery")


# A name or a product linked where the text mentions it is no teaser; a headline has more words.
MIN_LINK_WORDS = 5
LINK_PREFIX = regex.compile(r"^[^:]{1,30}:\s+")  # `Related: `, `SEE MORE: `
TEASER_SHARE = 0.25  # of the block: the linked headline before its summary


def links(doc: Document, page: Page) -> None:
    """Drop a block that is a link's text on the page, alone or after a short label: a pointer to
    another article (`Related: ...`, a teaser headline), not text of this one."""
    anchors = doc.markup.links if doc.markup is not None else None
    if not anchors:
        return
    for block in doc.blocks:
        if block.kept and block.kind not in (HEADING, TABLE) and len(block.text.split()) >= MIN_LINK_WORDS and (
                block.text in anchors or LINK_PREFIX.sub("", block.text, count=1) in anchors
                or _teaser(block.text, anchors)):
            block.drop("html.link")
    _link_list_at_end(doc, anchors)


# A list of other stories closing the article: each item a headline that opens or ends with a link
# (`YouTubers must unionize, <a>no matter what Google says</a>`), three or more, after the last
# paragraph. Inside the article, a list whose items end with links is the article's (its sources).
LINK_LIST_RUN = 3
MAX_ITEM_WORDS = 25


def _link_list_at_end(doc: Document, anchors: frozenset[str]) -> None:
    kept = list(doc.kept())
    run = 0
    while run < len(kept) and kept[-1 - run].kind == LIST_ITEM and _linked_item(kept[-1 - run].text, anchors):
        run += 1
    if run >= LINK_LIST_RUN and run < len(kept):
        for block in kept[-run:]:
            block.drop("html.link-list")


def _linked_item(text: str, anchors: frozenset[str]) -> bool:
    """True when the item's first or last words are one link's text."""
    words = text.split()
    if len(words) > MAX_ITEM_WORDS:
        return False
    return any(" ".join(words[:n]) in anchors or " ".join(words[-n:]) in anchors for n in range(1, len(words) + 1))


def _teaser(text: str, anchors: frozenset[str]) -> bool:
    """A linked headline followed by its summary: `Armenia named most popular spot ... Armenia has been ...`."""
    words = text.split()
    for n in range(MIN_LINK_WORDS, min(len(words), 25)):
        head = " ".join(words[:n])
        if head in anchors:
            return len(head) >= TEASER_SHARE * len(text)
    return False


DATE_MAX_WORDS = 3  # words of letters beside the date: `Updated`, `Tue.`, `às`
MAX_DATE_LINE = 80


def dates(doc: Document, page: Page) -> None:
    """Drop a block that is a date line (`November 20, 2019 - 11:28`, `Aktualisiert am 17.01.2021`):
    when the page was published is metadata, not article text. The date patterns are generic.toml's
    `html.dates`."""
    date = page.generic.html.dates
    if doc.markup is None or date is None:
        return
    for block in doc.blocks:
        # `— Name (@handle) January 24, 2020` closes a quoted tweet: it stays with the tweet.
        if block.kept and len(block.text) <= MAX_DATE_LINE and "@" not in block.text and date.search(block.text):
            rest = date.sub(" ", block.text)
            if len(LETTER_WORD.findall(rest)) <= DATE_MAX_WORDS:
                block.drop("html.dateline")


MIN_LABEL_CHARS = 3
MAX_META_CHARS = 80


def marked_metadata(doc: Document, page: Page) -> None:
    """Drop what the page's markup itself calls metadata: a date line that is the text of a <time>
    or of an itemprop date (`segunda-feira, 22 de janeiro de 2018`, which no date pattern knows),
    and a list of tag links (rel="tag", the microformat every blog engine writes) with its label."""
    if doc.markup is None or not (doc.markup.dates or doc.markup.tag_lists):
        return
    marked, tag_lists = doc.markup.dates, doc.markup.tag_lists
    for block in doc.blocks:
        if not block.kept or block.kind == HEADING:
            continue
        if len(block.text) <= MAX_META_CHARS and any(d in block.text for d in marked):
            rest = block.text
            for d in marked:
                rest = rest.replace(d, " ")
            if len(LETTER_WORD.findall(rest)) <= DATE_MAX_WORDS:
                block.drop("html.dateline")
                continue
        # the list, or most of it, or the label that opens it (`Tags`)
        if len(block.text) >= MIN_LABEL_CHARS and any(
                block.text in t and (t.startswith(block.text) or len(block.text) >= len(t) / 2) for t in tag_lists):
            block.drop("html.tags")


def notices(doc: Document, page: Page) -> None:
    """Drop a block that is all or part of a box the markup calls a disclosure notice (generic.toml's
    `html.notices`: `advertiser-disclosure`, `affiliate-disclaimer`): what the page earns from its
    links is said of the site, not of the article, in any language."""
    if doc.markup is None or not doc.markup.notices:
        return
    boxes = doc.markup.notices
    for block in doc.blocks:
        text = " ".join(block.text.split())
        if block.kept and len(text) >= MIN_LABEL_CHARS and any(text in box for box in boxes):
            block.drop("html.notice")
