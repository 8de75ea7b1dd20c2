"""A wiki's headline on page text (stages.title, step c'.): the line right over the wiki's tagline
(`Aus Stadtwiki, dem freien Ortslexikon`, `From Kestrel Wiki, the free encyclopedia`: [title]
wiki_taglines), which MediaWiki sets under every article's title. A wiki names its articles by their
subject, often in a word or two (`Kleinbahn Moorwede`, `Berlin`), shorter than the headlines that
step c. finds by their place alone; the tagline under the line says it is the title."""

from __future__ import annotations

from ..page import Page

NEAR = 12  # lines above the article where its headline stands (as stages.title)


def over_wiki_tagline(page: Page, above: list[int], end: int) -> list[int]:
    """The headline-shaped lines of `above` (stages.title's) right over a wiki's tagline, within
    NEAR lines above the article's start `end` (the nearest last)."""
    tagline = page.generic.wiki_taglines
    if tagline is None:
        return []
    texts = page.features.texts
    return [i for i in above if end - NEAR <= i and i + 1 < len(texts) and tagline.search(texts[i + 1])]
