"""Reading a page: decode bytes, tell HTML from text, normalise newlines and Unicode."""

from __future__ import annotations

import codecs
import re
import unicodedata

import regex

HTML_START = regex.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", regex.I | regex.S)
HTML_TAG = regex.compile(r"</?(?:div|p|span|a|script|section|article|br|img|table|ul|li|h[1-6])\b[^>]*>", regex.I)
META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", regex.I)
SNIFF_SPAN = 4096
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class InputError(ValueError):
    """A page that cannot be read (undecodable bytes, a binary file)."""


def looks_like_html(text: str) -> bool:
    head = text[:SNIFF_SPAN]
    return bool(HTML_START.match(head)) or len(HTML_TAG.findall(head)) >= 5


def decode(data: bytes) -> str:
    """Bytes to text: a BOM, then a declared charset, then UTF-8, then detection."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = META_CHARSET.search(data[:SNIFF_SPAN])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass  # an unknown charset name: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError("not text: no character encoding fits these bytes")
    return data.decode(best.encoding, errors="replace")


def normalise(text: str) -> str:
    """Newlines as \\n, control characters gone (no text holds them; lxml refuses them), NFC."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROL.search(text):
        text = CONTROL.sub("", text)
    # Checking is much faster than normalising, and most pages are NFC already.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def read_page(page: str | bytes) -> tuple[str, bool]:
    """(normalised text, is it HTML)."""
    if isinstance(page, (bytes, bytearray, memoryview)):
        page = decode(bytes(page))
    elif not isinstance(page, str):
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    text = normalise(page.removeprefix("\ufeff"))
    return text, looks_like_html(text)
