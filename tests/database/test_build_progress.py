"""The build's progress callback: every stage in order, document n of N, and a build stopped
from the callback leaves the previous database as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from database import build
from database.build import build_database
from database.paths import DOCUMENTS_DIR
from database.progress import STAGES, BuildProgress


class Stop(Exception):
    pass


def copies_of_the_bundled_documents(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for copy in range(copies):
        for source in sorted(DOCUMENTS_DIR.glob("*.txt")):
            shutil.copy(source, folder / f"{copy}_{source.name}")
    return folder


def test_progress_hears_every_stage_in_order_and_every_document(tmp_path: Path):
    heard: list[BuildProgress] = []
    build_database([DOCUMENTS_DIR], tmp_path / "out.db", progress=heard.append)
    stages = list(dict.fromkeys(step.stage for step in heard))
    assert stages == list(STAGES)
    documents = sorted(path.name for path in DOCUMENTS_DIR.glob("*.txt"))
    extracting = [step for step in heard if step.stage == "extracting"]
    assert [step.detail for step in extracting] == documents
    assert [(step.done, step.total) for step in extracting] == [(n, 5) for n in range(1, 6)]
    reading = [step for step in heard if step.stage == "reading"]
    assert [step.detail for step in reading] == documents


@pytest.mark.parametrize("stop_at", ["reading", "extracting", "writing", "indexing"])
def test_a_build_stopped_from_the_callback_leaves_the_old_database(tmp_path: Path, stop_at: str):
    out = tmp_path / "out.db"
    build_database([DOCUMENTS_DIR], out)
    before = out.read_bytes()

    def stop(step: BuildProgress) -> None:
        if step.stage == stop_at:
            raise Stop

    with pytest.raises(Stop):
        build_database([DOCUMENTS_DIR], out, progress=stop)
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["out.db"]


def test_a_parallel_build_stops_without_waiting_for_the_queue(tmp_path: Path, monkeypatch):
    folder = copies_of_the_bundled_documents(tmp_path / "docs", 8)
    monkeypatch.setattr(build, "PARALLEL_FROM", 2)
    monkeypatch.setattr(build.os, "cpu_count", lambda: 2)
    heard: list[BuildProgress] = []

    def stop_after_three(step: BuildProgress) -> None:
        heard.append(step)
        if step.stage == "extracting" and step.done == 3:
            raise Stop

    with pytest.raises(Stop):
        build_database([folder], tmp_path / "out.db", progress=stop_after_three)
    assert [step.done for step in heard if step.stage == "extracting"] == [1, 2, 3]
    assert not (tmp_path / "out.db").exists()
