"""Bad input elsewhere: locked and read-only databases, vanishing files, hostile text in
exports, and a window left open at exit."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from database import reference
from database.build import build_database
from desktop_app.summary_html import standalone_html

from .conftest import PYTHON, ROOT


def test_database_locked_by_another_process_gives_one_line(database_copy: Path):
    holder = sqlite3.connect(database_copy, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(reference.DatabaseError, match="locked") as raised:
            connection = reference.open_database(database_copy)
            reference.entity_tree(connection)
        assert "\n" not in str(raised.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_database_on_a_read_only_medium_opens(database_copy: Path):
    database_copy.chmod(stat.S_IRUSR | stat.S_IRGRP)
    database_copy.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        connection = reference.open_database(database_copy)
        assert reference.find_entity(connection, "Kyrgyzstan")
    finally:
        database_copy.parent.chmod(stat.S_IRWXU)
        database_copy.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_file_that_disappears_mid_build_is_skipped(tmp_path: Path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("Title\n\nKyrgyzstan joins the SCO.\n", encoding="utf-8")
    import database.build as build_module

    real = build_module.read_document

    def vanishing(path: Path):
        if path.name == "b.txt":
            path.unlink()
        return real(path)

    monkeypatch.setattr(build_module, "read_document", vanishing)
    report = build_database([folder], tmp_path / "out.db")
    assert any(w.startswith("skipped b.txt") for w in report.warnings)
    assert report.totals["documents"] == 1


def test_html_export_shows_markup_as_text(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        'Title\n\nKyrgyzstan <script>alert(1)</script> joins the CSTO. <img src="http://evil.example/x.png">\n',
        encoding="utf-8",
    )
    build_database([folder], tmp_path / "h.db")
    connection = reference.open_database(tmp_path / "h.db")
    summary = reference.summary(connection, reference.find_entity(connection, "Kyrgyzstan").id)
    exported = standalone_html(summary)
    assert "<script>" not in exported and "<img" not in exported
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in exported


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
        "window.search_controller.search_now('nato')\n"
        "app.processEvents()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
