"""What every part of the reader's own store shares: the connection, one transaction per change,
and the clock. `UserStore` (history, bookmarks), `NotesStore` and `CorrectionsStore` build on it,
so each part keeps its own module and all of them write one file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


def utc_now() -> str:
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
