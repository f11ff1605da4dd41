"""The History panel (Ctrl+H): the pages and searches the reader opened, newest first, kept in
the user store across restarts and clearable. Activating a row opens it again."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from database.userstore import UserStore, Visit
from desktop_app.locale_format import short_date_time
from desktop_app.panels import ListPanel
from desktop_app.render.addresses import DocumentRoute, EntityRoute, SearchRoute, parse_address
from desktop_app.userdata import current_address, lasting_step

VisitRole = Qt.ItemDataRole.UserRole + 1
KIND_OF_ROUTE = {EntityRoute: "entity", DocumentRoute: "document", SearchRoute: "search"}


class HistoryModel(QAbstractListModel):
    """Visits, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.visits: list[Visit] = []

    def set_visits(self, visits: list[Visit]) -> None:
        self.beginResetModel()
        self.visits = list(visits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self.visits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Override QAbstractItemModel::data: the title, when it was visited, the visit itself."""
        if not index.isValid() or not 0 <= index.row() < len(self.visits):
            return None
        visit = self.visits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return visit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title}\nvisited {moment}").format(
                title=visit.title, moment=short_date_time(visit.visited)
            )
        if role == VisitRole:
            return visit
        return None


class HistoryPanel(ListPanel):
    """A dock with the history list and a Clear button. `open_requested` carries the address
    a visit has in the current database; `status` a sentence when it has none any more."""

    open_requested = Signal(str)
    status = Signal(str)

    def __init__(
        self, store: UserStore, connection: sqlite3.Connection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.setObjectName("history-dock")
        self.store = store
        self.connection = connection
        self.model: HistoryModel = HistoryModel(self)
        self.view = QListView()
        self.view.setObjectName("history")
        self.view.setAccessibleName(self.tr("History"))
        self.view.setAccessibleDescription(self.tr("Pages and searches visited, newest first"))
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._open)
        self.clear_button = QPushButton(self.tr("Clear History…"))
        self.clear_button.clicked.connect(self.clear)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.reload()

    def reload(self) -> None:
        self.model.set_visits(self.store.history())
        self.clear_button.setEnabled(bool(self.model.visits))

    def record(self, address: str, title: str) -> None:
        """Keep a visit to a page or search (the start page and help are not kept)."""
        kind = KIND_OF_ROUTE.get(type(parse_address(address)))
        if kind is None:
            return
        step = lasting_step(self.connection, address)
        self.store.add_visit(address, title, kind, step.get("entity_slug"))
        self.reload()

    def _open(self, index: QModelIndex) -> None:
        visit: Visit | None = index.data(VisitRole)
        if visit is None:
            return
        address = current_address(self.connection, visit.address, visit.entity_slug)
        if address is None:
            self.status.emit(self.tr("“{title}” is no longer in this database.").format(title=visit.title))
            return
        self.open_requested.emit(address)

    def confirm_clear(self) -> bool:
        """Ask before clearing; tests replace it."""
        answer = QMessageBox.question(
            self, self.tr("Clear History"), self.tr("Forget every page and search in the history?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        if self.model.visits and self.confirm_clear():
            self.store.clear_history()
            self.reload()
            self.status.emit(self.tr("History cleared."))
