"""The user store: history, bookmarks, export/import, schema version, and no half-written state."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from database.paths import user_store_path
from database.storebase import peek_session
from database.userstore import HISTORY_LIMIT, SCHEMA_VERSION, UserStore, UserStoreError


@pytest.fixture
def store(tmp_path: Path):
    opened = UserStore.open(tmp_path / "user.db")
    yield opened
    opened.close()


def test_the_store_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_store_path() == tmp_path / "casecref" / "user.db"


def test_a_new_store_is_versioned_and_survives_reopening(tmp_path):
    path = tmp_path / "folder" / "user.db"
    store = UserStore.open(path)
    store.add_visit("entity:3", "Kyrgyzstan", "entity", "kyrgyzstan")
    store.add_bookmark("search", "Manas", query="Manas")
    store.close()
    reopened = UserStore.open(path)
    assert reopened.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert reopened.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [(v.address, v.entity_slug) for v in reopened.history()] == [("entity:3", "kyrgyzstan")]
    assert [b.query for b in reopened.bookmarks()] == ["Manas"]
    reopened.close()


def test_history_is_newest_first_and_a_repeat_is_one_visit(store):
    store.add_visit("entity:1", "NATO", "entity", "nato")
    store.add_visit("search:manas", "Search: manas", "search")
    store.add_visit("search:manas", "Search: manas", "search")
    store.add_visit("entity:1", "NATO", "entity", "nato")
    assert [v.address for v in store.history()] == ["entity:1", "search:manas", "entity:1"]
    assert store.last_visit().title == "NATO"
    store.clear_history()
    assert store.history() == [] and store.last_visit() is None


def test_history_keeps_the_newest_visits_only(store):
    for number in range(HISTORY_LIMIT + 5):
        store.add_visit(f"search:word{number}", f"word{number}", "search")
    visits = store.history(HISTORY_LIMIT * 2)
    assert len(visits) == HISTORY_LIMIT
    assert visits[0].address == f"search:word{HISTORY_LIMIT + 4}"
    assert visits[-1].address == "search:word5"


PASSAGE = {
    "document_source": "a.txt",
    "document_sha256": "ab" * 32,
    "start": 10,
    "end": 40,
    "quote": "Kyrgyzstan joined the Partnership",
}


def test_bookmarks_add_rename_move_delete(store):
    nato = store.add_bookmark("entity", "NATO", entity_slug="nato")
    passage = store.add_bookmark("passage", "A passage", **PASSAGE)
    search = store.add_bookmark("search", "manas", query="manas")
    assert (
        store.add_bookmark("entity", "Another title", entity_slug="nato") == nato
    )  # one place, one bookmark
    assert [b.id for b in store.bookmarks()] == [nato.id, passage.id, search.id]
    store.rename_bookmark(passage.id, "  Kyrgyz PfP  ")
    assert store.bookmark(passage.id).title == "Kyrgyz PfP"
    store.move_bookmark(search.id, 0)
    assert [b.id for b in store.bookmarks()] == [search.id, nato.id, passage.id]
    store.move_bookmark(search.id, 99)
    assert [b.id for b in store.bookmarks()] == [nato.id, passage.id, search.id]
    store.delete_bookmark(nato.id)
    assert [(b.id, b.position) for b in store.bookmarks()] == [(passage.id, 0), (search.id, 1)]
    with pytest.raises(ValueError):
        store.rename_bookmark(search.id, "  ")


@pytest.mark.parametrize(
    ("kind", "anchor", "message"),
    [
        ("entity", {}, "entity_slug"),
        ("passage", {**PASSAGE, "quote": ""}, "quote"),
        ("passage", {**PASSAGE, "start": 50}, "end after"),
        ("passage", {**PASSAGE, "start": "10"}, "whole number"),
        ("folder", {}, "unknown bookmark kind"),
        ("search", {"query": "x", "colour": "red"}, "unknown bookmark fields"),
    ],
)
def test_a_bookmark_that_does_not_fit_its_kind_is_refused(store, kind, anchor, message):
    with pytest.raises(ValueError, match=message):
        store.add_bookmark(kind, "title", **anchor)
    assert store.bookmarks() == []


def test_export_and_import_round_trip(store, tmp_path):
    store.add_bookmark("entity", "NATO", entity_slug="nato")
    store.add_bookmark("passage", "A passage", **PASSAGE)
    exported = json.loads(store.export_bookmarks_json())
    assert exported["format"] == "casecref-bookmarks"
    assert "id" not in exported["bookmarks"][0]
    other = UserStore.open(tmp_path / "colleague.db")
    other.add_bookmark("search", "manas", query="manas")
    assert other.import_bookmarks(exported) == 2
    assert other.import_bookmarks(exported) == 0  # nothing twice
    assert [b.title for b in other.bookmarks()] == ["manas", "NATO", "A passage"]
    assert other.bookmarks()[2].quote == PASSAGE["quote"]
    other.close()


def test_a_bad_import_changes_nothing(store):
    store.add_bookmark("search", "manas", query="manas")
    good = {"kind": "entity", "title": "NATO", "entity_slug": "nato"}
    bad = {"kind": "passage", "title": "broken", "document_source": "a.txt"}
    with pytest.raises(ValueError, match="bookmark 2"):
        store.import_bookmarks({"format": "casecref-bookmarks", "bookmarks": [good, bad]})
    with pytest.raises(ValueError, match="not a bookmarks file"):
        store.import_bookmarks({"bookmarks": [good]})
    assert [b.title for b in store.bookmarks()] == ["manas"]


def test_a_damaged_store_is_moved_aside_not_overwritten(tmp_path):
    path = tmp_path / "user.db"
    path.write_bytes(b"this is not a database" * 100)
    store = UserStore.open(path)
    assert store.moved_aside is not None
    assert store.moved_aside.read_bytes() == b"this is not a database" * 100
    store.add_bookmark("search", "manas", query="manas")
    assert len(store.bookmarks()) == 1
    store.close()


def test_a_locked_store_is_refused_not_moved_aside(tmp_path):
    """Another process holding the file is not damage: the user's bookmarks stay where they are."""
    path = tmp_path / "user.db"
    store = UserStore.open(path)
    store.add_bookmark("search", "manas", query="manas")
    store.close()
    locker = sqlite3.connect(path, isolation_level=None, timeout=0)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserStoreError):
            UserStore.open(path)
        assert sorted(child.name for child in tmp_path.iterdir() if "damaged" in child.name) == []
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    reopened = UserStore.open(path)
    assert [bookmark.title for bookmark in reopened.bookmarks()] == ["manas"]
    reopened.close()


def test_a_newer_versions_store_is_left_alone(tmp_path):
    path = tmp_path / "user.db"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(UserStoreError, match="newer version"):
        UserStore.open(path)
    assert path.read_bytes() == before


WRITER = textwrap.dedent(
    """
    import sys
    from database.userstore import UserStore

    store = UserStore.open(sys.argv[1])
    batch = 0
    while True:
        entries = [
            {"kind": "search", "title": f"batch {batch} entry {n}", "query": f"b{batch}e{n} " + "x" * 20000}
            for n in range(10)
        ]
        store.import_bookmarks({"format": "casecref-bookmarks", "bookmarks": entries})
        batch += 1
        if batch == 5:
            print("writing", flush=True)
    """
)


@pytest.mark.parametrize("attempt", range(3))
def test_a_kill_mid_write_leaves_whole_transactions(tmp_path, attempt):
    """A writer importing ten bookmarks per transaction, killed while it writes: the store
    reopens intact, holding only whole imports."""
    path = tmp_path / "user.db"
    root = Path(__file__).resolve().parents[2]
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=root
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
    store = UserStore.open(path)
    assert store.moved_aside is None
    assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    titles = [b.title for b in store.bookmarks()]
    assert len(titles) >= 50 and len(titles) % 10 == 0
    batches = {title.split(" entry ")[0] for title in titles}
    assert all(sum(t.startswith(f"{b} entry") for t in titles) == 10 for b in batches)
    store.add_visit("home:", "Home", "page")  # and it takes writes again
    store.close()


def test_the_navigation_session_is_kept(store):
    assert store.session() == ([], -1)
    steps = [{"address": "home:"}, {"address": "entity:3", "entity_slug": "kyrgyzstan"}]
    store.save_session(steps, 1)
    assert store.session() == (steps, 1)
    store.save_session(steps[:1], 5)
    assert store.session() == (steps[:1], 0)
    store.save_session([], -1)
    assert store.session() == ([], -1)


def test_a_session_kept_as_json_by_an_older_version_is_read_until_the_next_save(store):
    steps = [{"address": "home:"}, {"address": "entity:3", "entity_slug": "kyrgyzstan"}]
    value = '{"steps": [{"address": "home:"}, {"address": "entity:3", "entity_slug": "kyrgyzstan"}], "position": 0}'
    store.connection.execute("INSERT INTO session (key, value) VALUES ('navigation', ?)", (value,))
    assert store.session() == (steps, 0)
    store.save_session(steps[1:], 0)
    assert store.session() == (steps[1:], 0)
    assert (
        store.connection.execute("SELECT count(*) FROM session WHERE key = 'navigation'").fetchone()[0] == 0
    )
    store.save_session([], -1)
    store.connection.execute("INSERT INTO session (key, value) VALUES ('navigation', 'not json')")
    assert store.session() == ([], -1)


def test_a_peek_at_the_session_reads_what_the_store_reads_or_says_it_cannot(tmp_path):
    """The window's start-up reads the session without opening the store; whenever the store
    must be opened to know (corrections, which the tree shows; another version; a session kept
    as JSON; a file that is no store), the peek says None, never something else."""
    path = tmp_path / "user.db"
    assert peek_session(path) == ([], -1)  # No store yet: no session.
    store = UserStore.open(path)
    assert peek_session(path) == store.session() == ([], -1)
    steps = [{"address": "home:"}, {"address": "entity:3", "entity_slug": "kyrgyzstan"}]
    for position in (0, 1, 7):
        store.save_session(steps, position)
        assert peek_session(path) == store.session() == (steps, min(position, 1))
    store.close()
    assert peek_session(path) == (steps, 1)  # Closed, its journal files gone: still read.
    store = UserStore.open(path)
    store.connection.execute("INSERT INTO session (key, value) VALUES ('navigation', '{}')")
    store.connection.execute("DELETE FROM session_steps")
    assert peek_session(path) is None
    store.save_session(steps, 0)
    store.add_correction("rename", "kyrgyzstan", "Kyrgyzstan", value="Kyrgyz Republic")
    assert peek_session(path) is None
    store.undo_correction(store.corrections()[0].id)
    assert peek_session(path) == (steps, 0)
    store.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    assert peek_session(path) is None
    store.close()
    path.write_bytes(b"not a database at all" * 100)
    assert peek_session(path) is None


def test_reading_the_session_loads_no_json_module(tmp_path):
    """The window reads the session before its first paint; `json` costs that paint ~5 ms."""
    script = (
        "import sys\n"
        "from database.userstore import UserStore\n"
        f"store = UserStore.open({str(tmp_path / 'user.db')!r})\n"
        "store.save_session([{'address': 'entity:3', 'entity_slug': 'kyrgyzstan'}], 0)\n"
        "assert store.session() == ([{'address': 'entity:3', 'entity_slug': 'kyrgyzstan'}], 0)\n"
        "print('json' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_bookmarks_go_into_folders_that_can_be_renamed_and_deleted(store):
    manas = store.add_bookmark("search", "manas", query="manas")
    csto = store.add_bookmark("search", "csto", query="csto")
    store.add_bookmark("search", "sco", query="sco")
    store.file_bookmark(manas.id, "  Bases   abroad ")
    store.file_bookmark(csto.id, "Alliances")
    assert store.folders() == ["Alliances", "Bases abroad"]
    store.rename_folder("Bases abroad", "Alliances")  # Into a folder that exists: the two merge.
    assert store.folders() == ["Alliances"]
    assert {b.title: b.folder for b in store.bookmarks()} == {
        "manas": "Alliances",
        "csto": "Alliances",
        "sco": "",
    }
    store.delete_folder("Alliances")
    assert store.folders() == [] and len(store.bookmarks()) == 3
    with pytest.raises(ValueError):
        store.rename_folder("x", "   ")


def test_folders_travel_with_an_export(store, tmp_path):
    store.file_bookmark(store.add_bookmark("search", "manas", query="manas").id, "Bases")
    other = UserStore.open(tmp_path / "other.db")
    assert other.import_bookmarks(json.loads(store.export_bookmarks_json())) == 1
    assert [(b.title, b.folder) for b in other.bookmarks()] == [("manas", "Bases")]
    with pytest.raises(ValueError, match="folder must be text"):
        other.import_bookmarks(
            {
                "format": "casecref-bookmarks",
                "bookmarks": [{"kind": "search", "title": "x", "query": "x", "folder": 3}],
            }
        )
    other.close()


def test_a_version_3_store_gains_folders_keeping_its_bookmarks(tmp_path):
    path = tmp_path / "user.db"
    store = UserStore.open(path)
    store.add_bookmark("search", "manas", query="manas")
    store.close()
    connection = sqlite3.connect(path)  # Back to version 3: bookmarks without folders.
    connection.executescript(
        "ALTER TABLE bookmarks DROP COLUMN folder; DROP TABLE session_steps; PRAGMA user_version = 3;"
    )
    connection.close()
    store = UserStore.open(path)
    assert [(b.title, b.folder) for b in store.bookmarks()] == [("manas", "")]
    store.save_session([{"address": "home:"}], 0)
    assert store.session() == ([{"address": "home:"}], 0)
    store.close()
