"""What the page's markup says of texts that trafilatura's blocks may hold: the texts of its links,
of its `<time>` and schema.org date elements, of its lists of tag links, of its teasers (a
headline linked to its story, with its summary), and of its disclosure notices. Collected once from
the parsed page; the stages.html marks compare the blocks with them."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex
from lxml import etree

from ...document import Markup
from ...rules.vocabulary import HtmlVocabulary, shipped
from .dom import flat_text

MIN_LINK_CHARS = 15  # shorter link texts ("Home", "More") say little
ADDRESS = regex.compile(r"@|://|\bwww\.")  # a link showing its address is a reference the text gives

# schema.org microdata (the itemprops of generic.toml's `html.date_itemprops`) and <time> mark a
# date as the page's metadata, in any language or format.
ITEMPROPS = etree.XPath("//*[@itemprop]")  # faster than comparing the values in the XPath
# Searching the page's source for the markup first costs far less than searching the tree for it.
# (Python's re finds this literal twice as fast as regex; regex is the faster for the other two.)
TIME_IN_SOURCE = re.compile(r"<time\b", re.I)
TAG_LINKS_IN_SOURCE = regex.compile(r"\brel=[\"']?(?:[^\"'>]*\s)?tag\b")
MAX_META_CHARS = 80
TAG_LIST_SHARE = 0.7  # of an element's letters in tag links: the element is a tag list


def markup(tree: etree._Element, html: str, vocabulary: HtmlVocabulary | None = None) -> Markup:
    """The page's link texts, marked date texts and tag lists. `html` is the page's source;
    `vocabulary`: the generic rules' (the shipped rules' when None)."""
    vocabulary = shipped() if vocabulary is None else vocabulary
    return Markup(_links(tree, vocabulary), _dates(tree, html, vocabulary),
                  tuple(_tag_lists(tree)) if TAG_LINKS_IN_SOURCE.search(html) else (), tuple(_teasers(tree)),
                  tuple(_notices(tree, vocabulary)))


# A notice is a box of its own: a link or a word marked `affiliate` inside a paragraph is the text's.
NOTICE_TAGS = frozenset({"div", "p", "section", "aside", "small", "footer", "header"})
MAX_NOTICE_WORDS = 150  # a disclosure says what the page earns in a few sentences; a longer element holds more


def _notices(tree: etree._Element, vocabulary: HtmlVocabulary) -> list[str]:
    """The texts of the boxes whose class or id the vocabulary's `notices` name (an advertiser's or
    affiliate disclosure), outermost first, none longer than a notice is."""
    found = []
    for node in tree.iter(*NOTICE_TAGS):
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if vocabulary.notices.search(marks) and 0 < len(text := flat_text(node).split()) <= MAX_NOTICE_WORDS:
            found.append(" ".join(text))
    return found


TEASER_HEADINGS = etree.XPath("//h2[a]|//h3[a]|//h4[a]")
MAX_TEASER_WORDS = 80  # a teaser's element: its headline and a summary, no more


def _teasers(tree: etree._Element) -> list[str]:
    """The texts of the elements around the headings that are all the text of their links (a
    headline pointing to its story): the heading's parent, when it is short, else the heading."""
    teasers = []
    for heading in TEASER_HEADINGS(tree):
        text = flat_text(heading)
        if len(text) < MIN_LINK_CHARS or sum(len(flat_text(a)) for a in heading.iter("a")) < len(text):
            continue
        parent = heading.getparent()
        around = flat_text(parent) if parent is not None else text
        teasers.append(around if len(around.split()) <= MAX_TEASER_WORDS else text)
    return teasers


def _links(tree: etree._Element, vocabulary: HtmlVocabulary) -> frozenset[str]:
    """The link texts; not those of links that share their text (`click to tweet`): a sentence of the
    article offered for sharing is no pointer to another page."""
    anchors = set()
    for a in tree.iter("a"):
        text = flat_text(a)
        if len(text) >= MIN_LINK_CHARS and not ADDRESS.search(text) and not vocabulary.share_intents.search(
                a.get("href") or ""):
            anchors.add(text)
    return frozenset(anchors)


def _texts(nodes: Iterable[object]) -> set[str]:
    return {t for t in (flat_text(n) for n in nodes if isinstance(n, etree._Element)) if t}


def _dates(tree: etree._Element, html: str, vocabulary: HtmlVocabulary) -> frozenset[str]:
    dated = [*tree.iter("time")] if TIME_IN_SOURCE.search(html) else []
    if vocabulary.date_itemprops_in_source.search(html):
        dated += [n for n in ITEMPROPS(tree) if n.get("itemprop") in vocabulary.date_itemprops]
    return frozenset(t for t in _texts(dated) if len(t) <= MAX_META_CHARS)


def _tag_lists(tree: etree._Element) -> list[str]:
    """The texts of the elements that hold two tag links or more and little else."""
    parents: dict[etree._Element, list[etree._Element]] = {}
    for link in tree.iter("a"):
        if "tag" not in (link.get("rel") or "").split():
            continue
        parent = link.getparent()
        if parent is not None:
            parents.setdefault(parent, []).append(link)
    lists = []
    for parent, links in parents.items():
        if len(links) < 2:
            continue
        text = flat_text(parent)
        tagged = sum(_letters(" ".join(link.itertext())) for link in links)
        if tagged >= TAG_LIST_SHARE * _letters(text):
            lists.append(text)
    return lists


def _letters(text: str) -> int:
    return len(regex.findall(r"\p{L}", text))
