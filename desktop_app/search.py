"""Search as you type: a debounced query sent to a worker thread (so typing never waits on the
database), and a two-category results model (Entities, Passages) shown under the search bar."""

from __future__ import annotations

import atexit
import html
import logging
import weakref
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from database import reference
from database.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchResults, search
from desktop_app.render.labels import KIND_LABELS

log = logging.getLogger("casecref.search")
DEBOUNCE_MS = 100
ResultRole = Qt.ItemDataRole.UserRole + 10
HtmlRole = Qt.ItemDataRole.UserRole + 11
_AnyIndex = QModelIndex | QPersistentModelIndex


class SearchWorker(QObject):
    """Runs searches on its own thread with its own read-only connection."""

    finished = Signal(int, object)

    def __init__(self, database_path: Path) -> None:
        super().__init__()
        self._database_path = database_path
        self._connection = None
        self.latest = 0

    @Slot(int, str)
    def run(self, generation: int, query: str) -> None:
        if generation != self.latest:
            return
        try:
            if self._connection is None:
                self._connection = reference.open_database(self._database_path)
            results = search(self._connection, query, limit=30)
        except Exception as error:  # A search must never take the app down; it is logged.
            log.error("search failed for %r: %s", query, error)
            results = SearchResults(query, "", (), (), ())
        if generation == self.latest:
            self.finished.emit(generation, results)


class SearchController(QObject):
    """Debounces keystrokes, drops stale answers, and says when results arrive."""

    _request = Signal(int, str)
    results_ready = Signal(object)

    def __init__(self, database_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending = ""
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._dispatch)
        self._thread = QThread(self)
        self._thread.setObjectName("search")
        self._worker = SearchWorker(database_path)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        atexit.register(_stop_thread, weakref.ref(self._thread))

    def query_changed(self, text: str) -> None:
        self._pending = text
        self._generation += 1
        self._worker.latest = self._generation
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.results_ready.emit(SearchResults("", "", (), (), ()))

    def search_now(self, text: str) -> None:
        self.query_changed(text)
        self._timer.stop()
        self._dispatch()

    def _dispatch(self) -> None:
        if self._pending.strip():
            if not self._thread.isRunning():
                self._thread.start()  # On the first search, not at start-up.
            self._request.emit(self._generation, self._pending)

    @Slot(int, object)
    def _on_finished(self, generation: int, results: SearchResults) -> None:
        if generation == self._generation:
            self.results_ready.emit(results)

    def shutdown(self) -> None:
        self._timer.stop()
        _stop_thread(lambda: self._thread)


def _stop_thread(thread_ref) -> None:
    """Stop the search thread if it still exists: a running QThread destroyed at interpreter
    exit would abort the process."""
    thread = thread_ref()
    try:
        if thread is not None and thread.isRunning():
            thread.quit()
            thread.wait(2000)
    except RuntimeError:  # The C++ object is already gone.
        pass


def _snippet_html(snippet: str) -> str:
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


class SearchResultsModel(QAbstractItemModel):
    """Top-level rows are the categories, their children the hits (after qutebrowser's
    completion model); the parent of a hit is found from its category number."""

    CATEGORIES = ("Entities", "Passages")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results = SearchResults("", "", (), (), ())
        self._rows: tuple[tuple, tuple] = ((), ())

    @property
    def results(self) -> SearchResults:
        return self._results

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self._results = results
        self._rows = (results.entities, results.passages)
        self.endResetModel()

    def index(self, row: int, column: int, parent: _AnyIndex = QModelIndex()) -> QModelIndex:
        """Override QAbstractItemModel::index; category rows carry id 0, hits 1 + their category."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.CATEGORIES) else QModelIndex()
        if self._category_of(parent) is not None:
            return QModelIndex()
        category = parent.row()
        if row >= len(self._rows[category]):
            return QModelIndex()
        return self.createIndex(row, 0, category + 1)

    def _category_of(self, index: _AnyIndex) -> int | None:
        internal = int(index.internalId())
        return None if internal == 0 else internal - 1

    def parent(self, index: _AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Override QAbstractItemModel::parent."""
        if not index.isValid():
            return QModelIndex()
        category = self._category_of(index)
        return QModelIndex() if category is None else self.createIndex(category, 0, 0)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.CATEGORIES)
        if parent.column() != 0 or self._category_of(parent) is not None:
            return 0
        return len(self._rows[parent.row()])

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._category_of(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data: plain text, rich text (HtmlRole), the hit itself."""
        if not index.isValid():
            return None
        category = self._category_of(index)
        if category is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self.CATEGORIES[index.row()]} ({len(self._rows[index.row()])})"
            if role == HtmlRole:
                return f"<b>{self.CATEGORIES[index.row()]}</b> ({len(self._rows[index.row()])})"
            return None
        rows = self._rows[category]
        if index.row() >= len(rows):
            return None
        hit = rows[index.row()]
        if role == ResultRole:
            return hit
        if category == 0:
            matched = f" — “{hit.matched}”" if hit.matched else ""
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{hit.name} · {KIND_LABELS[hit.kind]}{matched}"
            if role == HtmlRole:
                return f"<b>{html.escape(hit.name)}</b> <i>{KIND_LABELS[hit.kind]}{html.escape(matched)}</i>"
            return None
        plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        where = hit.title if hit.section == hit.title else f"{hit.title} › {hit.section.split(' › ')[-1]}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{where}: {plain}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.section}\n{hit.source}"
        if role == HtmlRole:
            return f"<i>{html.escape(where)}</i><br>{_snippet_html(hit.snippet)}"
        return None

    def first_hit(self) -> QModelIndex:
        for category in range(len(self.CATEGORIES)):
            if self._rows[category]:
                return self.index(0, 0, self.index(category, 0))
        return QModelIndex()


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HtmlRole text (bold query terms in snippets) with the palette's colours."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HtmlRole) or html.escape(index.data() or ""))
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            width = option.widget.viewport().width() - 40
        document.setTextWidth(max(width, 200))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = options.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(text_rect.translated(-text_rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)
