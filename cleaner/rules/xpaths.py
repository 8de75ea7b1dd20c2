"""XPath helpers for rule files: the functions an XPath calls (lxml compiles a call to a function it
does not know and fails only when the call runs), the XPaths that `drop_id_or_class` and
`drop_image_src` stand for, and the attribute texts without which such an XPath selects nothing."""

from __future__ import annotations

import functools

import regex

# The XPath 1.0 core library (lxml runs XPath 1.0, nothing newer).
XPATH1_FUNCTIONS = frozenset("""
last position count id local-name namespace-uri name
string concat starts-with contains substring-before substring-after substring string-length
normalize-space translate boolean not true false lang number sum floor ceiling round
""".split())
NODE_TESTS = frozenset({"node", "text", "comment", "processing-instruction"})
OPERATORS = frozenset({"and", "or", "div", "mod"})  # `a and (b)`: no call
QUOTED = regex.compile(r"\"[^\"]*\"|'[^']*'")
# A name followed by `(`, not after an axis `::` and not a node test.
CALL = regex.compile(r"(?<![\w.:-])([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*\(")


def unknown_functions(path: str) -> list[str]:
    """The functions `path` calls that are not XPath 1.0's (`ends-with`, `matches`, `lower-case`)."""
    bare = QUOTED.sub("''", path)
    names = {m.group(1) for m in CALL.finditer(bare)}
    return sorted(n for n in names if n not in XPATH1_FUNCTIONS and n not in NODE_TESTS and n not in OPERATORS)


def literal(text: str) -> str:
    """`text` as an XPath string literal (it holds at most one kind of quote)."""
    return f'"{text}"' if "'" in text else f"'{text}'"


def id_or_class(token: str) -> str:
    """Elements whose id is `token` or whose class attribute holds it as a whole class."""
    padded = literal(f" {token.strip()} ")
    return (f"//*[contains(concat(' ', normalize-space(@class), ' '), {padded})"
            f" or contains(concat(' ', normalize-space(@id), ' '), {padded})]")


def image_src(text: str) -> str:
    """<img> elements whose src holds `text`."""
    return f"//img[contains(@src, {literal(text.strip())})]"


# The forms `needles` knows: id_or_class's for a token without whitespace (normalize-space changes only
# whitespace, so the token stands as it is in the raw attribute), and `//tag[contains(@attr, 'text')]`.
ID_OR_CLASS_FORM = regex.compile(
    r"//\*\[contains\(concat\(' ', normalize-space\(@class\), ' '\), (['\"]) ([^'\"\s]+) \1\)"
    r" or contains\(concat\(' ', normalize-space\(@id\), ' '\), \1 \2 \1\)\]")
CONTAINS_FORM = regex.compile(
    r"//(?:\*|[A-Za-z][A-Za-z0-9-]*)\[contains\(@([A-Za-z][A-Za-z0-9_-]*), (['\"])([^'\"]+)\2\)\]")


@functools.lru_cache(maxsize=4096)
def needles(path: str) -> tuple[tuple[str, str], ...] | None:
    """(attribute, text) pairs such that an element the XPath selects holds one of the texts in
    that attribute's value; None for an XPath of another form (which may select anything). A page
    none of whose attributes of those names holds its text is a page the XPath selects nothing on."""
    found = ID_OR_CLASS_FORM.fullmatch(path)
    if found:
        return (("class", found[2]), ("id", found[2]))
    found = CONTAINS_FORM.fullmatch(path)
    return ((found[1], found[3]),) if found else None
