"""The article's author and date from its byline and date line, on every path, when the page does not
declare them (the HTML path's declarations, blocks.html.fields, come first); and its URL, the given
one when the page declares no canonical one.

The lines read stand near the headline: between the headline line (or a few lines above the
article when none is known) and a few lines into the article (through its second paragraph). They are
- the lines the dateline rules ([datelines] in generic.toml; html.dateline on the HTML path) kept
  out of the body, and short lines above the article that open as a byline or are mostly a stamp;
- the few lines right under the headline, above the article: there a line of a person's name
  alone beside a date (`Jane Doe - May 3, 2021`, `03.05.2021 | Jane Doe`), or before a job
  (`Jane Doe Senior Contributor`), or that a longer line of the page names again (an author box),
  is a byline, and a line that holds a date and is no sentence is a date line;
- a short byline the other rules left in the body (`By Jane Doe | Harbour Media`): read, and
  marked `metadata.byline`, out of the body (the only lines this stage marks); a date line left
  there (`06.11.2023, 15:20 Uhr • 2 Min. Lesezeit`) gives its date and stays.
A date inside an article sentence is never read: such a line is body, not a date line. Names and
dates are read with the `[metadata]` rules of generic.toml (the byline prefixes and time stamp
words of the dateline rules, the agencies, the words of jobs and desks), dates by dateparser
(cleaner.dates). Of the dates these lines give, metadata_choice picks the publication, the date
line nearest the headline (metadata_near) before the others; past these lines only one that says
it is the publication counts (`Posted on ...` in the footer). A field no line gives stays None:
never a guess.
"""

from __future__ import annotations

from collections.abc import Container

import regex

from ..authors import LowerCaseWords, bare_names, before_role, without_section
from ..dates import YEAR, from_text, slash_order
from ..document import AUTHOR, DATE, URL, Document, Found, page_text
from ..page import Page
from ..rules.generic import MetadataReading
from .metadata_alone import DATE_LINES, beside_date_line, lone_name
from .metadata_choice import DateChoice
from .metadata_dateline import dateline_desk
from .metadata_handles import handle_beside_stamp
from .metadata_head import MAX_WIDGETS, heads, under_copies, under_head, widget_line
from .metadata_lines import (
    SENTENCE_END,
    STAMP_SHARE,
    agency_alone,
    byline_authors,
    byline_names,
    byline_or_stamp,
    ends_with_byline_word,
    is_update,
    last_word,
    line_pieces,
    longest_stamp,
)
from .metadata_marks import before_update
from .metadata_near import FURNITURE, near_headline_date, published_elsewhere
from .metadata_replies import is_reply_stamp
from .metadata_results import in_name_list, results_row
from .metadata_runon import byline_head
from .metadata_teasers import in_teaser_run

# stages.title_lines reads the line readers here (they live in stages.metadata_lines)
__all__ = ["STAMP_SHARE", "apply", "byline_names", "byline_or_stamp", "line_names", "longest_stamp"]

NEAR = 12  # lines above the article where its headline, byline and date line stand (as stages.title)
INTO = 6  # lines into the article where a byline or date line may still stand (after a lead or a photo)
MAX_INTO = 2 * INTO  # ... and through its second paragraph (PROSE_INTO, of PROSE_CHARS), never further than this
PROSE_INTO, PROSE_CHARS = 2, 80
HTML_TOP = 8  # extracted blocks at the top of the HTML path's content where the byline stands
# The lines right under the headline (above the article) where a name alone is a byline and a line
# that holds a date is a date line (`Translation published on 30 April 2019 13:10 GMT`); a longer
# line is prose, not a byline or a date line. (Fold A of the dev split: 2 lines read one byline
# fewer than 3, 4 none more; 150 and 250 characters read what 200 does.)
UNDER_HEAD = 3
MAX_HEAD_LINE = 200
# A byline still in the body: a short line that opens with a byline word, no sentence.
MAX_BYLINE_CHARS = 100
LONE_WORD_NAMES = 4  # lines after a byline word alone on its line (`By`) that may hold its names, one a line
# Lines before or after a name alone under the headline where its date line stands (fold A: 2 read
# one byline fewer than 3, 4 none more)
DATE_NEAR_NAME = 3
AND_WORD = regex.compile(r"&|and|und|et|y|e|i|en", regex.I)
AND_LINE = regex.compile(r"^(?:&|and|und|et|y|e|i|en)\s+", regex.I)
# A line above the article that the main region left out is a date line when it is short and its
# time stamp is most of it (`| November 18, 2019 12:01 PM`, `Nov 19, 2019 at 6:46 pm ET • 2 min read`).
ABOVE = "region.before"
# The words beside the stamp of a date line left in the body: at most 4 of 3 letters or more (fold B: 3
# and 5 read the same pages).
WORD = regex.compile(r"(?<![\w.])\p{L}{3,}(?![\w])")
KEPT_STAMP_WORDS = 4
# A name alone that ends so is a label of what follows (`Splitscreen Coop:` / `2 - 4`), no byline.
LABEL_END = ":"


def apply(doc: Document, page: Page) -> None:
    if doc.url and URL not in doc.found:
        doc.found[URL] = Found(doc.url, "given")
    if AUTHOR in doc.found and DATE in doc.found:
        return
    reading = page.generic.metadata
    language = doc.language or (page.features.language if doc.blocks else None)
    common = LowerCaseWords((b.text for b in doc.blocks), reading.labels)
    window, head = _window(doc, page)
    tops = heads(doc, head)
    order = slash_order(common.text) if "/" in common.text else None  # the page's own d/m order
    dates = DateChoice(reading, language, order)
    for i in under_copies(tops, window, INTO):
        block = doc.blocks[i]
        under = under_head(doc, tops, i, UNDER_HEAD, reading)
        text = block.text
        if block.dropped is None:
            found = _kept_byline(doc, i, under, reading, common)
            opening = "" if found else byline_head(text, reading)
            if found:
                block.drop("metadata.byline")  # a byline left in the body: read, and out of it
            elif opening:  # `By Jo Roe on May 3, 2023 | 18 Comments. A note.`: read, and the line stays
                found, text = byline_names(opening, reading, whole=True), opening
            elif not _kept_date_line(text, reading):
                continue
        elif _readable(block.text, block.dropped, under, reading):
            found = line_names(doc, i, under, reading, common) if AUTHOR not in doc.found else ()
        else:
            continue
        source = f"line {block.line}"
        if found and AUTHOR not in doc.found:
            doc.found[AUTHOR] = Found(tuple(without_section(n, common.lines) for n in found), source)
        if DATE not in doc.found and not in_teaser_run(doc, i, reading, language, order) and not is_reply_stamp(doc, i):
            dates.read(text, source)
    if DATE in doc.found:
        return
    if doc.blocks and page_text(doc):  # (an empty page has no region to ask)
        dates.near = near_headline_date(doc, page, reading, language, order)
        dates.elsewhere = lambda: published_elsewhere(doc, window, reading, language, order)
    date = dates.best()
    if date:
        doc.found[DATE] = date


def _window(doc: Document, page: Page) -> tuple[range, int | None]:
    """The lines where the byline and date line stand (around the headline and the article's
    start), and the headline's line (page text only)."""
    if not doc.blocks:
        return range(0), None
    if not page_text(doc):
        return range(min(len(doc.blocks), HTML_TOP)), None
    start = page.region.first if page.region.total > 0 else 0
    heads = [i for i, b in enumerate(doc.blocks[:start + INTO]) if b.title and i >= start - 4 * NEAR]
    # from the headline (a byline may stand just above it) or a few lines above the article
    first = max(0, min(heads[-1], start) - NEAR // 2) if heads else max(0, start - NEAR)
    head = heads[-1] if heads and heads[-1] <= start else None  # the main region may open with the headline
    # the article's first lines; past its start only as far as the article goes (no trailer's date)
    last = page.region.last if page.region.total > 0 else len(doc.blocks) - 1
    # (from the headline when it stands in the article's first lines: `Top story:` / `Headline` / ...)
    end = min(_window_end(doc, max(start, heads[-1] + 1) if heads else start, page.generic.metadata), last + 1)
    return range(first, max(end, min(len(doc.blocks), start + INTO + 1))), head


def _window_end(doc: Document, start: int, reading: MetadataReading) -> int:
    """The end of the lines read: INTO lines of the body past the article's start and through its
    second paragraph of prose (a byline's name, handle and mail link, each on a line, may come before
    its date line: `By` / `Jo Roe` / `Jo Roe` / `@joroe` / `Nov. 19, 2019 8:03 am ET`), at most
    MAX_INTO lines in all; share buttons and other furniture, a line each, not counted (at most
    MAX_WIDGETS of them: `Headline` / `Teilen` / `Twittern` / `Mail` / ... / `Jo Roe,` / `am 3. Mai 2021`)."""
    kept = prose = lines = 0
    for i in range(start, min(len(doc.blocks), start + MAX_INTO + MAX_WIDGETS)):
        block = doc.blocks[i]
        lines += not (block.dropped or "").startswith(FURNITURE) and not widget_line(block.text, block.dropped, reading)
        if lines > MAX_INTO:
            return i
        kept += block.dropped is None
        prose += block.dropped is None and len(block.text) >= PROSE_CHARS
        if kept > INTO and prose >= PROSE_INTO:
            return i + 1
    return min(len(doc.blocks), start + MAX_INTO + MAX_WIDGETS)


def _readable(text: str, dropped: str | None, under: bool, reading: MetadataReading) -> bool:
    """A line out of the body that may be a byline or a date line: see the module's docstring."""
    if dropped in DATE_LINES:
        return True
    if dropped == ABOVE:
        return byline_or_stamp(text, reading) or (
            under and len(text) <= MAX_HEAD_LINE and not SENTENCE_END.search(text))
    return False


def _kept_byline(doc: Document, i: int, under: bool, reading: MetadataReading,
                 common: LowerCaseWords) -> tuple[str, ...]:
    """The names of a byline still in the body: a short line, no sentence, that opens with a byline
    word (`By Jane Doe | Harbour Media`), or gives a name beside a date (`Jane Doe, 03.11.2023 15:32`);
    right under the headline also a name alone beside a date line (`Jane Doe` / `May 3, 2021`)."""
    text = doc.blocks[i].text
    if len(text) > MAX_BYLINE_CHARS or SENTENCE_END.search(text):
        return ()
    found = byline_names(text, reading, whole=True)
    if found and all(bare_names(n, common) for n in found):  # persons' names, not `Von Rechts wegen`
        return found
    stamp = longest_stamp(text, reading)
    if ends_with_byline_word(text, reading):  # `By` / `Jo Roe`, `10.12.2022 18:27 von` / `Jo Roe`
        return byline_names(" ".join([last_word(text), *_name_lines(doc, i + 1, common)]), reading)
    if stamp and from_text(stamp, None) is not None:
        pieces = line_pieces(text, stamp)
        found = byline_authors(bare_names(before_role(pieces[0], reading.roles, common), common), reading) \
            if len(pieces) == 1 else ()
        return found or (handle_beside_stamp(text, reading, common) if under else ())
    # a name alone in the body: beside a date line the rules took out (`Jane Doe` / `May 3, 2021`)
    if text.rstrip().endswith(LABEL_END):
        return ()
    if beside_date_line(doc, i, reading):
        return byline_authors(bare_names(before_role(text, reading.roles, common), common, whole=True), reading)
    return byline_authors(lone_name(doc, text, reading, common), reading) if under else ()


def _kept_date_line(text: str, reading: MetadataReading) -> bool:
    """A date line the dateline rules left in the body (`06.11.2023, 15:20 Uhr • 2 Min. Lesezeit`,
    `Wednesday 20 November 2019 11:42, UK`): short, no sentence, mostly or opening with a stamp that
    has a year. Its date is read; the line stays where the other stages put it."""
    if len(text) > MAX_BYLINE_CHARS or SENTENCE_END.search(text):
        return False
    stamp = longest_stamp(text, reading)
    if not YEAR.search(stamp) or not byline_or_stamp(text, reading) or is_update(text, reading):
        return False  # a last change alone is no publication (`Last updated on 20 Feb, 2020. 3 min read`)
    # the rest a few words (`• 2 Min. Lesezeit`), not a caption's or a teaser's (`Ab 1. März 2024 die neue ...`)
    return len(WORD.findall(text.replace(stamp, " "))) <= KEPT_STAMP_WORDS


def line_names(doc: Document, i: int, under: bool, reading: MetadataReading,
               common: LowerCaseWords) -> tuple[str, ...]:
    """The names a byline or date line gives: after a byline word (`By Jane Doe`), in a piece of the
    line (`May 3, 2021 / von Jo Roe`); under the headline a name alone (`Jane Doe`, `Jane Doe - May 3,
    2021`) or after a byline word alone on its line (`By` / `Jane Doe` / `and` / `Jo Roe`)."""
    text = doc.blocks[i].text
    found = byline_names(text, reading)
    if found:
        return found
    stamp = longest_stamp(text, reading)
    pieces = line_pieces(before_update(text, reading) or text, stamp)  # `Jo Roe Zuletzt geändert am ...`
    for piece in pieces:
        found = byline_names(piece, reading)
        if found:
            return found
    if not under:
        return ()
    if ends_with_byline_word(text, reading):
        return byline_names(" ".join([last_word(text), *_name_lines(doc, i + 1, common)]), reading)
    if not pieces or (stamp and len(pieces) > 2) or pieces[0].rstrip().endswith(LABEL_END) \
            or results_row(text, stamp) or in_name_list(doc, i, common):
        return ()
    desk = dateline_desk(pieces[0], reading)  # `Lakeside, Harbour News Bureau | May 3, 2021`
    if desk:
        return desk
    agency = agency_alone(pieces[0], reading) if len(pieces) == 1 else ()
    # a name alone is a byline beside a date line (`Jane Doe` / `May 3, 2021`); a label looks like one too
    if not stamp and not _dated_near(doc, i, reading):  # a name line alone, right under the headline
        return byline_authors(agency or lone_name(doc, pieces[0], reading, common), reading)
    raw = bare_names(before_role(pieces[0], reading.roles, common), common) or agency
    if raw:  # `Jane Doe, Harbour Institute` / `& Jo Roe, Harbour University`: a second line of names
        raw += bare_names(AND_LINE.sub("", doc.blocks[i + 1].text), common) if _and_line(doc, i + 1) else ()
    return byline_authors(raw, reading) if raw else handle_beside_stamp(text, reading, common)


def _dated_near(doc: Document, i: int, reading: MetadataReading) -> bool:
    """A date line (a stamp with a year; not the article's prose: a lead's `... from 1903 to 1958.`)
    stands within a few lines of line i."""
    return any(YEAR.search(longest_stamp(b.text, reading)) and not _prose(b.text, b.dropped)
               for b in doc.blocks[max(0, i - DATE_NEAR_NAME):i + DATE_NEAR_NAME + 1])


def _prose(text: str, dropped: str | None) -> bool:
    """A line of the article's prose: kept in the body, a sentence of PROSE_CHARS or more."""
    return dropped is None and len(text) >= PROSE_CHARS and SENTENCE_END.search(text) is not None


def _name_lines(doc: Document, i: int, common: Container[str]) -> list[str]:
    """The lines from i on that hold names, an `and` line between two (a byline a link a line:
    `Jane Doe` / `and` / `Jo Roe`); what follows the last name is not one (`Full Bio`)."""
    out: list[str] = []
    for block in doc.blocks[i:i + LONE_WORD_NAMES]:
        text = block.text.strip()
        wanted_and = len(out) % 2 == 1
        if (AND_WORD.fullmatch(text) is not None) != wanted_and or (not wanted_and and not bare_names(text, common)):
            break
        out.append(text)
    return out[:len(out) - (len(out) % 2 == 0 and len(out) > 0 and AND_WORD.fullmatch(out[-1]) is not None)]


def _and_line(doc: Document, i: int) -> bool:
    return i < len(doc.blocks) and bool(AND_LINE.match(doc.blocks[i].text))


