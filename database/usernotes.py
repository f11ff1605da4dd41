"""The reader's notes: a few words of their own on an entity or a passage, kept in the user
store beside the bookmarks and anchored the same way (an entity's slug; a document's hash and
file name with the passage's offsets and quoted words), so `database.anchors.locate` finds a
note again after a rebuild. One note per place: writing again replaces it, writing nothing
deletes it. Notes are never mixed with what the documents say: the read side keeps them apart
and every output marks them as the reader's own.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from database.storebase import StoreBase, utc_now

NOTE_KINDS = ("entity", "passage")
NOTES_FORMAT = "casecref-notes"
NOTES_SCHEMA = """
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'passage')),
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    entity_slug TEXT,
    document_source TEXT,
    document_sha256 TEXT,
    start INTEGER,
    "end" INTEGER,
    quote TEXT
);
CREATE INDEX notes_entity ON notes (entity_slug);
CREATE INDEX notes_document ON notes (document_sha256);
"""
_ANCHOR_FIELDS = ("entity_slug", "document_source", "document_sha256", "start", "end", "quote")


class Note(NamedTuple):
    """A note on an entity (`entity_slug`, `title` its name when written) or on a passage
    (document file name and hash, offsets, the quoted words; `title` the document's)."""

    id: int
    kind: str
    title: str
    text: str
    created: str
    updated: str
    entity_slug: str | None = None
    document_source: str | None = None
    document_sha256: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None

    def matches(self, words: list[str]) -> bool:
        """Every word (already casefolded) in the note, its title or its quoted words."""
        haystack = " ".join(part for part in (self.text, self.title, self.quote) if part).casefold()
        return bool(words) and all(word in haystack for word in words)


def _checked(kind: str, title: str, anchor: dict[str, Any]) -> dict[str, Any]:
    """The anchor columns a note of `kind` needs; raises ValueError."""
    if kind not in NOTE_KINDS:
        raise ValueError(f"unknown note kind {kind!r}")
    if not title.strip():
        raise ValueError("a note needs a title")
    unknown = set(anchor) - set(_ANCHOR_FIELDS)
    if unknown:
        raise ValueError(f"unknown note fields: {', '.join(sorted(unknown))}")
    values = {name: anchor.get(name) for name in _ANCHOR_FIELDS}
    required = ("entity_slug",) if kind == "entity" else ("document_source", "document_sha256", "quote")
    for name in required:
        if not isinstance(values[name], str) or not values[name]:
            raise ValueError(f"a {kind} note needs {name}")
    if kind == "passage":
        start, end = values["start"], values["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise ValueError("a passage note needs its offsets")
    return values


class NotesStore(StoreBase):
    """Notes, over the user store's connection (see `UserStore`)."""

    def note_at(self, kind: str, **anchor: Any) -> Note | None:
        """The note on this place, if the reader wrote one."""
        if kind == "entity":
            row = self.connection.execute(
                "SELECT * FROM notes WHERE kind = 'entity' AND entity_slug = ?", (anchor.get("entity_slug"),)
            ).fetchone()
        else:
            row = self.connection.execute(
                "SELECT * FROM notes WHERE kind = 'passage' AND document_sha256 = ? AND start = ? "
                'AND "end" = ?',
                (anchor.get("document_sha256"), anchor.get("start"), anchor.get("end")),
            ).fetchone()
        return Note(**dict(row)) if row else None

    def set_note(self, kind: str, title: str, text: str, **anchor: Any) -> Note | None:
        """Write the note on this place (replacing the one there); blank text deletes it and
        returns None. Raises ValueError when the anchor does not fit the kind."""
        values = _checked(kind, title, anchor)
        existing = self.note_at(kind, **values)
        now = utc_now()
        with self._transaction() as db:
            if not text.strip():
                if existing is not None:
                    db.execute("DELETE FROM notes WHERE id = ?", (existing.id,))
                return None
            if existing is not None:
                db.execute(
                    "UPDATE notes SET text = ?, title = ?, updated = ? WHERE id = ?",
                    (text.strip(), title.strip(), now, existing.id),
                )
                note_id = existing.id
            else:
                columns = ", ".join(f'"{name}"' for name in ("kind", "title", "text", "created", "updated"))
                anchors = ", ".join(f'"{name}"' for name in _ANCHOR_FIELDS)
                cursor = db.execute(
                    f"INSERT INTO notes ({columns}, {anchors}) VALUES ({', '.join('?' * 11)})",
                    (kind, title.strip(), text.strip(), now, now, *(values[name] for name in _ANCHOR_FIELDS)),
                )
                assert cursor.lastrowid is not None
                note_id = cursor.lastrowid
        note = self.note(note_id)
        assert note is not None
        return note

    def note(self, note_id: int) -> Note | None:
        row = self.connection.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return Note(**dict(row)) if row else None

    def notes(self) -> list[Note]:
        """Every note, the most recently written first."""
        rows = self.connection.execute("SELECT * FROM notes ORDER BY updated DESC, id DESC")
        return [Note(**dict(row)) for row in rows]

    def delete_note(self, note_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def search_notes(self, query: str) -> list[Note]:
        """Notes holding every word of `query` (any case), newest first."""
        words = [word.strip('"*()') for word in query.casefold().split()]
        words = [word for word in words if word and word not in ("or", "and", "not")]
        return [note for note in self.notes() if note.matches(words)]

    def export_notes(self) -> dict[str, Any]:
        """Every note as JSON-ready data (no ids: they belong to this file)."""
        return {
            "format": NOTES_FORMAT,
            "notes": [
                {key: value for key, value in note._asdict().items() if key != "id" and value is not None}
                for note in self.notes()
            ],
        }
