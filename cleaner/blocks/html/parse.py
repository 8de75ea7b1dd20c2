"""The page parsed once, as lxml.html trees that trafilatura takes; broken markup repaired."""

from __future__ import annotations

import lxml.html
import regex
from lxml import etree

# lxml refuses a str that declares its own encoding; the text is decoded already.
XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*\?>", regex.I)
# trafilatura takes only lxml.html's HtmlElement, but lxml.html's own parser picks each element's
# class with a Python callback (FormElement for <form>, ...), called for every element any code
# touches: trafilatura's walks over its copies of the tree pay it a few thousand times a page.
# One class for all elements is looked up in C; nothing here or in trafilatura uses the form classes.
ELEMENT_CLASSES = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement)


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree, or None when nothing (or not all) of it can be read; broken markup
    is repaired."""
    html = XML_DECLARATION.sub("", html, count=1)
    # As trafilatura parses: comments and processing instructions would only be in its way.
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(ELEMENT_CLASSES)  # in place of lxml.html's callback
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    # libxml2 silently leaves out what is nested deeper than its limit (256 elements): a tree
    # without it would lose text, so such a page is read as text between tags instead.
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return None
    return tree


