"""Start-up with an unusable database: one dialog, an offer to rebuild, never a traceback."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from database import reference
from desktop_app import app as app_module
from tests.conftest import PYTHON, ROOT


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "reference.db"
    path.write_bytes(b"this is not a database")
    return path


def test_declined_rebuild_gives_up_cleanly(broken: Path, monkeypatch, qapp):
    asked = []
    monkeypatch.setattr(app_module, "ask_rebuild", lambda message: asked.append(message) or False)
    assert app_module.open_or_rebuild(broken) is None
    assert asked == [f"not a SQLite database: {broken}"]


def test_accepted_rebuild_replaces_the_broken_database(broken: Path, monkeypatch, qapp):
    monkeypatch.setattr(app_module, "ask_rebuild", lambda message: True)
    connection, path = app_module.open_or_rebuild(broken)
    assert path == broken
    assert reference.find_entity(connection, "Kyrgyzstan") is not None


def test_rebuild_goes_to_user_data_when_the_folder_is_read_only(
    tmp_path: Path, monkeypatch, isolated_settings
):
    if os.geteuid() == 0:
        monkeypatch.setattr(os, "access", lambda path, mode: False)
    folder = tmp_path / "readonly"
    folder.mkdir()
    missing = folder / "reference.db"
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        monkeypatch.setattr(app_module, "ask_rebuild", lambda message: True)
        connection, path = app_module.open_or_rebuild(missing)
        assert path == app_module.user_database_path()
        assert path.exists() and not missing.exists()
    finally:
        folder.chmod(stat.S_IRWXU)
        app_module.user_database_path().unlink(missing_ok=True)


def test_run_window_returns_2_when_the_user_declines(broken: Path, monkeypatch, qapp):
    monkeypatch.setattr(app_module, "ask_rebuild", lambda message: False)
    assert app_module.run_window(broken) == 2


def test_the_window_icon_comes_once_the_window_is_ready(database_copy: Path, monkeypatch, qapp, qtbot):
    """On X11 loading the icon costs the first paint about 1.3 ms, so it waits until after it."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop_app.main_window import MainWindow

    qapp.setWindowIcon(QIcon())
    icon_at_ready = []

    earlier = set(QApplication.topLevelWidgets())  # Other tests' windows may not be deleted yet.

    def run_until_ready(app) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in earlier
        )
        assert app.windowIcon().isNull()
        qtbot.waitUntil(lambda: window.is_ready)
        icon_at_ready.append(not app.windowIcon().isNull())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_ready)
    assert app_module.run_window(database_copy) == 0
    assert icon_at_ready == [True]


def test_broken_bundled_database_falls_back_to_an_earlier_rebuild(
    broken: Path, database_copy: Path, monkeypatch, qapp
):
    monkeypatch.setattr(app_module, "BUNDLED_DATABASE", broken)
    monkeypatch.setattr(app_module, "user_database_path", lambda: database_copy)
    monkeypatch.setattr(app_module, "ask_rebuild", lambda message: pytest.fail("no dialog expected"))
    connection, path = app_module.open_or_rebuild(broken)
    assert path == database_copy
    assert reference.find_entity(connection, "CSTO") is not None


def test_window_left_open_at_exit_does_not_crash():
    script = (
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from database import reference\n"
        "from desktop_app.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "path = Path('resources/reference.db')\n"
        "window = MainWindow(reference.open_database(path), path)\n"
        "window.show()\n"
        "window.search_panel.search_now('nato')\n"
        "app.processEvents()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
