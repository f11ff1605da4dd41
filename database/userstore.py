"""The reader's own store: history, bookmarks, notes and corrections, in one small SQLite file
in the user data folder (`paths.user_store_path()`), apart from the reference database, which a
build replaces.

Every change is one transaction (`BEGIN IMMEDIATE` … `COMMIT`) in WAL mode with
`synchronous=FULL`: a kill or a crash in the middle of a write leaves the last committed state,
never part of a change (a test kills a writing process and reopens the file). The schema is
versioned with `PRAGMA user_version`; a file written by a newer version is left untouched, and a
damaged file is moved aside, never overwritten. Bookmarks are anchored by what survives a
rebuild (an entity's slug; a document's hash, offsets and quoted words), never by a row id;
`database.anchors` finds them again in a rebuilt database.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from database.corrections import CORRECTIONS_SCHEMA, STRUCTURAL_CORRECTIONS_SCHEMA, CorrectionsStore
from database.storebase import SCHEMA_VERSION, kept_session, utc_now
from database.usernotes import NOTES_SCHEMA, NotesStore

HISTORY_LIMIT = 1000
BOOKMARK_KINDS = ("entity", "document", "passage", "search")
EXPORT_FORMAT = "casecref-bookmarks"
_SCHEMA_V1 = """
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    address TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity_slug TEXT,
    visited TEXT NOT NULL
);
CREATE INDEX history_visited ON history (visited);
CREATE TABLE session (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'document', 'passage', 'search')),
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    created TEXT NOT NULL,
    entity_slug TEXT,
    document_source TEXT,
    document_sha256 TEXT,
    start INTEGER,
    "end" INTEGER,
    quote TEXT,
    query TEXT
);
"""


class UserStoreError(Exception):
    """The store cannot be used (a newer version's file, a folder that cannot be written)."""


class Visit(NamedTuple):
    """A page or search the reader opened. `address` is as visited; an entity page also
    carries the entity's slug, because entity ids change when the database is rebuilt."""

    id: int
    address: str
    title: str
    kind: str
    entity_slug: str | None
    visited: str


class Bookmark(NamedTuple):
    """A bookmarked entity (by slug), document (by hash and file name), passage (hash, offsets
    and the quoted words, to find it again when the offsets move) or search (its words)."""

    id: int
    kind: str
    title: str
    position: int
    created: str
    entity_slug: str | None = None
    document_source: str | None = None
    document_sha256: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    query: str | None = None
    folder: str = ""
    """The reader's folder for it; empty when it is in none."""

    def anchor_key(self) -> tuple[object, ...]:
        """What makes two bookmarks the same place, whatever their titles."""
        return (
            self.kind,
            self.entity_slug,
            self.document_sha256 or self.document_source,
            self.start,
            self.end,
            self.query,
        )


_ANCHOR_FIELDS = ("entity_slug", "document_source", "document_sha256", "start", "end", "quote", "query")


def _folder_name(name: str) -> str:
    """A folder's name as kept: spaces folded, at most 80 characters."""
    return " ".join(name.split())[:80]


def _validated(kind: str, title: str, anchor: dict[str, Any]) -> dict[str, Any]:
    """The anchor columns a bookmark of `kind` needs, checked; raises ValueError."""
    if kind not in BOOKMARK_KINDS:
        raise ValueError(f"unknown bookmark kind {kind!r}")
    if not isinstance(title, str) or not title.strip():
        raise ValueError("a bookmark needs a title")
    unknown = set(anchor) - set(_ANCHOR_FIELDS)
    if unknown:
        raise ValueError(f"unknown bookmark fields: {', '.join(sorted(unknown))}")
    values = {name: anchor.get(name) for name in _ANCHOR_FIELDS}
    required = {
        "entity": ("entity_slug",),
        "document": ("document_source", "document_sha256"),
        "passage": ("document_source", "document_sha256", "start", "end", "quote"),
        "search": ("query",),
    }[kind]
    for name in required:
        if values[name] in (None, ""):
            raise ValueError(f"a {kind} bookmark needs {name}")
    for name in ("start", "end"):
        value = values[name]
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise ValueError(f"{name} must be a whole number")
    start, end = values["start"], values["end"]
    if kind == "passage" and isinstance(start, int) and isinstance(end, int) and start >= end:
        raise ValueError("a passage must end after it starts")
    for name in ("entity_slug", "document_source", "document_sha256", "quote", "query"):
        if values[name] is not None and not isinstance(values[name], str):
            raise ValueError(f"{name} must be text")
    return values


class _Damaged(sqlite3.DatabaseError):
    """The file is a SQLite database whose pages do not check out."""


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """A file that is not a database or is corrupt, as opposed to one that is busy or locked."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, _Damaged) or code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


class UserStore(NotesStore, CorrectionsStore):
    """History, bookmarks, notes and corrections over one SQLite connection. Open with
    `UserStore.open(path)`, or `UserStore.in_memory()` when nothing may be written (the session
    then keeps its own)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        super().__init__(connection, path)
        self.moved_aside: Path | None = None
        """Where a damaged store was moved on opening, for the window to say so."""

    @classmethod
    def open(cls, path: Path) -> UserStore:
        """Open or create the store at `path`. A damaged file is renamed `*.damaged-TIME` and a
        new one started; raises UserStoreError for a newer version's file or an unwritable folder."""
        path = Path(path)
        moved_aside = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                connection = cls._connect(path)
            except sqlite3.DatabaseError as error:
                if not _is_damage(error):
                    raise  # Locked, busy, read-only, an I/O error: the file is fine; leave it be.
                moved_aside = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
                path.rename(moved_aside)
                for suffix in ("-wal", "-shm"):  # They belong to the damaged file: kept beside it.
                    journal = Path(f"{path}{suffix}")
                    if journal.exists():
                        journal.rename(Path(f"{moved_aside}{suffix}"))
                connection = cls._connect(path)
        except (OSError, sqlite3.Error) as error:
            raise UserStoreError(f"cannot open the user store {path}: {error}") from error
        store = cls(connection, path)
        store.moved_aside = moved_aside
        return store

    @classmethod
    def in_memory(cls) -> UserStore:
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.row_factory = sqlite3.Row
        _migrate(connection)
        return cls(connection, None)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        connection = sqlite3.connect(path, isolation_level=None, timeout=5)
        try:
            connection.row_factory = sqlite3.Row
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _Damaged("quick_check failed")
            _refuse_newer(connection)  # Before anything is written, the journal mode included.
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            _migrate(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def close(self) -> None:
        self.connection.close()

    # History
    def add_visit(self, address: str, title: str, kind: str, entity_slug: str | None = None) -> Visit:
        """Record a visit; the same address twice in a row is one visit, brought up to date.
        Only the newest HISTORY_LIMIT visits are kept."""
        now = utc_now()
        with self._transaction() as db:
            last = db.execute("SELECT id, address FROM history ORDER BY id DESC LIMIT 1").fetchone()
            if last is not None and last["address"] == address:
                db.execute(
                    "UPDATE history SET title = ?, entity_slug = ?, visited = ? WHERE id = ?",
                    (title, entity_slug, now, last["id"]),
                )
                visit_id = last["id"]
            else:
                visit_id = db.execute(
                    "INSERT INTO history (address, title, kind, entity_slug, visited) VALUES (?, ?, ?, ?, ?)",
                    (address, title, kind, entity_slug, now),
                ).lastrowid
                db.execute(
                    "DELETE FROM history WHERE id <= "
                    "(SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET ?)",
                    (HISTORY_LIMIT,),
                )
        return Visit(visit_id, address, title, kind, entity_slug, now)

    def history(self, limit: int = HISTORY_LIMIT) -> list[Visit]:
        """Visits, newest first."""
        rows = self.connection.execute("SELECT * FROM history ORDER BY id DESC LIMIT ?", (limit,))
        return [Visit(**dict(row)) for row in rows]

    def last_visit(self) -> Visit | None:
        visits = self.history(1)
        return visits[0] if visits else None

    def clear_history(self) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM history")

    # The window's back/forward steps, kept for the next start
    def save_session(self, steps: list[dict[str, Any]], position: int) -> None:
        """Keep the back/forward steps (each an address with, for an entity page, its slug) and
        the current one. Rows, not JSON: the next start reads them before its first paint, and
        importing `json` would cost it about 5 ms."""
        with self._transaction() as db:
            db.execute("DELETE FROM session_steps")
            db.executemany(
                "INSERT INTO session_steps (position, address, entity_slug) VALUES (?, ?, ?)",
                [(number, step["address"], step.get("entity_slug")) for number, step in enumerate(steps)],
            )
            db.execute("INSERT OR REPLACE INTO session (key, value) VALUES ('position', ?)", (str(position),))
            db.execute("DELETE FROM session WHERE key = 'navigation'")

    def session(self) -> tuple[list[dict[str, Any]], int]:
        """The steps and position last saved; ([], -1) when none (or unreadable)."""
        kept = kept_session(self.connection)
        return self._session_as_json() if kept is None else kept

    def _session_as_json(self) -> tuple[list[dict[str, Any]], int]:
        """The steps as versions before 5 kept them, one JSON value; read until the next save."""
        row = self.connection.execute("SELECT value FROM session WHERE key = 'navigation'").fetchone()
        if row is None:
            return [], -1
        import json  # Here, not at the top: only a store from an older version holds JSON.

        try:
            data = json.loads(row[0])
            steps = [step for step in data.get("steps", []) if isinstance(step, dict)]
            position = int(data.get("position", -1))
        except (ValueError, TypeError, AttributeError):
            return [], -1
        return steps, max(-1, min(position, len(steps) - 1))

    # Bookmarks
    def add_bookmark(self, kind: str, title: str, **anchor: Any) -> Bookmark:
        """Add a bookmark at the end; the same place bookmarked again is the existing bookmark.
        Raises ValueError when the anchor does not fit the kind."""
        values = _validated(kind, title, anchor)
        with self._transaction():
            return self._insert_bookmark(kind, title.strip(), values, utc_now())

    def _insert_bookmark(
        self, kind: str, title: str, values: dict[str, Any], created: str, folder: str = ""
    ) -> Bookmark:
        """Inside a transaction: insert unless the same place is bookmarked already."""
        probe = Bookmark(0, kind, title, 0, created, **values)
        for existing in self.bookmarks():
            if existing.anchor_key() == probe.anchor_key():
                return existing
        position = self.connection.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM bookmarks"
        ).fetchone()[0]
        names = ("kind", "title", "position", "created", "folder", *_ANCHOR_FIELDS)
        columns = ", ".join(f'"{name}"' for name in names)
        row_id = self.connection.execute(
            f"INSERT INTO bookmarks ({columns}) VALUES ({', '.join('?' * len(names))})",
            (kind, title, position, created, folder, *(values[name] for name in _ANCHOR_FIELDS)),
        ).lastrowid
        assert row_id is not None
        return Bookmark(row_id, kind, title, position, created, **values, folder=folder)

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark in the reader's order."""
        rows = self.connection.execute("SELECT * FROM bookmarks ORDER BY position, id")
        return [Bookmark(**dict(row)) for row in rows]

    def bookmark(self, bookmark_id: int) -> Bookmark | None:
        row = self.connection.execute("SELECT * FROM bookmarks WHERE id = ?", (bookmark_id,)).fetchone()
        return Bookmark(**dict(row)) if row else None

    def folders(self) -> list[str]:
        """The reader's bookmark folders, by name."""
        rows = self.connection.execute(
            "SELECT DISTINCT folder FROM bookmarks WHERE folder != '' ORDER BY folder COLLATE NOCASE"
        )
        return [row[0] for row in rows]

    def file_bookmark(self, bookmark_id: int, folder: str) -> None:
        """Put the bookmark in `folder` (made by naming it); an empty name takes it out of any."""
        with self._transaction() as db:
            db.execute("UPDATE bookmarks SET folder = ? WHERE id = ?", (_folder_name(folder), bookmark_id))

    def rename_folder(self, old: str, new: str) -> None:
        """Every bookmark of `old` moves to `new` (into it, when `new` exists already)."""
        if not _folder_name(new):
            raise ValueError("a folder needs a name")
        with self._transaction() as db:
            db.execute("UPDATE bookmarks SET folder = ? WHERE folder = ?", (_folder_name(new), old))

    def delete_folder(self, folder: str) -> None:
        """The folder goes; its bookmarks stay, in no folder."""
        with self._transaction() as db:
            db.execute("UPDATE bookmarks SET folder = '' WHERE folder = ?", (folder,))

    def rename_bookmark(self, bookmark_id: int, title: str) -> None:
        if not title.strip():
            raise ValueError("a bookmark needs a title")
        with self._transaction() as db:
            db.execute("UPDATE bookmarks SET title = ? WHERE id = ?", (title.strip(), bookmark_id))

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
            self._renumber(db)

    def move_bookmark(self, bookmark_id: int, row: int) -> None:
        """Put the bookmark at `row` (clamped) of the list; the others keep their order."""
        with self._transaction() as db:
            order = [r["id"] for r in db.execute("SELECT id FROM bookmarks ORDER BY position, id")]
            if bookmark_id not in order:
                return
            order.remove(bookmark_id)
            order.insert(max(0, min(row, len(order))), bookmark_id)
            db.executemany("UPDATE bookmarks SET position = ? WHERE id = ?", list(enumerate(order)))

    @staticmethod
    def _renumber(db: sqlite3.Connection) -> None:
        order = [r["id"] for r in db.execute("SELECT id FROM bookmarks ORDER BY position, id")]
        db.executemany("UPDATE bookmarks SET position = ? WHERE id = ?", list(enumerate(order)))

    def export_bookmarks(self) -> dict[str, Any]:
        """Every bookmark as JSON-ready data (no ids: they belong to this file)."""
        keep = [name for name in Bookmark._fields if name not in ("id", "position")]
        return {
            "format": EXPORT_FORMAT,
            "version": SCHEMA_VERSION,
            "bookmarks": [
                {key: value for key, value in b._asdict().items() if key in keep and value is not None}
                for b in self.bookmarks()
            ],
        }

    def import_bookmarks(self, data: object) -> int:
        """Add the bookmarks of an export after the reader's own, skipping places already
        bookmarked; return how many were added. Every entry is checked before anything is
        written, so a bad file changes nothing (ValueError says what is wrong)."""
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise ValueError("not a bookmarks file")
        entries = data.get("bookmarks")
        if not isinstance(entries, list):
            raise ValueError("not a bookmarks file")
        checked = []
        for number, entry in enumerate(entries, 1):
            if not isinstance(entry, dict):
                raise ValueError(f"bookmark {number} is not an object")
            entry = dict(entry)
            kind, title, created, folder = (
                entry.pop("kind", None),
                entry.pop("title", None),
                entry.pop("created", None),
                entry.pop("folder", ""),
            )
            if not isinstance(folder, str):
                raise ValueError(f"bookmark {number}: folder must be text")
            try:
                values = _validated(str(kind), title if isinstance(title, str) else "", entry)
            except ValueError as error:
                raise ValueError(f"bookmark {number}: {error}") from None
            checked.append(
                (
                    str(kind),
                    title.strip(),
                    values,
                    created if isinstance(created, str) else utc_now(),
                    _folder_name(folder),
                )
            )
        before = len(self.bookmarks())
        with self._transaction():
            for kind, title, values, created, folder in checked:
                self._insert_bookmark(kind, title, values, created, folder)
        return len(self.bookmarks()) - before

    def export_bookmarks_json(self) -> str:
        import json  # Here, not at the top: the first page needs no JSON.

        return json.dumps(self.export_bookmarks(), ensure_ascii=False, indent=2) + "\n"


# What each version adds to the one before: a file of any older version is brought up to date
# step by step, its history and bookmarks kept.
_BOOKMARK_FOLDERS = "ALTER TABLE bookmarks ADD COLUMN folder TEXT NOT NULL DEFAULT ''"
_SESSION_STEPS = """
CREATE TABLE session_steps (
    position INTEGER PRIMARY KEY,
    address TEXT NOT NULL,
    entity_slug TEXT
)
"""
_MIGRATIONS = {
    1: _SCHEMA_V1,
    2: NOTES_SCHEMA + CORRECTIONS_SCHEMA,
    3: STRUCTURAL_CORRECTIONS_SCHEMA,
    4: _BOOKMARK_FOLDERS,
    5: _SESSION_STEPS,
}


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction; refuse a newer file."""
    version = _refuse_newer(connection)
    if version == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _MIGRATIONS[step].split(";"):
                if statement.strip():
                    connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _refuse_newer(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise UserStoreError(f"the user store was written by a newer version (schema {version})")
    return version
