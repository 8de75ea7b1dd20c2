"""The filter's outputs: JSON, text or Markdown for a page, JSON Lines for record streams; on stdout,
or with -o DIR one file an input, written atomically, never over an input."""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from ..article import BODY_FORMATS, Article, BodyFormat
from ..document import Document
from . import explain, stdout
from .files import AtomicFile, write_atomically
from .inputs import URL, Source
from .inputs.streams import strip_compression

FORMATS = ("json", "text", "markdown")
SUFFIXES = {"json": ".json", "text": ".txt", "markdown": ".md"}
RECORDS_SUFFIX = ".jsonl"
MAX_STEM = 120  # characters of a name made from a URL
UNSAFE = re.compile(r"[^\w.-]+")


class OutputError(ValueError):
    """An -o DIR that cannot be used as asked; the message says why in one line."""


def add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    p.add_argument("--body-format", choices=BODY_FORMATS, default=None,
                   help="the body in JSON and JSON Lines output: text (default) or markdown "
                        "(--format markdown implies it for JSON Lines and WARC input)")
    p.add_argument("-o", "--output-dir", metavar="DIR", type=Path,
                   help="write one file an input into DIR (names kept, the suffix the format's) instead of stdout")


def body_format(args: argparse.Namespace) -> BodyFormat:
    if args.body_format:
        return args.body_format  # type: ignore[no-any-return]
    return "markdown" if args.format == "markdown" else "text"


def render(article: Article, fmt: str, explain_: bool, body: BodyFormat, path: str | None = None) -> str:
    """A page's result as `--format` prints it, without the final newline; `path` (several inputs
    on stdout) makes a JSON result one line that names its input."""
    if fmt == "text":  # the title, the metadata the page gives as `Field: value` lines, then the body
        head = [article.title] if article.title else []
        head += article.header()
        return "\n".join(head) + "\n\n" + article.body if head else article.body
    if fmt == "markdown":
        return article.to_markdown()
    out = article.to_dict(explain_, body)
    if path is not None:
        out = {"path": path, **out}
    return json.dumps(out, ensure_ascii=False, indent=None if path is not None else 2)


class Output:
    """Where the filter writes: stdout, or one file an input in `directory`."""

    def __init__(self, args: argparse.Namespace, sources: list[Source], stdout: TextIO | None = None) -> None:
        self.format, self.explain, self.body = args.format, args.explain, body_format(args)
        self.many = len(sources) > 1
        self.stdout = stdout or sys.stdout
        self.directory: Path | None = args.output_dir
        self.inputs = {Path(s.name).resolve() for s in sources if s.kind != URL and s.name != "-"}
        if args.urls:
            self.inputs.add(Path(args.urls).resolve())
        self.written: set[Path] = set()
        self.records: tuple[Source, AtomicFile] | None = None  # the record stream being written
        self.started: set[Source] = set()  # record streams whose file was begun
        if self.directory is not None:
            self._check_directory()

    def _check_directory(self) -> None:
        assert self.directory is not None
        if self.directory.exists() and not self.directory.is_dir():
            raise OutputError(f"-o {self.directory}: not a folder")
        folder = self.directory.resolve()
        held = next((p for p in sorted(self.inputs) if p.parent == folder), None)
        if held is not None:
            raise OutputError(f"-o {self.directory}: the folder holds the input {held.name}; choose another folder")
        self.directory.mkdir(parents=True, exist_ok=True)

    def target(self, source: Source) -> Path:
        """The output file of an input in the output folder; an OutputError when it is taken."""
        assert self.directory is not None
        suffix = RECORDS_SUFFIX if source.records else SUFFIXES[self.format]
        path = self.directory / (output_stem(source) + suffix)
        real = path.resolve()
        if real in self.inputs:
            raise OutputError(f"{path} is an input; not overwritten")
        if real in self.written:
            raise OutputError(f"{path} was written for an earlier input; not overwritten")
        self.written.add(real)
        return path

    def page(self, source: Source, result: Article | Document) -> None:
        """A page's result: an Article, or with --explain --format text its marked-up Document."""
        if self.directory is None:
            if isinstance(result, Document):
                with stdout.failing_as_output():
                    explain.show(result, self.stdout, self.stdout.isatty(), source.name if self.many else None)
            else:
                named = escaped_name(source.name) if self.many else None
                if named is not None and self.format != "json":  # a JSON result names its path itself
                    stdout.write(separator(named), self.stdout)
                stdout.write(render(result, self.format, self.explain, self.body, named) + "\n", self.stdout)
            return
        path = self.target(source)
        if isinstance(result, Document):
            text = io.StringIO()
            explain.show(result, text, False)
            data = text.getvalue()
        else:
            data = render(result, self.format, self.explain, self.body) + "\n"
        write_atomically(path, data.encode("utf-8"), create=True)

    def record(self, source: Source, line: str) -> None:
        """One output line of a record stream."""
        if self.directory is None:
            stdout.write(line + "\n", self.stdout)
            return
        self._records_of(source).file.write(line.encode("utf-8") + b"\n")

    def empty_records(self, source: Source) -> None:
        """A record stream that gave nothing still has its (empty) output file."""
        if self.directory is not None and source not in self.started:
            self._records_of(source)

    def _records_of(self, source: Source) -> AtomicFile:
        if self.records is None or self.records[0] != source:
            self.finish_records()
            self.records = (source, AtomicFile(self.target(source), create=True))
            self.started.add(source)
        return self.records[1]

    def finish_records(self) -> None:
        if self.records is not None:
            self.records[1].commit()
            self.records = None

    def discard(self) -> None:
        if self.records is not None:
            self.records[1].discard()
            self.records = None


def separator(name: str) -> str:
    """The line that starts a page of text or Markdown among several on stdout (as `--explain` and
    `head` write it)."""
    return f"==> {name} <==\n"


def escaped_name(name: str) -> str:
    """A file name as JSON can hold it: bytes of the name that are no UTF-8 (which Python keeps as
    lone surrogates) written as `\\xNN`, so that the line is valid UTF-8 and says which file."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def output_stem(source: Source) -> str:
    """An input's output name before its suffix: a file's name without its compression and type
    suffixes (`crawl.warc.gz` -> `crawl`), a URL's host and path, `stdin`."""
    if source.kind == URL:
        parts = urlsplit(source.name)
        stem = UNSAFE.sub("_", f"{parts.netloc}{parts.path}".rstrip("/") + (f"_{parts.query}" if parts.query else ""))
        return stem.strip("._")[:MAX_STEM] or "page"
    if source.name == "-":
        return "stdin"
    name = Path(strip_compression(Path(source.name).name))
    return name.stem if name.suffix else name.name
