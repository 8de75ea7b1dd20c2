"""The rule file format, validated: an unknown key, a wrong type or a bad pattern is an error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal

import regex
from lxml import etree
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo

from .patterns import MAX_EXPANDED, compile_pattern, expanded_size
from .specs import FORMAT
from .words import NAME, WordsError, expand
from .xpaths import unknown_functions


def _compiles(source: str, info: ValidationInfo) -> str:
    """The pattern, its `{name}`s expanded when the file has word lists (rules.words), checked to compile."""
    lists = info.context.get("words") if info.context else None
    if lists is not None:
        try:
            source = expand(source, lists)
        except WordsError as exc:
            raise ValueError(str(exc)) from None
    if info.context and info.context.get("trusted"):  # its bytes compiled before (rules.files.COMPILED)
        return source
    if expanded_size(source) > MAX_EXPANDED:  # never compiled: compiling it could take all the memory
        raise ValueError(f"pattern too large: {source[:60]!r} expands its repeats to more than "
                         f"{MAX_EXPANDED:,} items")
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
    unknown = unknown_functions(path)
    if unknown:
        raise ValueError(f"XPath {path!r} calls {', '.join(unknown)}, not an XPath 1.0 function") from None
    return path


DOMAIN = regex.compile(r"(?:\*\.)?(?:[a-z0-9_-]+\.)*[a-z0-9_-]+\.?", regex.I)
TAG = regex.compile(r"[a-z][a-z0-9-]*", regex.I)


def _whole(pattern: regex.Pattern[str], what: str) -> Callable[[str], str]:
    """A check that the whole text matches `pattern`; else it is not `what`."""
    def check(text: str) -> str:
        if not pattern.fullmatch(text):
            raise ValueError(f"{text!r} is not {what}")
        return text
    return check


def _token(token: str) -> str:
    if not token.strip() or ("'" in token and '"' in token):
        raise ValueError(f"{token!r} must be a non-empty text without both kinds of quote")
    return token


Regex = Annotated[str, AfterValidator(_compiles)]
Css = Annotated[str, AfterValidator(_css_parses)]
XPath = Annotated[str, AfterValidator(_xpath_parses)]
Domain = Annotated[str, AfterValidator(_whole(DOMAIN, "a domain (`example.com`, `*.example.com` for its subdomains)"))]
Token = Annotated[str, AfterValidator(_token)]
TagName = Annotated[str, AfterValidator(_whole(TAG, "an element name"))]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- site rule files: rules/sites/<site>.toml ---------------------------------------------

class SiteInfo(Strict):
    name: str = Field(min_length=1)
    revision: int = Field(default=1, ge=1)
    # `example.com`: the host, its www. and (with `subdomains`) every subdomain;
    # `*.example.com`: every subdomain but www., not the host itself
    domains: list[Domain] = []
    subdomains: bool = True  # false: a plain domain matches only itself and its www.
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


class FindReplace(Strict):
    find: str = Field(min_length=1)  # literal text of the raw HTML, case-sensitive
    replace: str = ""


class WrapIn(Strict):
    tag: TagName
    xpath: XPath


class HtmlRules(Strict):
    find_replace: list[FindReplace] = []  # on the raw HTML before it is parsed, in order
    drop: list[Css] = []  # nodes removed before extraction
    drop_xpath: list[XPath] = []
    drop_id_or_class: list[Token] = []  # elements whose id or one of whose classes is this
    drop_image_src: list[Token] = []  # <img> whose src holds this text
    dissolve: list[XPath] = []  # elements replaced by their content
    wrap_in: list[WrapIn] = []  # elements wrapped in a new element (`blockquote`: a quote)
    title: list[Css] = []  # first match wins
    title_xpath: list[XPath] = []  # evidence for the title: a site name loses to the page's headline
    body: list[Css] = []  # first match wins; generic extraction when none matches
    body_xpath: list[XPath] = []  # the first that matches; all its nodes together are the article
    author_xpath: list[XPath] = []  # evidence for the author and date (the first that gives text)
    date_xpath: list[XPath] = []
    prune: bool = True  # false: the body node is taken whole (its generic cleanup favours recall)
    skip_json_ld: bool = False  # the page's JSON-LD is not read for its metadata
    autodetect_on_failure: bool = True  # false: a body that matches is used even when it holds little


class Imported(Strict):
    """Where an imported file came from; never applied (rules/ftr/README.md)."""

    source: str  # `ftr-site-config`
    file: str  # the source file's name
    commit: str = ""  # the source repository's commit, when known
    license: str = ""
    fetch: list[str] = []  # directives about fetching the page, as written (`test_url: ...`)
    global_rules: bool = False  # the fallback config (global.txt): for hosts that no file names


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
    imported: Imported | None = None
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
    author_boxes: list[Regex] = []  # headings of an author box at the article's foot (page text): it ends the article
    bios: list[Regex] = []  # the opening of a name-led bio (`Jane Roe is a reporter`): at the foot it ends the article
    salutations: list[Regex] = []  # a whole line: a salutation over the first paragraph (`Dear friends,`): kept
    signoffs: list[Regex] = []  # a whole line: a letter's sign-off under the last paragraph (`Cheers, Tom`): kept
    within_last: float = Field(default=0.4, gt=0, le=1)  # only in this last share of the page


class RecipeRules(Strict):
    ingredients: list[Regex] = []  # whole-line headings of a recipe's ingredient list (`Zutaten für 4 Personen`)


class NavigationRules(Strict):
    lines: list[Regex] = []  # whole-line menu and breadcrumb items
    # a wiki's section edit link, the words inside its brackets after a heading (`History[edit]`)
    edit_links: list[str] = []


class DatelineRules(Strict):
    lines: list[Regex] = []  # bylines and datelines: not body


class TitleRules(Strict):
    not_headline: list[Regex] = []  # found in a line (any case): the line is page furniture, never the headline
    signs: list[Regex] = []  # found in a short line (any case): it signs the headline above it (`3 hours ago`)
    taglines: list[Regex] = []  # a whole line (any case): a site's tagline under its name, never the headline
    sections: list[Regex] = []  # a whole line (any case): a section's or a teaser box's name, never the headline
    wiki_taglines: list[Regex] = []  # found in a line (any case): a wiki's tagline under its headline, never one
    authors: list[Regex] = []  # a whole line: the authors' names, when no word is a stopword (never the headline)


class MetadataRules(Strict):
    """How a page's byline and date lines are read into the article's `author` and `date`."""

    bylines: list[Regex] = []  # a byline; the names in the group `names`
    dates: list[Regex] = []  # the date text of a date or byline line (the longest match with a digit is read)
    updated: list[Regex] = []  # a line that gives when the article changed, not when it came out
    published: list[Regex] = []  # found in a line: the date after it is the article's publication
    other_dates: list[Regex] = []  # found in a line: its date is another thing's (an event's, a deadline's)
    agencies: list[Regex] = []  # a news agency beside a byline's names: not a person (alone: the byline's author)
    desks: list[Regex] = []  # a newsroom's own name for itself (`red.`, `Editorial`): alone, the byline's author
    roles: list[str] = []  # a word of a job or a desk (`Staff`, `Redaktion`): a name part holding one names no one
    labels: list[str] = []  # a word that opens a label line (`Ort Saarbrücken`, `Quelle ...`): never a name's word
    widgets: list[Regex] = []  # a share or follow widget's whole line (`258 Shares`): no line between headline and name
    copyrights: list[Regex] = []  # a copyright line up to its holder's name (`© 2020 by `)
    named_author_boxes: list[Regex] = []  # an author box's heading that names the person (`About Jane Doe`)
    author_labels: list[Regex] = []  # a label before an author's names (`Written by`, `Autor:`): not a name
    credit_labels: list[Regex] = []  # a label before a name that is no author's (`Photos:`, `Übersetzt von:`)
    desk_ends: list[str] = []  # a desk's name ends in one (`Harbour News Bureau`): after a dateline's place, the author
    author_bios: list[Regex] = []  # an author box's bio, the name in `names` (`Jane Doe is a senior writer ...`)
    author_links: list[Regex] = []  # an author box's links under the name (`More by this author`, `Contact`)
    cjk_writers: list[Regex] = []  # a CJK writer's labelled line (`作者：李明`); the names in `names`
    cjk_editors: list[Regex] = []  # a CJK editor's line (`责任编辑：王芳`): the author when no writer is named
    cjk_writer_boxes: list[Regex] = []  # a CJK writer's box heading (`この記事を書いた人`), the name under it
    cjk_reporters: list[Regex] = []  # a CJK reporter's line in the text (`记者 李明`, `홍길동 기자`): the last resort


class HtmlWords(Strict):
    """What the HTML path reads in the page's markup and in trafilatura's blocks."""

    dates: list[Regex] = []  # a date in a short block with few other words: a date line (html.dateline)
    date_meta: list[str] = []  # <meta> names and properties that give the page's date (any case)
    date_itemprops: list[str] = []  # schema.org itemprops whose element's text is a date line (case matters)
    not_lead: list[str] = []  # found in an element's class or id (any case): it holds no lead
    notices: list[str] = []  # found in an element's class or id (any case): a disclosure notice (html.notice)
    share_intents: list[str] = []  # in a link's address (any case): it shares its text, no teaser (html.link)
    embedded_posts: list[str] = []  # found in a <blockquote>'s class (case matters): a post the article quotes
    slide_counters: list[Regex] = []  # at a block's start, `3 of 50`: a slide of a gallery (html.gallery)


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
    recipes: RecipeRules = RecipeRules()
    navigation: NavigationRules = NavigationRules()
    datelines: DatelineRules = DatelineRules()
    metadata: MetadataRules = MetadataRules()
    title: TitleRules = TitleRules()
    html: HtmlWords = HtmlWords()
    stoplists: StoplistRules = StoplistRules()
