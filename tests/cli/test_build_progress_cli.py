"""`casecref build`'s progress: a line on a terminal, nothing in a pipe, JSON lines for the window."""

from __future__ import annotations

import io
import json
from pathlib import Path

from database.build import BuildProgress
from desktop_app.progress import BuildFinished, TerminalProgress, parse_line, to_line
from tests.cli.test_cli import run
from tests.conftest import DATA


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_gets_no_progress_line(tmp_path: Path):
    result = run("build", str(DATA / "unseen"), "--db", str(tmp_path / "out.db"))
    assert "\r" not in result.stderr and "Extracting" not in result.stderr
    assert result.stdout.splitlines()[-1].startswith("built ")


def test_a_terminal_gets_one_line_redrawn_then_cleared():
    stream = FakeTerminal()
    with TerminalProgress(stream) as shown:
        shown.update(BuildProgress("reading", 1, 4, "a.txt"))
        shown.update(BuildProgress("extracting", 2, 4, "b.txt"))
    text = stream.getvalue()
    assert "Reading document 1 of 4" in text and "Extracting document 2 of 4" in text and "b.txt" in text
    assert "\n" not in text
    assert text.endswith("\r") and text.rsplit("\r", 2)[-2].strip() == ""


def test_progress_off_draws_nothing_even_on_a_terminal():
    stream = FakeTerminal()
    with TerminalProgress(stream, enabled=False) as shown:
        shown.update(BuildProgress("reading", 1, 4, "a.txt"))
    assert stream.getvalue() == ""


def test_json_lines_round_trip_and_end_with_the_warnings(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for source in (DATA / "unseen").glob("*.txt"):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run("build", str(folder), "--db", str(tmp_path / "out.db"), "--progress", "json")
    parsed = [parse_line(line) for line in result.stdout.splitlines()]
    assert None not in parsed
    *steps, finished = parsed
    assert isinstance(finished, BuildFinished)
    assert any("binary.txt" in warning for warning in finished.warnings)
    assert finished.totals["documents"] == len(list(folder.glob("*.txt"))) - 1
    assert [step.stage for step in steps][-1] == "indexing"
    step = BuildProgress("extracting", 3, 9, "x.txt")
    assert parse_line(to_line(step)) == step
    assert parse_line("not json") is None and parse_line(json.dumps([1, 2])) is None
