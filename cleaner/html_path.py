"""The HTML path: parse once, apply the site's HTML rules, let trafilatura find the main content,
and turn its XML into the blocks the stages work on (headings, paragraphs, list items, captions).

When trafilatura finds nothing, the page's visible text goes through the text path instead
(Document.source says which: "html" or "html-fallback").
"""

from __future__ import annotations

import copy

import lxml.html
import regex
import trafilatura
from lxml import etree

from .document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE, Block, Document, text_blocks
from .html_meta import PageMeta, page_meta
from .ruleset import SiteRules
from .stages import captions, lexicon, site as site_stage, title, trailers
from .titles import strip_site_name
from .visible import visible_text

# lxml refuses a str that declares its own encoding; the text is decoded already.
XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*\?>", regex.I)
TAG = regex.compile(r"<[^>]*>")
# The tags of trafilatura's XML that make a block, and the kind each gives.
KINDS = {"p": PARAGRAPH, "head": HEADING, "item": LIST_ITEM, "quote": QUOTE, "cell": TABLE,
         "figure": CAPTION, "caption": CAPTION, "code": PARAGRAPH}
CONTAINERS = frozenset({"list", "table", "row", "body", "div", "doc", "main", "comments"})
LINE_BREAK = "lb"
# Options for trafilatura: the article body without reader comments; `fast` skips its second
# opinion from readability and jusText (measured in benchmarks/: as good here, much faster).
EXTRACT_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True, "include_images": False,
                   "with_metadata": False}
SECOND_OPINION = {**EXTRACT_OPTIONS, "fast": False}
HOLDS_SHARE = 0.5
# The stages run on trafilatura's output. Not the text path's navigation and repeats heuristics:
# trafilatura has removed menus already, and what repeats inside an article's content (a table's
# cells, a meal plan's headings) is content (measured in benchmarks/: both cost AEB F1 there).
HTML_STAGES = (site_stage.apply, lexicon.apply, captions.apply, trailers.apply, title.apply)


def parse(html: str) -> etree._Element | None:
    """The page as an lxml tree, or None when nothing can be made of it; broken markup is repaired."""
    html = XML_DECLARATION.sub("", html, count=1)
    # As trafilatura parses: comments and processing instructions would only be in its way.
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def apply_site_html(tree: etree._Element, site: SiteRules) -> None:
    """Remove the nodes the site's `[html] drop` and `drop_xpath` rules name."""
    for selector in site.html_drop:
        for node in selector(tree):
            if isinstance(node, etree._Element):
                _remove(node)


def _remove(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    # The text after the node belongs to its parent, not to the node: keep it.
    if node.tail and node.tail.strip():
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _first(tree: etree._Element, selectors: tuple[etree.XPath, ...]) -> etree._Element | None:
    for selector in selectors:
        for node in selector(tree):
            if isinstance(node, etree._Element) and " ".join(node.itertext()).strip():
                return node
    return None


def html_document(html: str, url: str | None, site: SiteRules | None) -> Document:
    """The Document for an HTML page (decoded and normalised already)."""
    tree = parse(html)
    if tree is None:  # nothing lxml can read: the text between the tags, line by line
        return Document(text_blocks(TAG.sub(" ", html)), url=url, source="html-fallback")
    if site is not None:
        apply_site_html(tree, site)
    meta = page_meta(tree, url)
    body_node = _first(tree, site.html_body) if site is not None else None
    blocks = extract_blocks(body_node if body_node is not None else tree, url)
    for number, block in enumerate(blocks, start=1):
        block.line = number
    if blocks:
        mark_structure(blocks)
        mark_links(blocks, tree)
        mark_dates(blocks)
        doc = Document(blocks, url=url, source="html")
    else:  # trafilatura found nothing: the page's visible text through the text path
        doc = Document(text_blocks(visible_text(tree)), url=url, source="html-fallback")
    doc.title = _title(tree, site, meta)
    doc.meta = meta.as_dict()
    doc.language = meta.language
    return doc


def _title(tree: etree._Element, site: SiteRules | None, meta: PageMeta) -> str | None:
    if site is not None and site.html_title:
        node = _first(tree, site.html_title)
        if node is not None:
            return strip_site_name(" ".join(" ".join(node.itertext()).split()), [site.name])
    return meta.title


def extract_blocks(tree: etree._Element, url: str | None) -> list[Block]:
    """trafilatura's main content as blocks; [] when it finds none."""
    blocks = _extract(tree, url, EXTRACT_OPTIONS)
    if len(blocks) <= 1:
        # Nothing, or the whole page in one block (trafilatura's last-resort dump): ask again
        # without `fast`, so that trafilatura compares its result with readability's and jusText's.
        second = _extract(tree, url, SECOND_OPINION)
        if second:
            blocks = second
    chunks = _continued(tree, blocks)
    if chunks is not None:  # the article goes on in sibling containers trafilatura left out
        # One chunk at a time: trafilatura takes the first of like containers as the article.
        whole = [b for chunk in chunks for b in _extract(_page_of([chunk]), url, EXTRACT_OPTIONS)]
        if _holds(whole, blocks) and len(whole) > len(blocks):
            blocks = whole
    return _with_lead(tree, blocks)


LEAD_MIN_CHARS = 80
LEAD_MAX = 3  # paragraphs
LEAD_END = regex.compile(r"[.!?…:;。！？\"”»)]$")
OUTSIDE_LEAD = frozenset({"nav", "aside", "header", "footer", "figure", "figcaption", "form", "a", "li", "button"})
NOT_LEAD = regex.compile(r"caption|credit|byline|author|meta|date|share|teaser|related|breadcrumb|social|"
                         r"newsletter|comment|cookie|consent|promo|advert|banner", regex.I)


def _with_lead(tree: etree._Element, blocks: list[Block]) -> list[Block]:
    """The lead (standfirst, intro) that sites set apart between the headline and the body, where
    trafilatura does not look: prose paragraphs after the last <h1> before the first extracted one."""
    first = next((b.text for b in blocks if b.kind == PARAGRAPH and len(b.text) >= MIN_ANCHOR_CHARS), None)
    if first is None:
        return blocks
    extracted = " ".join(b.text for b in blocks)
    lead: list[str] | None = None  # None until an <h1> is seen
    for node in tree.iter("h1", "p"):
        if node.tag == "h1":
            lead = []
            continue
        text = " ".join(node.text_content().split())
        if text == first:
            if not lead:
                return blocks
            return [Block(t, 0, PARAGRAPH) for t in lead[:LEAD_MAX]] + blocks
        if lead is not None and _is_lead(node, text, extracted):
            lead.append(text)
    return blocks


def _is_lead(node: etree._Element, text: str, extracted: str) -> bool:
    if len(text) < LEAD_MIN_CHARS or not LEAD_END.search(text) or text in extracted:
        return False
    if sum(len(a.text_content()) for a in node.iter("a")) > MAX_LINK_SHARE * len(text):
        return False
    for ancestor in (node, *node.iterancestors()):
        if ancestor.tag in OUTSIDE_LEAD or NOT_LEAD.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return False
    return True


MIN_ANCHOR_CHARS = 50
SIBLING_LEVELS = 4  # how far up from the article's first paragraph to look for its chunks
PROSE_PARAGRAPH = 120  # characters
MAX_LINK_SHARE = 0.3
CHUNK_PROSE_CHARS = 300  # a sibling holding this much paragraph text that was left out continues the article


def _continued(tree: etree._Element, blocks: list[Block]) -> list[etree._Element] | None:
    """Articles split into chunks (`<div class="body">` after `<div class="body">`, with ads between):
    the containers of the same tag and class as the one holding the extracted text, in page order,
    when others among them hold paragraphs that were left out."""
    texts = {b.text for b in blocks if b.kind == PARAGRAPH and len(b.text) >= MIN_ANCHOR_CHARS}
    if not texts:
        return None
    anchor = next((p for p in tree.iter("p") if " ".join(p.text_content().split()) in texts), None)
    if anchor is None:
        return None
    extracted = " ".join(b.text for b in blocks)
    for level, node in enumerate(anchor.iterancestors()):
        parent = node.getparent()
        if level >= SIBLING_LEVELS or parent is None:
            return None
        cls = node.get("class")
        if not cls:
            continue
        same = [s for s in parent if s.tag == node.tag and s.get("class") == cls]
        if len(same) > 1:
            left_out = [s for s in same if s is not node and _prose_left_out(s, extracted) >= CHUNK_PROSE_CHARS]
            return [s for s in same if s is node or s in left_out] if left_out else None
    return None


def _prose_left_out(node: etree._Element, extracted: str) -> int:
    """Characters of prose paragraphs in the node that the extraction left out; teasers (short,
    or mostly links) are not prose."""
    total = 0
    for p in node.iter("p"):
        text = " ".join(p.text_content().split())
        if len(text) < PROSE_PARAGRAPH or text in extracted or next(p.iterancestors("a"), None) is not None:
            continue
        linked = sum(len(a.text_content()) for a in p.iter("a"))
        if linked <= MAX_LINK_SHARE * len(text):
            total += len(text)
    return total


def _page_of(nodes: list[etree._Element]) -> etree._Element:
    """A page whose body holds copies of the nodes, in order."""
    page = lxml.html.document_fromstring("<html><body></body></html>")
    body = page.find("body")
    for node in nodes:
        body.append(copy.deepcopy(node))
    return page


def _holds(longer: list[Block], shorter: list[Block]) -> bool:
    """Does the longer result hold most of the shorter one? Else it found another part of the page."""
    text = " ".join(b.text for b in longer)
    found = sum(len(b.text) for b in shorter if b.text in text)
    return found >= HOLDS_SHARE * sum(len(b.text) for b in shorter)


def _extract(tree: etree._Element, url: str | None, options: dict) -> list[Block]:
    result = trafilatura.bare_extraction(tree, url=url, **options)
    body = getattr(result, "body", None)
    if body is None:
        return []
    blocks: list[Block] = []
    _walk(body, PARAGRAPH, blocks)
    return blocks


def _walk(node: etree._Element, kind: str, out: list[Block]) -> None:
    """Each block element's own text is a block; nested blocks (a <p> in a <quote>) are their own;
    a line break inside a block starts a new one, as a new line does on the text path."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if not isinstance(child.tag, str):  # a comment or processing instruction: only its tail is text
            parts.append(child.tail or "")
            continue
        tag = child.tag
        if tag in KINDS or tag in CONTAINERS or tag == LINE_BREAK:
            _flush(parts, kind, out)
            if tag != LINE_BREAK:
                _walk(child, KINDS.get(tag, kind), out)
            parts = [child.tail or ""]
        else:  # inline: hi, ref, del, graphic
            parts += [*child.itertext(), child.tail or ""]
    _flush(parts, kind, out)


def _flush(parts: list[str], kind: str, out: list[Block]) -> None:
    text = " ".join("".join(parts).split())
    if text:
        out.append(Block(text, len(out) + 1, kind))


# --- what the structure of trafilatura's output tells -------------------------------------------

DEK_MIN_WORDS = 800  # a heading this long before any paragraph is the standfirst, not a section title
TEASER_RUN = 3  # this many headings in a row, with no text between, are teasers of other articles


def mark_structure(blocks: list[Block]) -> None:
    """Drop what only the block kinds show: the standfirst in a heading before the first paragraph,
    runs of headings with nothing under them (teaser lists), a heading that ends the page."""
    for block in blocks:
        if block.kind == PARAGRAPH:
            break
        if block.kind == HEADING and len(block.text.split()) >= DEK_MIN_WORDS:
            block.drop("html.standfirst")
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind == HEADING:
            run.append(block)
            continue
        if len(run) >= TEASER_RUN:
            for heading in run:
                heading.drop("html.teasers")
        run = []
    kept = [b for b in blocks if b.kept]
    if kept and kept[-1].kind == HEADING:
        kept[-1].drop("html.trailing-heading")


MIN_LINK_CHARS = 15  # shorter link texts ("Home", "More") say little
# A name or a product linked where the text mentions it is no teaser; a headline has more words.
MIN_LINK_WORDS = 5
ADDRESS = regex.compile(r"@|://|\bwww\.")  # a link showing its address is a reference the text gives
LINK_PREFIX = regex.compile(r"^[^:]{1,30}:\s+")  # `Related: `, `SEE MORE: `


def mark_links(blocks: list[Block], tree: etree._Element) -> None:
    """Drop a block that is a link's text on the page, alone or after a short label: a pointer to
    another article (`Related: ...`, a teaser headline), not text of this one."""
    anchors = set()
    for a in tree.iter("a"):
        text = " ".join("".join(a.itertext()).split())
        if len(text) >= MIN_LINK_CHARS and not ADDRESS.search(text):
            anchors.add(text)
    if not anchors:
        return
    for block in blocks:
        if block.kept and block.kind not in (HEADING, TABLE) and len(block.text.split()) >= MIN_LINK_WORDS and (
                block.text in anchors or LINK_PREFIX.sub("", block.text, count=1) in anchors
                or _teaser(block.text, anchors)):
            block.drop("html.link")


# A date or a time: 2019-11-20, 20.11.2019, 11/20/19, 11:28, or a year beside a day number.
DATE = regex.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|\d{1,2}\.?\s+\p{L}+\.?,?\s+(?:19|20)\d{2}|\p{L}+\.?\s+\d{1,2},?\s+(?:19|20)\d{2})\b")
DATE_MAX_WORDS = 3  # words of letters beside the date: `Updated`, `Tue.`, `às`


def mark_dates(blocks: list[Block]) -> None:
    """Drop a block that is a date line (`November 20, 2019 - 11:28`, `Aktualisiert am 17.01.2021`):
    when the page was published is metadata, not article text."""
    for block in blocks:
        # `— Name (@handle) January 24, 2020` closes a quoted tweet: it stays with the tweet.
        if block.kept and len(block.text) <= 80 and "@" not in block.text and DATE.search(block.text):
            rest = DATE.sub(" ", block.text)
            if len(regex.findall(r"\p{L}{2,}", rest)) <= DATE_MAX_WORDS:
                block.drop("html.dateline")


TEASER_SHARE = 0.25  # of the block: the linked headline before its summary


def _teaser(text: str, anchors: set[str]) -> bool:
    """A linked headline followed by its summary: `Armenia named most popular spot ... Armenia has been ...`."""
    words = text.split()
    for n in range(MIN_LINK_WORDS, min(len(words), 25)):
        head = " ".join(words[:n])
        if head in anchors:
            return len(head) >= TEASER_SHARE * len(text)
    return False


def _fold(text: str) -> str:
    return " ".join(regex.findall(r"\w+", text.casefold()))
