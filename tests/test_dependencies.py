"""What the cleaner relies on in its dependencies, and that they are declared where they are used.

The canaries: trafilatura's `examine_meta` and `extract_meta_json` are not part of its public API
(cleaner/blocks/html/meta.py calls them), and cleaner/blocks/html/extract.py reads the XML that
`bare_extraction` builds tag by tag. pyproject.toml bounds trafilatura to the major version these
tests pass on; a failure here names what changed, so that raising the bound is a decision.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
import trafilatura
from packaging.requirements import Requirement
from trafilatura.metadata import examine_meta, extract_meta_json

from cleaner.blocks.html import extract
from cleaner.blocks.html.parse import parse
from cleaner.document import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
TRAFILATURA = f"trafilatura {trafilatura.__version__}"

# A page with every structure the HTML path maps, in our own words.
PAGE = """<html lang="en"><head><title>Harbour reopens | Town Gazette</title></head><body><article>
<h1>Harbour reopens after two years</h1>
<p>The old harbour of the town reopened on Monday after two years of work, the mayor said at the quay.</p>
<p>Fishing boats came back the <b>same morning</b>, and <a href="/market">the market</a> opened at noon.<br>
Prices were <del>high</del> low.</p>
<h2>What the work brought</h2>
<ul><li>New quay walls of stone and steel</li><li>A wider channel for larger boats</li></ul>
<dl><dt>Channel</dt><dd>Dredged to six metres along its whole length</dd></dl>
<blockquote>We waited a long time for this day, said a fisherman who has worked here for forty years.</blockquote>
<table><tr><td>Boats back</td><td>forty two</td></tr><tr><td>Stalls open</td><td>thirty</td></tr></table>
<pre><code>harbour.open(day="Monday")</code></pre>
<p>The work cost more than planned, but the council says the port will pay for itself within ten years.</p>
</article></body></html>"""

META_TAGS = """<html><head><title>Harbour reopens | Town Gazette</title>
<meta property="og:title" content="Harbour reopens"><meta property="og:site_name" content="Town Gazette">
<meta name="author" content="Jane Doe"></head><body><p>Text.</p></body></html>"""

JSON_LD = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
"@type": "NewsArticle", "headline": "Harbour reopens", "author": {"@type": "Person", "name": "Jane Doe"},
"publisher": {"@type": "Organization", "name": "Town Gazette"}}</script></head><body><p>Text.</p></body></html>"""


def test_examine_meta_reads_the_meta_tags():
    meta = examine_meta(parse(META_TAGS))
    found = {"title": meta.title, "sitename": meta.sitename, "author": meta.author}
    assert found == {"title": "Harbour reopens", "sitename": "Town Gazette", "author": "Jane Doe"}, (
        f"{TRAFILATURA}: trafilatura.metadata.examine_meta(tree) no longer gives title, sitename and author "
        f"from meta tags (got {found}); cleaner/blocks/html/meta.py relies on it")


def test_extract_meta_json_reads_json_ld_into_the_metadata_it_is_given():
    tree = parse(JSON_LD)
    meta = extract_meta_json(tree, examine_meta(tree))
    found = {"title": meta.title, "sitename": meta.sitename, "author": meta.author}
    assert found == {"title": "Harbour reopens", "sitename": "Town Gazette", "author": "Jane Doe"}, (
        f"{TRAFILATURA}: trafilatura.metadata.extract_meta_json(tree, metadata) no longer fills title, sitename "
        f"and author from JSON-LD (got {found}); cleaner/blocks/html/meta.py relies on it")


@pytest.mark.parametrize("options", [extract.EXTRACT_OPTIONS, extract.SECOND_OPINION], ids=["fast", "second-opinion"])
def test_bare_extraction_writes_only_the_tags_extract_knows(options):
    result = trafilatura.bare_extraction(parse(PAGE), url="https://gazette.example/harbour", **options)
    body = getattr(result, "body", None)
    assert body is not None, (f"{TRAFILATURA}: bare_extraction(tree, ...) no longer returns a result with a `body` "
                              f"element (got {type(result).__name__}); cleaner/blocks/html/extract.py reads it")
    tags = {node.tag for node in body.iter() if isinstance(node.tag, str)}
    known = extract.KINDS.keys() | extract.CONTAINERS | {extract.LINE_BREAK} | extract.INLINE
    assert tags <= known, (f"{TRAFILATURA}: bare_extraction's XML has tags {sorted(tags - known)} that "
                           "cleaner/blocks/html/extract.py does not map (KINDS, CONTAINERS, LINE_BREAK, INLINE)")
    expected = {"body", "head", "p", "lb", "del", "list", "item", "quote", "table", "row", "cell", "code"}
    assert expected <= tags, (f"{TRAFILATURA}: bare_extraction's XML no longer writes {sorted(expected - tags)} "
                              "for the structures cleaner/blocks/html/extract.py maps to block kinds")


def test_each_structure_becomes_a_block_of_its_kind():
    kinds = {b.text: b.kind for b in extract.extract_blocks(parse(PAGE), "https://gazette.example/harbour")}
    assert kinds["Harbour reopens after two years"] == HEADING
    assert kinds["New quay walls of stone and steel"] == LIST_ITEM
    assert kinds["Dredged to six metres along its whole length"] == LIST_ITEM
    assert kinds["We waited a long time for this day, said a fisherman who has worked here for forty years."] == QUOTE
    assert kinds["forty two"] == TABLE
    assert kinds["Prices were high low."] == PARAGRAPH  # a line break starts a block; struck text stays text


def requirements(extra: str | None = None) -> list[Requirement]:
    specs = PROJECT["dependencies"] if extra is None else PROJECT["optional-dependencies"][extra]
    return [Requirement(s) for s in specs]


def test_trafilatura_is_bounded_to_a_tested_major_version():
    (req,) = [r for r in requirements() if r.name == "trafilatura"]
    assert any(s.operator == "<" for s in req.specifier), "trafilatura needs an upper bound: we use its internals"
    assert req.specifier.contains(trafilatura.__version__)


def test_installed_dependencies_meet_their_declared_versions():
    wrong = []
    for req in requirements():
        try:
            version = metadata.version(req.name)
        except metadata.PackageNotFoundError:
            wrong.append(f"{req}: not installed")
            continue
        if not req.specifier.contains(version, prereleases=True):
            wrong.append(f"{req}: {version} installed")
    assert not wrong


def third_party_imports(path: Path) -> set[str]:
    """Top-level names of the modules outside the standard library and this package that `path` imports."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "cleaner"}


# Modules that need an optional extra, and which.
EXTRA_OF = {"cleaner/scale/dask.py": "dask", "cleaner/scale/datatrove.py": "datatrove",
            "cleaner/cli/inputs/warc.py": "warc"}
# Declared but imported by none of our modules, each for a reason.
DECLARED_FOR_OTHERS = {
    "lxml-html-clean": "trafilatura imports lxml.html.clean; pip 23.2 drops trafilatura's lxml[html_clean] extra",
}


def _names(reqs: list[Requirement]) -> set[str]:
    """Distribution names the requirements bring in, extras included (`dask[distributed]`: dask, distributed)."""
    return {metadata.Prepared.normalize(n) for r in reqs for n in (r.name, *r.extras)}


def test_every_third_party_import_is_declared_where_it_is_used():
    distributions = metadata.packages_distributions()
    core, missing = _names(requirements()), []
    used: set[str] = set()
    for path in sorted((ROOT / "cleaner").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        declared = core | (_names(requirements(EXTRA_OF[rel])) if rel in EXTRA_OF else set())
        for module in sorted(third_party_imports(path)):
            dists = {metadata.Prepared.normalize(d) for d in distributions.get(module, [module])}
            used |= dists
            if not dists & declared:
                missing.append(f"{rel} imports {module}, which {'its extra' if rel in EXTRA_OF else 'no dependency'} "
                               "declares")
    assert not missing
    unused = core - used - {metadata.Prepared.normalize(n) for n in DECLARED_FOR_OTHERS}
    assert not unused, f"declared dependencies that no module imports: {sorted(unused)}"


@pytest.mark.parametrize(("module", "room"), [("rich", "cleaner/cli/"), ("pydantic", "cleaner/rules/")])
def test_rich_and_pydantic_are_imported_only_where_they_are_used(module, room):
    users = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "cleaner").rglob("*.py")
                   if module in third_party_imports(p))
    assert users, f"no module imports {module}: drop it from the dependencies"
    assert all(u.startswith(room) for u in users), users


def test_cleaning_a_page_loads_no_terminal_library():
    """The library, and the filter on a page, run without rich: it is for progress bars and --explain tables."""
    script = ("import sys\nfrom cleaner.cli import main\nimport cleaner\n"
              "cleaner.clean('<html><body><p>A page.</p></body></html>')\n"
              "main(['samples/newslooks-blinken-nato.txt'])\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=True)
    assert proc.stderr.strip().splitlines()[-1] == "[]"


# What start-up must not pay for: the HTML path's extractor, the rule schema, the terminal library,
# the network and compression libraries (each loads where it is first needed).
LATE = ("trafilatura", "lxml", "pydantic", "justext", "rich", "urllib3", "zstandard", "ahocorasick")


@pytest.mark.parametrize(("args", "late"), [
    (["--version"], LATE),
    (["--help"], LATE),
    (["samples/newslooks-blinken-nato.txt"], ("trafilatura", "rich", "urllib3", "zstandard")),  # a text page
])
def test_the_command_line_loads_only_what_it_needs(args, late):
    script = ("import sys\nfrom cleaner.cli import main\n"
              f"code = main({args!r})\n"
              f"print(code, sorted({{m.split('.')[0] for m in sys.modules}} & {set(late)!r}), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=True)
    assert proc.stdout.strip(), "the command printed nothing"
    assert proc.stderr.strip().splitlines()[-1] == "0 []"
