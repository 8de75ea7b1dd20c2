"""JSON Lines records: clean a record's `text` or `html`, pass its other fields through."""

from __future__ import annotations

import codecs
import json
from typing import TYPE_CHECKING, Any

from ..article import Article, BodyFormat
from ..read import InputError

if TYPE_CHECKING:
    from ..pipeline import Cleaner

INPUT_FIELDS = ("html", "text")  # `html` wins when a record has both: it holds more structure


class RecordError(ValueError):
    """A record that cannot be cleaned; the message says why, in one line."""


def clean_record(cleaner: Cleaner, record: Any, explain: bool = False,
                 body_format: BodyFormat = "text") -> dict[str, Any]:
    """The record without its input field, with `title`, `body` (as `body_format`) and `status` added."""
    return cleaned_record(cleaner, record, explain, body_format)[0]


def cleaned_record(cleaner: Cleaner, record: Any, explain: bool = False,
                   body_format: BodyFormat = "text") -> tuple[dict[str, Any], Article]:
    """(clean_record's record, the Article it holds): the Article tells the counts a progress bar
    shows without building the `removed` list that only `--explain` writes."""
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    field = next((f for f in INPUT_FIELDS if f in record), None)
    if field is None:
        raise RecordError("the record has no 'text' or 'html' field")
    page = record[field]
    if not isinstance(page, str):
        raise RecordError(f"the record's {field!r} field is not a string")
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise RecordError("the record's 'url' field is not a string")
    try:
        article = cleaner.clean(page, url)
    except InputError as exc:
        raise RecordError(str(exc)) from None
    out = {k: v for k, v in record.items() if k != field}
    result = article.to_dict(explain, body_format)
    for key in ("title", "body", "status", "removed"):
        if key in result:
            out[key] = result[key]
    return out, article


def load_record(line: str | bytes) -> Any:
    """A JSON Lines line parsed, or a RecordError saying where it is not JSON. Bytes must be UTF-8,
    as JSON is: a record is never decoded by guess, since its other fields pass through unchanged."""
    if isinstance(line, bytes):
        try:
            line = line.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RecordError(f"not UTF-8: byte {line[exc.start]:#04x} at column {exc.start + 1}") from None
    try:
        # The line's end is no part of the record; a raw tab inside a string (some writers leave them) is kept.
        return json.loads(line.rstrip("\r\n"), strict=False)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}") from None


def dump_record(record: dict[str, Any]) -> str:
    """A record as one JSON line (without its newline), UTF-8 where it can be."""
    out = json.dumps(record, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (read from a "\ud800" escape) cannot be UTF-8: keep it escaped
        out = json.dumps(record)
    return out

