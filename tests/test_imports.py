"""The house's shape (benchmarks/imports.py): no import cycle, rooms in order, modules and functions in bounds."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "imports.py"


def _load():
    spec = importlib.util.spec_from_file_location("house_imports", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


house = _load()


def test_the_package_is_in_order(capsys):
    assert house.main(["-q"]) == 0, capsys.readouterr().out


def package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "cleaner"
    for name, source in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return root


def test_a_cycle_through_a_function_level_import_is_found(tmp_path):
    root = package(tmp_path, {
        "rules/__init__.py": "",
        "rules/a.py": "from .b import thing\n",
        "rules/b.py": "def thing():\n    from . import c\n    return c\n",
        "rules/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import thing\n",
    })
    problems = house.problems(root)
    assert problems == ["import cycle: cleaner.rules.a -> cleaner.rules.b -> cleaner.rules.c -> cleaner.rules.a"]


def test_a_module_named_as_a_string_counts_but_prose_and_logger_names_do_not(tmp_path):
    root = package(tmp_path, {
        "cli/__init__.py": 'COMMANDS = {"fix": "cleaner.cli.fix:main"}\n',
        "cli/fix.py": '"""Called by cleaner.cli as cleaner.cli.fix."""\nimport logging\n'
                      'log = logging.getLogger("cleaner.cli")\nfrom . import helpers\n',
        "cli/helpers.py": "import cleaner.cli\n",
    })
    cycle = "cleaner.cli -> cleaner.cli.fix -> cleaner.cli.helpers -> cleaner.cli"
    assert house.problems(root) == [f"import cycle: {cycle}"]


def test_a_room_importing_one_above_it_is_reported(tmp_path):
    root = package(tmp_path, {
        "rules/__init__.py": "",
        "rules/site.py": "def f():\n    from ..stages import run\n",
        "stages/__init__.py": "from ..rules import site\nrun = None\n",
        "page/__init__.py": "from .. import document\n",
        "document.py": "",
    })
    problems = house.problems(root)
    assert "cleaner.rules.site (line 2) imports cleaner.stages: a room above its own" in problems
    assert not any("cleaner.page" in p for p in problems)  # page over document: in order


@pytest.mark.parametrize(("lines", "offends"), [(50, False), (51, True)])
def test_long_functions_and_modules_are_reported(tmp_path, lines, offends):
    body = "".join(f"    x{i} = {i}\n" for i in range(lines - 1))
    method = f"class C:\n    def f(self):\n{textwrap.indent(body, '    ')}"
    root = package(tmp_path, {"blocks/__init__.py": "", "blocks/long.py": method})
    expected = [f"cleaner/blocks/long.py:C.f: {lines} lines (over 50)"] if offends else []
    assert house.problems(root) == expected
    root = package(tmp_path, {"blocks/big.py": "x = 1\n" * (300 + offends)})
    assert ("cleaner/blocks/big.py: 301 lines (over 300)" in house.problems(root)) == offends


def test_allowed_offenders_are_named_one_by_one():
    # A module's entry allows the module's length, not new long functions in it.
    assert not house.allowed(house.Size("cleaner/rules/matching.py:some_new_function", 80, 50))
    assert all(reason.strip() for reason in house.ALLOWED.values())
