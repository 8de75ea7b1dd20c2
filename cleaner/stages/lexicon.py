"""The generic lexicon: fixed phrases of widgets, forms, prompts, bylines and tracking tokens.

Phrase rules run before anything that looks at neighbours, so junk never promotes the lines
around it. The rules are indexed by their literal start (rules.matching): a page costs one
dictionary look-up a line, plus the few patterns that can match.
"""

from __future__ import annotations

from ..document import Document
from ..page import Page

# Whole-line phrases are short; a longer line is prose and is not tried against them.
MAX_LINE_CHARS = 300


def apply(doc: Document, page: Page) -> None:
    generic = page.generic
    f = page.features
    blocks = doc.blocks
    if generic.dateline_lines:
        for i, _ in generic.dateline_lines.lines(f):
            blocks[i].drop("lexicon.dateline")
    if generic.lexicon_lines:
        for i, rule in generic.lexicon_lines.lines(f):
            if rule.tag.applies_to(doc.source):
                blocks[i].drop(f"lexicon.{rule.tag.kind}")
    phrases = generic.lexicon_phrases
    if phrases:
        limit = max(r.tag.max_words for r in phrases.rules)
        tokens, texts = f.tokens, f.texts  # local names: a comprehension over every line
        candidates = [i for i, b in enumerate(blocks)
                      if b.dropped is None and tokens[i] <= limit and len(texts[i]) <= MAX_LINE_CHARS * 2]
        for i, rule in phrases.lines(f, candidates):
            if tokens[i] <= rule.tag.max_words and rule.tag.applies_to(doc.source):
                blocks[i].drop(f"lexicon.{rule.tag.kind}")
