"""Search as you type: every keystroke's query goes at once to a worker thread (so typing never
waits on the database, and the search runs while the window paints the last results); a
search overtaken by a later keystroke is stopped, and its answer never shown; the filters of a facet
bar (kind, document, years) kept while typing, and a results model whose categories are
"Did you mean", Entities and Passages (entities first when the query is a name)."""

from __future__ import annotations

import atexit
import html
import logging
import sqlite3
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from database import reference
from database.fulltext import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    EntityHit,
    Filters,
    PassageHit,
    SearchOvertaken,
    SearchResults,
    Suggestion,
    search,
)
from desktop_app.locale_format import number
from desktop_app.notes import NoteHit
from desktop_app.render.labels import KIND_LABELS, kind_title

if TYPE_CHECKING:
    from database.corrections import Correction

log = logging.getLogger("casecref.search")
ResultRole = Qt.ItemDataRole.UserRole + 10
HtmlRole = Qt.ItemDataRole.UserRole + 11
# The roles the results model answers; the view asks about a dozen others per row and paint.
_SERVED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ResultRole, HtmlRole})
_AnyIndex = QModelIndex | QPersistentModelIndex


class SearchWorker(QObject):
    """Runs searches on its own thread with its own read-only connection."""

    finished = Signal(int, object)

    def __init__(self, database_path: Path) -> None:
        super().__init__()
        self._database_path = database_path
        self._connection: sqlite3.Connection | None = None
        self.latest = 0
        self.corrections: tuple[Correction, ...] = ()  # Replaced whole from the window's thread.

    @Slot(int, str, object)
    def run(self, generation: int, query: str, filters: Filters) -> None:
        """Search, unless a later keystroke came first; stop as soon as one does. Requests
        queued behind a newer one return at once, so a burst of keystrokes is one search."""
        if generation != self.latest:
            return

        def overtaken() -> bool:
            return generation != self.latest

        try:
            if self._connection is None:
                self._connection = reference.open_database(self._database_path)
            results = search(self._connection, query, limit=30, filters=filters, overtaken=overtaken)
            corrections = self.corrections
            if corrections:
                from database.restructure import correct_search

                results = correct_search(self._connection, results, corrections)
        except SearchOvertaken:
            return
        except Exception as error:  # A search must never take the app down; it is logged.
            log.error("search failed for %r: %s", query, error)
            results = SearchResults(query, "", (), (), ())
        if generation == self.latest:
            self.finished.emit(generation, results)


class SearchController(QObject):
    """Sends each keystroke's query to the worker at once, drops stale answers, and says when
    results arrive. Not debounced: a timer, even of 0 ms, waits behind the painting of the last
    results (35 ms of a keystroke's 43 in the window, measured), while the worker coalesces
    and stops overtaken searches itself."""

    _request = Signal(int, str, object)
    results_ready = Signal(object)

    def __init__(self, database_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending = ""
        self.filters = Filters()
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
            self._dispatch()
        else:
            self.results_ready.emit(SearchResults("", "", (), (), ()))

    def search_now(self, text: str) -> None:
        self.query_changed(text)

    def set_corrections(self, corrections: Sequence[Correction]) -> None:
        """The reader's corrections, so names split off or merged away find what the pages show;
        the current query is searched again."""
        self._worker.corrections = tuple(corrections)
        if self._pending.strip():
            self.search_now(self._pending)

    def set_filters(self, filters: Filters) -> None:
        """Narrow the results; the current query is searched again at once."""
        self.filters = filters
        if self._pending.strip():
            self.search_now(self._pending)

    def _dispatch(self) -> None:
        if self._pending.strip():
            if not self._thread.isRunning():
                self._thread.start()  # On the first search, not at start-up.
            self._request.emit(self._generation, self._pending, self.filters)

    @Slot(int, object)
    def _on_finished(self, generation: int, results: SearchResults) -> None:
        if generation == self._generation:
            self.results_ready.emit(results)

    def shutdown(self) -> None:
        self._generation += 1
        self._worker.latest = self._generation  # Stops a search under way.
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


YOUR_NOTES = "Your notes"
# The categories are named in English in the code and translated where they are shown.
CATEGORY_TITLES = {
    "Did you mean": str(QT_TRANSLATE_NOOP("SearchResultsModel", "Did you mean")),
    "Entities": str(QT_TRANSLATE_NOOP("SearchResultsModel", "Entities")),
    "Passages": str(QT_TRANSLATE_NOOP("SearchResultsModel", "Passages")),
    YOUR_NOTES: str(QT_TRANSLATE_NOOP("SearchResultsModel", "Your notes")),
}


def _hit_html(hit: EntityHit | PassageHit | Suggestion | NoteHit) -> tuple[str, str]:
    """(plain text, rich text) of one row of the results."""
    if isinstance(hit, NoteHit):
        gone = "" if hit.address else QCoreApplication.translate("SearchResults", " — no longer found")
        return (
            f"{hit.title}{gone}: {hit.text}",
            f"<i>{html.escape(hit.title)}{gone}</i><br>{html.escape(hit.text)}",
        )
    if isinstance(hit, Suggestion):
        return hit.text, f"<b>{html.escape(hit.text)}</b>"
    if isinstance(hit, EntityHit):
        matched = f" — “{hit.matched}”" if hit.matched else ""
        return (
            f"{hit.name} · {KIND_LABELS[hit.kind]}{matched}",
            f"<b>{html.escape(hit.name)}</b> <i>{KIND_LABELS[hit.kind]}{html.escape(matched)}</i>",
        )
    plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    where = hit.title if hit.section == hit.title else f"{hit.title} › {hit.section.split(' › ')[-1]}"
    lacking = (
        QCoreApplication.translate("SearchResults", " — missing: {words}").format(
            words=", ".join(hit.missing)
        )
        if hit.missing
        else ""
    )
    return (
        f"{where}{lacking}: {plain}",
        f"<i>{html.escape(where)}</i>{html.escape(lacking)}<br>{_snippet_html(hit.snippet)}",
    )


class SearchResultsModel(QAbstractItemModel):
    """Top-level rows are the categories, their children the hits (after qutebrowser's
    completion model); the parent of a hit is found from its category number. "Did you mean"
    comes first when there are suggestions; entities come before passages when the query is
    a name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results = SearchResults("", "", (), (), ())
        self._categories: list[tuple[str, tuple]] = [("Entities", ()), ("Passages", ())]
        self._texts: list[list[tuple[str, str]]] = [[], []]  # (plain, rich) of each row, made once.

    @property
    def results(self) -> SearchResults:
        return self._results

    @property
    def categories(self) -> list[str]:
        return [title for title, _ in self._categories]

    def set_results(self, results: SearchResults, notes: Sequence[NoteHit] = ()) -> None:
        """The results; the reader's matching `notes` come last, in a group of their own."""
        self.beginResetModel()
        self._results = results
        found: list[tuple[str, tuple]] = [("Entities", results.entities), ("Passages", results.passages)]
        if not results.name_first:
            found.reverse()
        suggestions = [("Did you mean", results.suggestions)] if results.suggestions else []
        self._categories = suggestions + found + ([(YOUR_NOTES, tuple(notes))] if notes else [])
        self._texts = [[_hit_html(hit) for hit in rows] for _, rows in self._categories]
        self.endResetModel()

    def index(self, row: int, column: int, parent: _AnyIndex = QModelIndex()) -> QModelIndex:
        """Override QAbstractItemModel::index; category rows carry id 0, hits 1 + their category."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._categories) else QModelIndex()
        if self._category_of(parent) is not None:
            return QModelIndex()
        category = parent.row()
        if category >= len(self._categories) or row >= len(self._categories[category][1]):
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
            return len(self._categories)
        if parent.column() != 0 or self._category_of(parent) is not None:
            return 0
        return len(self._categories[parent.row()][1]) if parent.row() < len(self._categories) else 0

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
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        category = self._category_of(index)
        if category is None:
            if index.row() >= len(self._categories):
                return None
            key, rows = self._categories[index.row()]
            title = self.tr(CATEGORY_TITLES[key])
            if key == "Passages" and self._results.total > len(rows):
                count = self.tr("{shown} of {total}").format(
                    shown=number(len(rows)),
                    total=number(self._results.total) + ("+" if self._results.capped else ""),
                )
            else:
                count = number(len(rows))
            if role == Qt.ItemDataRole.DisplayRole:
                return title if key == "Did you mean" else f"{title} ({count})"
            if role == HtmlRole:
                return f"<b>{title}</b>" if key == "Did you mean" else f"<b>{title}</b> ({count})"
            return None
        if category >= len(self._categories) or index.row() >= len(self._categories[category][1]):
            return None
        hit = self._categories[category][1][index.row()]
        if role == ResultRole:
            return hit
        plain, rich = self._texts[category][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain
        if role == HtmlRole:
            return rich
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(hit, PassageHit):
            return f"{hit.title}\n{hit.section}\n{hit.source}"
        return None

    def first_hit(self) -> QModelIndex:
        """The first entity or passage (what Enter opens), or else the first suggestion."""
        fallback = QModelIndex()
        for category, (title, rows) in enumerate(self._categories):
            if rows and title != "Did you mean":
                return self.index(0, 0, self.index(category, 0))
            if rows and not fallback.isValid():
                fallback = self.index(0, 0, self.index(category, 0))
        return fallback

    def hits(self) -> list[QModelIndex]:
        """Every selectable row, in order (what Up and Down move through)."""
        return [
            self.index(row, 0, self.index(category, 0))
            for category in range(len(self._categories))
            for row in range(len(self._categories[category][1]))
        ]


class FacetBar(QWidget):
    """Kind, document and year filters with their counts; kept while typing, reachable with
    Tab from the search bar and with Alt+K, Alt+D and Alt+Y."""

    filters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.document, self.year = QComboBox(), QComboBox(), QComboBox()
        self.combos = (self.kind, self.document, self.year)
        for name, combo in zip(("facet-kind", "facet-document", "facet-year"), self.combos, strict=True):
            combo.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for text, combo in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Document"), self.document),
            (self.tr("&Year"), self.year),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.activated.connect(self._on_activated)
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addStretch(1)
        self._fill(SearchResults("", "", (), (), ()))

    def filters(self) -> Filters:
        years = self.year.currentData()
        first, _, last = years.partition("-") if years else ("", "", "")
        return Filters(
            kind=self.kind.currentData(),
            document=self.document.currentData(),
            years=(int(first), int(last)) if years else None,
        )

    def show_counts(self, results: SearchResults) -> None:
        """Refill the lists with the counts of these results, keeping what is chosen."""
        self._fill(results)

    def _fill(self, results: SearchResults) -> None:
        chosen = results.filters
        facets = results.facets
        kinds = [(f"{kind_title(kind)} ({count})", kind) for kind, count in facets.kinds]
        documents = [(f"{title} ({count})", source) for source, title, count in facets.documents]
        years = dict(facets.years)
        decades = sorted({year // 10 * 10 for year in years})
        in_decade = {
            decade: sum(n for year, n in years.items() if decade <= year <= decade + 9) for decade in decades
        }
        year_items = [(f"{decade}s ({in_decade[decade]})", f"{decade}-{decade + 9}") for decade in decades]
        year_items += [(f"{year} ({count})", f"{year}-{year}") for year, count in sorted(years.items())]
        chosen_years = f"{chosen.years[0]}-{chosen.years[1]}" if chosen.years else None
        for combo, everything, items, current in (
            (self.kind, self.tr("All kinds"), kinds, chosen.kind),
            (self.document, self.tr("All documents"), documents, chosen.document),
            (self.year, self.tr("Any year"), year_items, chosen_years),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            if current is not None and combo.findData(current) < 0:
                combo.addItem(f"{current.replace('-', '–')} (0)", current)  # Chosen, now with no hit.
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _on_activated(self, _index: int) -> None:
        self.filters_changed.emit(self.filters())


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HtmlRole text (bold query terms in snippets) with the palette's colours.
    Each row's laid-out text is kept by (text, width, font), so a row is laid out once and not
    again for every size hint and every paint while results arrive."""

    CACHE_SIZE = 256

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._laid_out: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        text = index.data(HtmlRole) or html.escape(index.data() or "")
        width = option.rect.width()
        if width <= 0 and isinstance(option.widget, QAbstractScrollArea):
            width = option.widget.viewport().width() - 40
        key = (text, max(width, 200), option.font.key())
        document = self._laid_out.get(key)
        if document is None:
            if len(self._laid_out) >= self.CACHE_SIZE:
                self._laid_out.clear()
            document = QTextDocument(self)
            document.setDefaultFont(option.font)
            document.setHtml(text)
            document.setTextWidth(key[1])
            self._laid_out[key] = document
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
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

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The laid-out text's size. The model sets no font or other style role, so the view's
        option is used as given (`initStyleOption` asks the model a dozen questions)."""
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()) + 2)
