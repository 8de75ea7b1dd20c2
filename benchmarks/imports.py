"""The house's shape, checked: `python benchmarks/imports.py` (exit 1 on a problem; run by tests/test_imports.py).

1. Import graph of cleaner/: every module read with `ast`, every import counted, wherever it stands
   (module level, inside a function, under `if TYPE_CHECKING:`), and module names written as strings
   (the CLI's lazy subcommand table, a forkserver's preload list). A cycle fails, printed module by module.
2. Room order (../shared/DESIGN.md): cli and scale over pipeline over stages over page over blocks
   over rules, read and document. A module imports only its own room's level or those below.
3. Size: modules over MAX_MODULE_LINES lines, functions over MAX_FUNCTION_LINES lines. Offenders fail,
   except those in ALLOWED (other work is under way in those files; each entry says so).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner"

# Rooms from the top down. A module's room is its longest matching prefix; a room may import its own
# level and every level below it, never one above. The package's face (`cleaner/__init__.py`) sits
# with the pipeline it re-exports; `article` (with the `markdown` it renders), `text`,
# `settings`, `version` and `lazy` are leaves beside `read` and `document`.
LEVELS: tuple[tuple[str, ...], ...] = (
    ("cleaner.cli", "cleaner.scale", "cleaner.__main__"),
    ("cleaner", "cleaner.pipeline"),
    ("cleaner.stages",),
    ("cleaner.page",),
    ("cleaner.blocks",),
    ("cleaner.rules", "cleaner.read", "cleaner.document", "cleaner.article", "cleaner.markdown", "cleaner.text",
     "cleaner.settings", "cleaner.dates", "cleaner.quick_dates", "cleaner.authors",
     "cleaner.version", "cleaner.lazy"),
)

MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50

# Known offenders, allowed for now, each by its exact name (a module's entry does not cover its
# functions): other branches are editing these files (issue 10's rule fixes), so they are split
# there or after those land, not here. Remove an entry once it is split; the report lists entries
# that no longer offend.
ALLOWED: dict[str, str] = {
    "cleaner/rules/matching.py": "the phrase index is being fixed there (issue 10, item 2)",
    "cleaner/rules/generic.py:load_generic": "the generic settings' merge is being fixed there (issue 10, item 2)",
    "cleaner/cli/corpus.py": "fix's JSON Lines half (JsonlFix, hunk, fix_jsonl) goes to a module of its own (issue 18)",
}


@dataclass(frozen=True, slots=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module
    line: int


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(root: Path = PACKAGE) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def _not_imports(tree: ast.Module) -> set[int]:
    """ids of the strings that name no import: docstrings (a module named in prose) and logger names."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "getLogger":
            ids.update(id(arg) for arg in node.args)
    return ids


def _resolve(name: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module an ImportFrom names (before its imported names are looked at)."""
    if node.level == 0:
        return node.module or ""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(name: str, path: Path, known: set[str]) -> Iterator[Import]:
    """Every import of a cleaner module in one module's source, wherever it stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    prose = _not_imports(tree)
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(name, path, node)
            # `from . import explain` imports the submodule; `from .x import f` imports the module x.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose:
            candidate = node.value.partition(":")[0]  # "cleaner.cli.corpus:fix_main"
            if "." in candidate and candidate in known and candidate != name:
                targets = [candidate]
        for named in targets:
            target = named
            while target not in known and "." in target:
                target = target.rpartition(".")[0]  # `import cleaner.x.y` of a name in a package
            if target in known and target != name:
                yield Import(name, target, getattr(node, "lineno", 0))


def graph(root: Path = PACKAGE) -> dict[str, list[Import]]:
    found = modules(root)
    known = set(found)
    return {name: sorted(set(imports_of(name, path, known)), key=lambda i: (i.target, i.line))
            for name, path in found.items()}


def cycles(edges: dict[str, list[Import]]) -> list[list[str]]:
    """One cycle through each strongly connected group of modules (Tarjan), as a closed path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:  # recursion depth is bounded by the number of modules (about 60)
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for imp in edges.get(v, []):
            w = imp.target
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return [_path_in(group, edges) for group in groups]


def _path_in(group: list[str], edges: dict[str, list[Import]]) -> list[str]:
    """A shortest cycle from the group's first module back to it, staying inside the group."""
    start, members = group[0], set(group)
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for imp in edges[v]:
                w = imp.target
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [*reversed(path), start]
                if w in members and w not in previous:
                    previous[w] = v
                    nxt.append(w)
        frontier = nxt
    return group  # not reached: a strongly connected group has a cycle through each member


def level(module: str) -> int:
    best, found = -1, len(LEVELS)
    for i, rooms in enumerate(LEVELS):
        for room in rooms:
            if (module == room or module.startswith(room + ".")) and len(room) > best:
                best, found = len(room), i
    return found


def upward(edges: dict[str, list[Import]]) -> list[Import]:
    """Imports of a room above the importer's own (a smaller level number is higher)."""
    return [imp for imps in edges.values() for imp in imps if level(imp.target) < level(imp.source)]


@dataclass(frozen=True, slots=True)
class Size:
    where: str  # cleaner/x.py, or cleaner/x.py:Class.function
    lines: int
    limit: int


def sizes(root: Path = PACKAGE) -> list[Size]:
    """Modules over MAX_MODULE_LINES and functions over MAX_FUNCTION_LINES (decorators excluded)."""
    out = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).as_posix()
        source = path.read_text(encoding="utf-8")
        count = len(source.splitlines())
        if count > MAX_MODULE_LINES:
            out.append(Size(rel, count, MAX_MODULE_LINES))
        out += [Size(f"{rel}:{qualname}", lines, MAX_FUNCTION_LINES)
                for qualname, lines in _functions(ast.parse(source, rel)) if lines > MAX_FUNCTION_LINES]
    return out


def _functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, int]]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield prefix + node.name, (node.end_lineno or node.lineno) - node.lineno + 1
            yield from _functions(node, f"{prefix}{node.name}.")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, f"{prefix}{node.name}.")
        else:
            yield from _functions(node, prefix)


def allowed(size: Size) -> bool:
    return size.where in ALLOWED


def problems(root: Path = PACKAGE) -> list[str]:
    """Everything this check fails on, one line each ([] when the house is in order)."""
    edges = graph(root)
    out = [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(edges)]
    out += [f"{imp.source} (line {imp.line}) imports {imp.target}: a room above its own" for imp in upward(edges)]
    out += [f"{s.where}: {s.lines} lines (over {s.limit})" for s in sizes(root) if not allowed(s)]
    return out


def report(root: Path = PACKAGE) -> str:
    edges = graph(root)
    lines = ["rooms and what they import:"]
    rooms: dict[str, set[str]] = {}
    for imps in edges.values():
        for imp in imps:
            rooms.setdefault(_room(imp.source), set()).add(_room(imp.target))
    for room in sorted(rooms, key=lambda r: (level(r), r)):
        below = sorted(rooms[room] - {room}, key=lambda r: (level(r), r))
        lines.append(f"  {room:<18} -> {', '.join(below) or '-'}")
    offenders = sizes(root)
    lines.append(f"size offenders allowed for now ({sum(map(allowed, offenders))}):")
    lines += [f"  {s.where}: {s.lines} lines" for s in offenders if allowed(s)]
    stale = [key for key in ALLOWED if not any(s.where == key for s in offenders)]
    if stale:
        lines.append("allowed but no longer over the limits (remove from ALLOWED): " + ", ".join(stale))
    return "\n".join(lines)


def _room(module: str) -> str:
    return ".".join(module.split(".")[:2]) if module != "cleaner" else "cleaner/__init__"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    args = parser.parse_args(argv)
    if not args.quiet:
        print(report())
    found = problems()
    for problem in found:
        print(problem)
    verdict = f"{len(found)} problems" if found else "no cycle, rooms in order, sizes in bounds"
    print(f"{len(modules())} modules: {verdict}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
