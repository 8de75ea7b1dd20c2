"""Reading a page: decode bytes, tell HTML from text, normalise newlines, invisible characters and
Unicode."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

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
SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gbk"}
SNIFF_SPAN = 4096
PREAMBLE_SPAN = 1 << 18  # how far <style>, <script> and comments are looked past, at most
# Codec names a <meta> may hold that are no page's encoding: decoding fails (idna, undefined) or
# rewrites the text (escape codecs, UTF-7), which would put text in the body that the page never showed.
NOT_PAGE_ENCODINGS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"})
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


def decode(data: bytes, charset: str | None = None) -> str:
    """Bytes to text: a BOM, then a declared charset (`charset`, what the transport declared, such as
    an HTTP Content-Type; else the page's meta or XML declaration), then UTF-8, then detection. A
    declaration the bytes do not fit is passed over, and so is a legacy one on bytes that are valid
    UTF-8 beyond ASCII (no legacy text is, by chance: a copied template, a server's default)."""
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
    for bom, encoding in boms:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = (charset_name(charset) if charset else None) or _declared(data[:SNIFF_SPAN])
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if declared and not (utf8 is not None and not data.isascii()):
        try:
            return data.decode(declared)
        except (UnicodeError, LookupError):
            pass  # the bytes do not fit the declaration, or it names no text encoding: detect instead
    if utf8 is not None:
        return utf8
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        if declared:
            try:
                return data.decode(declared, errors="replace")
            except LookupError:
                pass
        raise InputError("not text: no character encoding fits these bytes")
    return data.decode(best.encoding, errors="replace")


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
    return text, is_html
