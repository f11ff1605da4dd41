"""The build runner tells a build that put its database in place from one that did not, however
the process ended."""

from __future__ import annotations

from pathlib import Path

from desktop_app import build_runner
from desktop_app.build_runner import BuildRunner

REPLACE_THEN_DIE = "import pathlib, sys; pathlib.Path(sys.argv[1]).write_text('new'); sys.exit(3)"
DIE = "import sys; sys.exit(3)"


def finish(qtbot, monkeypatch, script: str, out: Path):
    monkeypatch.setattr(build_runner, "build_command", lambda paths, target: ["-c", script, str(target)])
    runner = BuildRunner()
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        runner.start([], out)
    return blocker.args[0]


def test_a_build_stopped_after_its_database_was_replaced_counts_as_built(qtbot, monkeypatch, tmp_path):
    out = tmp_path / "library.db"
    out.write_text("old")
    assert finish(qtbot, monkeypatch, REPLACE_THEN_DIE, out).status == "built"


def test_a_build_that_died_before_replacing_it_failed(qtbot, monkeypatch, tmp_path):
    out = tmp_path / "library.db"
    out.write_text("old")
    outcome = finish(qtbot, monkeypatch, DIE, out)
    assert outcome.status == "failed" and out.read_text() == "old"
