"""Corrections (Edit → Correct This Page…, Ctrl+R): the reader rejects a fact of the entity on
show ("not what the sentence says"), adds an alias, renames it, merges another entity into it,
splits an alias off, changes its kind or its parent, saying why (the dialog is
`desktop_app.correction_dialog`). The
Corrections panel (Ctrl+Shift+R) lists every correction with whether this database still has
its place; Delete undoes one (as the page's "undo" link does); Export… and Import… pass them to
a colleague as JSON. Corrections are applied when pages are read, so they outlast any rebuild;
the reference database is never written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database import anchors, reference
from database.corrections import Correction, is_found
from database.errors import DatabaseError
from database.models import EntityRef, Relation
from database.userstore import UserStore
from desktop_app.correction_dialog import CorrectionDialog, Entity, Request, rejectable
from desktop_app.locale_format import number
from desktop_app.panels import ListPanel
from desktop_app.render.addresses import entity_url
from desktop_app.render.reader import correction_line
from desktop_app.userdata import read_json_file

CorrectionRole = Qt.ItemDataRole.UserRole + 1


class CorrectionsModel(QAbstractListModel):
    """Corrections in the order made, each with whether this database has its place."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Correction, bool]] = []

    def set_rows(self, rows: list[tuple[Correction, bool]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Override QAbstractItemModel::data: the correction in words, the correction itself."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        correction, found = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return correction_line(correction) + ("" if found else self.tr(" — not found in this database"))
        if role == CorrectionRole:
            return correction
        return None


class CorrectionsPanel(ListPanel):
    """The dock. `changed` after a correction is made or undone (tree and page are read
    again), `open_requested` carries an address, `status` a sentence for the status bar."""

    changed = Signal()
    open_requested = Signal(str)
    status = Signal(str)

    def __init__(
        self, store: UserStore, connection: Callable[[], sqlite3.Connection], parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("CorrectionsPanel", "Corrections"), parent)
        self.setObjectName("corrections-dock")
        self.store = store
        self.connection = connection
        self.model: CorrectionsModel = CorrectionsModel(self)
        self.view = QListView()
        self.view.setObjectName("corrections")
        self.view.setAccessibleName(self.tr("Corrections"))
        self.view.setAccessibleDescription(self.tr("Your corrections to the documents' facts, newest first"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.activated.connect(self._open)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, slot in (
            ("undo", self.tr("Undo"), self.tr("Undo the chosen correction (Delete)"), self.undo_current),
            ("export", self.tr("Export…"), self.tr("Save every correction as a JSON file"), self.export_file),
            ("import", self.tr("Import…"), self.tr("Apply the corrections of a JSON file"), self.import_file),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(body)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.view,
            self.undo_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.reload()

    def reload(self) -> None:
        rows = []
        for correction in self.store.corrections():
            try:
                found = is_found(self.connection(), correction)
            except DatabaseError:
                found = False
            rows.append((correction, found))
        self.model.set_rows(rows)
        self.buttons["undo"].setEnabled(bool(rows))
        self.buttons["export"].setEnabled(bool(rows))

    # Making one
    def ask(self, name: str, facts: list[Relation], entity: Entity | None = None) -> Request | None:
        """What the reader asks for (a dialog); None when cancelled."""
        dialog = CorrectionDialog(name, facts, self.parentWidget(), entity)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def correct(
        self,
        entity_id: int,
        name: str,
        relations: tuple[Relation, ...],
        kind: str = "",
        aliases: tuple[tuple[str, str], ...] = (),
    ) -> Correction | None:
        """Edit → Correct This Page…: the dialog, then the correction kept."""
        facts = rejectable(relations)
        try:
            rows = reference.entities(self.connection())
        except DatabaseError:
            rows = []
        others = tuple(
            EntityRef(row.id, row.name, row.kind) for row in sorted(rows, key=lambda r: r.name.casefold())
        )
        request = self.ask(
            name, facts, Entity(name, kind, aliases, tuple(r for r in others if r.id != entity_id))
        )
        if request is None:
            return None
        connection = self.connection()
        try:
            slug = anchors.entity_slug(connection, entity_id)
            if slug is None:
                return None
            if request.kind == "reject":
                fact = facts[request.fact]
                other = anchors.entity_slug(connection, fact.entity.id) or ""
                subject, obj = ((slug, name), (other, fact.entity.name))[
                    :: 1 if fact.direction == "out" else -1
                ]
                correction = self.store.add_correction(
                    "reject",
                    subject[0],
                    subject[1],
                    predicate=fact.predicate,
                    object_slug=obj[0],
                    object_name=obj[1],
                    sentence=fact.citation.sentence if fact.citation else None,
                    value=fact.status,
                    reason=request.reason,
                )
            elif request.kind in ("merge", "parent"):
                other_slug = anchors.entity_slug(connection, request.other.id) if request.other else None
                if other_slug is None or request.other is None:
                    return None
                correction = self.store.add_correction(
                    request.kind,
                    slug,
                    name,
                    object_slug=other_slug,
                    object_name=request.other.name,
                    reason=request.reason,
                )
            else:
                correction = self.store.add_correction(
                    request.kind, slug, name, value=request.value, reason=request.reason
                )
        except (DatabaseError, ValueError) as error:
            self.status.emit(self.tr("Not corrected: {error}").format(error=error))
            return None
        self.reload()
        self.changed.emit()
        self.status.emit(self.tr("Corrected. Undo it on the page or in the Corrections panel."))
        return correction

    # Undoing
    def undo(self, correction_id: int) -> None:
        correction = self.store.correction(correction_id)
        if correction is None:
            return
        self.store.undo_correction(correction_id)
        self.reload()
        self.changed.emit()
        self.status.emit(self.tr("Correction undone."))

    def undo_current(self) -> None:
        correction = self.view.currentIndex().data(CorrectionRole)
        if correction is None:
            return
        row = self.view.currentIndex().row()
        self.undo(correction.id)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def handle_link(self, address: str) -> bool:
        """The page's `undo:ID` links; True when the link was one."""
        scheme, _, number = address.partition(":")
        if scheme != "undo":
            return False
        if number.isdigit():
            self.undo(int(number))
        return True

    def _open(self, index: QModelIndex) -> None:
        correction = index.data(CorrectionRole)
        try:
            entity = anchors.entity_by_slug(self.connection(), correction.entity_slug) if correction else None
        except DatabaseError:
            entity = None
        if entity is None:
            self.status.emit(self.tr("This correction's entity is not in this database."))
            return
        self.open_requested.emit(entity_url(entity.id))

    # Files
    def ask_save_path(self) -> str:
        """The export file's name (a dialog); tests replace it."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Corrections"), "corrections.json", self.tr("JSON (*.json)")
        )
        return path

    def ask_open_path(self) -> str:
        """The file to import (a dialog); tests replace it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Corrections"), "", self.tr("JSON (*.json)")
        )
        return path

    def export_file(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        try:
            Path(path).write_text(self.store.export_corrections_json(), encoding="utf-8")
        except OSError as error:
            self.status.emit(
                self.tr("Cannot write {path}: {problem}").format(path=path, problem=error.strerror or error)
            )
            return
        self.status.emit(
            self.tr("Exported {count} corrections to {file}.").format(
                count=number(self.model.rowCount()), file=Path(path).name
            )
        )

    def import_file(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        try:
            added = self.store.import_corrections(read_json_file(path))
        except ValueError as error:
            self.status.emit(
                self.tr("Cannot import {file}: {error}").format(file=Path(path).name, error=error)
            )
            return
        self.reload()
        self.changed.emit()
        self.status.emit(
            self.tr("Imported {count} corrections from {file}.").format(
                count=number(added), file=Path(path).name
            )
        )
