"""Opening a reference database: read-only, checked to be one of ours, every failure one line.

Its own module so the command line can open a database without importing the read side's
dataclasses (`database.reference`) it may not need.
"""

from __future__ import annotations

# `_sqlite3` is the C module the `sqlite3` package re-exports: the same `connect`, `Row`,
# `Connection` and errors, the same objects. The read side opens and reads through it because
# the package also imports `datetime` and registers adapters for date objects, which no query
# here binds: some 4 ms of the window's start-up, before anything is painted. Code that writes
# dates, and every module loaded after the first paint, imports `sqlite3` as usual.
import _sqlite3 as sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from database.errors import DatabaseError
from database.tables import SCHEMA_VERSION

CACHE_KIB = 16384
REQUIRED_TABLES = {
    "documents",
    "sections",
    "entities",
    "aliases",
    "mentions",
    "events",
    "relations",
    "meta",
    "entities_fts",
    "passages",
    "passages_fts",
    "words",
}


def open_database(path: Path) -> sqlite3.Connection:
    """Open read-only and check it is one of ours; raise DatabaseError with a one-line reason."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError(f"database not found: {path}")
    if path.is_dir():
        raise DatabaseError(f"database path is a folder: {path}")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise DatabaseError(f"cannot read database {path}: {error.strerror}") from error
    if not header.startswith(b"SQLite format 3\x00") or len(header) < 100:
        raise DatabaseError(f"not a SQLite database: {path}")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages * page_size > size:
        raise DatabaseError(f"database file is truncated ({size} of {pages * page_size} bytes): {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA query_only = 1")
        # A search reads up to a thousand passages scattered over the file, more pages than
        # SQLite's default 2 MB cache holds; with 16 MB the next keystroke finds them again.
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        missing = REQUIRED_TABLES - tables
        if missing:
            raise DatabaseError(f"not a reference database (missing {', '.join(sorted(missing))}): {path}")
        version = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if not version or version[0] != SCHEMA_VERSION:
            found = version[0] if version else "none"
            raise DatabaseError(f"database schema version {found}, this app needs {SCHEMA_VERSION}: {path}")
        connection.execute("SELECT count(*) FROM entities").fetchone()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"database unusable ({error}): {path}") from error
    return connection


@contextmanager
def read_transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """Run the statements inside as one read transaction: the file is locked and checked for
    changes once, not before every statement (about 10 µs each, a good part of a search that
    runs a dozen small ones), and they all see the same database. Inside a transaction
    already, it adds nothing."""
    if connection.in_transaction:
        yield
        return
    connection.execute("BEGIN")
    try:
        yield
    finally:
        if connection.in_transaction:
            connection.execute("COMMIT")


def store_corrects_names(path: Path) -> bool:
    """Whether the reader's store at `path` holds a correction that changes which names find which
    entity (an alias split off, a merge): one read-only look, so a command-line search loads the
    store only when it must. True when unsure (the caller then reads the store properly)."""
    if not path.exists():
        return False
    try:
        store = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = store.execute(
                "SELECT EXISTS (SELECT 1 FROM corrections WHERE kind IN ('split', 'merge'))"
            ).fetchone()
        finally:
            store.close()
    except sqlite3.Error:
        return True
    return bool(row[0])
