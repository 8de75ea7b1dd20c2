"""Reading a page: decode bytes, tell HTML from text, normalise newlines, invisible characters and
Unicode."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass

import regex

from .text import strip_invisible

# What a saved page may open with before its first element: whitespace, an XML declaration,
# comments, and whole <style> and <script> elements (saved pages often start with their CSS).
PREAMBLE = regex.compile(r"\A(?:\s+|<\?xml[^>]*>|<!--.*?(?:-->|\Z)|<(style|script)\b[^>]*>.*?(?:</\1\s*>|\Z))*",
                         regex.I | regex.S)
# Element names of HTML (block and inline): a page or a fragment opens with one of them.
ELEMENTS = ("a|abbr|address|article|aside|audio|b|base|bdi|bdo|blockquote|body|br|button|caption|cite|code|"
            "col|colgroup|dd|del|details|dfn|dialog|div|dl|dt|em|embed|figcaption|figure|font|footer|form|"
            "h[1-6]|head|header|hgroup|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|mark|"
            "meta|nav|noscript|ol|p|picture|pre|q|s|samp|section|select|small|source|span|strong|sub|"
            "summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|u|ul|var|video|wbr")
HTML_START = regex.compile(rf"<(?:!doctype\s+html|(?:{ELEMENTS})(?=[\s/>]))", regex.I)
HTML_TAG = regex.compile(r"</?(?:div|p|span|a|script|section|article|br|img|table|ul|li|h[1-6])\b[^>]*>", regex.I)
# A closing tag: page text that mentions a tag seldom closes one, a fragment of inline markup does.
CLOSING_TAG = regex.compile(rf"</(?:{ELEMENTS})\s*>", regex.I)
KINDS = ("html", "text")  # what a caller may say a page is; None: sniff
META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", regex.I)
XML_ENCODING = regex.compile(rb"""\A\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", regex.I)
INTERNAL_SUBSET = regex.compile(r"<!doctype[^\[>]*\[(?P<subset>[^\]]*)\]\s*>", regex.I)
ENTITY_NAME = regex.compile(r"<!ENTITY\s+(?:%\s+)?([\w.:-]+)", regex.I)
SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gbk"}
SNIFF_SPAN = 4096
PREAMBLE_SPAN = 1 << 18  # how far <style>, <script> and comments are looked past, at most
# Codec names a <meta> may hold that are no page's encoding: decoding fails (idna, undefined) or
# rewrites the text (escape codecs, UTF-7), which would put text in the body that the page never showed.
NOT_PAGE_ENCODINGS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"})
STRAY_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is no UTF-8, as surrogateescape gives it
STRAY_RUN = re.compile("[\udc80-\udcff]+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters, looked for one by one: `in` scans for one character far faster than a
# regex scans for a class of them, and a page seldom holds any.
CONTROL_CHARS = tuple(map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)))
# The invisible characters of text.INVISIBLE_CHARS and JOINERS as HTML writes them, as references
# (`Mittel&shy;alter`): made characters here, so that one rule removes them however written.
# (Entity names are case-sensitive; `&amp;shy;` holds no match.)
INVISIBLE_REFERENCE = regex.compile(
    r"&(?:shy|ZeroWidthSpace|zwnj|zwj|NoBreak|#0*(?:173|8203|8204|8205|8288|65279)"
    r"|#[xX]0*(?:[aA][dD]|200[bBcCdD]|2060|[fF][eE][fF][fF]));")


class InputError(ValueError):
    """A page that cannot be read (undecodable bytes, a binary file)."""


def looks_like_html(text: str) -> bool:
    """Sniffing, for a page whose kind nobody said: it opens with an element (after whitespace,
    comments, an XML declaration, <style> and <script>), or its first few KB hold markup: five
    common tags, or two closing tags (a fragment of inline markup such as `<b>..</b> <a>..</a>`)."""
    # Page text seldom holds a `<` at all: then no tag is looked for.
    if "<" not in text[:SNIFF_SPAN]:
        return False
    # A saved page's inline CSS and scripts can run for many KB before its first element.
    preamble = PREAMBLE.match(text[:PREAMBLE_SPAN])
    head = text[preamble.end() if preamble else 0:][:SNIFF_SPAN]
    return (bool(HTML_START.match(head)) or len(HTML_TAG.findall(head)) >= 5
            or len(CLOSING_TAG.findall(head)) >= 2)


def check_kind(kind: str | None) -> str | None:
    """A page kind as a caller gives it: "html", "text", or None (sniff); anything else a ValueError."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be 'html', 'text' or None, not {kind!r}")
    return kind


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and how sure the decoding is: `guessed` when no BOM, declaration or
    UTF-8 told the encoding (it was detected), `replaced` the bytes that fit no character and became
    U+FFFD. A caller that writes the text back (fix) must not trust either kind."""

    text: str
    encoding: str
    guessed: bool = False
    replaced: int = 0

    @property
    def sure(self) -> bool:
        return not self.guessed and not self.replaced


def decode(data: bytes, charset: str | None = None) -> str:
    """Bytes to text (see `decode_page`)."""
    return decode_page(data, charset).text


def decode_page(data: bytes, charset: str | None = None) -> Decoded:
    """Bytes to text: a BOM, then UTF-8 (when the bytes are UTF-8 but for a few stray bytes, or say
    they are, those bytes replaced), then a declared charset (`charset`, what the transport declared,
    such as an HTTP Content-Type; else the page's meta or XML declaration), then detection. A
    declaration the bytes do not fit is passed over, and so is a legacy one on bytes that are UTF-8
    beyond ASCII (no legacy text is, by chance: a copied template, a server's default)."""
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
    for bom, encoding in boms:
        if data.startswith(bom):
            return _decoded(data[len(bom):], encoding)
    declared = (charset_name(charset) if charset else None) or _declared(data[:SNIFF_SPAN])
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and (not declared or not data.isascii()):
        return Decoded(utf8, "utf-8")
    if declared == "utf-8" or (utf8 is None and mostly_utf8(data)):
        return _decoded(data, "utf-8")
    if declared:
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeError, LookupError):
            pass  # the bytes do not fit the declaration, or it names no text encoding: detect instead
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        if declared:
            try:
                return _decoded(data, declared)
            except LookupError:
                pass
        raise InputError("not text: no character encoding fits these bytes")
    return _decoded(data, best.encoding, guessed=True)


def mostly_utf8(data: bytes) -> bool:
    """Bytes that are UTF-8 but for a few stray bytes (a Latin-1 letter pasted into a UTF-8 page, a
    raw surrogate): few runs of bytes that fit no character, against many well-formed multi-byte
    characters (at most one flaw in ten, or two on a short page). Text in a legacy encoding is not
    so: a Latin one has next to no well-formed multi-byte characters, and a CJK one (GBK, Big5),
    whose byte pairs are now and then well-formed by chance, has about as many flaws as those."""
    text = data.decode("utf-8", errors="surrogateescape")  # each stray byte becomes one U+DC80..U+DCFF
    stray = len(STRAY_BYTE.findall(text))
    runs = len(STRAY_RUN.findall(text))  # a raw surrogate is three stray bytes in a row: one flaw
    well_formed = len(text) - len(text.encode("ascii", errors="ignore")) - stray
    return runs <= well_formed and runs <= max(2, well_formed // 10)


def _decoded(data: bytes, encoding: str, guessed: bool = False) -> Decoded:
    """The bytes in `encoding`, those that fit no character replaced (and counted)."""
    try:
        return Decoded(data.decode(encoding), encoding, guessed)
    except UnicodeDecodeError:
        pass
    if encoding == "utf-8":
        stray = len(STRAY_BYTE.findall(data.decode(encoding, errors="surrogateescape")))
        return Decoded(data.decode(encoding, errors="replace"), encoding, guessed, stray)
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, guessed, text.count("\ufffd"))  # a legacy page cannot hold U+FFFD itself


def _declared(head: bytes) -> str | None:
    """The page's own charset declaration, as Python names it; None when absent or unknown."""
    found = META_CHARSET.search(head) or XML_ENCODING.search(head)
    return charset_name(found.group(1).decode("ascii")) if found else None


def charset_name(label: str) -> str | None:
    """A charset label (from a page or an HTTP header) as Python names the encoding pages in it
    really use; None when it names no page encoding."""
    try:
        name = codecs.lookup(label.strip().strip("'\"")).name
    except LookupError:
        return None
    if name in NOT_PAGE_ENCODINGS:
        return None
    # A <meta> readable as ASCII is not in UTF-16/32: browsers then read UTF-8 (WHATWG encoding rules).
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    # As browsers do (WHATWG Encoding): a label names the superset that pages really use.
    return SUPERSETS.get(name, name)


def normalise(text: str) -> str:
    """Newlines as \\n, control characters gone (no text holds them; lxml refuses them), invisible
    characters gone (text.strip_invisible), NFC."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(c in text for c in CONTROL_CHARS):
        text = CONTROL.sub("", text)
    text = strip_invisible(text)
    # Checking is much faster than normalising, and most pages are NFC already.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def without_internal_subset(html: str) -> str:
    """HTML without a DOCTYPE's internal subset (`<!DOCTYPE x [<!ENTITY lol "...">]>`) nor references
    to the entities it declares. No HTML parser reads a subset: lxml leaves its `]>` and every
    `&lol9;` in the text, and expanding them is the billion-laughs attack; no browser shows either."""
    head = html[:SNIFF_SPAN]
    found = INTERNAL_SUBSET.search(head) if "<!" in head else None
    if found is None:
        return html
    names = ENTITY_NAME.findall(found["subset"])
    html = html[:found.start()] + "<!DOCTYPE html>" + html[found.end():]
    if names:
        html = regex.sub(r"&(?:" + "|".join(map(regex.escape, set(names))) + r");", "", html)
    return html



def read_page(page: str | bytes, kind: str | None = None) -> tuple[str, bool]:
    """(normalised text, is it HTML): as `kind` says ("html", "text"), sniffed when it is None."""
    check_kind(kind)
    if isinstance(page, (bytes, bytearray, memoryview)):
        page = decode(bytes(page))
    elif not isinstance(page, str):
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    text = normalise(page.removeprefix("\ufeff"))
    is_html = looks_like_html(text) if kind is None else kind == "html"
    if is_html and "&" in text and INVISIBLE_REFERENCE.search(text):
        text = strip_invisible(INVISIBLE_REFERENCE.sub(lambda m: html.unescape(m.group()), text))
    return (without_internal_subset(text) if is_html else text), is_html
