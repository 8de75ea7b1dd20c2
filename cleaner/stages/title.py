"""The title from page text: the headline line, which never repeats in the body."""

from __future__ import annotations

from ..document import Document
from ..titles import strip_site_name
from .context import Context
from .features import ends_sentence, key, words

MIN_WORDS, MAX_WORDS = 2, 30
PROSE_WORDS = 25  # a block this long is article prose: the headline stands before it
HEAD_SHARE = 0.5  # the headline is in the first half of the kept blocks


def apply(doc: Document, ctx: Context) -> None:
    names = [ctx.site.name] if ctx.site else []
    if doc.meta.get("sitename"):
        names.append(doc.meta["sitename"])
    if doc.title is None:
        doc.title = _headline(doc, names)
    if doc.title:
        _drop_title_repeats(doc, doc.title)


def _candidates(doc: Document) -> list[int]:
    kept = doc.kept_indices()
    limit = kept[: max(1, int(len(kept) * HEAD_SHARE))]
    out = []
    for i in limit:
        text = doc.blocks[i].text
        n = words(text)
        if n >= PROSE_WORDS and ends_sentence(text):
            break
        if MIN_WORDS <= n <= MAX_WORDS and not text.endswith("."):
            out.append(i)
    return out


def _headline(doc: Document, names: list[str]) -> str | None:
    candidates = _candidates(doc)
    if not candidates:
        return None
    counts: dict[str, int] = {}
    for block in doc.blocks:
        k = key(block.text)
        counts[k] = counts.get(k, 0) + 1
    # A headline often stands twice: as the <title> line and as the page's h1.
    repeated = [i for i in candidates if counts[key(doc.blocks[i].text)] > 1]
    chosen = repeated[0] if repeated else candidates[0]
    return strip_site_name(doc.blocks[chosen].text, names)


def _drop_title_repeats(doc: Document, title: str) -> None:
    target = key(title)
    if not target:
        return
    for block in doc.kept():
        k = key(block.text)
        # The headline itself, or the <title> line: headline plus the site name around it.
        if k == target or (len(k) <= 2 * len(target) and k.startswith(target) and words(block.text) <= MAX_WORDS
                           and block.text != title and strip_site_name(block.text).casefold() == title.casefold()):
            block.drop("title")
