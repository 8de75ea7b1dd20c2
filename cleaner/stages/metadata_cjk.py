"""The article's author from a Chinese, Japanese or Korean byline, which the Latin byline rules of
stages.metadata cannot read (no `By`, no names in capitals), when no line near the headline named one.
The lines read run from the headline's down to a few past the article's end; in this order:
- a writer's labelled line (`作者：李明`, in a source line `2024-05-20 来源：晚报 作者：李明`; `文：佐藤 健`,
  `筆者：…`: [metadata] cjk_writers), the one nearest the headline;
- the name line under a writer's box heading past the article (`この記事を書いた人` / `佐藤 健` /
  `地域報道部`: [metadata] cjk_writer_boxes);
- a reporter's line in the text (`半月谈记者 李明`, `本报记者 李明 王芳`, `（记者 李明）`, `记者李明／北京报道`,
  a Japanese `地域報道部 佐藤健記者`, a Korean `홍길동 기자`: [metadata] cjk_reporters): who reported it;
- last, an editor's line at the article's foot (`责任编辑：王芳`: [metadata] cjk_editors): a page that
  names no writer and no reporter signs with its editor (some newsrooms' CMS declare the editor the
  author even over a reporter's line; the reporter is the one a reader calls the author).
A name is a few letters of Han or kana (Hangul for Korean); on a Japanese line a space stands inside a
name (`佐藤 健`), on a Chinese one between two (`李明 王芳`). It reads lines other stages dropped and
marks none.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import AUTHOR, Document, Found, page_text
from ..page import Page
from ..rules.generic import MetadataReading
from ..rules.patterns import Pattern

CJK_LANGUAGES = ("zh", "ja", "ko")
ABOVE = 12  # lines above the article's start where its headline and source line stand (as stages.metadata NEAR)
FOOT = 8  # lines past the article's end where its writer's or editor's line stands
BOX_LINES = 3  # lines under a writer's box heading where the name stands
MAX_LINE = 80  # a byline is a short line (a source line with its date, outlet and writer at most) ...
# ... or opens a longer one, within its first characters (`本报讯（记者 李明）6月1日，…`, `[서울=통신] 홍길동 기자 = …`)
OPENING = 12
# Where a byline may open inside a line: its start, or after a space, a bracket or a bar.
OPENINGS = regex.compile(r"(?<=[\s（(【\[|｜])\S")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# One name: Han letters (a surname and a given name, 2 to 4: `李明`, `欧阳晓红`), kana and Han for a
# Japanese name (up to 8, a space inside: `佐藤 健`), Hangul for a Korean one (2 to 4).
ZH_NAME = regex.compile(r"\p{Han}{2,4}")
JA_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー・]{1,6}(?: [\p{Han}\p{Hiragana}\p{Katakana}ー・]{1,6})?")
JA_NAME_CHARS = (2, 8)
KO_NAME = regex.compile(r"\p{Hangul}{2,4}")
BETWEEN_NAMES = regex.compile(r"\s?[、，,/·]\s?")


def apply(doc: Document, page: Page) -> None:
    if AUTHOR in doc.found or not doc.blocks:
        return
    language = doc.language or page.features.language
    if language not in CJK_LANGUAGES:
        return
    reading = page.generic.metadata
    lines = _lines(doc, page)
    for find in (_writer, _box, _reporter, _editor):
        found = find(doc, lines, reading, language)
        if found:
            names, i = found
            doc.found[AUTHOR] = Found(names, f"line {doc.blocks[i].line}")
            return


def _lines(doc: Document, page: Page) -> range:
    """The lines read: from a few above the article's start to a few past its end (page text), or the
    whole extracted content (HTML)."""
    if not page_text(doc) or page.region.total <= 0:
        return range(len(doc.blocks))
    heads = [i for i, b in enumerate(doc.blocks[:page.region.first + 1]) if b.title]
    first = min(heads[-1], page.region.first - ABOVE) if heads else page.region.first - ABOVE
    return range(max(0, first), min(len(doc.blocks), page.region.last + FOOT + 1))


def _writer(doc: Document, lines: range, reading: MetadataReading,
            language: str) -> tuple[tuple[str, ...], int] | None:
    return _labelled(doc, lines, reading.cjk_writers, language)


def _editor(doc: Document, lines: range, reading: MetadataReading,
            language: str) -> tuple[tuple[str, ...], int] | None:
    return _labelled(doc, lines, reading.cjk_editors, language)


def _reporter(doc: Document, lines: range, reading: MetadataReading,
              language: str) -> tuple[tuple[str, ...], int] | None:
    return _labelled(doc, lines, reading.cjk_reporters, language)


def _labelled(doc: Document, lines: range, patterns: Sequence[Pattern],
              language: str) -> tuple[tuple[str, ...], int] | None:
    """The names of the first short line in `lines` that a pattern reads."""
    for i in lines:
        text = doc.blocks[i].text.strip()
        for raw in _readings(text, patterns, len(text) if len(text) <= MAX_LINE else OPENING):
            found = cjk_names(raw, language)
            if found:
                return found, i
    return None


def _readings(text: str, patterns: Sequence[Pattern], reach: int) -> Iterator[str]:
    """The `names` group of each pattern that matches where a byline may open in the line's first
    `reach` characters."""
    for start in (0, *(m.start() for m in OPENINGS.finditer(text, 0, reach))):
        piece = text[start:]
        for pattern in patterns:
            m = pattern.match(piece)
            if m and m.group("names"):
                yield m.group("names")


def _box(doc: Document, lines: range, reading: MetadataReading,
         language: str) -> tuple[tuple[str, ...], int] | None:
    """The name line under a writer's box heading past the article's start."""
    for i in range(lines.start, len(doc.blocks)):
        if not any(p.fullmatch(doc.blocks[i].text.strip()) for p in reading.cjk_writer_boxes):
            continue
        for j in range(i + 1, min(len(doc.blocks), i + 1 + BOX_LINES)):
            found = cjk_names(doc.blocks[j].text.strip(), language, whole=True)
            if found:
                return found, j
    return None


def cjk_names(text: str, language: str, whole: bool = False) -> tuple[str, ...]:
    """The names in a byline's names text (`李明、王芳`, `李明 王芳`, `佐藤 健`, `홍길동·김철수`); () when a
    part is no name. `whole`: the text is a name line alone (one name)."""
    parts = [p for p in BETWEEN_NAMES.split(text.strip()) if p]
    if whole and len(parts) != 1:
        return ()
    out: list[str] = []
    for part in parts:
        if KO_NAME.fullmatch(part):
            out.append(part)
        elif language == "ja" or KANA.search(part):
            if not JA_NAME.fullmatch(part) or not JA_NAME_CHARS[0] <= len(part.replace(" ", "")) <= JA_NAME_CHARS[1]:
                return ()
            out.append(part)
        else:  # Chinese: a space between two names
            names = part.split()
            if not all(ZH_NAME.fullmatch(n) for n in names) or (whole and len(names) > 1):
                return ()
            out += names
    return tuple(dict.fromkeys(out))
