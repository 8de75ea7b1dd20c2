"""The Full-Text RSS site-config line format: `directive: value`, `directive(argument): value`,
`# comment`, blank lines. One config a file; the file's name says which hosts it is for.

Read as Full-Text RSS reads it (each line trimmed; comments and blank lines skipped; the name is
what stands before the first colon), with one repair: the argument in parentheses runs to the
first `):`, so `replace_string(,"value":): ...` keeps the colon of its argument where Full-Text RSS
would cut the line there and lose it. A line that is no directive is a Problem, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

NAME = regex.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# File names: `example.com.txt` (the host and its www.), `.example.com.txt` (every subdomain).
SITE_FILE = regex.compile(r"(\.)?((?:[a-z0-9-]+\.)+[a-z0-9-]+)\.txt")
GLOBAL_FILE = "global.txt"


@dataclass(frozen=True, slots=True)
class Directive:
    line: int  # 1-based line number in the file
    name: str  # `body`, `replace_string`, `http_header`, ...
    argument: str | None  # what stands in parentheses: `replace_string(<b>)`, `wrap_in(blockquote)`
    value: str  # after the colon, trimmed ('' when the line gives none)

    @property
    def directive(self) -> str:
        """The directive as written before the colon."""
        return self.name if self.argument is None else f"{self.name}({self.argument})"

    @property
    def text(self) -> str:
        return f"{self.directive}: {self.value}".rstrip()


@dataclass(frozen=True, slots=True)
class Problem:
    line: int  # 0: the file as a whole
    text: str  # the line as written (or a summary)
    reason: str


def decode(data: bytes) -> tuple[str, list[Problem]]:
    """A config file's text. Bytes that are not UTF-8 are replaced, NUL bytes removed: each a Problem."""
    problems = []
    data = data.removeprefix(b"\xef\xbb\xbf")
    nuls = data.count(b"\x00")
    if nuls:
        problems.append(Problem(0, "", f"{nuls} NUL bytes removed"))
        data = data.replace(b"\x00", b"")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(Problem(line, "", "not UTF-8: the bytes that are not were replaced"))
        text = data.decode("utf-8", errors="replace")
    return text, problems


def parse(text: str) -> tuple[list[Directive], list[Problem]]:
    """The directives of a config file, in order, and the lines that are none."""
    directives: list[Directive] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        found = parse_line(number, line)
        if isinstance(found, Directive):
            directives.append(found)
        else:
            problems.append(Problem(number, line, found))
    return directives, problems


def parse_line(number: int, line: str) -> Directive | str:
    """The directive on a trimmed line, or why it is none."""
    m = NAME.match(line)
    if m is None:
        return "not a directive line (`name: value`)"
    name, rest = m.group(), line[m.end():].lstrip()
    argument = None
    if rest.startswith("("):
        close = rest.find("):")
        if close < 0:
            return f"`{name}(` has no `):` closing its argument"
        argument, rest = rest[1:close].strip(), rest[close + 1:]
    if not rest.startswith(":"):
        return f"no colon after `{name}`"
    return Directive(number, name, argument, rest[1:].strip())


def site_file_hosts(filename: str) -> tuple[str, bool] | None:
    """(host, wildcard) that a config file's name stands for; None for a name that is no site's.
    `www.example.com.txt` stands for example.com: Full-Text RSS looks hosts up without `www.`."""
    m = SITE_FILE.fullmatch(filename)
    if m is None:
        return None
    host = m.group(2)
    return (host if m.group(1) else host.removeprefix("www.")), bool(m.group(1))
