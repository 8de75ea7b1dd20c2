"""Whole pages of common templates, as a scraper saves their visible text (tests/pages/templates,
written for these tests: no real page). expected.json says, for each page, its kind, the title a
reader sees, the author and the day it was published (null: the page names none), passages the
body holds (`with`) and the page's furniture that must not be in it (`without`: its menu, cookie
banner, share bar and the like). The text path on each: the title is right and does not open the
body, the body holds its passages and none of the furniture, the author and the date are right. A page that
opens with its `<title>` line (`title_line`) is also cleaned without it, as a scraper that drops the
document's head saves it: the title is the same.

A check the cleaner does not pass yet is in KNOWN_WRONG, as a strict xfail with the reason."""

from __future__ import annotations

import json

import pytest

from cleaner import Article, Cleaner
from helpers import ROOT

PAGES = ROOT / "tests" / "pages" / "templates"
EXPECTED: dict[str, dict] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
CHECKS = ("title", "title_not_in_body", "with", "without", "author", "date", "title_without_title_line")

# (page, check) -> why the cleaner still gets it wrong
KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("review-de.txt", "without"): "a rating box's score alone ('4,5 von 5 Sternen') stays: dropped by the lexicon, it moved a "
                                  "bench shop page's region onto its reviews",
}


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def cleaned() -> dict[str, Article]:
    cleaner = Cleaner(site_rules=False)
    return {name: cleaner.clean((PAGES / name).read_text(encoding="utf-8"), kind="text") for name in EXPECTED}


@pytest.fixture(scope="module")
def headless() -> dict[str, Article]:
    """The pages that open with their `<title>` line, cleaned without it."""
    cleaner = Cleaner(site_rules=False)
    pages = {name: (PAGES / name).read_text(encoding="utf-8") for name, spec in EXPECTED.items() if spec.get("title_line")}
    return {name: cleaner.clean(page.split("\n", 1)[1], kind="text") for name, page in pages.items()}


def _check(article: Article, spec: dict, check: str) -> None:
    body = _norm(article.body)
    if check == "title":
        assert article.title == spec["title"]
    elif check == "title_not_in_body":
        assert article.body.split("\n")[0].strip() != spec["title"]
    elif check == "with":
        assert [p for p in spec["with"] if _norm(p) not in body] == []
    elif check == "without":
        assert [p for p in spec["without"] if _norm(p) in body] == []
    elif check == "author":
        assert (list(article.author) if article.author else None) == spec["author"]
    elif check == "date":
        assert (article.date[:10] if article.date else None) == spec.get("date")


def _params() -> list:
    out = []
    for name in sorted(EXPECTED):
        for check in CHECKS:
            if check == "date" and "date" not in EXPECTED[name]:
                continue  # the page shows only when it was last edited: either answer is fair
            if check == "title_without_title_line" and not EXPECTED[name].get("title_line"):
                continue
            reason = KNOWN_WRONG.get((name, check))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            out.append(pytest.param(name, check, marks=marks, id=f"{name.removesuffix('.txt')}-{check}"))
    return out


@pytest.mark.parametrize(("name", "check"), _params())
def test_template_page(cleaned: dict[str, Article], headless: dict[str, Article], name: str, check: str) -> None:
    if check == "title_without_title_line":
        assert headless[name].title == EXPECTED[name]["title"]
    else:
        _check(cleaned[name], EXPECTED[name], check)


def test_every_page_has_its_expectations() -> None:
    assert sorted(p.name for p in PAGES.glob("*.txt")) == sorted(EXPECTED)
    assert all({"kind", "title", "author", "with", "without"} <= set(spec) for spec in EXPECTED.values())
