"""XPath helpers for rule files: the functions an XPath calls (lxml compiles a call to a function it
does not know and fails only when the call runs), and the XPaths that `drop_id_or_class` and
`drop_image_src` stand for."""

from __future__ import annotations

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
