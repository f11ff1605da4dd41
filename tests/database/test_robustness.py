"""Bad input on the data side: locked and read-only databases, files that vanish mid-build."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from database import reference
from database.build import build_database


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

    real = build_module.read_bytes

    def vanishing(path: Path):
        if path.name == "b.txt":
            path.unlink()
        return real(path)

    monkeypatch.setattr(build_module, "read_bytes", vanishing)
    report = build_database([folder], tmp_path / "out.db")
    assert any(w.startswith("skipped b.txt") for w in report.warnings)
    assert report.totals["documents"] == 1
