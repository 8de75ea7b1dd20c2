"""Photo captions and credits: a line with a credit is a caption; its alt text goes with it."""

from __future__ import annotations

from ..document import CAPTION, Document
from ..page import Page
from ..text import key, words

ALT_TEXT_MAX_WORDS = 20
CAPTION_MAX_TOKENS = 120  # a credit ends a caption, not a page of prose


def apply(doc: Document, page: Page) -> None:
    credits = page.generic.credit_phrases
    blocks = doc.blocks
    captions: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind == CAPTION:
            block.drop("captions.caption")
            captions.append(i)
    if credits:
        f = page.features
        tokens = f.tokens  # a local name: a comprehension over every line
        candidates = [i for i, b in enumerate(blocks) if b.dropped is None and tokens[i] <= CAPTION_MAX_TOKENS]
        for i, _ in credits.lines(f, candidates):
            blocks[i].drop("captions.credit")
            captions.append(i)
    captions.sort()
    # A short line right before or after a caption that begins the caption is its alt text
    # (“Antony Blinken” above “Antony Blinken | Image by …”).
    for i in captions:
        caption = key(blocks[i].text)
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks):
                near = blocks[j]
                alt = key(near.text)
                if near.kept and len(alt) >= 8 and words(near.text) <= ALT_TEXT_MAX_WORDS and caption.startswith(alt):
                    near.drop("captions.alt-text")
