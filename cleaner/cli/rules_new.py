"""`rules new`: a site rule file skeleton for a sample page, with a test case that passes on it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import regex

from ..article import Article
from ..pipeline import Cleaner
from ..read import read_page
from ..rules.patterns import Pattern
from ..rules.site import FINGERPRINT_SPAN, load_site, url_host

SNIPPET = 100  # characters of a paragraph a `contains` check quotes
EXCLUDES = 3  # removed lines the test case names



class SkeletonError(ValueError):
    """The page cannot be told apart: no URL and no line that identifies it."""


TEMPLATE = """\
# {name}: site rules started by `article-cleaner rules new` from {sample}.
# Add what only this site's template explains; every key is described in the README ("Rule files").
format = 1

[site]
name = {q_name}
revision = 1                # bump when you change the file
domains = {domains}
fingerprints = {fingerprints}{fp_note}

[text]
drop_lines = []             # whole-line patterns, e.g. '^Advertisement$'
drop_ranges = []            # e.g. {{ start = '^Related stories$', end = '^End of related$', max_lines = 20 }}
cut_after = []              # this line and all after it go, e.g. '^Leave a comment$'
strip_prefix = []           # stripped from the start of a line, e.g. '^SITE —\\s*'

[html]
drop = []                   # CSS selectors removed before extraction, e.g. '.related-posts'
drop_xpath = []
title = []                  # first match wins, e.g. 'h1.entry-title'
body = []                   # first match wins, e.g. 'article .entry-content'

# What the page gives now; `article-cleaner rules test` checks it and shows what the rules change.
[[tests]]
input = {input}
{url_line}{title_line}contains = {contains}
excludes = {excludes}
"""


def toml_str(value: str) -> str:
    """A TOML string: literal ('...') when it can be, so patterns keep their backslashes readable."""
    if "'" not in value and not any(ord(c) < 0x20 or c == "\x7f" for c in value):
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_list(values: list[str]) -> str:
    return "[" + ", ".join(toml_str(v) for v in values) + "]"


def fingerprint(page: str, article: Article) -> str | None:
    """A whole line the generic layer removed (site furniture) that finds this page; else the title."""
    head = page[:FINGERPRINT_SPAN]
    # Not the title (one page's own) nor a lexicon or caption line (furniture every site has).
    lines = [r.text for r in article.removed if not r.title and not r.rule.startswith(("lexicon.", "captions."))
             and 2 <= len(r.text.split()) <= 12]
    for text in [*lines, article.title or ""]:
        if not text:
            continue
        source = "^" + regex.escape(text, special_only=True, literal_spaces=True) + "$"
        if Pattern(source, "fingerprint").search(head):
            return source
    return None


def snippet(paragraph: str) -> str:
    if len(paragraph) <= SNIPPET:
        return paragraph
    cut = paragraph[:SNIPPET].rsplit(" ", 1)[0]
    return cut or paragraph[:SNIPPET]


def render(name: str, sample: Path, output: Path, url: str | None, fingerprints: list[str],
           article: Article | None) -> str:
    host = url_host(url).removeprefix("www.") if url else ""
    paragraphs = article.body.split("\n\n") if article and article.body else []
    contains = list(dict.fromkeys(snippet(p) for p in (paragraphs[:1] + paragraphs[-1:])))
    removed = [r.text for r in (article.removed if article else ()) if not r.title]
    body = " ".join(article.body.split()) if article else ""
    excludes = [t for t in dict.fromkeys(removed) if len(t.split()) >= 2 and t not in body][:EXCLUDES]
    title = article.title if article else None
    return TEMPLATE.format(
        name=name, sample=sample.name, q_name=toml_str(name),
        domains=toml_list([host] if host else []),
        fingerprints=toml_list(fingerprints),
        fp_note="  # check: a line every page of the site has" if fingerprints else "",
        input=toml_str(Path(os.path.relpath(sample.resolve(), output.resolve().parent)).as_posix()),
        url_line=f"url = {toml_str(url)}\n" if url else "",
        title_line=f"title = {toml_str(title)}\n" if title else "",
        contains=toml_list(contains), excludes=toml_list(excludes),
    )


def skeleton(name: str, page: bytes, sample: Path, output: Path, url: str | None,
             user_dirs: list[Path], tmp: Path) -> str:
    """The rule file's text. The test case is what the page gives with the new (empty) site rule in
    force, so it passes now and shows what later rules change. SkeletonError when nothing can find
    the page (no URL, no usable fingerprint)."""
    text, _ = read_page(page)
    fingerprints: list[str] = []
    if url and not url_host(url):
        raise SkeletonError(f"the URL {url!r} has no host to take the domain from")
    if not url:
        found = fingerprint(text, Cleaner(user_dirs).clean(page))
        if found is None:
            raise SkeletonError("no line of this page can identify the site; give its --url")
        fingerprints = [found]
    draft = tmp / output.name
    draft.write_text(render(name, sample, draft, url, fingerprints, None), encoding="utf-8")
    article = Cleaner([tmp, *user_dirs]).clean(page, url)
    if article.site != name:
        raise SkeletonError(f"the page matches the site rule {article.site!r} first; give its --url")
    result = render(name, sample, output, url, fingerprints, article)
    draft.write_text(render(name, sample, draft, url, fingerprints, article), encoding="utf-8")
    load_site(draft)  # the skeleton must validate; a RuleError here is a bug, reported as such
    return result
