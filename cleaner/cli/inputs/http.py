"""What HTTP says of a page: its media type and charset, and its body without transfer and content
encodings (as a crawler that kept them stored it in a WARC record)."""

from __future__ import annotations

import zlib
from typing import Any

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def content_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header value, both None when absent."""
    if not value:
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("'\"") or None
    return media.strip().lower() or None, charset


def decoded(payload: bytes, http: Any, max_bytes: int) -> bytes | None:
    """The payload without its HTTP transfer and content encodings, as a crawler that kept them
    stored it (None: larger than `max_bytes` decoded). An encoding the bytes do not bear out (a
    header kept after the crawler decoded the body) is passed over."""
    if "chunked" in (http.get("Transfer-Encoding") or "").lower():
        payload = _dechunked(payload)
    encoding = (http.get("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib, told by the header
        try:
            out = inflater.decompress(payload, max_bytes + 1)
        except zlib.error:
            return payload
        return None if len(out) > max_bytes else out
    return payload


def _dechunked(payload: bytes) -> bytes:
    """A chunked HTTP body's data; the payload as it was when it is not chunked."""
    out: list[bytes] = []
    at = 0
    while True:
        end = payload.find(b"\r\n", at)
        try:
            size = int(payload[at:end].split(b";")[0], 16) if end >= 0 else -1
        except ValueError:
            return payload
        if size < 0:
            return payload
        if size == 0:
            return b"".join(out)
        out.append(payload[end + 2:end + 2 + size])
        at = end + 2 + size + 2
