"""The tables of the reference database, declared with sqlite-utils, and their bulk loading.

Importing this module costs nothing: the read side takes `SCHEMA_VERSION` from here, and
sqlite-utils is imported only by the functions that write.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA_VERSION = "3"
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
INDEXES = (
    ("aliases", ["key"]),
    ("aliases", ["entity_id"]),
    ("mentions", ["entity_id"]),
    ("mentions", ["section_id"]),
    ("event_entities", ["entity_id"]),
    ("relations", ["subject_id"]),
    ("relations", ["object_id"]),
    ("entities", ["parent_id"]),
)


def insert_rows(connection: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    """Bulk insert into a table `_create_schema` made: plain executemany, since sqlite-utils'
    per-value conversion was a quarter of the build time on large corpora (see BENCHMARKS.md)."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f"[{column}]" for column in columns)
    marks = ", ".join("?" * len(columns))
    with connection:
        connection.executemany(
            f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
            ([row[column] for column in columns] for row in rows),
        )


def create_schema(db: sqlite_utils.Database) -> None:
    """Tables declared up front, so an empty one still exists with its types and keys."""
    db.table("documents").create(
        {
            "id": int,
            "source": str,
            "title": str,
            "author": str,
            "published": str,
            "updated": str,
            "encoding": str,
            "sha256": str,
            "text": str,
        },
        pk="id",
    )
    db.table("sections").create(
        {
            "id": int,
            "document_id": int,
            "ordinal": int,
            "heading": str,
            "level": int,
            "path": str,
            "start": int,
            "body_start": int,
            "end": int,
            "text": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents")],
    )
    db.table("entities").create(
        {
            "id": int,
            "slug": str,
            "name": str,
            "kind": str,
            "category": str,
            "parent_id": int,
            "description": str,
            "description_source": str,
            "description_origin": str,
            "description_document_id": int,
            "description_start": int,
            "description_end": int,
            "iso_code": str,
            "origin": str,
            "confidence": float,
            "mention_count": int,
            "document_count": int,
            "aliases": str,
        },
        pk="id",
        foreign_keys=[("parent_id", "entities", "id")],
    )
    db.table("aliases").create(
        {
            "entity_id": int,
            "alias": str,
            "kind": str,
            "key": str,
            "mentions": int,
            "document_id": int,
            "start": int,
            "end": int,
        },
        foreign_keys=[("entity_id", "entities"), ("document_id", "documents")],
    )
    db.table("mentions").create(
        {
            "id": int,
            "entity_id": int,
            "document_id": int,
            "section_id": int,
            "start": int,
            "end": int,
            "surface": str,
        },
        pk="id",
        foreign_keys=[("entity_id", "entities"), ("document_id", "documents"), ("section_id", "sections")],
    )
    db.table("events").create(
        {
            "id": int,
            "document_id": int,
            "section_id": int,
            "date": str,
            "year": int,
            "text": str,
            "start": int,
            "end": int,
            "origin": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents"), ("section_id", "sections")],
    )
    db.table("event_entities").create(
        {"event_id": int, "entity_id": int},
        pk=("event_id", "entity_id"),
        foreign_keys=[("event_id", "events"), ("entity_id", "entities")],
    )
    db.table("relations").create(
        {
            "id": int,
            "subject_id": int,
            "predicate": str,
            "object_id": int,
            "year": int,
            "document_id": int,
            "section_id": int,
            "evidence": str,
            "start": int,
            "end": int,
            "role": str,
            "weight": int,
            "status": str,
            "date": str,
            "confidence": float,
            "method": str,
        },
        pk="id",
        foreign_keys=[("subject_id", "entities"), ("object_id", "entities")],
    )
    db.table("meta").create({"key": str, "value": str}, pk="key")


def finish_indexes(db: sqlite_utils.Database) -> None:
    """Lookup indexes and the FTS5 tables, made the sqlite-utils way so `sqlite-utils search`
    and Datasette search the same file."""
    for table, columns in INDEXES:
        db.table(table).create_index(columns, if_not_exists=True)
    db.table("sections").enable_fts(["heading", "text"], tokenize=FTS_TOKENIZE)
    db.table("entities").enable_fts(["name", "aliases", "description"], tokenize=FTS_TOKENIZE)
