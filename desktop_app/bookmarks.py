"""Bookmarks (Ctrl+D): entity pages, documents, passages and searches the reader keeps, in a
dock (Ctrl+B) and the Bookmarks menu; renamed with F2, deleted with Delete, moved with
Ctrl+Up/Down, exported and imported as JSON.

Each bookmark is found again in the database on show (`database.anchors.locate`): a passage
whose words moved opens where they now stand and says "moved"; one whose words are gone says
"no longer found" and opens nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database import anchors
from database.anchors import FOUND, MISSING, MOVED, Location
from database.errors import DatabaseError
from database.userstore import Bookmark, UserStore
from desktop_app.locale_format import number
from desktop_app.panels import ListPanel
from desktop_app.render.addresses import (
    DocumentRoute,
    EntityRoute,
    Route,
    SearchRoute,
    document_url,
    entity_url,
    search_url,
)
from desktop_app.userdata import read_json_file

BookmarkRole = Qt.ItemDataRole.UserRole + 1
LocationRole = Qt.ItemDataRole.UserRole + 2
STATE_LABELS = {
    FOUND: "",
    MOVED: str(QT_TRANSLATE_NOOP("BookmarksModel", "moved")),
    MISSING: str(QT_TRANSLATE_NOOP("BookmarksModel", "no longer found")),
}
KIND_LABELS = {
    "entity": str(QT_TRANSLATE_NOOP("BookmarksModel", "Entity")),
    "document": str(QT_TRANSLATE_NOOP("BookmarksModel", "Document")),
    "passage": str(QT_TRANSLATE_NOOP("BookmarksModel", "Passage")),
    "search": str(QT_TRANSLATE_NOOP("BookmarksModel", "Search")),
}
QUOTE_IN_TITLE = 60


def address_of(bookmark: Bookmark, location: Location) -> str | None:
    """Where a located bookmark opens; None when it is no longer found."""
    if location.state == MISSING:
        return None
    if bookmark.kind == "search":
        return search_url(bookmark.query or "")
    if bookmark.kind == "entity" and location.entity_id is not None:
        return entity_url(location.entity_id)
    if location.source is None:
        return None
    return document_url(location.source, location.start, location.end)


class BookmarksModel(QAbstractListModel):
    """Bookmarks in the reader's order, each with where it is now. Titles are editable;
    `renamed(id, title)` asks for the change to be stored."""

    renamed = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Bookmark, Location]] = []

    def set_rows(self, rows: list[tuple[Bookmark, Location]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags: titles can be edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Override QAbstractItemModel::data: the title with its state, the title alone to
        edit, a tooltip with kind and quoted words, the bookmark and its location."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        bookmark, location = self.rows[index.row()]
        state = self.tr(STATE_LABELS[location.state]) if STATE_LABELS[location.state] else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{bookmark.title} — {state}" if state else bookmark.title
        if role == Qt.ItemDataRole.EditRole:
            return bookmark.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{self.tr(KIND_LABELS[bookmark.kind])}: {bookmark.title}"]
            if bookmark.quote:
                lines.append(f"“{bookmark.quote}”")
            if state:
                lines.append(f"({state})")
            return "\n".join(lines)
        if role == BookmarkRole:
            return bookmark
        if role == LocationRole:
            return location
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ):
        """Override QAbstractItemModel::setData: a new title (blank ones are refused)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        if not value.strip():
            return False
        bookmark, location = self.rows[index.row()]
        self.renamed.emit(bookmark.id, value.strip())
        return True


class BookmarksPanel(ListPanel):
    """The dock: the list and its buttons. `open_requested` carries an address, `status` a
    sentence for the status bar."""

    open_requested = Signal(str)
    status = Signal(str)

    def __init__(
        self, store: UserStore, connection: sqlite3.Connection, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("BookmarksPanel", "Bookmarks"), parent)
        self.setObjectName("bookmarks-dock")
        self.store = store
        self.connection = connection
        self.model: BookmarksModel = BookmarksModel(self)
        self.model.renamed.connect(self.rename)
        self.view = QListView()
        self.view.setObjectName("bookmarks")
        self.view.setAccessibleName(self.tr("Bookmarks"))
        self.view.setAccessibleDescription(self.tr("Your bookmarked pages, passages and searches"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.EditKeyPressed)
        self.view.activated.connect(self._open)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.folder_filter = QComboBox()
        self.folder_filter.setObjectName("bookmark-folders")
        self.folder_filter.setAccessibleName(self.tr("Bookmark folder shown"))
        self.folder_filter.currentIndexChanged.connect(lambda _: self.reload())
        layout.addWidget(self.folder_filter)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, tip, slot in (
            ("up", "▲", self.tr("Move up (Ctrl+Up)"), lambda: self.move_current(-1)),
            ("down", "▼", self.tr("Move down (Ctrl+Down)"), lambda: self.move_current(1)),
            ("rename", self.tr("Rename"), self.tr("Rename (F2)"), self.edit_current),
            ("delete", self.tr("Delete"), self.tr("Delete (Delete)"), self.delete_current),
            ("folder", self.tr("Folder…"), self.tr("Put the bookmark in a folder"), self.file_current),
            ("export", self.tr("Export…"), self.tr("Save every bookmark as a JSON file"), self.export_file),
            ("import", self.tr("Import…"), self.tr("Add the bookmarks of a JSON file"), self.import_file),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        folder_buttons = QHBoxLayout()
        for key, text, tip, slot in (
            (
                "rename-folder",
                self.tr("Rename Folder…"),
                self.tr("Rename the folder shown"),
                self.rename_folder,
            ),
            (
                "delete-folder",
                self.tr("Delete Folder"),
                self.tr("Its bookmarks stay, in no folder"),
                self.delete_folder,
            ),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            folder_buttons.addWidget(button)
            self.buttons[key] = button
        folder_buttons.addStretch(1)
        layout.addLayout(folder_buttons)
        self.setWidget(body)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_current),
            ("Ctrl+Up", lambda: self.move_current(-1)),
            ("Ctrl+Down", lambda: self.move_current(1)),
        ):
            QShortcut(QKeySequence(keys), self.view, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    # Reading
    def located(self, bookmarks: list[Bookmark]) -> list[tuple[Bookmark, Location]]:
        """Each bookmark with where it stands in the database on show."""
        rows = []
        for bookmark in bookmarks:
            try:
                location = anchors.locate(self.connection, bookmark)
            except DatabaseError:
                location = Location(MISSING)
            rows.append((bookmark, location))
        return rows

    def shown_folder(self) -> str | None:
        """The folder the list is narrowed to: None for every bookmark, "" for those in none."""
        return self.folder_filter.currentData()

    def _fill_folders(self) -> None:
        shown = self.shown_folder() if self.folder_filter.count() else None
        self.folder_filter.blockSignals(True)
        self.folder_filter.clear()
        self.folder_filter.addItem(self.tr("All bookmarks"), None)
        folders = self.store.folders()
        if folders:
            self.folder_filter.addItem(self.tr("In no folder"), "")
        for folder in folders:
            self.folder_filter.addItem(folder, folder)
        found = self.folder_filter.findData(shown) if shown is not None else 0
        self.folder_filter.setCurrentIndex(max(found, 0))
        self.folder_filter.blockSignals(False)

    def reload(self, current_id: int | None = None) -> None:
        """Read the bookmarks (of the folder shown) and find each in the database; keep
        `current_id` chosen."""
        self._fill_folders()
        shown = self.shown_folder()
        rows = self.located([b for b in self.store.bookmarks() if shown is None or b.folder == shown])
        self.model.set_rows(rows)
        for row, (bookmark, _) in enumerate(rows):
            if bookmark.id == current_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
        has_rows = bool(rows)
        for key in ("rename", "delete", "export", "folder"):
            self.buttons[key].setEnabled(has_rows)
        for key in ("up", "down"):  # The order is the whole list's: changed where all are shown.
            self.buttons[key].setEnabled(has_rows and shown is None)
        for key in ("rename-folder", "delete-folder"):
            self.buttons[key].setEnabled(bool(shown))

    def current(self) -> Bookmark | None:
        return self.view.currentIndex().data(BookmarkRole)

    def open_bookmark(self, bookmark: Bookmark, location: Location) -> None:
        address = address_of(bookmark, location)
        if address is None:
            self.status.emit(
                self.tr("“{title}” is no longer found in this database.").format(title=bookmark.title)
            )
            return
        if location.state == MOVED:
            self.status.emit(
                self.tr("“{title}” has moved; shown where it now stands.").format(title=bookmark.title)
            )
        self.open_requested.emit(address)

    def _open(self, index: QModelIndex) -> None:
        bookmark, location = index.data(BookmarkRole), index.data(LocationRole)
        if bookmark is not None:
            self.open_bookmark(bookmark, location)

    # Adding
    def add(self, route: Route | None, title: str) -> Bookmark | None:
        """Bookmark what `route` shows (an entity page, a document or its highlighted passage,
        a search); None when it is nothing to keep (the start page, help)."""
        kind, anchor = self._anchor(route)
        if kind is None:
            self.status.emit(self.tr("Nothing to bookmark here: open an entity, a document or a search."))
            return None
        if kind == "passage":
            quote = anchor["quote"]
            short = quote if len(quote) <= QUOTE_IN_TITLE else quote[:QUOTE_IN_TITLE].rsplit(" ", 1)[0] + "…"
            title = f"{title}: “{short}”"
        bookmark = self.store.add_bookmark(kind, title, **anchor)
        self.reload(bookmark.id)
        self.status.emit(self.tr("Bookmarked “{title}”.").format(title=bookmark.title))
        return bookmark

    def _anchor(self, route: Route | None) -> tuple[str | None, dict]:
        try:
            if isinstance(route, SearchRoute):
                return "search", {"query": route.text}
            if isinstance(route, EntityRoute):
                slug = anchors.entity_slug(self.connection, route.entity_id)
                return ("entity", {"entity_slug": slug}) if slug else (None, {})
            if isinstance(route, DocumentRoute) and route.highlight:
                passage = anchors.passage_anchor(self.connection, route.source, *route.highlight)
                if passage is not None:
                    return "passage", dict(passage.__dict__)
            if isinstance(route, DocumentRoute):
                sha256 = anchors.document_sha256(self.connection, route.source)
                if sha256:
                    return "document", {"document_source": route.source, "document_sha256": sha256}
        except DatabaseError:
            pass
        return None, {}

    # Changing
    def rename(self, bookmark_id: int, title: str) -> None:
        self.store.rename_bookmark(bookmark_id, title)
        self.reload(bookmark_id)

    def edit_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def delete_current(self) -> None:
        bookmark = self.current()
        if bookmark is None:
            return
        row = self.view.currentIndex().row()
        self.store.delete_bookmark(bookmark.id)
        self.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self.status.emit(self.tr("Deleted the bookmark “{title}”.").format(title=bookmark.title))

    def ask_folder(self, current: str) -> str | None:
        """The folder to put a bookmark in (a dialog listing the folders, or a new name);
        None when cancelled. Tests replace it."""
        folders = [self.tr("(no folder)"), *self.store.folders()]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Bookmark Folder"),
            self.tr("Folder (type a new name to make one):"),
            folders,
            folders.index(current) if current in folders else 0,
            True,
        )
        if not ok:
            return None
        return "" if chosen == folders[0] else chosen

    def ask_folder_name(self, current: str) -> str | None:
        """A folder's new name (a dialog); None when cancelled. Tests replace it."""
        name, ok = QInputDialog.getText(self, self.tr("Rename Folder"), self.tr("New name:"), text=current)
        return name if ok else None

    def file_current(self) -> None:
        bookmark = self.current()
        if bookmark is None:
            return
        folder = self.ask_folder(bookmark.folder)
        if folder is None:
            return
        self.store.file_bookmark(bookmark.id, folder)
        self.reload(bookmark.id)
        self.status.emit(
            self.tr("“{title}” is now in {folder}.").format(title=bookmark.title, folder=folder)
            if folder.strip()
            else self.tr("“{title}” is now in no folder.").format(title=bookmark.title)
        )

    def rename_folder(self) -> None:
        folder = self.shown_folder()
        if not folder:
            return
        name = self.ask_folder_name(folder)
        if name is None or not name.strip():
            return
        self.store.rename_folder(folder, name)
        self.reload()
        self.folder_filter.setCurrentIndex(max(self.folder_filter.findData(" ".join(name.split())), 0))

    def delete_folder(self) -> None:
        folder = self.shown_folder()
        if not folder:
            return
        self.store.delete_folder(folder)
        self.folder_filter.setCurrentIndex(0)
        self.reload()
        self.status.emit(
            self.tr("Folder “{folder}” deleted; its bookmarks are in no folder.").format(folder=folder)
        )

    def move_current(self, step: int) -> None:
        bookmark = self.current()
        if bookmark is None or self.shown_folder() is not None:
            return
        self.store.move_bookmark(bookmark.id, self.view.currentIndex().row() + step)
        self.reload(bookmark.id)

    # Files
    def ask_save_path(self) -> str:
        """The export file's name (a dialog); tests replace it."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Bookmarks"), "bookmarks.json", self.tr("JSON (*.json)")
        )
        return path

    def ask_open_path(self) -> str:
        """The file to import (a dialog); tests replace it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Bookmarks"), "", self.tr("JSON (*.json)"))
        return path

    def export_file(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        try:
            Path(path).write_text(self.store.export_bookmarks_json(), encoding="utf-8")
        except OSError as error:
            self.status.emit(
                self.tr("Cannot write {path}: {problem}").format(path=path, problem=error.strerror or error)
            )
            return
        self.status.emit(
            self.tr("Exported {count} bookmarks to {file}.").format(
                count=number(self.model.rowCount()), file=Path(path).name
            )
        )

    def import_file(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        try:
            added = self.store.import_bookmarks(read_json_file(path))
        except ValueError as error:
            self.status.emit(
                self.tr("Cannot import {file}: {error}").format(file=Path(path).name, error=error)
            )
            return
        self.reload()
        self.status.emit(
            self.tr("Imported {count} bookmarks from {file}.").format(
                count=number(added), file=Path(path).name
            )
        )


def fill_menu(menu: QMenu, panel: BookmarksPanel, first_actions: list) -> None:
    """The Bookmarks menu: its own actions, then every bookmark (refilled each time it opens)."""
    menu.clear()
    for action in first_actions:
        menu.addAction(action)
    rows = panel.located(panel.store.bookmarks())
    if rows:
        menu.addSeparator()
    submenus: dict[str, QMenu] = {}
    for folder in panel.store.folders():
        submenus[folder] = menu.addMenu(folder.replace("&", "&&"))
    for bookmark, location in rows:
        state = (
            QCoreApplication.translate("BookmarksModel", STATE_LABELS[location.state])
            if STATE_LABELS[location.state]
            else ""
        )
        text = (f"{bookmark.title} — {state}" if state else bookmark.title).replace("&", "&&")
        action = submenus.get(bookmark.folder, menu).addAction(text)
        action.triggered.connect(lambda checked=False, b=bookmark, at=location: panel.open_bookmark(b, at))
