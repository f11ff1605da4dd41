"""The build: schema, determinism, atomicity, warnings, staleness of the bundled database."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from database import reference
from database.build import (
    BUILD_MODULES,
    SCHEMA_VERSION,
    BuildReport,
    build_database,
    collect_paths,
    input_checksum,
    read_documents,
)
from database.corpus import DocumentError
from database.paths import BUNDLED_DATABASE, DOCUMENTS_DIR
from tests.conftest import DATA, ROOT


def table_rows(path: Path) -> dict[str, list]:
    connection = sqlite3.connect(path)
    tables = connection.execute(
        "SELECT name, sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE '%_fts%' ORDER BY name"
    ).fetchall()
    # A table without a rowid is read in the order of its primary key.
    dump = {
        table: connection.execute(f"SELECT * FROM [{table}] {'' if keyed else 'ORDER BY rowid'}").fetchall()
        for table, keyed in tables
    }
    dump["meta"] = [row for row in dump["meta"] if row[0] != "built"]
    connection.close()
    return dump


def test_bundled_database_is_current():
    """Fails when the documents, the gazetteer or the build code changed without a rebuild
    (run `python main.py build`)."""
    documents = read_documents([DOCUMENTS_DIR], BuildReport())
    connection = reference.open_database(BUNDLED_DATABASE)
    assert reference.meta(connection)["input_checksum"] == input_checksum(documents)


def test_bundled_documents_are_the_shared_corpus_unchanged():
    shared = ROOT.parent / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    for original in shared.iterdir():
        assert (DOCUMENTS_DIR / original.name).read_bytes() == original.read_bytes()


def test_build_is_deterministic(fresh_build: Path, tmp_path: Path):
    again = tmp_path / "again.db"
    build_database([DOCUMENTS_DIR], again)
    assert table_rows(fresh_build) == table_rows(again)


def test_fresh_build_matches_bundled(fresh_build: Path):
    assert table_rows(fresh_build) == table_rows(BUNDLED_DATABASE)


def test_schema_and_fts_are_sqlite_utils_compatible(fresh_build: Path):
    db = sqlite_utils.Database(fresh_build)
    assert {
        "documents",
        "sections",
        "entities",
        "aliases",
        "mentions",
        "events",
        "event_entities",
        "relations",
        "meta",
    } <= set(db.table_names()) | set(db.view_names())
    assert db["entities"].detect_fts() == "entities_fts"
    # What `sqlite-utils search` and Datasette do: find the table's FTS and search through it.
    assert db["passages"].detect_fts() == "passages_fts"
    hits = list(db["passages"].search("peacekeeping"))
    assert hits and all("peacekeep" in hit["text"].lower() for hit in hits)
    assert list(db["entities"].search("turkiye"))[0]["name"] == "Türkiye"
    assert dict(db.execute("SELECT key, value FROM meta").fetchall())["schema_version"] == SCHEMA_VERSION


def test_unreadable_files_are_skipped_with_warnings(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("Good title\n\nKyrgyzstan joins the CSTO.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00" * 100)
    (folder / "latin.txt").write_bytes("Titre\n\nLa Türkiye et le Kazakhstan.\n".encode("latin-1"))
    (folder / "russian.txt").write_bytes(
        "Заголовок\n\nКыргызстан и Россия подписали договор.\n".encode("cp1251")
    )
    (folder / "wide.txt").write_bytes("Wide\n\nUzbekistan joins the SCO.\n".encode("utf-16"))
    report = build_database([folder], tmp_path / "out.db")
    warnings = "\n".join(report.warnings)
    assert "empty.txt: empty file" in warnings
    assert "binary.txt: binary file" in warnings
    assert "latin.txt: not UTF-8, decoded as latin-1" in warnings
    assert "russian.txt: not UTF-8, decoded as cp1251" in warnings
    assert report.totals["documents"] == 4


def test_a_single_huge_line_builds(tmp_path: Path):
    line = ("Kyrgyzstan and Kazakhstan cooperate with NATO in 2010 " * 200_000)[:10_000_000]
    (tmp_path / "big.txt").write_text("Big\n\n" + line + "\n", encoding="utf-8")
    report = build_database([tmp_path / "big.txt"], tmp_path / "big.db")
    assert report.totals["documents"] == 1


@pytest.mark.parametrize(
    "text",
    [
        # Names on a signature line under a heading layout, read as a sentence.
        "Protocol on Border Data\n\nDone at Osh on 3 May 2021.\n\nIn the presence of:\n"
        "Ambassador Ilse Varrow, Head of the OSCE Office in Bishkek\n\nANNEX I. Status list\n\n"
        "Kazakhstan: signed 3 May 2021.\n",
        # Countries named only as a group: their membership cites the group's sentence.
        "Regional note\n\nThe five Central Asian republics joined the Partnership for Peace in 1994.\n",
    ],
    ids=["signature-line", "group-only"],
)
def test_every_entity_a_fact_names_gets_a_row(tmp_path: Path, text: str):
    """A fact may name an entity the document never writes on its own (a group phrase, a heading
    read as a line of text): the build keeps that entity rather than failing or dropping the fact."""
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    build_database([tmp_path / "note.txt"], tmp_path / "note.db")
    connection = sqlite3.connect(tmp_path / "note.db")
    dangling = connection.execute(
        "SELECT count(*) FROM relations WHERE subject_id NOT IN (SELECT id FROM entities)"
        " OR object_id NOT IN (SELECT id FROM entities)"
    ).fetchone()[0]
    facts = connection.execute(
        "SELECT count(*) FROM relations WHERE predicate != 'mentioned_with'"
    ).fetchone()
    connection.close()
    assert dangling == 0
    assert facts[0] >= 1


def test_no_documents_raises_and_keeps_the_old_database(tmp_path: Path, database_copy: Path):
    before = database_copy.read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(DocumentError):
        build_database([tmp_path / "empty.txt"], database_copy)
    assert database_copy.read_bytes() == before


def test_killed_build_leaves_the_previous_database_intact(tmp_path: Path, database_copy: Path):
    before = database_copy.read_bytes()
    folder = tmp_path / "many"
    folder.mkdir()
    text = (DOCUMENTS_DIR / "001_f208f631f794864f.txt").read_text(encoding="utf-8")
    for number in range(150):
        (folder / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "build", str(folder), "--db", str(database_copy)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list(database_copy.parent.glob(".reference.db.tmp-*")):
        assert process.poll() is None, "the build ended before it started writing"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert database_copy.read_bytes() == before
    reference.open_database(database_copy)
    build_database([DATA / "unseen"], database_copy)
    assert not list(database_copy.parent.glob(".reference.db.tmp-*"))
    # Its worker processes (forked, so their command line is the build's) end with it.
    deadline = time.monotonic() + 60
    while _processes_naming(str(folder)):
        assert time.monotonic() < deadline, f"workers left behind: {_processes_naming(str(folder))}"
        time.sleep(0.1)


def _processes_naming(text: str) -> list[int]:
    """Live processes whose command line holds `text` (Linux /proc; none elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = next(
                line for line in (entry / "status").read_text().splitlines() if line.startswith("State")
            )
        except (OSError, StopIteration):
            continue
        if text in command and "zombie" not in state:
            found.append(int(entry.name))
    return found


def test_two_builds_at_once_both_leave_a_valid_database(tmp_path: Path):
    out = tmp_path / "shared.db"
    command = [sys.executable, str(ROOT / "main.py"), "build", str(DATA / "unseen"), "--db", str(out)]
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL) for _ in range(2)]
    assert [process.wait(timeout=120) for process in processes] == [0, 0]
    connection = reference.open_database(out)
    assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    assert not [name for name in os.listdir(tmp_path) if ".tmp-" in name]


def test_parallel_extraction_gives_the_same_database_as_serial(tmp_path, monkeypatch):
    from database import build

    folder = tmp_path / "docs"
    folder.mkdir()
    sources = sorted((ROOT / "resources" / "documents").glob("*.txt"))
    for copy in range(8):
        for source in sources:
            (folder / f"{copy}_{source.name}").write_text(
                source.read_text(encoding="utf-8"), encoding="utf-8"
            )
    (folder / "4_binary.txt").write_bytes(b"\x89PNG\x00\x00\x00" * 100)  # Fails in a worker, not here.
    (folder / "4_latin.txt").write_bytes("Titre\n\nLa Türkiye et le Kazakhstan.\n".encode("latin-1"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    monkeypatch.setattr(build, "PARALLEL_FROM", 10**9)
    serial_report = build.build_database([folder], tmp_path / "serial.db")
    monkeypatch.setattr(build, "PARALLEL_FROM", 2)
    monkeypatch.setattr(build.os, "cpu_count", lambda: 2)
    parallel_report = build.build_database([folder], tmp_path / "parallel.db")
    assert parallel_report.warnings == serial_report.warnings
    assert any("4_binary.txt: binary file" in warning for warning in parallel_report.warnings)
    assert parallel_report.lines == serial_report.lines
    serial, parallel = table_rows(tmp_path / "serial.db"), table_rows(tmp_path / "parallel.db")
    assert list(parallel) == list(serial)
    for table, rows in serial.items():
        assert parallel[table] == rows, table
    assert not [name for name in os.listdir(tmp_path) if ".tmp-" in name], (
        "a temporary or state file was left"
    )


def test_every_module_the_build_runs_is_in_its_inputs_digest():
    """A module the build imports but the digest leaves out would let a cache or a stale bundled
    database survive a change to it."""
    script = (
        "import sys, database.build\n"
        "print('\\n'.join(sorted(name for name in sys.modules if name.startswith('database.'))))"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    modules = {
        name.removeprefix("database.").replace(".", "/") + ".py"
        for name in found.stdout.split()
        if (ROOT / "database" / (name.removeprefix("database.").replace(".", "/") + ".py")).is_file()
    }
    # Paths, errors and progress reports change where and how a build reports, never what it builds.
    assert modules - set(BUILD_MODULES) <= {
        "__init__.py",
        "errors.py",
        "paths.py",
        "progress.py",
        "connection.py",
    }


def test_a_folder_gives_its_plain_text_and_plain_markup_files_only(tmp_path):
    for name in ("a.txt", "b.md", "c.rst", "d.adoc", "e.org", "NOTES", "f.pdf", "g.docx", ".hidden.md"):
        (tmp_path / name).write_text("Kyrgyzstan joined the CSTO.", encoding="utf-8")
    assert [path.name for path in collect_paths([tmp_path])] == [
        "NOTES",
        "a.txt",
        "b.md",
        "c.rst",
        "d.adoc",
        "e.org",
    ]
