"""What `fix`, `check` and `--jsonl` do to one page or one record: pure functions of (Cleaner, input).

They run wherever the work is sent (this process, a worker process, a Dask worker), so they take
and return plain picklable values, never paths or open files: the main process reads and writes.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..article import TITLE, Article, BodyFormat, has_article, holds_title
from ..read import Decoded, InputError, decode_page, normalise, read_page
from .records import DEFAULT, RecordError, RecordOptions, cleaned_record, dump_record, failed_record, load_record

if TYPE_CHECKING:
    from ..pipeline import Cleaner

# A cleaned page is cleaned again until it stops changing. The heuristics settle in one extra
# round on real pages; a page still changing after this many rounds is reported, not written.
MAX_ROUNDS = 4

# Outcomes of a page or a record.
UNCHANGED, CHANGED, NO_ARTICLE, FAILED = "unchanged", "changed", "no-article", "failed"


@dataclass(frozen=True, slots=True)
class Counts:
    """Characters the cleaner kept and removed: what the progress bar's removed share is made of."""

    kept: int = 0
    removed: int = 0

    @classmethod
    def of(cls, article: Article) -> Counts:
        # The title block is "removed" from the body only to become the title: it is kept text
        # (as holds_title tells of an --explain entry).
        removed = sum(len(r.text) for r in article.removed if not (r.title or r.rule == TITLE))
        return cls(len(article.title or "") + len(article.body), removed)

    @classmethod
    def rounds(cls, first: Article, last: Article) -> Counts:
        """What was removed from the page text over every round of `settle`: the first round saw the
        page, the last gave the result (a later round sees only the text the one before kept)."""
        seen, kept = cls.of(first), cls.of(last).kept
        return cls(kept, max(0, seen.kept + seen.removed - kept))


@dataclass(frozen=True, slots=True)
class Fixed:
    """The outcome for a page or a record: `data` is the new content when `outcome` is CHANGED."""

    outcome: str
    data: bytes | None = None
    message: str = ""
    counts: Counts = Counts()


def settle(cleaner: Cleaner, text: str, rounds: int = MAX_ROUNDS) -> tuple[Article, Article, bool]:
    """The fixed point of cleaning page text: (the first round's article, the last's, settled).
    Not settled: still changing after `rounds`."""
    first = article = cleaner.clean(text, kind="text")
    rendered = article.to_text()
    if rendered == text.removesuffix("\n") or not has_article(article):
        return first, article, True  # the page is its own result: cleaning is deterministic, so it is settled
    for _ in range(rounds - 1):
        again = cleaner.clean(rendered, kind="text")
        if again.to_text() == rendered or not has_article(again):
            return first, again, True
        article, rendered = again, again.to_text()
    return first, article, False


def newline_of(text: str) -> str:
    """The file's line ending, judged by its first one."""
    cr, lf = text.find("\r"), text.find("\n")
    if cr < 0 or 0 <= lf < cr:
        return "\n"
    return "\r\n" if lf == cr + 1 else "\r"


def no_article(article: Article, what: str = "") -> str:
    """The message for a page (or record) with no article, in the words of its status."""
    return f"no article found (status {article.status}); {what or 'left as it was'}"


def fix_page(cleaner: Cleaner, data: bytes | None, kind: str | None = None, guessed: bool = False,
             rounds: int = MAX_ROUNDS) -> Fixed:
    """A page file's bytes -> its clean text (title, blank line, body), in the file's own conventions.

    None stands for a file that could not be read: FAILED, and the reader knows why. `kind`: "text"
    takes the file for page text whatever it holds, "html" refuses it; None sniffs. A file whose
    encoding was guessed, or that holds bytes its encoding has no character for, is left as it was
    unless `guessed` (`fix --rewrite-guessed`): rewritten, a wrong guess or a replaced byte is lost.
    """
    if data is None:
        return Fixed(FAILED)
    try:
        decoded = decode_page(data)
        if not (decoded.sure or guessed):
            return Fixed(FAILED, message=f"{unsure(decoded)}; left as it was (--rewrite-guessed rewrites it)")
        raw = decoded.text
        text, is_html = read_page(raw, kind)
        if is_html:
            return Fixed(FAILED, message="holds HTML; fix rewrites page text only "
                                         "(extract it with `article-cleaner FILE`)")
        first, article, settled = settle(cleaner, text, rounds)
    except InputError as exc:
        return Fixed(FAILED, message=str(exc))
    except MemoryError:
        return Fixed(FAILED, message="too large to clean in the memory there is (see --max-bytes); left as it was")
    counts = Counts.rounds(first, article)
    if not has_article(article):
        return Fixed(NO_ARTICLE, message=no_article(article), counts=counts)
    if not settled:
        return Fixed(FAILED, message=f"the cleaner does not settle on this page (it still changes after "
                                     f"{rounds} rounds); left as it was (--max-rounds {rounds * 2} allows more)",
                     counts=counts)
    newline = newline_of(raw)
    out = article.to_text() + ("\n" if normalise(raw).endswith("\n") else "")
    new = (codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b"") + out.replace("\n", newline).encode()
    return Fixed(UNCHANGED if new == data else CHANGED, new if new != data else None, counts=counts)


def unsure(decoded: Decoded) -> str:
    """Why a decoding is not sure enough to write back, in a few words."""
    if decoded.replaced:
        many = "s" * (decoded.replaced != 1)
        return f"{decoded.replaced} byte{many} not {decoded.encoding} (replaced with U+FFFD when read)"
    return f"no BOM or declaration gives the encoding ({decoded.encoding} was guessed)"


def split_ending(raw: bytes) -> tuple[bytes, bytes]:
    """A line and its ending (\\r\\n, \\n or nothing), so that a rewritten line keeps its ending."""
    for ending in (b"\r\n", b"\n"):
        if raw.endswith(ending):
            return raw[: -len(ending)], ending
    return raw, b""


def fix_record(cleaner: Cleaner, raw: bytes, options: RecordOptions = DEFAULT) -> Fixed:
    """One JSON Lines line of a file -> the record as `--jsonl` writes it, with the line's own ending."""
    line, ending = split_ending(raw)
    if not line.strip():
        return Fixed(UNCHANGED)
    try:
        record = load_record(line)  # strict UTF-8: a record is never decoded by guess
        if options.is_clean(record):
            return Fixed(UNCHANGED)
        out, article = cleaned_record(cleaner, record, options=options)
    except RecordError as exc:
        return Fixed(FAILED, message=str(exc))
    counts = Counts.of(article)
    if not has_article(article):
        return Fixed(NO_ARTICLE, message=no_article(article, "record left as it was"), counts=counts)
    return Fixed(CHANGED, dump_record(out).encode() + ending, counts=counts)


def counts_of_record(out: dict[str, Any], prefix: str = "") -> Counts:
    """Counts from a record cleaned with `explain=True` (its `removed` list)."""
    removed = sum(len(r["text"]) for r in out.get(f"{prefix}removed", ()) if not holds_title(r))
    return Counts(len(out.get(f"{prefix}title") or "") + len(out.get(f"{prefix}body") or ""), removed)


@dataclass(frozen=True, slots=True)
class Filtered:
    """One `--jsonl` output line (without newline), and the error when the record could not be
    cleaned (then `line` is the record with `status: error`, or None when it cannot be written)."""

    line: str | None
    error: str = ""
    counts: Counts = Counts()
    internal: bool = False  # the error is a bug, not bad input


def filter_line(cleaner: Cleaner, line: str | bytes, explain: bool = False,
                body_format: BodyFormat = "text", options: RecordOptions = DEFAULT) -> Filtered:
    """What `--jsonl` writes for one input line."""
    record: Any = None
    try:
        record = load_record(line)
        # The explanation is built only when asked for: the counts come from the Article.
        out, article = cleaned_record(cleaner, record, explain, body_format, options)
    except RecordError as exc:
        return _failed(record, str(exc), options)
    except MemoryError:  # one huge record: the records after it still fit
        return _failed(record, "too large to clean in the memory there is (see --max-bytes)", options)
    except Exception as exc:  # noqa: BLE001 - a bug on one record must not lose the records after it
        return _failed(record, f"internal error: {type(exc).__name__}: {exc}", options, internal=True)
    return Filtered(dump_record(out), counts=Counts.of(article))


def _failed(record: Any, message: str, options: RecordOptions, internal: bool = False) -> Filtered:
    """A record that could not be cleaned: reported, and written through with `status: error`."""
    out = failed_record(record, message, options)
    return Filtered(None if out is None else dump_record(out), message, internal=internal)
