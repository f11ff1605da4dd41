"""The render layer is Qt-free, and the packages form a ladder: database ← render ← desktop_app
← command line, with nothing importing the command line or the benchmarks."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

BLOCKED_QT = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
import desktop_app.render.entity, desktop_app.render.plain, desktop_app.render.data
import desktop_app.router
from database import reference
from database.paths import BUNDLED_DATABASE
from desktop_app.router import entity_sheet
from desktop_app.render import entity, html, plain, data
connection = reference.open_database(BUNDLED_DATABASE)
sheet = entity_sheet(connection, reference.find_entity(connection, "NATO").id, "briefing")
assert "North Atlantic" in entity.summary_html(sheet, html.Colors()) and plain.to_markdown(sheet)
assert data.to_dict(sheet)["name"] == "North Atlantic Treaty Organization"
assert not any(name.startswith("PySide6") for name in sys.modules)
print("ok")
"""


def test_render_layer_and_router_work_with_qt_blocked():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_QT], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, at any depth in the file (lazy imports count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def layer(module: str) -> int | None:
    if module == "desktop_app.__main__":
        return 5  # `python -m desktop_app`: an entry point, like main.py.
    if module == "desktop_app.cli":
        return 4
    if module.startswith(("desktop_app.render", "desktop_app.router")):
        return 2
    if module.startswith("desktop_app"):
        return 3
    if module.startswith("database"):
        return 1
    return None


def test_imports_only_go_down_the_ladder():
    offenders = []
    for package in ("database", "desktop_app"):
        for path in (ROOT / package).rglob("*.py"):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            mine = layer(module)
            for imported in imports_of(path):
                theirs = layer(imported)
                if imported.startswith("benchmarks") or (theirs is not None and theirs > mine):
                    offenders.append(f"{module} imports {imported}")
                if mine <= 2 and imported.startswith("PySide6"):
                    offenders.append(f"{module} imports {imported}")
    assert offenders == []


def test_the_layer_rule_catches_an_upward_import(tmp_path: Path):
    """The ladder check itself can fail: an upward import is reported."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from desktop_app.main_window import MainWindow\nimport benchmarks.bench\n", encoding="utf-8"
    )
    imported = imports_of(sample)
    assert layer("desktop_app.main_window") > layer("desktop_app.render.html")
    assert {"desktop_app.main_window", "benchmarks.bench"} <= imported


START_UP_IMPORTS = """
import sys
import desktop_app.app, desktop_app.main_window, desktop_app.cli
from database import reference
build_side = sorted(
    name
    for name in sys.modules
    if name in ("database.build", "database.extract", "database.relations", "database.discover",
                "database.gazetteer", "database.corpus", "pycountry", "sqlite_utils", "platformdirs")
)
print(" ".join(build_side) or "none")
"""


def test_start_up_imports_none_of_the_build():
    """The window and the command line load the build (its patterns, the gazetteer, pycountry,
    sqlite-utils: about a second) only when they build; a status bar that shows a build's
    progress once imported it all at start-up."""
    result = subprocess.run(
        [sys.executable, "-c", START_UP_IMPORTS], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"


SEARCH_COMMAND_IMPORTS = """
import contextlib, io, sys
from desktop_app.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(["search", "kyrgyzstan", "--json"])
heavy = ("dataclasses", "inspect", "shutil", "signal", "PySide6", "desktop_app.app", "database.reference")
print(code, '"kyrgyzstan"' in out.getvalue(), " ".join(name for name in heavy if name in sys.modules) or "none")
"""


def test_the_search_command_loads_no_dataclasses_and_no_window():
    """`search --json` is what other tools call, so it is held near a bare `import sqlite3`:
    `dataclasses` with `inspect` alone cost it a fifth of its run; the search's records are
    NamedTuples and signal is imported only by the build."""
    result = subprocess.run(
        [sys.executable, "-c", SEARCH_COMMAND_IMPORTS], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split(maxsplit=2) == ["0", "True", "none"]


def test_no_function_of_the_database_package_runs_much_over_sixty_lines():
    """Long functions hid the build's steps (issue 9): each should read as one step."""
    too_long = []
    for path in sorted((ROOT / "database").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 65:
                    too_long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    assert too_long == []
