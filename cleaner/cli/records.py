"""JSON Lines records: clean a record's `text` or `html`, pass its other fields through."""

from __future__ import annotations

import codecs
import json
import math
from typing import Any

from ..article import BodyFormat
from ..pipeline import Cleaner
from ..read import InputError

INPUT_FIELDS = ("html", "text")  # `html` wins when a record has both: it holds more structure


class RecordError(ValueError):
    """A record that cannot be cleaned; the message says why, in one line."""


def clean_record(cleaner: Cleaner, record: Any, explain: bool = False,
                 body_format: BodyFormat = "text") -> dict[str, Any]:
    """The record without its input field, with `title`, `body` (as `body_format`) and `status` added."""
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
    return out


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
        return json.loads(line.rstrip("\r\n"), strict=False, parse_constant=_not_json,
                          parse_float=_finite, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}") from None


# Python's json reads more than JSON: NaN and Infinity, numbers too large for a float (which become
# inf), and a key given twice (the last kept). Written back, the first two are not JSON and the third
# loses a value: such a record is an error, as for any other reader that keeps to the standard.
def _not_json(name: str) -> Any:
    raise RecordError(f"not valid JSON: {name} is no JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise RecordError(f"the number {text[:40]} is too large to keep")
    return number


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise RecordError(f"the key {key!r} is given twice in one object")
        out[key] = value
    return out


def dump_record(record: dict[str, Any]) -> str:
    """A record as one JSON line (without its newline), UTF-8 where it can be; never NaN or Infinity."""
    try:
        out = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except ValueError as exc:  # a float that is no JSON number (not from load_record, which refuses them)
        raise RecordError(f"cannot be written as JSON: {exc}") from None
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (read from a "\ud800" escape) cannot be UTF-8: keep it escaped
        out = json.dumps(record, allow_nan=False)
    return out

