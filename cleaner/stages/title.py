"""The title from page text: the headline line, which never repeats in the body.

A scraper's page text usually starts with the `<title>` line (the headline with the site name
around it) and holds the headline again (the page's h1) a little before the article. So: the line
before the main region that the `<title>` line holds is the headline; failing that, the
headline-like line nearest above the article; failing that, the `<title>` line without the site name.
"""

from __future__ import annotations

from collections import Counter

from ..document import Document, page_text
from ..page import Features, Page
from ..text import ends_clause, key, strip_site_name, words

MIN_WORDS, MAX_WORDS = 2, 30
PROSE_START = 8  # a sentence this long starts the article
HEADLINE_WORDS = 4  # a headline found only by its place above the article has at least this many
PROSE_WORDS = 25  # a block this long is article prose: the headline stands before it
HEAD_SHARE = 0.5  # the headline is in the first half of the kept blocks (HTML path)
NEAR = 12  # lines above the article where its headline stands
MATCH_SHARE = 0.4  # the h1 line is at least this share of the <title> line
# Lines dropped for these reasons can still be the headline (a page's own title is "furniture").
TITLE_OK = ("region.", "repeats.", "navigation.menu-run")


def apply(doc: Document, page: Page) -> None:
    names = [page.site.name] if page.site else []
    if doc.meta.get("sitename"):
        names.append(doc.meta["sitename"])
    if doc.title is None:
        if not page_text(doc):
            doc.title = _headline(doc, names, page.features.keys)
        else:
            doc.title = _stable(_text_headline(doc, page, names), names)
    if doc.title:
        _drop_title_repeats(doc, doc.title, page.features.keys)


def _stable(title: str | None, names: list[str]) -> str | None:
    """The title with site names stripped until nothing more goes: cleaning the result again
    (its first line is this title) finds the same title."""
    for _ in range(5):
        if not title:
            return title
        shorter = strip_site_name(title, names)
        if shorter == title:
            return title
        title = shorter
    return title


def _eligible(doc: Document, f: Features, i: int) -> bool:
    block = doc.blocks[i]
    if block.dropped is not None and not block.dropped.startswith(TITLE_OK):
        return False
    n = f.tokens[i]
    return MIN_WORDS <= n <= MAX_WORDS and not f.texts[i].endswith(".")


def _text_headline(doc: Document, page: Page, names: list[str]) -> str | None:
    if not doc.blocks:
        return None
    f = page.features
    region = page.region
    first, last, total = region.first, region.last, region.total
    # The article starts at the region's first sentence (a long headline may open the region).
    # (Never at the first line: that is the <title> line, or the title of a cleaned page.)
    end = next((i for i in range(max(first, 1), last + 1) if f.terminal[i] and f.tokens[i] >= PROSE_START),
               max(first, 1)) if total > 0 else len(doc.blocks)
    above = [i for i in range(max(0, end - 4 * NEAR), end) if _eligible(doc, f, i)]
    # The <title> line: the page's first line that no phrase rule took (a tracking token or a
    # menu word may stand above it; on a cleaned page none does, so both passes agree).
    head = next((i for i, b in enumerate(doc.blocks) if b.dropped is None or b.dropped.startswith(TITLE_OK)), 0)
    page_title = strip_site_name(f.texts[head], names) if f.tokens[head] <= MAX_WORDS else ""
    target = key(page_title)
    if target:
        # The h1: a line above the article that the <title> line holds (the nearest such line).
        for i in reversed(above):
            k = f.keys[i]
            if i > head and len(k) >= MATCH_SHARE * len(target) and k in key(f.texts[head]):
                return f.texts[i]
    # The <title> line itself (as cleaning a cleaned page finds it: title, blank line, body).
    if target and head in above and not page_title.endswith("."):
        return page_title
    near = [i for i in above if i >= end - NEAR and f.tokens[i] >= HEADLINE_WORDS]
    if near:
        counts = Counter(f.keys)
        repeated = [i for i in near if counts[f.keys[i]] > 1]
        return f.texts[(repeated or near)[-1]]
    return None


def _candidates(doc: Document) -> list[int]:
    kept = doc.kept_indices()
    limit = kept[: max(1, int(len(kept) * HEAD_SHARE))]
    out = []
    for i in limit:
        text = doc.blocks[i].text
        n = words(text)
        if n >= PROSE_WORDS and ends_clause(text):
            break
        if MIN_WORDS <= n <= MAX_WORDS and not text.endswith("."):
            out.append(i)
    return out


def _headline(doc: Document, names: list[str], keys: list[str]) -> str | None:
    candidates = _candidates(doc)
    if not candidates:
        return None
    counts = Counter(keys)
    # A headline often stands twice: as the <title> line and as the page's h1.
    repeated = [i for i in candidates if counts[keys[i]] > 1]
    chosen = repeated[0] if repeated else candidates[0]
    return strip_site_name(doc.blocks[chosen].text, names)


def _drop_title_repeats(doc: Document, title: str, keys: list[str]) -> None:
    target = key(title)
    if not target:
        return
    blocks = doc.blocks
    # Both tests below need the line's key to start with the title's: most lines fail there, and
    # one comprehension finds the rest.
    for i in [i for i, k in enumerate(keys) if k.startswith(target)]:
        block, k = blocks[i], keys[i]
        # A headline line that fell outside the main region is still the title's line (but keeps
        # the region's reason: a stage never changes another's).
        if block.dropped is not None and not block.dropped.startswith("region."):
            continue
        # The headline itself, or the <title> line: headline plus the site name around it.
        if k == target or (len(k) <= 2 * len(target) and k.startswith(target) and words(block.text) <= MAX_WORDS
                           and block.text != title and strip_site_name(block.text).casefold() == title.casefold()):
            block.title = True
            block.drop("title")
