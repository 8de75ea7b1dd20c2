"""The rule file format, validated: an unknown key, a wrong type or a bad pattern is an error."""

from __future__ import annotations

from typing import Annotated, Literal

import regex
from lxml import etree
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo

from .patterns import compile_pattern
from .words import NAME, WordsError, expand

FORMAT = 1  # the rule file format this version reads


def _compiles(source: str, info: ValidationInfo) -> str:
    """The pattern, its `{name}`s expanded when the file has word lists (rules.words), checked to compile."""
    lists = info.context.get("words") if info.context else None
    if lists is not None:
        try:
            source = expand(source, lists)
        except WordsError as exc:
            raise ValueError(str(exc)) from None
    try:
        compile_pattern(source)
    except regex.error as exc:
        raise ValueError(f"pattern {source!r} does not compile: {exc}") from None
    return source


def _css_parses(selector: str) -> str:
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    try:
        CSSSelector(selector)
    except SelectorError as exc:
        raise ValueError(f"CSS selector {selector!r} does not parse: {exc}") from None
    return selector


def _xpath_parses(path: str) -> str:
    try:
        etree.XPath(path)
    except etree.XPathSyntaxError as exc:
        raise ValueError(f"XPath {path!r} does not parse: {exc}") from None
    return path


Regex = Annotated[str, AfterValidator(_compiles)]
Css = Annotated[str, AfterValidator(_css_parses)]
XPath = Annotated[str, AfterValidator(_xpath_parses)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- site rule files: rules/sites/<site>.toml ---------------------------------------------

class SiteInfo(Strict):
    name: str = Field(min_length=1)
    revision: int = Field(default=1, ge=1)
    domains: list[str] = []
    fingerprints: list[Regex] = []  # patterns that identify the site in page text or HTML


class LineRange(Strict):
    start: Regex
    end: Regex
    max_lines: int = Field(default=80, ge=1)  # a range whose end is not found this soon is left alone


class TextRules(Strict):
    drop_lines: list[Regex] = []  # whole-line patterns
    drop_ranges: list[LineRange] = []  # from a start line to an end line, both dropped
    cut_after: list[Regex] = []  # the first line matching, and all after it, are dropped
    strip_prefix: list[Regex] = []  # a line's text matching this at its start is stripped


class HtmlRules(Strict):
    drop: list[Css] = []  # nodes removed before extraction
    drop_xpath: list[XPath] = []
    title: list[Css] = []  # first match wins
    body: list[Css] = []  # first match wins; generic extraction when none matches


class TestCase(Strict):
    input: str  # path relative to the rule file
    url: str | None = None
    title: str | None = None
    contains: list[str] = []
    excludes: list[str] = []


class SiteFile(Strict):
    format: int = FORMAT
    site: SiteInfo
    text: TextRules = TextRules()
    html: HtmlRules = HtmlRules()
    tests: list[TestCase] = []


# --- the generic layer: rules/generic.toml ------------------------------------------------

class LexiconGroup(Strict):
    kind: str  # tracking, rating, comments, share, newsletter, cookie, app, paywall, ...
    languages: list[str] = []
    lines: list[Regex] = []  # the whole line matches
    contains: list[Regex] = []  # found in a line of at most max_words words
    max_words: int = Field(default=14, ge=1)
    # Which paths the group applies to: "text" (page text), "html" (trafilatura's blocks and the
    # HTML path's fallback); empty for both.
    paths: list[Literal["text", "html"]] = []


class CaptionRules(Strict):
    credits: list[Regex] = []  # a photo credit found in a line makes it a caption


class TrailerRules(Strict):
    markers: list[Regex] = []  # whole-line markers of related lists, previous/next, comments
    says: list[str] = []  # a short line ending in a space and one of these heads a comment (`jo says:`)
    comments: list[Regex] = []  # whole-line openers of a comment section: cut wherever they follow the article
    page_markers: list[Regex] = []  # more markers, for page text only (cut inside the main region)
    within_last: float = Field(default=0.4, gt=0, le=1)  # only in this last share of the page


class NavigationRules(Strict):
    lines: list[Regex] = []  # whole-line menu and breadcrumb items


class DatelineRules(Strict):
    lines: list[Regex] = []  # bylines and datelines: not body


class HtmlWords(Strict):
    """What the HTML path reads in the page's markup and in trafilatura's blocks."""

    dates: list[Regex] = []  # a date in a short block with few other words: a date line (html.dateline)
    date_meta: list[str] = []  # <meta> names and properties that give the page's date (any case)
    date_itemprops: list[str] = []  # schema.org itemprops whose element's text is a date line (case matters)
    not_lead: list[str] = []  # found in an element's class or id (any case): it holds no lead
    embedded_posts: list[str] = []  # found in a <blockquote>'s class (case matters): a post the article quotes


class StoplistRules(Strict):
    # Function characters of languages written without spaces (zh, ja, ko): each character of the
    # string counts as a stopword, beside jusText's stoplists of the other languages.
    characters: dict[str, str] = {}


WordName = Annotated[str, StringConstraints(pattern=f"^{NAME}$")]


class GenericFile(Strict):
    format: int = FORMAT
    revision: int = Field(default=1, ge=1)
    words: dict[WordName, list[str]] = {}  # named lists that patterns use as `{name}` (rules.words)
    lexicon: list[LexiconGroup] = []
    captions: CaptionRules = CaptionRules()
    trailers: TrailerRules = TrailerRules()
    navigation: NavigationRules = NavigationRules()
    datelines: DatelineRules = DatelineRules()
    html: HtmlWords = HtmlWords()
    stoplists: StoplistRules = StoplistRules()
