"""Shared fixtures. Qt runs off screen; settings go to a temporary folder per test."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

from database import reference
from database.build import build_database
from database.paths import BUNDLED_DATABASE, DOCUMENTS_DIR

# In CI the property tests replay the same examples every run, so a landing never depends on
# luck; on a developer's machine they explore new ones.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
MAIN = ROOT / "main.py"
PYTHON = sys.executable


@pytest.fixture(scope="session", autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory):
    """The user data folder (platformdirs honours XDG_DATA_HOME) in a temporary folder, so a
    rebuild in a test never writes to or deletes from the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
        yield


@pytest.fixture(scope="session")
def bundled_connection() -> sqlite3.Connection:
    return reference.open_database(BUNDLED_DATABASE)


def entity_id(name: str) -> int:
    """The bundled database's id for a name or alias."""
    return reference.find_entity(reference.open_database(BUNDLED_DATABASE), name).id


@pytest.fixture(scope="session")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled documents built anew by the current code."""
    path = tmp_path_factory.mktemp("fresh") / "reference.db"
    build_database([DOCUMENTS_DIR], path)
    return path


@pytest.fixture(scope="session")
def unseen_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Documents the code has never seen (tests/data/unseen), in other layouts."""
    path = tmp_path_factory.mktemp("unseen") / "unseen.db"
    build_database([DATA / "unseen"], path)
    return path


@pytest.fixture
def database_copy(tmp_path: Path) -> Path:
    path = tmp_path / "reference.db"
    shutil.copy(BUNDLED_DATABASE, path)
    return path


@pytest.fixture
def isolated_settings(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch):
    """QSettings, QStandardPaths and the user data folder (history and bookmarks) in a
    temporary folder, so tests never touch the user's, nor one another's."""
    from PySide6.QtCore import QSettings, QStandardPaths

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))

    from desktop_app.app import configure_application

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    configure_application(qapp)
    QSettings().clear()
    yield tmp_path / "settings"
    QSettings().clear()


@pytest.fixture(scope="session")
def scaled_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sixty generated documents (the benchmark's generator): lists longer than a page shows."""
    from benchmarks.generate import generate

    folder = tmp_path_factory.mktemp("scaled")
    generate(folder / "corpus", 60)
    path = folder / "scaled.db"
    build_database([folder / "corpus"], path)
    return path


@pytest.fixture(scope="module")
def gazetteer_specs():
    """The gazetteer's entities, for tests that read documents of their own."""
    from database.gazetteer import load_gazetteer

    return list(load_gazetteer().entities)
