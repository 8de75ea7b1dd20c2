"""The generic lexicon: fixed phrases of widgets, forms, prompts and tracking tokens."""

from __future__ import annotations

from ..document import Document
from .context import Context
from .features import words

# Whole-line phrases are short; a longer line is prose and is not tried against them.
MAX_LINE_CHARS = 300


def apply(doc: Document, ctx: Context) -> None:
    lexicon = ctx.generic.lexicon
    datelines = ctx.generic.datelines
    for block in doc.blocks:
        if not block.kept:
            continue
        if len(block.text) > MAX_LINE_CHARS:
            continue
        if datelines is not None and datelines.fullmatch(block.text):
            block.drop("lexicon.dateline")
            continue
        n = None
        for kind in lexicon:
            if kind.lines is not None and kind.lines.fullmatch(block.text):
                block.drop(f"lexicon.{kind.kind}")
                break
            if kind.contains is not None:
                n = words(block.text) if n is None else n
                if n <= kind.max_words and kind.contains.search(block.text):
                    block.drop(f"lexicon.{kind.kind}")
                    break
