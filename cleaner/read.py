"""Reading a page: decode bytes, tell HTML from text, normalise newlines, invisible characters and
Unicode."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

import regex

from .text import strip_invisible

HTML_START = regex.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                           r"<(?:!doctype\s+html|html|head|body|meta|title)\b", regex.I | regex.S)
HTML_TAG = regex.compile(r"</?(?:div|p|span|a|script|section|article|br|img|table|ul|li|h[1-6])\b[^>]*>", regex.I)
META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", regex.I)
XML_ENCODING = regex.compile(rb"""\A\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", regex.I)
SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gbk"}
SNIFF_SPAN = 4096
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
    head = text[:SNIFF_SPAN]
    # Page text seldom holds a `<` at all: then no tag is looked for.
    return bool(HTML_START.match(head)) or ("<" in head and len(HTML_TAG.findall(head)) >= 5)


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


def read_page(page: str | bytes) -> tuple[str, bool]:
    """(normalised text, is it HTML)."""
    if isinstance(page, (bytes, bytearray, memoryview)):
        page = decode(bytes(page))
    elif not isinstance(page, str):
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    text = normalise(page.removeprefix("\ufeff"))
    if looks_like_html(text):
        if "&" in text and INVISIBLE_REFERENCE.search(text):
            text = strip_invisible(INVISIBLE_REFERENCE.sub(lambda m: html.unescape(m.group()), text))
        return text, True
    return text, False
