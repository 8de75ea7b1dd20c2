"""rules.xpaths: the needles of the XPaths that drop rules stand for, checked against what lxml selects."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from cleaner.rules.xpaths import id_or_class, image_src, needles

PAGE = lxml.html.document_fromstring(
    "<html><body><div class='box  promo\tbox-wide' id='side'>x</div>"
    "<img src='https://ads.example/pixel.gif'><p class='lead'>y</p></body></html>")


@pytest.mark.parametrize(("path", "expected"), [
    (id_or_class("promo"), (("class", "promo"), ("id", "promo"))),
    (image_src("ads.example"), (("src", "ads.example"),)),
    ("//*[contains(@class, 'newsletter-signup')]", (("class", "newsletter-signup"),)),
    ("//section[contains(@data-role, \"teaser\")]", (("data-role", "teaser"),)),
])
def test_the_forms_rules_write_have_needles(path, expected):
    assert needles(path) == expected


@pytest.mark.parametrize("path", [
    id_or_class("two words"),  # normalize-space makes runs of spaces one: no raw substring to look for
    id_or_class("it's"),
    "//div[@id='side']",
    "//*[contains(@class, 'promo')]//p",
    "//*[contains(., 'promo')]",
])
def test_other_xpaths_have_none(path):
    assert needles(path) is None


@pytest.mark.parametrize("token", ["promo", "box-wide", "side", "lead", "pro", "absent"])
def test_a_page_without_the_needle_is_one_the_xpath_selects_nothing_on(token):
    for path in (id_or_class(token), image_src(token), f"//*[contains(@class, '{token}')]"):
        found = needles(path)
        assert found is not None
        held = any(text in (value or "") for name, text in found for value in PAGE.xpath(f"//@{name}"))
        if etree.XPath(path)(PAGE):
            assert held, path
