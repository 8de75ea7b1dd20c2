"""URLs as inputs: a page fetched with urllib3 (a timeout, a size bound, our user agent, redirects
followed), refused unless it is HTML."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ...version import __version__
from .http import HTML_TYPES, content_type
from .streams import too_large

if TYPE_CHECKING:  # urllib3 (and ssl) load with the first URL
    import urllib3

USER_AGENT = f"article-cleaner/{__version__}"
CONNECT_TIMEOUT = 10.0  # seconds to connect ...
READ_TIMEOUT = 30.0  # ... and between two reads of the answer
MAX_REDIRECTS = 10
READ_CHUNK = 1 << 16
URL_SCHEMES = ("http://", "https://")


class FetchError(ValueError):
    """A page that could not be fetched, or is not HTML; the message says why in one line."""


def is_url(source: str) -> bool:
    return source.lower().startswith(URL_SCHEMES)


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # where the page was found, after redirects
    data: bytes
    charset: str | None  # as the Content-Type header declared it


class Fetcher:
    """Fetches pages one at a time over one pool of connections."""

    def __init__(self, max_bytes: int) -> None:
        import urllib3

        self.max_bytes = max_bytes
        retries = urllib3.Retry(total=MAX_REDIRECTS + 1, connect=1, read=0, status=0, other=0,
                                redirect=MAX_REDIRECTS, raise_on_redirect=True, raise_on_status=False)
        self.pool = urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
                                        timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT),
                                        retries=retries)

    def fetch(self, url: str) -> Fetched:
        import urllib3

        try:
            response = self.pool.request("GET", url, preload_content=False)
        except urllib3.exceptions.MaxRetryError as exc:
            raise FetchError(f"cannot fetch: {_reason(exc.reason)}") from None
        except (urllib3.exceptions.HTTPError, ValueError) as exc:
            raise FetchError(f"cannot fetch: {_reason(exc)}") from None
        try:
            charset = content_type(response.headers.get("Content-Type"))[1]
            return Fetched(_final_url(url, response), self._body(response), charset)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"cannot fetch: {_reason(exc)}") from None
        finally:
            response.release_conn()

    def _body(self, response: urllib3.BaseHTTPResponse) -> bytes:
        if response.status != 200:
            raise FetchError(f"HTTP {response.status} {response.reason or ''}".rstrip())
        media = content_type(response.headers.get("Content-Type"))[0]
        if media not in HTML_TYPES:
            raise FetchError(f"not HTML: Content-Type {media or 'missing'}")
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(too_large(self.max_bytes))
        data = bytearray()
        for chunk in response.stream(READ_CHUNK):  # decoded (gzip, deflate) as it comes
            data += chunk
            if len(data) > self.max_bytes:
                raise FetchError(too_large(self.max_bytes))
        return bytes(data)

    def close(self) -> None:
        self.pool.clear()


def _final_url(url: str, response: urllib3.BaseHTTPResponse) -> str:
    """Where the redirects, if any, led from `url`."""
    for step in response.retries.history if response.retries is not None else ():
        if step.redirect_location:
            url = urljoin(url, step.redirect_location)
    return url


def _reason(exc: BaseException | None) -> str:
    """An error of urllib3's in one line, without its object reprs."""
    text = str(exc) if exc is not None else "unknown error"
    if ": " in text and text.startswith("<"):  # "<urllib3.connection.HTTPConnection object at ...>: Failed to ..."
        text = text.split(": ", 1)[1]
    return " ".join(text.split())


def url_list(path: str) -> Iterator[str]:
    """The URLs of a --urls file, one a line (blank lines and lines starting with # skipped)."""
    with Path(path).open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if line and not line.startswith("#"):
                yield line
