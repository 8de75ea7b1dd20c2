"""The generic layer compiled: the lexicon by kind, credits, trailer markers, menu words, datelines,
each indexed for fast matching against every line of a page (rules.matching); the comment headers,
the HTML path's vocabulary (rules.vocabulary) and the stoplists."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from .analysis import READINGS
from .files import read_rule_file
from .matching import LineIndex, LineMatcher
from .patterns import DEFAULT_TIMEOUT, Pattern, rule_patterns, union
from .phrases import PhraseMatcher
from .stoplists import Stoplists
from .vocabulary import HtmlVocabulary, html_vocabulary

if TYPE_CHECKING:  # the files' data is read as rules.specs.Spec, of the schema's shape
    from .schema import GenericFile, HtmlWords, LexiconGroup


AUTHOR_BOX = "author-box"  # the tag of an author box's heading among the page text's trailer markers


@dataclass(slots=True)
class LexiconKind:
    """One kind of lexicon groups (with their word limit and paths): what a lexicon match tells."""

    kind: str
    max_words: int
    paths: tuple[str, ...] = ()  # empty: both paths

    def applies_to(self, source: str) -> bool:
        return not self.paths or ("text" if source == "text" else "html") in self.paths


@dataclass(slots=True)
class MetadataReading:
    """The `[metadata]` rules compiled (stages.metadata reads bylines and date lines with them)."""

    bylines: list[Pattern] = field(default_factory=list)
    dates: list[Pattern] = field(default_factory=list)
    updated: list[Pattern] = field(default_factory=list)
    published: list[Pattern] = field(default_factory=list)  # found in a line: it gives the publication
    other_dates: list[Pattern] = field(default_factory=list)  # found in a line: its date is not the article's
    agencies: list[Pattern] = field(default_factory=list)  # whole names of news agencies
    desks: list[Pattern] = field(default_factory=list)  # whole names a newsroom signs with (`red.`, `Editorial`)
    roles: frozenset[str] = frozenset()  # casefolded words of jobs and desks
    labels: frozenset[str] = frozenset()  # casefolded words that open a label line, never a name's
    widgets: list[Pattern] = field(default_factory=list)  # share and follow widgets' whole lines
    copyrights: list[Pattern] = field(default_factory=list)  # up to a copyright holder's name
    # an author box's heading ([trailers] author_boxes, then [metadata] named_author_boxes: stages.metadata_far)
    author_boxes: list[Pattern] = field(default_factory=list)
    author_labels: list[Pattern] = field(default_factory=list)  # before an author's names (authors.without_labels)
    credit_labels: list[Pattern] = field(default_factory=list)  # before a name that is no author's
    author_links: list[Pattern] = field(default_factory=list)  # an author box's links under the name
    author_bios: list[Pattern] = field(default_factory=list)  # an author box's bio that opens with the name
    desk_ends: frozenset[str] = frozenset()  # casefolded last words of a desk's name (`... Bureau`)
    cjk_writers: list[Pattern] = field(default_factory=list)  # CJK writers' lines (stages.metadata_cjk)
    cjk_editors: list[Pattern] = field(default_factory=list)  # ... editors' lines
    cjk_writer_boxes: list[Pattern] = field(default_factory=list)  # ... writers' box headings
    cjk_reporters: list[Pattern] = field(default_factory=list)  # ... reporters' lines


@dataclass(slots=True)
class GenericRules:
    files: list[Path] = field(default_factory=list)
    trailer_within_last: float = 0.4
    comment_headers: tuple[str, ...] = ()  # casefolded, each after a space: `jo says:` ends in " says:"
    stoplists: Any = None  # rules.stoplists.Stoplists: the page-language detector's stoplists
    html: HtmlVocabulary = field(default_factory=HtmlVocabulary)  # the HTML path's vocabulary
    # The rules indexed for fast matching against every line of a page (stages.matching).
    lexicon_lines: Any = None
    lexicon_phrases: Any = None
    dateline_lines: Any = None
    credit_phrases: Any = None
    navigation_lines: Any = None
    trailer_lines: Any = None
    page_trailer_lines: Any = None
    comment_lines: Any = None
    metadata: MetadataReading = field(default_factory=MetadataReading)
    not_headline: PhraseMatcher | None = None  # `[title] not_headline`, found in a line (stages.title)
    signs: Pattern | None = None  # `[title] signs`, as one alternation (stages.title)
    authors: Pattern | None = None  # `[title] authors`, whole lines, as one alternation (stages.title)
    wiki_taglines: Pattern | None = None  # `[title] wiki_taglines`, found in a line, one alternation (title_wiki)
    bios: Pattern | None = None  # `[trailers] bios`, anchored at the line's start, as one alternation (page.bios)
    ingredients: Pattern | None = None  # `[recipes] ingredients`, whole lines, as one alternation (page.ingredients)
    signoffs: Pattern | None = None  # `[trailers] signoffs`, whole lines, as one alternation (page.signoff)
    salutations: Pattern | None = None  # `[trailers] salutations`, whole lines, as one alternation (page.salutation)
    edit_links: Pattern | None = None  # `[navigation] edit_links`, bracketed at a line's end (stages.edit_links)


def setting(specs: list[GenericFile], section: str, name: str) -> Any:
    """A setting of a section (`trailers.within_last`) as the files give it, in load order: a file
    that sets it overrides the files before; one that leaves it out (a user's file that only adds
    a lexicon group) keeps their value. The schema's default when no file sets it."""
    if not specs:
        from .schema import GenericFile

        return getattr(getattr(GenericFile(), section), name)
    value = getattr(getattr(specs[0], section), name)  # the first file's, or (unset there) the default
    for spec in specs[1:]:
        part = getattr(spec, section)
        if name in part.model_fields_set:
            value = getattr(part, name)
    return value


def _whole_lines(patterns: list[str]) -> list[str]:
    """The patterns anchored at a line's start and end: a rule of the whole line."""
    return [f"^(?:{p})$" for p in patterns]


def load_generic(paths: list[Path], timeout: float = DEFAULT_TIMEOUT) -> GenericRules:
    """Merge the generic files (the shipped one and a user's) into one compiled set."""
    groups: dict[tuple[str, int, tuple[str, ...]], list[LexiconGroup]] = {}
    credits: list[Pattern] = []
    markers: list[Pattern] = []
    comments: list[Pattern] = []
    page_markers: list[Pattern] = []
    author_boxes: list[Pattern] = []
    bios: list[Pattern] = []
    ingredients: list[Pattern] = []
    signoffs: list[Pattern] = []
    salutations: list[Pattern] = []
    nav: list[Pattern] = []
    datelines: list[Pattern] = []
    not_headline: list[Pattern] = []
    signs: list[Pattern] = []
    authors: list[Pattern] = []
    wiki_taglines: list[Pattern] = []
    reading = MetadataReading()
    says: list[str] = []
    edit_words: list[str] = []
    html: list[tuple[str, HtmlWords]] = []
    characters: dict[str, str] = {}
    specs: list[GenericFile] = [read_rule_file("GenericFile", path) for path in paths]
    for path, spec in zip(paths, specs, strict=True):
        where = path.name
        for group in spec.lexicon:
            groups.setdefault((group.kind, group.max_words, tuple(sorted(group.paths))), []).append(group)
        credits += rule_patterns(spec.captions.credits, f"{where}: captions.credits", timeout)
        markers += rule_patterns(spec.trailers.markers, f"{where}: trailers.markers", timeout)
        comments += rule_patterns(spec.trailers.comments, f"{where}: trailers.comments", timeout)
        page_markers += rule_patterns(spec.trailers.page_markers, f"{where}: trailers.page_markers", timeout)
        author_boxes += rule_patterns(spec.trailers.author_boxes, f"{where}: trailers.author_boxes", timeout)
        whole = _whole_lines(spec.recipes.ingredients)
        ingredients += rule_patterns(whole, f"{where}: recipes.ingredients", timeout)
        not_headline += rule_patterns(whole, f"{where}: recipes.ingredients", timeout)  # a heading in the body
        bios += rule_patterns([f"^(?:{p})" for p in spec.trailers.bios], f"{where}: trailers.bios", timeout)
        signoffs += rule_patterns(_whole_lines(spec.trailers.signoffs), f"{where}: trailers.signoffs", timeout)
        greetings = rule_patterns(_whole_lines(spec.trailers.salutations), f"{where}: trailers.salutations", timeout)
        salutations += greetings
        not_headline += greetings  # nor a headline
        nav += rule_patterns(spec.navigation.lines, f"{where}: navigation.lines", timeout)
        datelines += rule_patterns(spec.datelines.lines, f"{where}: datelines.lines", timeout)
        not_headline += rule_patterns(spec.title.not_headline, f"{where}: title.not_headline", timeout)
        for name in ("taglines", "sections"):  # whole lines
            whole = _whole_lines(getattr(spec.title, name))
            not_headline += rule_patterns(whole, f"{where}: title.{name}", timeout)
        signs += rule_patterns(spec.title.signs, f"{where}: title.signs", timeout)
        wiki_taglines += rule_patterns(spec.title.wiki_taglines, f"{where}: title.wiki_taglines", timeout)
        authors += rule_patterns(_whole_lines(spec.title.authors), f"{where}: title.authors", timeout)
        for key in ("bylines", "dates", "updated", "published", "other_dates", "agencies", "desks", "widgets",
                    "copyrights", "author_labels", "credit_labels", "author_links",
                    "author_bios", "cjk_writers", "cjk_editors", "cjk_writer_boxes", "cjk_reporters"):
            origin = f"{where}: metadata.{key}"
            getattr(reading, key).extend(rule_patterns(getattr(spec.metadata, key), origin, timeout))
        origin = f"{where}: metadata.named_author_boxes"
        reading.author_boxes.extend(rule_patterns(spec.metadata.named_author_boxes, origin, timeout))
        reading.roles |= {r.casefold() for r in spec.metadata.roles}
        reading.labels |= {w.casefold() for w in spec.metadata.labels}
        reading.desk_ends |= {w.casefold() for w in spec.metadata.desk_ends}
        says += spec.trailers.says
        edit_words += spec.navigation.edit_links
        html.append((where, spec.html))
        for language, chars in spec.stoplists.characters.items():
            characters[language] = characters.get(language, "") + chars
    reading.author_boxes[:0] = author_boxes  # the box's headings, then those that name the person
    lexicon = [LexiconKind(*key) for key in groups]  # (kind, max_words, paths)
    lines_by_kind: list[tuple[LexiconKind, Pattern]] = []
    phrases_by_kind: list[tuple[LexiconKind, Pattern]] = []
    for lex, members in zip(lexicon, groups.values(), strict=True):
        origin = f"lexicon.{lex.kind}"
        lines_by_kind += [(lex, Pattern(s, origin, timeout, lazy=True)) for g in members for s in g.lines]
        phrases_by_kind += [(lex, Pattern(s, origin, timeout, lazy=True)) for g in members for s in g.contains]
    generic = GenericRules(
        files=list(paths),
        trailer_within_last=setting(specs, "trailers", "within_last"),
        comment_headers=tuple(f" {s.casefold()}" for s in says),
        stoplists=Stoplists.load(characters),
        html=html_vocabulary(html, timeout),
        lexicon_lines=LineMatcher.build(lines_by_kind),
        lexicon_phrases=PhraseMatcher.build(phrases_by_kind),
        dateline_lines=LineMatcher.build([("dateline", p) for p in datelines]),
        credit_phrases=PhraseMatcher.build([("credit", p) for p in credits]),
        navigation_lines=LineMatcher.build([("menu-item", p) for p in nav]),
        trailer_lines=LineMatcher.build([("trailer", p) for p in markers]),
        # An author box's heading is tagged apart (page.trailers cuts at it), and tried first.
        page_trailer_lines=LineMatcher.build([(AUTHOR_BOX, p) for p in author_boxes]
                                             + [("trailer", p) for p in markers + page_markers]),
        comment_lines=LineMatcher.build([("comments", p) for p in comments]),
        metadata=reading,
        not_headline=PhraseMatcher.build([("not_headline", p) for p in not_headline + wiki_taglines])
        if not_headline or wiki_taglines else None,
        wiki_taglines=union(wiki_taglines, "title.wiki_taglines", timeout),
        signs=union(signs, "title.signs", timeout),
        authors=union(authors, "title.authors", timeout),
        bios=union(bios, "trailers.bios", timeout),
        ingredients=union(ingredients, "recipes.ingredients", timeout),
        signoffs=union(signoffs, "trailers.signoffs", timeout),
        salutations=union(salutations, "trailers.salutations", timeout),
        edit_links=edit_links(edit_words, timeout),
    )
    # One pass over a page's lines serves every whole-line matcher (the datelines first).
    LineIndex.build([generic.dateline_lines, generic.lexicon_lines, generic.navigation_lines, generic.trailer_lines,
                     generic.page_trailer_lines, generic.comment_lines])
    READINGS.save()  # the patterns' readings, for the next process (rules.analysis)
    return generic


def edit_links(words: list[str], timeout: float = DEFAULT_TIMEOUT) -> Pattern | None:
    """The bracketed edit links at a line's end, any case: `[edit]`, `[Bearbeiten | Quelltext bearbeiten]`
    (one word of the list, or several set apart by `|`), with the spaces before them."""
    if not words:
        return None
    word = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    source = rf"(?i)\s*\[\s*(?:{word})(?:\s*\|\s*(?:{word}))*\s*\]$"
    return Pattern(source, "navigation.edit_links", timeout)

