"""What a headline line is on page text (stages.title): its shape, the furniture that stands beside
it (a byline, a time stamp, `[title] not_headline` of generic.toml), the site's names the page text
shows, and how a line and the `<title>` line agree. Reading only: nothing here drops a block."""

from __future__ import annotations

import regex

from ..authors import BYLINE_WORDS
from ..document import Document
from ..page import Features, Page
from ..page.clock_stamps import entry_heading, live_entry_stamp
from ..page.headline import MAX_SITE_WORDS, SiteNames, split
from ..rules.generic import MetadataReading
from ..text import WORD, key, words
from .metadata import STAMP_SHARE, byline_names, byline_or_stamp, longest_stamp
from .metadata_marks import is_other_date
from .title_boxes import author_tagline, fact_line
from .title_labels import date_label

MIN_WORDS, MAX_WORDS = 2, 30
SENTENCE_WORDS = 20  # a line ending with a full stop is a sentence past this many words, not a headline
COMPLETE_SHARE = 1.5  # a line that runs the <title> line on is at most this many times as long
MATCH_SHARE = 0.4  # the h1 line is at least this share of the <title> line that holds it
SIMILAR = 0.5  # words shared with the <title> (of both lines' words together) for a reworded headline
SHARED_WORDS = 2  # words of the <title> a line shares to be the headline told again
TOLD_LENGTH = 2  # ... and has at most this many times its words
TOP_LINES = 20  # the page's top, where a line may name the site
# Lines dropped for these reasons can still be the headline (a page's own title is "furniture").
TITLE_OK = ("region.", "repeats.", "navigation.menu-run")
HEADLINE_WORDS = 4  # a headline found only by its place above the article has at least this many
STANDFIRST_WORDS = 10  # a standfirst under the headline has at least this many words ...
# ... and this many times the headline's: swept 1.0-1.5 on the dev split (no change on either fold, text path);
# 1.5 took a standfirst of as many words as its headline (11 and 11) for the headline, so at least as long.
STANDFIRST_RATIO = 1.0
SKIP_LINES = 4  # skip links above the page's first line (the site's logo)


def eligible(doc: Document, page: Page, i: int) -> bool:
    """Headline-shaped: 2-30 words, no full stop at the end, taken by no phrase or caption rule,
    and no furniture that stands by a headline (a byline, a time stamp, `[title] not_headline`), nor a
    live blog entry's heading under its clock stamp (page.clock_stamps), nor a fact box's line or the
    author's tagline (stages.title_boxes)."""
    if not open_line(doc.blocks[i].dropped):
        return False
    f = page.features
    n = f.tokens[i]
    text = f.texts[i]
    if DATE_FIRST.match(text) or not MIN_WORDS <= n <= MAX_WORDS:
        return False
    if text.endswith(".") and not (n <= SENTENCE_WORDS and _over_byline(page, i)):
        return False
    if fact_line(f, i) or author_tagline(f, i):  # a fact box's line, the author's tagline over the byline
        return False
    return not furniture(text, page) and not caption_twice(doc, page, i) and not entry_heading(f.texts, i)


def compound(doc: Document, page: Page, i: int) -> bool:
    """A headline of one long word, which only the <title> line holding it tells from a menu item
    (`Apfelstreuselkuchen`, `Bienenwachs-Tücher`: a recipe's or a product's name), taken by no rule."""
    return (open_line(doc.blocks[i].dropped) and page.features.tokens[i] == 1
            and len(page.features.keys[i]) >= COMPOUND_LETTERS and not furniture(page.features.texts[i], page))


COMPOUND_LETTERS = 12  # a word this long is no menu item (`Rezepte`, `Startseite`, `Kontakt`)


def caption_twice(doc: Document, page: Page, i: int) -> bool:
    """The line stands twice in a row, over a photo credit: a picture's alt text and its caption (a
    headline twice in a row with no credit under it is a headline: an h1 under the breadcrumb's last item)."""
    k = page.features.keys
    last = i + 1 if i + 1 < len(k) and k[i + 1] == k[i] else i
    if last == i and not (i > 0 and k[i - 1] == k[i]):
        return False
    return last + 1 < len(doc.blocks) and (doc.blocks[last + 1].dropped or "").startswith(CREDIT)


CREDIT = "captions."  # the reasons of the captions stage: a photo credit, a caption


def signed(page: Page, i: int) -> bool:
    """The line right under it (past a byline's word or a date's label alone: `By` / `Jane Doe`,
    `Published` / `14 November 2024`) is a byline or a time stamp (no event's date, no video's
    length): what a page sets under its headline, and under no menu or teaser above the article."""
    f, reading = page.features, page.generic.metadata
    nxt = i + 1
    if nxt < len(f.texts) and (BARE_BYLINE.match(f.texts[nxt]) or date_label(f.texts[nxt], reading)):
        nxt += 1
    if nxt >= len(f.texts) or live_entry_stamp(f.texts, nxt):  # a live blog's entry stamp signs no headline
        return False
    return signature(f.texts[nxt], page) and not is_other_date(f.texts[nxt], reading)


def over_furniture(page: Page, i: int) -> bool:
    """A short sentence over a byline, a time stamp or other furniture is the headline (`Is the GOP
    the problem?` over `By Jane Roe`, a question over its counts: `3 answers · 12 votes`), not the
    article's first sentence."""
    f = page.features
    if f.tokens[i] > SENTENCE_WORDS:
        return False
    return signed(page, i) or (i + 1 < len(f.texts) and furniture(f.texts[i + 1], page))


def first_line(doc: Document, page: Page, head: int) -> int:
    """The page's first line under the <title> line, past its skip links (`Skip to content`)."""
    f = page.features
    return next((i for i in range(head + 1, min(len(doc.blocks), head + 1 + SKIP_LINES))
                 if open_line(doc.blocks[i].dropped)
                 and not furniture(f.texts[i], page)), head + 1)


def open_line(reason: str | None) -> bool:
    """No phrase or caption rule took the line (a region or menu reason may: it is still a headline)."""
    return reason is None or reason.startswith(TITLE_OK)


def _over_byline(page: Page, i: int) -> bool:
    """The next line is a byline or a time stamp: a headline may end with a full stop there
    (`Stock falls after its report. Why you should not worry.` over `By Jane Doe`)."""
    f, reading = page.features, page.generic.metadata
    nxt = i + 1
    if nxt < len(f.texts) and BARE_BYLINE.match(f.texts[nxt]):
        nxt += 1
    if nxt >= len(f.texts):
        return False
    return (bool(byline_names(f.texts[nxt], reading)) or _stamp_line(f.texts[nxt], reading)
            or MACHINE_STAMP.search(f.texts[nxt]) is not None or nxt > i + 1)


def furniture(text: str, page: Page) -> bool:
    generic = page.generic
    # a byline only when it is the whole line: `Rede von Dr. Jo Roe beim Empfang` is a headline
    if (byline_names(text, generic.metadata, whole=True) or _stamp_line(text, generic.metadata)
            or MACHINE_STAMP.search(text)):
        return True
    if _authors(text, page):
        return True
    return generic.not_headline is not None and generic.not_headline.search(text) is not None


def _authors(text: str, page: Page) -> bool:
    """The authors' names alone (`[title] authors`), no word in capitals a stopword of the page's language."""
    authors, stoplists, language = page.generic.authors, page.generic.stoplists, page.features.language
    if authors is None or authors.search(text) is None:
        return False
    stop = stoplists.by_language.get(language, frozenset()) if stoplists is not None and language else frozenset()
    # a name's own small words (`de`, `und`) are lower case; a headline in title case capitalises its own (`To`, `With`)
    return not any(w[0].isupper() and w.casefold() in stop for w in WORD.findall(text))


def over_standfirst(f: Features, near: list[int]) -> int:
    """The nearest line, or the line right above it when it is the standfirst under the headline:
    a phrase much longer than the line above (`Storm floods the old town` over `Residents spent the
    night on upper floors as the river rose`); a kicker over a headline is the shorter line."""
    i = near[-1]
    j = i - 1
    # The line above the headline is no phrase of the same shape: one there makes a list of teasers.
    if (j in near and j - 1 not in near and f.tokens[i] >= STANDFIRST_WORDS
            and f.tokens[i] >= STANDFIRST_RATIO * f.tokens[j]):
        return j
    return i


def signature(text: str, page: Page) -> bool:
    """A byline, or a line with a time stamp of a day in it, a year or a time of day (`Tanja Roe
    3.11.2023`, `Par Jo Roe le 14.09.2020 à 11h20`, `11/01/2021`), or of how long ago (`[title] signs`:
    `3 hours ago`, `vor 2 Stunden`): what a page sets right under its headline."""
    reading = page.generic.metadata
    if byline_names(text, reading) or DATE_FIRST.match(text) or MACHINE_STAMP.search(text):
        return True
    if not byline_or_stamp(text, reading):
        return False
    if DAY_MARK.search(longest_stamp(text, reading)) is not None:
        return True
    signs = page.generic.signs
    return signs is not None and signs.search(text) is not None


# A machine's time stamp, a date and a time of day in ISO 8601 (`2021-03-04T10:12:00+01:00`): a blog
# theme prints one (for feed readers) in the line under its headline, beside the author and the date.
MACHINE_STAMP = regex.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# A year or a time of day in a stamp (`2019`, `10:07`, `11h20`); `64 minutes, 1` counts no day.
DAY_MARK = regex.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[:h]\d{2}\b")


def _stamp_line(text: str, reading: MetadataReading) -> bool:
    """Mostly a time stamp of a day (two runs of figures at least: `June 4, 2019`, `27日 10:30`); a
    number alone is a headline's (`10 cheap trips`, `Election 2024: ...`)."""
    stamp = longest_stamp(text, reading)
    return len(stamp) >= STAMP_SHARE * len(text) and len(DIGITS.findall(stamp)) >= 2


DIGITS = regex.compile(r"\d+")


# A byline's word alone on its line, the names on the next (`By` / `Jane Doe`).
BARE_BYLINE = regex.compile(rf"^\W*(?:{'|'.join(sorted(BYLINE_WORDS | {'da'}))})\W*$", regex.I)
# A line that starts with a date in figures is a dateline or a byline (`11.12.2019 - Jane Doe`).
DATE_FIRST = regex.compile(r"^\W*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b")


def form(line: str, run: str) -> str:
    """The line as the headline, or the <title>'s run where the line only spaces its hyphen or
    leaves out its colon (`Forums - Regeln` for `Forums-Regeln`, a kicker run on without `:`)."""
    if run.strip(LOOSE) == run and LOOSE_MARKS.sub("", line) == LOOSE_MARKS.sub("", run):
        return run
    return line


LOOSE = " :-–—"
LOOSE_MARKS = regex.compile(r"[\s:\-–—]")


def weight(run: str) -> int:
    """A run's words, but for a word alone before its first separator: a section's label on the
    headline (`Opinion | Headline`) weighs no more than the headline alone."""
    parts, _ = split(run)
    return words(run) - (len(parts) > 1 and words(parts[0]) == 1)


def held(k: str, whole: str) -> bool:
    """The <title> line holds the line (a good share of it), or the line runs the <title> on."""
    return bool(whole) and ((len(k) >= MATCH_SHARE * len(whole) and k in whole) or completes(k, whole))


def completes(k: str, whole: str) -> bool:
    """The line is the <title> line cut short, run on (`BGH: marions-kochbuch` for the line
    `BGH: marions-kochbuch.de`: a CMS cuts a long <title>, or a site drops its domain's end)."""
    return bool(whole) and k.startswith(whole) and len(k) <= COMPLETE_SHARE * len(whole)


def similar(a: str, b: str) -> bool:
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return bool(wa and wb) and len(wa & wb) >= SIMILAR * len(wa | wb)


def told_again(f: Features, near: list[int], title: str) -> int | None:
    """The one line of `near` that shares the most words with the <title> (at least SHARED_WORDS
    of its words of three letters or more): the headline told again in other words, where a menu
    run or a teaser shares one word or none."""
    wanted = content_words(title)
    longest = TOLD_LENGTH * words(title)  # a standfirst is longer, and tells more of the <title>'s words
    shared = [(len(content_words(f.texts[i]) & wanted), i) for i in near if f.tokens[i] <= longest]
    shared.sort(reverse=True)
    if not shared or shared[0][0] < SHARED_WORDS or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]


def content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.casefold()) if len(w) >= 3}


def with_top_names(f: Features, head: int, title_text: str, site: SiteNames) -> SiteNames:
    """The site's names, with an end part of the <title> line that stands alone as a line at the
    page's top (the site's logo or name above its menu)."""
    parts, _ = split(title_text)
    if len(parts) < 2:
        return site
    top = set(f.keys[head + 1:head + 1 + TOP_LINES])
    found = {p for p in (parts[0], parts[-1]) if key(p) in top}
    if not found:  # else the name in the page's copyright line (`© 2023 The Eastern Times.`)
        found = {p for p in (parts[0], parts[-1]) if copyright_owner(f, p)}
    if len(found) != 1:  # both ends stand there: one is the headline, and which is not known here
        return site
    return site.adding(found)  # kept as the site's other names are: without case or accents (`Grünes Beet`)


COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b")


def copyright_owner(f: Features, part: str) -> bool:
    """A site's name of MAX_SITE_WORDS at most that the page's copyright line holds (`© 2023 The Eastern Times.`)."""
    owners = [f.keys[i] for i, text in enumerate(f.lowered) if COPYRIGHT.search(text)]
    return words(part) <= MAX_SITE_WORDS and bool(key(part)) and any(key(part) in k for k in owners)


def over_subtitle(f: Features, declared_runs: dict[str, tuple[int, int, str]], i: int, text: str) -> str:
    """The line right above the chosen one, when it is another part of the <title> and the chosen
    one reads as its standfirst (a phrase of STANDFIRST_WORDS or more, longer than it): the headline
    over its subtitle (`Short headline - A longer subtitle that tells more | Site`), where the
    longer part wins the vote. A shorter part over a headline is a kicker, a section or a tagline."""
    upper = declared_runs.get(f.keys[i - 1]) if i > 0 else None
    if (upper is None or key(upper[2]) in f.keys[i] or f.keys[i] in key(upper[2])
            or f.tokens[i - 1] < HEADLINE_WORDS or f.tokens[i] < max(STANDFIRST_WORDS, f.tokens[i - 1])):
        return text
    return form(f.texts[i - 1], upper[2])


def tagline(f: Features, i: int, site: SiteNames, title: str) -> bool:
    """The line right under the site's name, sharing at most a word with the <title>'s headline
    (fewer than a headline told again shares): the site's tagline under its logo (`Harbour Notes` /
    `Sailing, travel and food`), not a headline."""
    return (i > 0 and bool(title) and site.named(f.texts[i - 1])
            and len(content_words(f.texts[i]) & content_words(title)) < SHARED_WORDS)
