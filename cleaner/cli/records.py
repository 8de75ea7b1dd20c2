"""JSON Lines records: clean a record's page field (`html`, `text`, or the one `--field` names)
and pass its other fields through, never replacing one unless asked."""

from __future__ import annotations

import codecs
import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ..article import Article, BodyFormat
from ..read import InputError

if TYPE_CHECKING:
    from ..pipeline import Cleaner

INPUT_FIELDS = ("html", "text")  # the default page field: `html` when a record has it, else `text`
# The kind of page a field holds, by its name: a record's `html` is HTML and its `text` is text.
FIELD_KINDS = {"html": "html", "text": "text"}
# A value of one line shorter than this, without markup, is a headline or a label, not a page.
SHORT_LINE = 80
URL = regex.compile(r"\A[a-z][a-z0-9+.-]*://\S+\Z", regex.I)
# One token with a folder separator or a file suffix: a path to the page, not the page.
PATH = regex.compile(r"\A\S*(?:[/\\]\S*|\.[a-z0-9]{1,5})\Z", regex.I)


class RecordError(ValueError):
    """A record that cannot be cleaned; the message says why, in one line."""


# The cleaner's metadata fields in an output record: added under these names only where the record
# has no field of that name (its own `author` or `url` is the user's, never overwritten by a reading).
METADATA_FIELDS = ("author", "date", "site", "url", "language", "description", "source")


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """How records are read and written (`--field`, `--input`, `--overwrite`, `--prefix`).

    field: the page field; None: `html` if the record has one, else `text`.
    kind: "html" or "text" for every record; None: the field's own kind (`html`, `text`), sniffed
        for a field of another name.
    overwrite: the result's fields may replace the record's fields of the same names.
    prefix: put before the name of every field the result adds (`clean_` -> `clean_title`, ...).
    """

    field: str | None = None
    kind: str | None = None
    overwrite: bool = False
    prefix: str = ""

    def page_field(self, record: dict[str, Any]) -> str:
        if self.field is not None:
            if self.field not in record:
                raise RecordError(f"the record has no {self.field!r} field (--field)")
            return self.field
        found = next((f for f in INPUT_FIELDS if f in record), None)
        if found is None:
            raise RecordError("the record has no 'text' or 'html' field")
        return found

    def is_clean(self, record: Any) -> bool:
        """A record that `--jsonl` wrote with these options: its page field gave way to the body."""
        fields = (self.field,) if self.field else INPUT_FIELDS
        return (isinstance(record, dict) and f"{self.prefix}body" in record
                and not any(f in record for f in fields))


DEFAULT = RecordOptions()


def not_a_page(value: str) -> str | None:
    """Why a field's value is no page (a URL, a file path, one short line without markup), or None."""
    line = value.strip()
    if not line or "\n" in line or "<" in line:
        return None  # empty: the result says `empty`; several lines or markup: a page
    if URL.match(line):
        return "holds a URL, not a page"
    if PATH.match(line):
        return "holds a file path, not a page"
    if len(line) < SHORT_LINE:
        return "holds one short line, not a page"
    return None


def clean_record(cleaner: Cleaner, record: Any, explain: bool = False,
                 body_format: BodyFormat = "text", options: RecordOptions = DEFAULT) -> dict[str, Any]:
    """The record without its page field, with the article's fields added (`title`, `body`, `status`,
    ...; with `removed` when `explain`), each under `options.prefix`."""
    return cleaned_record(cleaner, record, explain, body_format, options)[0]


def cleaned_record(cleaner: Cleaner, record: Any, explain: bool = False, body_format: BodyFormat = "text",
                   options: RecordOptions = DEFAULT) -> tuple[dict[str, Any], Article]:
    """(the record as `clean_record` makes it, the Article it holds)."""
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    field = options.page_field(record)
    page = record[field]
    if not isinstance(page, str):
        raise RecordError(f"the record's {field!r} field is not a string")
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise RecordError("the record's 'url' field is not a string")
    why = not_a_page(page)
    if why:
        raise RecordError(f"the record's {field!r} field {why}")
    try:
        article = cleaner.clean(page, url, options.kind or FIELD_KINDS.get(field))
    except InputError as exc:
        raise RecordError(str(exc)) from None
    out = {k: v for k, v in record.items() if k != field}
    result = article.to_dict(explain, body_format)
    for key, value in result.items():
        name = options.prefix + key
        if key in METADATA_FIELDS:
            # A reading of the page never replaces what the record says (its own `url`, `author`).
            if name not in out or options.overwrite:
                out[name] = value
            continue
        if name in out and out[name] != value and not options.overwrite:
            raise RecordError(f"the record's {name!r} field would be replaced; not cleaned "
                              "(--overwrite replaces it, --prefix names the new fields apart)")
        out[name] = value
    return out, article


def failed_record(record: Any, message: str, options: RecordOptions = DEFAULT) -> dict[str, Any] | None:
    """A record that could not be cleaned, as the stream writes it: whole, with `status: error` and
    the `error`; None when it is no JSON object or already has those fields (it is reported only)."""
    if not isinstance(record, dict):
        return None
    status, error = f"{options.prefix}status", f"{options.prefix}error"
    if status in record or error in record:
        return None
    return {**record, status: "error", error: message}


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
