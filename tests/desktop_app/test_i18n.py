"""Translation and locale: the window's strings go through tr() (checked on the source), the
translation catalogue is current, a shipped .qm is loaded for the user's locale, and the window's own
dates follow the locale."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from database.paths import TRANSLATIONS_DIR
from database.userstore import Visit
from desktop_app.app import install_translators
from desktop_app.history import HistoryModel
from desktop_app.locale_format import short_date, short_date_time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DESKTOP_APP = Path(__file__).resolve().parents[2] / "desktop_app"
QT_FREE = {"router.py"}
TEXT_SETTERS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "showMessage",
    "show_status",
    "tell_error",
    "addMenu",
    "addButton",
}
TEXT_CONSTRUCTORS = {"QAction", "QMenu", "QLabel", "QPushButton", "QCheckBox", "QGroupBox"}
TEXT_KEYWORDS = {"placeholderText", "toolTip", "windowTitle", "text", "tip"}
CATALOGUE = TRANSLATIONS_DIR / "casecref_en.ts"


def qt_layer_files() -> list[Path]:
    return sorted(path for path in DESKTOP_APP.glob("*.py") if path.name not in QT_FREE)


def _is_bare_text(node: ast.expr) -> bool:
    """A string the user would read that does not pass through tr(): a literal with a letter in
    it, an f-string, a literal's .format(), or a conditional or concatenation holding one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(character.isalpha() for character in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.IfExp):
        return _is_bare_text(node.body) or _is_bare_text(node.orelse)
    if isinstance(node, ast.BinOp):
        return _is_bare_text(node.left) or _is_bare_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_bare_text(node.func.value)
    return False


def _callee(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def bare_texts(source: str, filename: str = "<source>") -> list[str]:
    """Where `source` hands a Qt text setter (or a widget's constructor) text that skips tr()."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        candidates: list[ast.expr] = []
        if name in TEXT_SETTERS | TEXT_CONSTRUCTORS and node.args:
            candidates.append(node.args[0])
        if name == "emit" and isinstance(node.func, ast.Attribute) and node.args:
            signal = node.func.value
            if isinstance(signal, ast.Attribute) and signal.attr == "status":
                candidates.append(node.args[0])
        candidates += [keyword.value for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        found += [
            f"{filename}:{candidate.lineno}: {ast.unparse(candidate)}"
            for candidate in candidates
            if _is_bare_text(candidate)
        ]
    return found


@pytest.mark.parametrize(
    "source",
    [
        'label.setText("Not found")',
        'self.setWindowTitle(f"Correct {name}")',
        'QAction("&Quit", self)',
        'menu_bar.addMenu("&File")',
        'self.statusBar().showMessage("Saved {path}".format(path=path))',
        'edit = QLineEdit(placeholderText="Find in page")',
        'self.status.emit("Note saved." if saved else self.tr("Nothing"))',
        'button.setToolTip("Stop " + reason)',
    ],
)
def test_the_check_finds_a_bare_literal(source):
    assert bare_texts(source)


@pytest.mark.parametrize(
    "source",
    [
        'label.setText(self.tr("Not found"))',
        'self.setWindowTitle(self.tr("Correct “{name}”").format(name=name))',
        'QAction(QCoreApplication.translate("Printing", "&Quit"), self)',
        'button.setText("▲")',
        'label.setText("")',
        "label.setText(describe(step))",
    ],
)
def test_the_check_lets_translated_and_symbol_text_through(source):
    assert not bare_texts(source)


def test_the_qt_layer_passes_no_bare_text_to_qt():
    files = qt_layer_files()
    assert DESKTOP_APP / "main_window.py" in files and len(files) > 10
    found = [line for path in files for line in bare_texts(path.read_text(encoding="utf-8"), path.name)]
    assert found == []


def _qt_tool(name: str) -> str | None:
    beside_python = Path(sys.executable).with_name(name)
    return str(beside_python) if beside_python.exists() else shutil.which(name)


def _messages(catalogue: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(catalogue).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_committed_catalogue_holds_every_string_of_the_window(tmp_path):
    lupdate = _qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "casecref_en.ts"
    files = [str(path) for path in qt_layer_files()]
    subprocess.run(
        [lupdate, "-locations", "none", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    extracted = _messages(fresh)
    assert ("MainWindow", "&File") in extracted and ("Printing", "Export PDF") in extracted
    assert _messages(CATALOGUE) == extracted, "run `make translations` and commit the catalogue"


TRANSLATION = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
<message><source>Citation copied.</source><translation>Zitat kopiert.</translation></message>
</context>
<context><name>Workbench</name>
<message><source>&amp;History</source><translation>&amp;Verlauf</translation></message>
</context>
</TS>
"""


def test_a_translation_for_the_locale_is_installed_at_start_up(tmp_path, make_window):
    lrelease = _qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed, so no .qm can be made to load")
    (tmp_path / "casecref_de.ts").write_text(TRANSLATION, encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "casecref_de.ts")], check=True, capture_output=True)
    app = QCoreApplication.instance()
    assert app is not None
    french = install_translators(app, QLocale("fr_FR"), tmp_path)
    for translator in french:
        app.removeTranslator(translator)
    assert not [t for t in french if "casecref" in t.filePath()]  # No casecref_fr.qm: English.
    installed = install_translators(app, QLocale("de_AT"), tmp_path)
    try:
        assert [Path(t.filePath()).name for t in installed if "casecref" in t.filePath()] == [
            "casecref_de.qm"
        ]
        window = make_window()
        assert window.menus["File"].title() == "&Datei"
        # Workbench is a base class of MainWindow: its strings are found under its own name.
        assert window.history_action.text() == "&Verlauf"
        window.show_status(window.tr("Citation copied."))
        assert window.statusBar().currentMessage() == "Zitat kopiert."
        assert window.menus["View"].title() == "&View"  # Not translated: the source text.
    finally:
        for translator in installed:
            app.removeTranslator(translator)


@pytest.fixture
def default_locale():
    """Set QLocale's default for a test, and put the system's back afterwards."""
    yield QLocale.setDefault
    QLocale.setDefault(QLocale.system())


def test_the_window_writes_dates_the_locale_s_way(default_locale, qapp):
    default_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert short_date("2026-03-04") == "04.03.26"
    assert short_date_time("2026-03-04T12:05:00+00:00").startswith("04.03.26")
    visit = Visit(1, "entity:1", "CSTO", "entity", "csto", "2026-03-04T12:05:00+00:00")
    model = HistoryModel()
    model.set_visits([visit])
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("CSTO\nvisited 04.03.26 ")
    default_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert short_date("2026-03-04") == "3/4/26"
    assert short_date("not a date") == "not a date"
