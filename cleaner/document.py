"""The Document: a page as ordered blocks that stages mark as dropped, never delete."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

# Block kinds. The text path only knows "p"; the HTML path keeps the structure it finds.
PARAGRAPH, HEADING, LIST_ITEM, CAPTION, QUOTE, TABLE = "p", "h", "li", "caption", "quote", "table"


@dataclass(slots=True, frozen=True)
class Place:
    """Where an extracted HTML block stood in the page's structure, beyond its kind: what Markdown
    output needs (heading levels, list nesting, quotes, table rows). No stage reads it."""

    level: int = 0  # a heading's level, 1 to 6 (0: not known)
    depth: int = 0  # how deep in lists a block is (1: an item of a top-level list)
    quoted: bool = False  # inside a quote
    cell: tuple[int, int, int] | None = None  # (table, row, column) of a block in a table cell


@dataclass(slots=True)
class Block:
    text: str
    line: int  # 1-based source line (text path) or block number (HTML path)
    kind: str = PARAGRAPH
    dropped: str | None = None  # the rule or heuristic that dropped the block
    stripped: str = ""  # a prefix a site rule stripped from the text (or an edit link its end), for --explain
    stripped_by: str = ""  # the rule that stripped it
    # The block holds the page's title (its headline, or the <title> line around it), whatever
    # dropped it: --explain marks it `=`, and its text counts as kept (it is the title).
    title: bool = False
    place: Place | None = None  # HTML path: where it stood in the structure (text path: None)

    @property
    def kept(self) -> bool:
        return self.dropped is None

    def drop(self, reason: str) -> None:
        """Mark the block dropped; the first stage to drop a block names the reason."""
        if self.dropped is None:
            self.dropped = reason


@dataclass(slots=True, frozen=True)
class Markup:
    """What an HTML page's markup says of texts its blocks may hold (the HTML path's, built from the
    parsed page; the stages.html marks read it)."""

    links: frozenset[str] = frozenset()  # texts of the page's links (long enough, showing no address)
    dates: frozenset[str] = frozenset()  # texts of its <time> and itemprop date elements
    tag_lists: tuple[str, ...] = ()  # texts of its elements that are lists of rel="tag" links
    teasers: tuple[str, ...] = ()  # texts of its teasers: a headline linked to its story, with what stands beside it
    notices: tuple[str, ...] = ()  # texts of its elements that generic.toml's `html.notices` names: disclosures


# Where a page declares its headline (Declarations.titles' sources). `H1_SOURCE` and `ITEMPROP` are
# elements the reader sees; the others are the page's metadata.
H1_SOURCE, ITEMPROP, LD_HEADLINE, LD_NAME = "h1", "itemprop", "json-ld.headline", "json-ld.name"
OG_TITLE, TWITTER_TITLE, DC_TITLE = "og:title", "twitter:title", "dc.title"
TITLE_ELEMENT, SITE_RULE = "title", "site-rule"  # the <title>; a site config's title XPath


@dataclass(slots=True, frozen=True)
class Declarations:
    """What an HTML page declares of its headline and of its site's name, as found
    (blocks.html.meta collects them; stages.title decides the title from them)."""

    titles: tuple[tuple[str, str], ...] = ()  # (source, text), each text once a source, in page order
    site_names: tuple[str, ...] = ()  # og:site_name, application-name, JSON-LD publisher and WebSite names

    def texts(self, source: str) -> list[str]:
        return [text for s, text in self.titles if s == source]


# The article's metadata fields beside its title and body (Article has one attribute each).
AUTHOR, DATE, SITE, URL, LANGUAGE, DESCRIPTION = "author", "date", "site", "url", "language", "description"
FIELDS = (AUTHOR, DATE, SITE, URL, LANGUAGE, DESCRIPTION)


@dataclass(slots=True, frozen=True)
class Found:
    """A metadata field's value and where it came from (a declaration such as `json-ld.datePublished`,
    or `line 5` of the page text), for --explain."""

    value: str | tuple[str, ...]  # author: the names; the others: one text
    source: str


@dataclass(slots=True)
class Document:
    blocks: list[Block]
    url: str | None = None
    site: str | None = None  # name of the matched site rule file
    source: str = "text"  # which path produced the blocks: text, html, html-fallback
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # metadata the HTML path found
    language: str | None = None
    status: str = "ok"
    # (text, rule) of what a site's `[html] drop` removed before extraction: no block, no line
    removed_before: list[tuple[str, str]] = field(default_factory=list)
    markup: Markup | None = None  # HTML path: what the page's markup says of the blocks' texts
    declared: Declarations | None = None  # HTML path: the page's declared headlines and site names
    # (what happened, rule) of site rules that removed nothing but changed how the page was read
    # (a body XPath that matched nothing, a replacement in the raw HTML), for --explain
    notes: list[tuple[str, str]] = field(default_factory=list)
    # author, date, url, description as found (blocks.html.fields, stages.metadata), with their sources
    found: dict[str, Found] = field(default_factory=dict)

    def kept(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.dropped is None)

    def kept_indices(self) -> list[int]:
        return [i for i, b in enumerate(self.blocks) if b.dropped is None]

    def drop_from(self, start: int, reason: str) -> None:
        """Drop block `start` and everything after it."""
        drop_all(self.blocks[start:], reason)


def drop_all(blocks: Iterable[Block], reason: str) -> None:
    """`Block.drop` each block, the test inlined: a page drops hundreds of lines at once (all
    around its main region), and a method call a line costs more than the test."""
    for block in blocks:
        if block.dropped is None:
            block.dropped = reason


def drop_runs(blocks: Iterable[Block], member: Callable[[Block], bool], min_run: int, reason: str) -> None:
    """Drop every run of at least `min_run` consecutive blocks that are `member`s (a menu, a list of
    teaser headings): one such line is content, many in a row are furniture."""
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and member(block):
            run.append(block)
            continue
        if len(run) >= min_run:
            for item in run:
                item.drop(reason)
        run = []


def extracted(doc: Document) -> bool:
    """True for trafilatura's blocks: the main content already, with its structure. The stages
    that find a page's furniture among its lines (language guess, navigation, repeats) leave
    them alone: what repeats inside an article's content (a table's cells, a meal plan's
    headings) is content (measured in benchmarks/: both cost AEB F1 there)."""
    return doc.source == "html"


def page_text(doc: Document) -> bool:
    """True when the blocks are a page's whole visible text, a line each, as a scraper saved it:
    the heuristics that judge a line by its place on the page (main region, menu runs, trailers
    cut in the region, index-page verdict) apply only then. Trafilatura's blocks (`html`) are
    already the main content, and the HTML path's fallback (`html-fallback`) is its own."""
    return doc.source == "text"
