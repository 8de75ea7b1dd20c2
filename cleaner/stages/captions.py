"""Photo captions and credits: a line with a credit is a caption; its alt text goes with it."""

from __future__ import annotations

from ..document import CAPTION, Document
from .context import Context
from .features import key, words

ALT_TEXT_MAX_WORDS = 20


def apply(doc: Document, ctx: Context) -> None:
    credits = ctx.generic.credits
    blocks = doc.blocks
    captions: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind == CAPTION:
            block.drop("captions.caption")
            captions.append(i)
        elif block.kept and credits is not None and credits.search(block.text):
            block.drop("captions.credit")
            captions.append(i)
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
