"""The article's blocks as a site's rules read the page: its nodes removed, rewritten, and its
container extracted; for an imported file, checked against the generic reading of the page.

A CSS `body` selector is an order: the first that matches is extracted. A `body_xpath` is
evidence: the first that matches gives the container, all its nodes together (a headline's
figure and the text, say) in page order, and the generic extraction still runs inside it.

An imported file (written for a template the site may have left, often for the page a logged-in
reader sees) is checked: when what its rules leave holds less than MIN_HELD_SHARE of the text
the generic extraction of the untouched page finds (its container is a stale one, or a strip
rule takes the article itself), the generic reading is used, and a note says so (`--explain`),
as it does when no body XPath matches. A file with `autodetect_on_failure = false` is trusted.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from ...document import Block
from ...rules.site import SiteRules
from ...rules.vocabulary import HtmlVocabulary
from .extract import extract_blocks
from .recover import page_of, with_lead
from .rewrite import rewrite
from .site import apply_site_html, edits_page, first_match, selected

# The share of the generic reading's text (its word 4-grams) that an imported file's reading
# must hold: "far less" is under a third. Swept from 0 to 0.9 in steps of 0.1 on the dev pages
# with an imported rule (benchmarks/site_rules.py): fold A is flat from 0.1 to 0.9; on fold B,
# 0.2 and below let two stale readings through (AEB F1 0.93 and 0.89 instead of 0.97), 0.4 and
# above set aside one that helped (teval F1 0.945 instead of 0.953).
MIN_HELD_SHARE = 0.3
SHINGLE = 4

Note = tuple[str, str]  # (what happened, the rule)
EXTRACTED = "the article was extracted from what this rule matched"


@dataclass(slots=True)
class Reading:
    blocks: list[Block]
    tree: HtmlElement  # the tree the blocks were read from
    removed: list[tuple[str, str]] = field(default_factory=list)  # (text, rule) of the nodes removed
    notes: list[Note] = field(default_factory=list)


def read_article(tree: HtmlElement, site: SiteRules | None, url: str | None, headline: str | None,
                 vocabulary: HtmlVocabulary) -> Reading:
    """The page's article blocks, as the site's rules (if any) read it."""
    if site is None:
        return Reading(extract_blocks(tree, url, headline, vocabulary), tree)
    checked = site.xpaths.imported and site.xpaths.autodetect_on_failure
    # Most pages meet only the imported fallback config, whose rules select nothing on them: their
    # tree stays as parsed, so it needs no untouched copy, and a whole-page reading is the generic one.
    edited = edits_page(tree, site)
    untouched = (copy.deepcopy(tree) if edited else tree) if checked else None
    removed = apply_site_html(tree, site) if edited else []
    if edited:
        rewrite(tree, site)
    blocks, notes, whole = site_blocks(tree, site, url, headline, vocabulary)
    if untouched is not None and (edited or not whole):
        generic = extract_blocks(untouched, url, headline, vocabulary)
        held = held_share(blocks, generic)
        if held < MIN_HELD_SHARE:
            why = (f"what the rules left held {held:.0%} of the text the generic extraction finds: "
                   "the generic extraction was used")
            return Reading(generic, untouched, [], [(why, site.label)])
    if notes and notes[-1][0] == EXTRACTED:
        # A lead set apart between the headline and the container (which rules often strip).
        blocks = with_lead(untouched if untouched is not None else tree, blocks, headline, vocabulary.not_lead)
    return Reading(blocks, tree, removed, notes)


def site_blocks(tree: HtmlElement, site: SiteRules, url: str | None, headline: str | None,
                vocabulary: HtmlVocabulary) -> tuple[list[Block], list[Note], bool]:
    """The blocks of the site's container (the whole page when it has none), a note on it, and
    whether they were read from the whole page."""
    if site.html_body:
        node = first_match(tree, site.html_body)
        if node is not None:
            return extract_blocks(node, url, headline, vocabulary), [], False
    if not site.xpaths.body:
        return extract_blocks(tree, url, headline, vocabulary), [], True
    rule, nodes = body_nodes(tree, site)
    if not nodes:
        where = site.xpaths.body[0][0].rsplit("[", 1)[0]
        return (extract_blocks(tree, url, headline, vocabulary),
                [("matched nothing: the generic extraction was used", where)], True)
    blocks = extract_blocks(page_of(nodes), url, headline, vocabulary, recall=not site.xpaths.prune)
    return blocks, [(EXTRACTED, rule)], False


def held_share(blocks: list[Block], generic: list[Block]) -> float:
    """The share of the generic reading's word 4-grams that the blocks hold (1 when it has none)."""
    want = _shingles(generic)
    if not want:
        return 1.0
    return len(want & _shingles(blocks)) / len(want)


def _shingles(blocks: list[Block]) -> set[tuple[str, ...]]:
    words = " ".join(b.text for b in blocks).casefold().split()
    return {tuple(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))} if words else set()


def body_nodes(tree: HtmlElement, site: SiteRules) -> tuple[str, list[HtmlElement]]:
    """(rule, nodes) of the first body XPath that selects an element with text: its elements,
    in page order, without those inside another of them."""
    for rule, path in site.xpaths.body:
        nodes = [n for n in selected(path, tree) if isinstance(n, HtmlElement) and _has_text(n)]
        if nodes:
            chosen = set(nodes)
            return rule, [n for n in nodes if not any(a in chosen for a in n.iterancestors())]
    return "", []


def _has_text(node: etree._Element) -> bool:
    return any(t.strip() for t in node.itertext())
