"""Notes (Ctrl+N): the reader's own words on the entity page on show, on a document's
highlighted passage, or on a passage of an entity page (its "note" link). A small dialog
writes them; the page shows them in a box headed "Your note"; the search bar finds them
("Your notes"). One note per place: writing again edits it, emptying it deletes it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from database import anchors
from database.anchors import MISSING
from database.errors import DatabaseError
from database.usernotes import Note
from database.userstore import UserStore
from desktop_app.render.addresses import DocumentRoute, EntityRoute, Route, document_url, entity_url
from desktop_app.render.reader import EDIT_NOTE

QUOTE_SHOWN = 160


@dataclass(frozen=True)
class NoteHit:
    """One of the reader's notes matching a search; `address` None when its place is no
    longer in this database."""

    title: str
    text: str
    address: str | None


class NoteDialog(QDialog):
    """The note's text, with what it is about above it. Save keeps it; Delete (for a note
    already written) empties it."""

    def __init__(self, about: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note-dialog")
        self.setWindowTitle(self.tr("Your Note"))
        self.deleted = False
        layout = QVBoxLayout(self)
        label = QLabel(about, wordWrap=True)
        label.setObjectName("note-about")
        layout.addWidget(label)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("note-text")
        self.editor.setPlaceholderText(
            self.tr("Your own words: shown on the page and in print as yours, apart from the documents.")
        )
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if text:
            delete = buttons.addButton(self.tr("Delete Note"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._delete)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 260)
        self.editor.setFocus()

    def _delete(self) -> None:
        self.deleted = True
        self.editor.clear()
        self.accept()

    def text(self) -> str:
        return self.editor.toPlainText()


def _short(text: str) -> str:
    return text if len(text) <= QUOTE_SHOWN else text[:QUOTE_SHOWN].rsplit(" ", 1)[0] + "…"


class NotesController(QWidget):
    """Writes notes for the window. `changed` after a note is saved or deleted (the page is
    shown again), `status` a sentence for the status bar."""

    changed = Signal()
    status = Signal(str)

    def __init__(
        self, store: UserStore, connection: Callable[[], sqlite3.Connection], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.hide()
        self.store = store
        self.connection = connection

    def ask(self, about: str, text: str) -> str | None:
        """The note as the reader leaves it (a dialog); None when cancelled."""
        dialog = NoteDialog(about, text, self.parentWidget())
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def note_on(self, route: Route | None, title: str) -> Note | None:
        """Ctrl+N: a note on the entity page on show, or on the document's highlighted passage."""
        try:
            if isinstance(route, EntityRoute):
                slug = anchors.entity_slug(self.connection(), route.entity_id)
                if slug:
                    return self._write(
                        "entity", title, self.tr("Your note on {title}").format(title=title), entity_slug=slug
                    )
            elif isinstance(route, DocumentRoute) and route.highlight:
                return self.note_on_passage(route.source, *route.highlight, title=title)
        except DatabaseError as error:
            self.status.emit(self.tr("Cannot note this page: {error}").format(error=error))
            return None
        self.status.emit(self.tr("Open an entity, or a passage of a document, to write a note on it."))
        return None

    def note_on_passage(self, source: str, start: int, end: int, *, title: str) -> Note | None:
        anchor = anchors.passage_anchor(self.connection(), source, start, end)
        if anchor is None:
            self.status.emit(self.tr("This passage is not in the database."))
            return None
        about = self.tr("Your note on “{quote}” ({title})").format(quote=_short(anchor.quote), title=title)
        return self._write("passage", title, about, **anchor.__dict__)

    def edit(self, note_id: int) -> Note | None:
        note = self.store.note(note_id)
        if note is None:
            return None
        about = (
            self.tr("Your note on {title}").format(title=note.title)
            if note.kind == "entity"
            else self.tr("Your note on “{quote}”").format(quote=_short(note.quote or ""))
        )
        return self._write(
            note.kind,
            note.title,
            about,
            **{
                name: getattr(note, name)
                for name in ("entity_slug", "document_source", "document_sha256", "start", "end", "quote")
            },
        )

    def _write(self, kind: str, title: str, about: str, **anchor: object) -> Note | None:
        existing = self.store.note_at(kind, **anchor)
        text = self.ask(about, existing.text if existing else "")
        if text is None:
            return existing
        note = self.store.set_note(kind, existing.title if existing else title, text, **anchor)
        if note is None:
            self.status.emit(
                self.tr("Note deleted.") if existing else self.tr("Nothing written: no note kept.")
            )
        else:
            self.status.emit(self.tr("Note saved."))
        self.changed.emit()
        return note

    def handle_link(self, address: str) -> bool:
        """`note:edit/ID` links of the page's note boxes; True when the link was one."""
        if not address.startswith(f"{EDIT_NOTE}/"):
            return False
        number = address.rsplit("/", 1)[1]
        if number.isdigit():
            self.edit(int(number))
        return True

    def matching(self, query: str) -> list[NoteHit]:
        """Notes holding every word of `query`, each with where it opens (None: its place is
        no longer in this database)."""
        found = []
        for note in self.store.search_notes(query):
            try:
                location = anchors.locate(self.connection(), note)
            except DatabaseError:
                location = anchors.Location(MISSING)
            address = None
            if location.state != MISSING and note.kind == "entity" and location.entity_id is not None:
                address = entity_url(location.entity_id)
            elif location.state != MISSING and location.source is not None:
                address = document_url(location.source, location.start, location.end)
            found.append(NoteHit(note.title, note.text, address))
        return found
