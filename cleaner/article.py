"""The Article: what the cleaner returns for a page."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from .document import AUTHOR, DATE, DESCRIPTION, FIELDS, URL, Document
from .markdown import Part, heading, render

BodyFormat = Literal["text", "markdown"]
BODY_FORMATS: tuple[BodyFormat, ...] = ("text", "markdown")

# The status of a result, the same word in every output (JSON, JSON Lines, fix, datatrove):
OK = "ok"  # an article: a body
EMPTY = "empty"  # the page holds no text at all (empty input, HTML with nothing visible)
NOT_ARTICLE = "not-article"  # text, but no article (a title alone, an index page of teasers)
ERROR = "error"  # the page could not be cleaned (not a page, undecodable); never an Article's status
STATUSES = (OK, EMPTY, NOT_ARTICLE, ERROR)

TITLE = "title"  # the rule of a line dropped because it is the title (stages.title)


@dataclass(slots=True, frozen=True)
class Removed:
    text: str
    rule: str
    line: int
    title: bool = False  # the line holds the title (document.Block.title): its text is kept, as the title

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "rule": self.rule, "line": self.line}
        if self.title and self.rule != TITLE:  # rule `title` says so already
            out["title"] = True
        return out


def holds_title(removed: dict[str, Any]) -> bool:
    """True for a `removed` entry of `Article.to_dict(explain=True)` whose line holds the title."""
    return removed["rule"] == TITLE or removed.get("title") is True


@dataclass(slots=True, frozen=True)
class Article:
    title: str | None
    body: str
    url: str | None = None  # the canonical URL the page declares, else the one given
    site: str | None = None  # the site's name: its rule file's, or as the page declares it
    language: str | None = None
    author: tuple[str, ...] | None = None  # the names, as the page writes them
    date: str | None = None  # ISO 8601: YYYY-MM-DD, or with time and zone when the page gives them
    description: str | None = None  # HTML only: the page's declared description
    source: str = "text"  # the path that produced the result: text, html or html-fallback
    status: str = OK  # OK, EMPTY or NOT_ARTICLE (see STATUSES)
    removed: tuple[Removed, ...] = field(default=(), repr=False)
    meta: dict[str, str] = field(default_factory=dict, repr=False)
    # what site rules did besides removing text (a body XPath that matched nothing), as Removed with line 0
    notes: tuple[Removed, ...] = field(default=(), repr=False)
    parts: tuple[Part, ...] = field(default=(), repr=False)  # the body's blocks, in order
    # where each metadata field came from (`json-ld.author`, `line 3`, `given`), for --explain
    sources: dict[str, str] = field(default_factory=dict, repr=False)

    def fields(self) -> dict[str, Any]:
        """The metadata fields, every key present, None where the page does not give it."""
        return {"author": list(self.author) if self.author else None, "date": self.date, "site": self.site,
                "url": self.url, "language": self.language, "description": self.description}

    def to_dict(self, explain: bool = False, body_format: BodyFormat = "text") -> dict[str, Any]:
        """The result as JSON-ready data; `body_format="markdown"`: the body as Markdown."""
        body = self.body_markdown() if body_format == "markdown" else self.body
        out: dict[str, Any] = {"title": self.title, "body": body, **self.fields()}
        out["source"] = self.source
        out["status"] = self.status
        if explain:
            out["fields"] = {key: self.sources[key] for key in FIELDS if key in self.sources}
            out["removed"] = [r.to_dict() for r in self.removed]
            if self.notes:
                out["notes"] = [{"text": n.text, "rule": n.rule} for n in self.notes]
        return out

    def to_json(self, explain: bool = False, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(explain), ensure_ascii=False, indent=indent)

    def header(self) -> list[str]:
        """`Field: value` lines of the metadata the page gives (`--format text` prints them under the title)."""
        fields = self.fields()
        if fields["author"]:
            fields["author"] = ", ".join(fields["author"])
        return [f"{key.capitalize()}: {value}" for key, value in fields.items() if value]

    def to_text(self) -> str:
        """Title, a blank line, then the body (the format of `--format text` and `fix`)."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    def body_markdown(self) -> str:
        """The body as Markdown: on the HTML path headings, lists, quotes and tables marked up; on the
        text path the paragraphs as they are. Without its marks, the same text as `body`."""
        return render(self.parts)

    def to_markdown(self) -> str:
        """The title as a `#` heading, a blank line, then the body as Markdown (`--format markdown`)."""
        body = self.body_markdown()
        return f"{heading(self.title, 1)}\n\n{body}" if self.title else body

    @classmethod
    def from_document(cls, doc: Document) -> Article:
        # What went before extraction has no block: it is listed first, as line 0.
        removed = [Removed(text, rule, 0) for text, rule in doc.removed_before]
        for block in doc.blocks:
            if block.stripped:  # listed even when the rest of the line is dropped later: nothing goes unexplained
                removed.append(Removed(block.stripped, block.stripped_by, block.line, block.stripped_by == TITLE))
            if block.dropped is not None:
                removed.append(Removed(block.text, block.dropped, block.line, block.title))
        kept = list(doc.kept())
        body = "\n\n".join(b.text for b in kept)
        found = doc.found
        author = found[AUTHOR].value if AUTHOR in found else None
        return cls(
            title=doc.title,
            body=body,
            url=str(found[URL].value) if URL in found else doc.url,
            author=author if isinstance(author, tuple) and author else None,
            date=str(found[DATE].value) if DATE in found else None,
            description=str(found[DESCRIPTION].value) if DESCRIPTION in found else None,
            sources={key: f.source for key, f in found.items()},
            site=doc.site,
            language=doc.language,
            source=doc.source,
            status=status_of(doc, body),
            removed=tuple(removed),
            meta=dict(doc.meta),
            notes=tuple(Removed(text, rule, 0) for text, rule in doc.notes),
            parts=tuple(Part(b.text, b.kind, b.place) for b in kept),
        )


# A body of one line, of fewer words than this and without a sentence end, is a headline or a
# label alone (`echo Title | article-cleaner`): no article, though the line stays in the body.
LONE_LINE_WORDS = 8
SENTENCE_ENDS = tuple(".!?…。！？\"'”»)")


def status_of(doc: Document, body: str) -> str:
    """What the stages said (OK, NOT_ARTICLE), unless the body is empty: then EMPTY for a page with
    no text at all, NOT_ARTICLE for one whose text is no article; a lone short line is NOT_ARTICLE too."""
    text = body.strip()
    if doc.status != OK:
        return doc.status
    if not text:
        has_text = doc.title or doc.removed_before or any(b.text.strip() for b in doc.blocks)
        return NOT_ARTICLE if has_text else EMPTY
    if "\n" not in text and len(text.split()) < LONE_LINE_WORDS and not text.endswith(SENTENCE_ENDS):
        return NOT_ARTICLE
    return OK


def has_article(article: Article) -> bool:
    """True when the page held an article: status `ok` (which means a body)."""
    return article.status == OK
