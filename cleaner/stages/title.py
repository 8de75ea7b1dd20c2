"""The title, one stage for both paths: the headline as a reader finds it, which never repeats in the body.

Decision order:

1. A site's own title rule (a CSS `title` selector) has decided already: its text stands.
2. The page's declarations (HTML, and its fallback to visible text): every place the page declares
   its headline (the `<h1>`, itemprop=headline, JSON-LD headline and name, og:title, twitter:title,
   DC title, the `<title>` and its runs of parts, a site config's title XPath) votes for the text it
   declares, site names cut off; the text with the most votes is the title (page.headline).
3. Page text: the first line is the `<title>` line, and the page shows its headline again (its h1)
   just above the article. So, above the article's first paragraph (the region's first sentence,
   but a headline that asks, under the menus and over its standfirst: stages.title_question):
   a. the line nearest the article that is a run of the `<title>` line's parts without the site's
      name (`Headline | Site` -> the line `Headline`), or that the `<title>` line holds (the `<title>`
      itself where it is a kicker and the line: stages.title_reworded); the
      `<title>`'s last part as the page's first line (past skip links), or alone among the page's top
      lines where its first part is not (a cookie banner over it: stages.title_logo), is the site's
      logo, never the headline, wherever it stands again (`© Site`); its last part under the logo, the tagline;
   b. else the nearest headline-shaped line that says nearly what the `<title>` line says (the
      headline reworded for search engines: most of their words shared); a `<title>` line of one
      part (no site named), reworded by a word at most, stands for it (stages.title_reworded);
      past the lines above, the article's first line, or the line under it when that one is no
      headline (a badge or a note over the headline: stages.title_opening);
   c0. else the headline-shaped line nearest above the article that a byline or a dated line signs
      (right under it; a phrase of three words is one when the page tells it twice:
      stages.title_short), or the line over it when that one is its standfirst (but a dated
      kicker over it is none: stages.title_kicker): a teaser list, a video's title or a menu run
      may stand between the headline and the article (any box, when both a byline and a date line
      sign it: stages.title_signed);
   c. else the headline-shaped line nearest above the article (a share bar's lines not counted:
      stages.title_reach), a repeated one first; a line right
      over its standfirst (a much longer phrase under it) before the standfirst; a menu item (a
      short line between lines of a word or three) is none (stages.title_menu); the nearest line
      alone that shares no word with the `<title>` line, which reads as a headline, gives way to
      it (the page shows its headline in no line: stages.title_unshared);
   c'. else a line of three words or more over a byline, a time stamp or a wiki's tagline;
   d. else the `<title>` line without the site's name, when it is headline-shaped.
   In b., c0. and c., a line right under a `<title>` line that names no site, opening the region as
   a standfirst, is the body's: the page is one the cleaner wrote, and its first line is the title.
4. HTML without declarations: the first heading-like block of the article's first half
   (stages.title_heading).

A headline-shaped line has 2-30 words, does not end like a sentence with a full stop, no phrase
or caption rule took it (a byline, date, credit, share, cookie or menu line is no headline), and on
page text it is no furniture that stands by a headline: a byline, a time stamp of a day, or a line
of `[title] not_headline` in generic.toml (disclosures, breadcrumbs, account and skip links, wiki
edit links, comment headers, share widgets).
The site's names: its rule file's, what the page declares (og:site_name, JSON-LD publisher),
its domain (page.headline.SiteNames), and a part of the `<title>` line that stands alone as a line
at the top of the page text, or else stands in its copyright line. Then every line that is the
title (or the `<title>` line around it) leaves the body, and a body that starts with the title
loses that prefix (recorded).
"""

from __future__ import annotations

from collections import Counter

from ..document import SITE_RULE, Document, page_text
from ..page import Page
from ..page.headline import MAX_NAME_WORDS, SiteNames, declared, runs, site_names, trim
from ..text import key, strip_site_name, words
from .title_cleaned import headline_over
from .title_heading import first_heading
from .title_kicker import past_dated_kicker
from .title_lines import (
    BARE_BYLINE,
    HEADLINE_WORDS,
    MAX_WORDS,
    MIN_WORDS,
    SENTENCE_WORDS,
    compound,
    eligible,
    first_line,
    form,
    furniture,
    held,
    open_line,
    over_standfirst,
    over_subtitle,
    signed,
    similar,
    tagline,
    told_again,
    weight,
    with_top_names,
)
from .title_logo import top_logo, top_taglines
from .title_menu import menu_item
from .title_opening import opening_lines
from .title_reach import in_reach
from .title_reworded import declared_over_line, title_over_held
from .title_short import long_enough
from .title_signed import signed_twice
from .title_start import article_start
from .title_unshared import title_headline, unshared
from .title_wiki import over_wiki_tagline

NEAR = 12  # lines above the article where its headline stands
SPAN = 4 * NEAR  # lines above the article searched for the line the <title> declares
SIGNED_SPAN = NEAR  # lines above the article where a signed headline stands (SPAN instead: A -2, B hold)
RUN_TOGETHER = "navigation.breadcrumb"  # the mark of menu items run together (stages.navigation)
AFTER = 12  # lines below the article's start where the declared headline may still stand (a region opened early)


def apply(doc: Document, page: Page) -> None:
    names = [page.site.name] if page.site else []
    if doc.meta.get("sitename"):
        names.append(doc.meta["sitename"])
    if doc.declared is not None:
        names += doc.declared.site_names
        if doc.site is None:
            doc.site = _declared_site(doc)
    site = site_names(names, doc.url)
    if doc.title is None:
        if doc.declared is not None and (doc.declared.titles or doc.meta.get("site_title")):
            doc.title = _declared_title(doc, site)
        elif page_text(doc):
            doc.title = _stable(_text_headline(doc, page, site), site)
        else:
            doc.title = first_heading(doc, site, page.features.keys)
    if doc.title:
        _drop_title_repeats(doc, doc.title, page.features.keys)


def _declared_site(doc: Document) -> str | None:
    """The site's name as the page declares it (og:site_name first), never a guess."""
    assert doc.declared is not None
    headlines = {key(text) for _, text in doc.declared.titles}
    return next((n for n in doc.declared.site_names if words(n) <= MAX_NAME_WORDS and key(n) not in headlines), None)


def _declared_title(doc: Document, site: SiteNames) -> str | None:
    assert doc.declared is not None
    titles = doc.declared.titles
    # A site config's title XPath (imported rules) speaks only where the page declares no headline:
    # as a voice among the page's own it cost 7-8 points of title accuracy on both folds of the dev
    # split (it often keeps a section label: `Opinion | ...`), as fill-in it broke none (ftr12).
    if doc.meta.get("site_title") and not titles:
        titles = ((SITE_RULE, doc.meta["site_title"]),)
    candidates = declared(type(doc.declared)(titles, doc.declared.site_names), site)
    return candidates[0].text if candidates else None


def _stable(title: str | None, site: SiteNames) -> str | None:
    """The title with site names cut until nothing more goes: cleaning the result again (its
    first line is this title) finds the same title."""
    for _ in range(5):
        if not title:
            return title
        shorter = trim(title, site)
        if shorter == title:
            return title
        title = shorter
    return title


def _title_line(doc: Document) -> int:
    """The <title> line: the page's first line that no phrase rule took (a tracking token or a
    menu word may stand above it; on a cleaned page none does, so both passes agree). A site's
    name in camel case reads as menu items run together (`Headline | NorthWindNews`): that rule's
    mark does not hide the <title> line."""
    return next((i for i, b in enumerate(doc.blocks) if open_line(b.dropped) or b.dropped == RUN_TOGETHER), 0)


def _text_headline(doc: Document, page: Page, site: SiteNames) -> str | None:
    if not doc.blocks:
        return None
    f = page.features
    end = article_start(doc, page)
    head = _title_line(doc)
    title_text = f.texts[head] if f.tokens[head] <= MAX_WORDS else ""
    window = range(max(head, end - SPAN), min(end, len(doc.blocks)))
    # a. The h1: a line the <title> line declares (one of its runs, or a good share of it).
    found = _declared_line(doc, page, head, end, title_text, site)
    if found is not None:
        return found
    site = with_top_names(f, head, title_text, site)
    trimmed = trim(title_text, site)
    above = [i for i in window if i > head and eligible(doc, page, i) and not tagline(f, i, site, trimmed)]
    # b. The headline reworded: most of its words are the <title> line's; it may read as the article's first
    # sentence (`Back after a long summer, still growing!` over the post), when it is no longer than a headline.
    for i in [*reversed(above), *opening_lines(doc, page, head, end)]:
        if f.tokens[i] >= HEADLINE_WORDS - 1 and similar(f.texts[i], trimmed):
            reworded = declared_over_line(page, i, title_text, trimmed)  # the <title>, reworded by a word
            return trimmed if reworded else headline_over(page, head, i, title_text, trimmed)
    # c0. The headline-shaped line nearest above the article that a byline or a time stamp signs.
    counts = Counter(f.keys)
    bylined = [i for i in above if (i >= end - SIGNED_SPAN or signed_twice(page, i)) and long_enough(f, i, counts)
               and f.tokens[i] <= SENTENCE_WORDS and signed(page, i)]
    if bylined:
        chosen = over_standfirst(f, [i for i in above if i <= bylined[-1] and long_enough(f, i, counts)])
        chosen = past_dated_kicker(page, chosen, bylined[-1])
        # A sentence signed is a standfirst (the headline is the line above it) or a caption.
        if chosen != bylined[-1] or not f.texts[chosen].endswith("."):
            return headline_over(page, head, chosen, title_text, trimmed)
    # c. The headline-shaped line nearest above the article (one that stands twice first).
    near = [i for i in in_reach(doc, page, above, end, NEAR) if f.tokens[i] >= HEADLINE_WORDS and not menu_item(f, i)]
    if near:
        told = told_again(f, near, trimmed)
        repeated = [i for i in near if counts[f.keys[i]] > 1]
        chosen = told if told is not None else repeated[-1] if repeated else over_standfirst(f, near)
        # The nearest line alone, telling another thing than the <title> line: the headline is not shown as a line.
        if told is None and not repeated and chosen == near[-1] and unshared(page, chosen, trimmed):
            return trimmed
        return headline_over(page, head, chosen, title_text, trimmed)
    # c'. A shorter line, over a byline, a time stamp or a wiki's tagline (a word or two over a wiki's: title_wiki).
    over = over_wiki_tagline(page, above, end) or _over_furniture(page, above, end)
    if over:
        return f.texts[over[-1]]
    # d. The <title> line itself, without the site's name.
    if title_headline(trimmed, page):
        return trimmed
    return None


def _over_furniture(page: Page, above: list[int], end: int) -> list[int]:
    """Lines of three words or more over a byline, a time stamp or a wiki's tagline (`Kestrel Valley Railway`)."""
    f = page.features
    return [i for i in above if i >= end - NEAR and i + 1 < end and f.tokens[i] >= HEADLINE_WORDS - 1
            and furniture(f.texts[i + 1], page) and not BARE_BYLINE.match(f.texts[i - 1])]


def _declared_line(doc: Document, page: Page, head: int, end: int, title_text: str, site: SiteNames) -> str | None:
    """The line that the <title> line declares as the headline: one of its runs (never only the
    site's name), the longest, then the line nearest the article; else a line that the <title>
    line holds or that runs it on (a <title> cut short)."""
    if not title_text:
        return None
    f, prose = page.features, page.region.total > 0
    declared_runs: dict[str, tuple[int, int, str]] = {}
    for start, run in runs(title_text, site):
        k = key(run)
        # A word alone after the <title>'s first part is a section's name (`Headline - Sport - Site`);
        # as the whole <title> it is a headline only over prose (else a menu word: `Related`).
        alone_ok = start == 0 and prose
        at_end = run == title_text or (start > 0 and title_text.endswith(run))  # the domain names an end part
        if k and not site.named(run, at_end) and k not in declared_runs and (alone_ok or words(run) > 1):
            declared_runs[k] = (start, weight(run), run)
    stop = min(len(doc.blocks), end + AFTER)
    # The <title>'s last part as the page's first line is the site's name (its logo), wherever it stands.
    first = first_line(doc, page, head)
    logo = declared_runs.get(f.keys[first]) if first < len(doc.blocks) else None
    if logo is not None and logo[0] > 0 and title_text.endswith(logo[2]):
        del declared_runs[key(logo[2])]
    for k in [key(top_logo(f, head, title_text) or ""), *top_taglines(f, head, title_text, declared_runs)]:
        declared_runs.pop(k, None)  # the logo under a cookie banner, the tagline under the logo
    best: tuple[tuple[int, int], int, str] | None = None
    for i in range(head + 1, stop):
        match = declared_runs.get(f.keys[i])
        if match is None or (f.texts[i].endswith(".") and f.tokens[i] > SENTENCE_WORDS):
            continue
        start, n, run = match
        distance = end - i if i < end else SPAN + i - end  # above the article first
        rank = (-n, distance)
        text = form(f.texts[i], run)
        if best is None or rank < best[0] or (rank == best[0] and text == run):
            best = (rank, i, text)
    if best is not None:
        return over_subtitle(f, declared_runs, best[1], best[2])
    whole = key(title_text)
    for i in reversed(range(max(head + 1, end - SPAN), min(end, len(doc.blocks)))):
        if (held(f.keys[i], whole) and (eligible(doc, page, i) or compound(doc, page, i))
                and not site.named(f.texts[i])):
            return title_over_held(page, i, title_text, trim(title_text, site))
    return None


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
        if k == target or (len(k) <= 2 * len(target) and words(block.text) <= MAX_WORDS and block.text != title
                           and strip_site_name(block.text).casefold() == title.casefold()):
            block.title = True
            block.drop("title")
    _cut_title_prefix(doc, title)


def _cut_title_prefix(doc: Document, title: str) -> None:
    """A body whose first block starts with the title, run together with the first sentence
    (`Hello there This page ...`, where the extraction joined a headline and a short paragraph),
    loses that prefix: recorded as cut by `title`, as a site's strip_prefix is."""
    first = next(doc.kept(), None)
    if first is None or words(title) < MIN_WORDS or first.stripped:
        return
    rest = first.text[len(title):]
    if first.text.startswith(title) and rest[:1] == " " and rest.lstrip()[:1].isupper():
        first.stripped, first.stripped_by, first.text = title, "title", rest.lstrip()

