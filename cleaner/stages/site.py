"""Site rules on page text: drop lines, drop line ranges, cut at a marker, strip a prefix."""

from __future__ import annotations

from ..document import Block, Document
from ..page import Page
from ..rules.patterns import Pattern
from ..rules.site import LineRange


def apply(doc: Document, page: Page) -> None:
    rules = page.site
    if rules is None:
        return
    blocks = doc.blocks
    for pattern in rules.cut_after:
        for i, block in enumerate(blocks):
            if block.kept and pattern.search(block.text):
                doc.drop_from(i, pattern.origin)
                break
    for rng in rules.drop_ranges:
        _drop_ranges(doc, rng)
    for block in blocks:
        if not block.kept:
            continue
        for pattern in rules.drop_lines:
            if pattern.fullmatch(block.text):
                block.drop(pattern.origin)
                break
        else:
            _strip_prefix(block, rules.strip_prefix)


def _drop_ranges(doc: Document, rng: LineRange) -> None:
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        if blocks[i].kept and rng.start.fullmatch(blocks[i].text):
            limit = min(len(blocks), i + rng.max_lines + 1)
            end = next((j for j in range(i + 1, limit) if rng.end.fullmatch(blocks[j].text)), None)
            if end is not None:  # never cut an open-ended range: that could eat the article
                for block in blocks[i:end + 1]:
                    block.drop(rng.origin)
                i = end
        i += 1


def _strip_prefix(block: Block, patterns: list[Pattern]) -> None:
    for pattern in patterns:
        m = pattern.match(block.text)
        if m and m.end() > 0:
            rest = block.text[m.end():].strip()
            if rest:  # a prefix that is the whole line is not a prefix
                block.stripped, block.stripped_by = block.text[:m.end()].strip(), pattern.origin
                block.text = rest
            return
