"""What a conversion did: counts of directives mapped, kept as metadata and skipped (with the
reasons), the files left out; as a summary for the command line and as the folder's README."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .convert import Converted, Outcome
from .directives import BOOL_KEYS, TOKEN_KEYS, XPATH_KEYS


@dataclass(slots=True)
class Report:
    files: int = 0  # config files read
    converted: dict[str, Converted] = field(default_factory=dict)  # output file name -> conversion
    sources: dict[str, str] = field(default_factory=dict)  # output file name -> source file name
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (file, why) of files not converted

    def outcomes(self) -> list[tuple[str, Outcome]]:
        """(source file, outcome) of every directive line, file by file."""
        return [(self.sources[name], o) for name, c in self.converted.items() for o in c.outcomes]

    def counts(self, status: str) -> Counter[str]:
        return Counter(o.directive for _, o in self.outcomes() if o.status == status)

    def reasons(self) -> Counter[str]:
        return Counter(_reason_kind(o.reason) for _, o in self.outcomes() if o.status == "skipped")

    def summary(self) -> list[str]:
        """The lines the command prints to stderr."""
        mapped, kept, skipped = (sum(self.counts(s).values()) for s in ("mapped", "metadata", "skipped"))
        lines = [(f"{len(self.converted)} of {self.files} config files converted; {mapped} directive lines mapped, "
                  f"{kept} kept as metadata, {skipped} skipped")]
        lines += [f"  mapped {n:>5} {name}" for name, n in self.counts("mapped").most_common()]
        lines += [f"  skipped {n:>4} {why}" for why, n in self.reasons().most_common()]
        lines += [f"  not converted: {name}: {why}" for name, why in self.left_out]
        return lines


def _reason_kind(reason: str) -> str:
    """A reason without its particulars (`XPath does not compile: ...` -> `XPath does not compile`)."""
    return reason.split(":", 1)[0] if reason.startswith("XPath") else reason


MAPPING = [(ftr, f"`[html] {key}`") for ftr, key in XPATH_KEYS.items()] + [
    (ftr, f"`[html] {key}` (the XPath it stands for is made when the rules load)") for ftr, key in TOKEN_KEYS.items()
] + [
    ("find_string / replace_string, replace_string(find)", "`[html] find_replace`, in order, on the raw HTML"),
    ("wrap_in(tag)", "`[html] wrap_in`"),
] + [(ftr, f"`[html] {key}`") for ftr, key in BOOL_KEYS.items()] + [
    ("`example.com.txt`", "`domains = [\"example.com\"]`, `subdomains = false` (the host and its www.)"),
    ("`.example.com.txt`", "`domains = [\"*.example.com\"]` (every subdomain, not the host)"),
    ("`global.txt`", ("`global.toml`, `[imported] global_rules = true`: merged into every other file, and "
                      "the rules of a host that no file names")),
]


def readme(report: Report, commit: str) -> str:
    at = f" at commit `{commit}`" if commit else ""
    rows = "".join(f"| {ftr} | {ours} |\n" for ftr, ours in MAPPING)
    mapped, kept, skipped = report.counts("mapped"), report.counts("metadata"), report.counts("skipped")
    names = sorted(set(mapped) | set(kept) | set(skipped), key=lambda n: (-(mapped[n] + kept[n] + skipped[n]), n))
    counts = "".join(f"| {n} | {mapped[n]} | {kept[n]} | {skipped[n]} |\n" for n in names)
    reasons = "".join(f"| {why} | {n} |\n" for why, n in report.reasons().most_common())
    left = "".join(f"- `{name}`: {why}\n" for name, why in report.left_out) or "- none\n"
    return f"""# Full-Text RSS site configs, converted

These site rule files were converted by `article-cleaner rules import-ftr` from the Full-Text RSS
site-config corpus (fivefilters/ftr-site-config{at}), which is in the public domain (CC0 1.0: see
`LICENSE.txt`). Do not edit them: a fix goes into the converter (`cleaner/rules/ftr/`), and then
the folder is made again:

    article-cleaner rules import-ftr path/to/ftr-site-config --out rules/ftr --commit {commit or 'SHA'}

`index.json` lists each file's domains, so that a file is read and compiled only when a page of
its host comes. Each file names its source file and commit in `[imported]`, keeps the
directives about fetching (headers, logins, further pages, test URLs) there as metadata, and lists
the lines that were not applied, with the reason, in comments at its end.

{report.files} config files read, {len(report.converted)} converted.

## How the directives map

| Full-Text RSS | site rule file |
| --- | --- |
{rows}
## What became of each directive line

| directive | mapped | kept as metadata | skipped |
| --- | --- | --- | --- |
{counts}
## Skipped, by reason

| reason | lines |
| --- | --- |
{reasons}
## Files not converted

{left}"""
