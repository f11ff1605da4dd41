"""Finding the reader's places again in a reference database that may have been rebuilt.

Entity ids and document offsets change when documents are added or edited, so the user store
keeps what lasts: an entity's slug (and its name, as a fallback), a document's hash and file
name, a passage's offsets with the words it quoted. `locate` says whether a bookmark is found
where it was, has moved (the quoted words stand elsewhere, or the entity goes by another
slug), or is no longer found.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from database.errors import sqlite_errors_as_database_error as reading
from database.models import EntityRef
from database.reference import find_entity

FOUND, MOVED, MISSING = "found", "moved", "missing"


class Anchored(Protocol):
    """What a bookmark and a note both keep of their place (see `database.userstore`)."""

    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def entity_slug(self) -> str | None: ...
    @property
    def document_source(self) -> str | None: ...
    @property
    def document_sha256(self) -> str | None: ...
    @property
    def start(self) -> int | None: ...
    @property
    def end(self) -> int | None: ...
    @property
    def quote(self) -> str | None: ...


N = TypeVar("N", bound=Anchored)


@dataclass(frozen=True)
class Location:
    """Where a bookmark is in this database: `state` is FOUND, MOVED or MISSING; an entity
    bookmark has `entity_id`, a document or passage bookmark `source` (and `start`/`end`)."""

    state: str
    entity_id: int | None = None
    source: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class PassageAnchor:
    """What a passage bookmark stores: the document's file name and hash, the offsets, the words."""

    document_source: str
    document_sha256: str
    start: int
    end: int
    quote: str


@reading
def entity_slug(connection: sqlite3.Connection, entity_id: int) -> str | None:
    row = connection.execute("SELECT slug FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return str(row[0]) if row else None


@reading
def entity_by_slug(connection: sqlite3.Connection, slug: str) -> EntityRef | None:
    row = connection.execute("SELECT id, name, kind FROM entities WHERE slug = ?", (slug,)).fetchone()
    return EntityRef(row[0], row[1], row[2]) if row else None


@reading
def passage_anchor(connection: sqlite3.Connection, source: str, start: int, end: int) -> PassageAnchor | None:
    """The anchor for the words at start:end of a document; None when they are not there."""
    row = connection.execute(
        "SELECT sha256, substr(text, ? + 1, ? - ?) FROM documents WHERE source = ?",
        (start, end, start, source),
    ).fetchone()
    if row is None or not row[1] or start >= end:
        return None
    return PassageAnchor(source, row[0], start, end, row[1])


@reading
def document_sha256(connection: sqlite3.Connection, source: str) -> str | None:
    row = connection.execute("SELECT sha256 FROM documents WHERE source = ?", (source,)).fetchone()
    return str(row[0]) if row else None


def notes_on_entity(connection: sqlite3.Connection, notes: Sequence[N], entity_id: int) -> list[N]:
    """The entity notes that find this entity (by slug, or by the name they were written on)."""
    return [
        note for note in notes if note.kind == "entity" and locate(connection, note).entity_id == entity_id
    ]


def notes_in_document(
    connection: sqlite3.Connection, notes: Sequence[N], source: str
) -> list[tuple[N, Location]]:
    """The passage notes whose words stand in this document, with where they stand now. A note
    finds its document by hash or by file name, so only those naming this one are looked up."""
    sha256 = document_sha256(connection, source)
    placed = []
    for note in notes:
        names_this = note.document_source == source or (sha256 is not None and note.document_sha256 == sha256)
        if note.kind == "passage" and names_this:
            location = locate(connection, note)
            if location.source == source and location.start is not None:
                placed.append((note, location))
    return placed


def locate(connection: sqlite3.Connection, bookmark: Anchored) -> Location:
    """Where a bookmark or note is in this database (see `Location`). Raises DatabaseError."""
    if bookmark.kind == "search":
        return Location(FOUND)
    if bookmark.kind == "entity":
        return _locate_entity(connection, bookmark)
    if bookmark.kind == "document":
        return _locate_document(connection, bookmark)
    return _locate_passage(connection, bookmark)


def _locate_entity(connection: sqlite3.Connection, bookmark: Anchored) -> Location:
    entity = entity_by_slug(connection, bookmark.entity_slug or "")
    if entity is not None:
        return Location(FOUND, entity_id=entity.id)
    # The gazetteer may have renamed it: the name the reader saw, matched as any alias.
    entity = find_entity(connection, bookmark.title)
    return Location(MOVED, entity_id=entity.id) if entity else Location(MISSING)


@reading
def _locate_document(connection: sqlite3.Connection, bookmark: Anchored) -> Location:
    row = connection.execute(
        "SELECT source FROM documents WHERE sha256 = ? ORDER BY source = ? DESC LIMIT 1",
        (bookmark.document_sha256, bookmark.document_source),
    ).fetchone()
    if row is not None:
        return Location(FOUND if row[0] == bookmark.document_source else MOVED, source=row[0])
    row = connection.execute("SELECT source FROM documents WHERE source = ?", (bookmark.document_source,))
    found = row.fetchone()
    return Location(MOVED, source=found[0]) if found else Location(MISSING)


@reading
def _locate_passage(connection: sqlite3.Connection, bookmark: Anchored) -> Location:
    """The same document (by hash, then by name) with the quote at its offsets is FOUND; the
    quote elsewhere in it, or in another document, is MOVED (the occurrence nearest the old
    offset); no quote anywhere is MISSING."""
    quote, start = bookmark.quote or "", bookmark.start or 0
    candidates = connection.execute(
        "SELECT source, text FROM documents WHERE sha256 = :sha OR source = :source "
        "ORDER BY sha256 = :sha DESC, source = :source DESC",
        {"sha": bookmark.document_sha256, "source": bookmark.document_source},
    ).fetchall()
    for source, text in candidates:
        if text[start : bookmark.end] == quote:
            same = source == bookmark.document_source
            return Location(FOUND if same else MOVED, source=source, start=start, end=bookmark.end)
    for source, text in candidates:
        span = _nearest(text, quote, start)
        if span:
            return Location(MOVED, source=source, start=span[0], end=span[1])
    # Anywhere else: a document renamed and edited at once.
    for source, text in connection.execute(
        "SELECT source, text FROM documents WHERE instr(text, ?) > 0 ORDER BY source", (quote,)
    ):
        span = _nearest(text, quote, start)
        if span:
            return Location(MOVED, source=source, start=span[0], end=span[1])
    return Location(MISSING)


def _nearest(text: str, quote: str, start: int) -> tuple[int, int] | None:
    """The occurrence of `quote` in `text` nearest `start`, its spacing and line breaks free
    (a paragraph re-wrapped is the same words)."""
    words = quote.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    spans = [match.span() for match in pattern.finditer(text)]
    return min(spans, key=lambda span: abs(span[0] - start)) if spans else None
