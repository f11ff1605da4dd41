"""What every part of the reader's own store shares: the connection, one transaction per change,
and the clock. `UserStore` (history, bookmarks), `NotesStore` and `CorrectionsStore` build on it,
so each part keeps its own module and all of them write one file."""

from __future__ import annotations

import _sqlite3 as sqlite3  # The C module: see `database.connection`.
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 5
"""The store's schema (`PRAGMA user_version`), as `database.userstore` migrates it."""


def utc_now() -> str:
    from datetime import UTC, datetime  # Not at start-up, which writes nothing.

    return datetime.now(UTC).isoformat(timespec="seconds")


class StoreBase:
    """One SQLite connection opened in autocommit mode; every change goes through `_transaction`."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self.connection = connection
        self.path = path

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """`BEGIN IMMEDIATE` … `COMMIT`: a kill in between leaves the last committed state."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")


def kept_session(connection: sqlite3.Connection) -> tuple[list[dict[str, Any]], int] | None:
    """The back/forward steps and the position last saved (`UserStore.save_session`); ([], -1)
    when none; None when only a version before 5 kept them (as JSON)."""
    rows = connection.execute("SELECT address, entity_slug FROM session_steps ORDER BY position").fetchall()
    if not rows:
        as_json = connection.execute("SELECT 1 FROM session WHERE key = 'navigation'").fetchone()
        return None if as_json is not None else ([], -1)
    steps = [{"address": address} | ({"entity_slug": slug} if slug else {}) for address, slug in rows]
    row = connection.execute("SELECT value FROM session WHERE key = 'position'").fetchone()
    position = int(row[0]) if row is not None and row[0].lstrip("-").isdigit() else len(steps) - 1
    return steps, max(-1, min(position, len(steps) - 1))


def peek_session(path: Path) -> tuple[list[dict[str, Any]], int] | None:
    """What `UserStore.session` gives for the store at `path`, read in one read-only look
    without opening the store (or loading its modules): for a start-up that needs nothing else
    of it before its first paint. None when the store must be opened to tell: it holds
    corrections (the tree shows them), is of another version, keeps its session as JSON, or
    cannot be read. A store not made yet kept no session."""
    if not path.exists():
        return [], -1
    try:
        store = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if store.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return None
            if store.execute("SELECT EXISTS (SELECT 1 FROM corrections)").fetchone()[0]:
                return None
            return kept_session(store)
        finally:
            store.close()
    except sqlite3.Error:
        return None
