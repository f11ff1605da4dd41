"""The search results panel: the facet bar, the hint line, the results list and the search
controller, with signals for what the user chose. The window places it and listens; it never
reads the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget

from database.fulltext import EntityHit, SearchResults, Suggestion
from database.query import syntax_notice
from desktop_app.notes import NoteHit
from desktop_app.render.addresses import document_url, entity_url
from desktop_app.search import (
    FacetBar,
    HtmlDelegate,
    ResultRole,
    SearchController,
    SearchResultsModel,
)


class SearchPanel(QWidget):
    """Results while typing. `shown` when results for a non-empty query arrive, `emptied` when
    the query is cleared, `chosen(address, query)` when a hit is opened, `needs_page(query)`
    when Enter comes before the results (the full results page then answers), `retyped(text)`
    when a "Did you mean" is taken (the window puts it in the search bar)."""

    shown = Signal()
    emptied = Signal()
    chosen = Signal(str, str)
    needs_page = Signal(str)
    retyped = Signal(str)

    def __init__(
        self,
        database_path: Path,
        hint_for,
        parent: QWidget | None = None,
        *,
        notes_for: Callable[[str], list[NoteHit]] | None = None,
    ) -> None:
        """`notes_for(query)`: the reader's notes matching a query, shown as "Your notes"."""
        super().__init__(parent)
        self._hint_for = hint_for
        self._notes_for = notes_for
        self.controller = SearchController(database_path, self)
        self.model = SearchResultsModel(self)
        self.view = QTreeView(headerHidden=True, rootIsDecorated=False, itemsExpandable=False)
        self.view.setObjectName("results")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setAccessibleDescription(self.tr("Entities and passages matching the search"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.activated.connect(self._open)
        self.view.clicked.connect(self._open)
        self.hint = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setMargin(12)
        self.facet_bar = FacetBar()
        self.facet_bar.filters_changed.connect(self.controller.set_filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facet_bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.controller.results_ready.connect(self._show)

    @property
    def results(self) -> SearchResults:
        return self.model.results

    def set_query(self, text: str) -> None:
        self.controller.query_changed(text)

    def search_now(self, text: str) -> None:
        self.controller.search_now(text)

    def shutdown(self) -> None:
        self.controller.shutdown()

    def _show(self, results: SearchResults) -> None:
        notes = self._notes_for(results.query) if self._notes_for and results.query.strip() else []
        self.model.set_results(results, notes)
        self.view.expandAll()
        self.facet_bar.show_counts(results)
        if not results.query.strip():
            self.emptied.emit()
            return
        hint = " ".join(part for part in (syntax_notice(results.query), self._hint_for(results)) if part)
        if results.empty and not notes:
            hint = self.tr("No results. {hint}").format(hint=hint).strip()
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        first = self.model.first_hit()
        if first.isValid():
            self.view.setCurrentIndex(first)
        self.shown.emit()

    def hits(self) -> list[QModelIndex]:
        return self.model.hits()

    def move_selection(self, step: int) -> None:
        hits = self.hits()
        if not hits:
            return
        current = self.view.currentIndex()
        position = hits.index(current) if current in hits else -1
        position = max(0, min(len(hits) - 1, position + step))
        self.view.setCurrentIndex(hits[position])
        self.view.scrollTo(hits[position])

    def open_current(self, text: str) -> None:
        """Enter in the search bar: the chosen hit, else the first, else the results page."""
        if not text.strip():
            return
        if self.model.results.query != text:
            self.search_now(text)
            self.needs_page.emit(text)
            return
        index = self.view.currentIndex()
        if not index.isValid() or index.data(ResultRole) is None:
            index = self.model.first_hit()
        if index.isValid():
            self._open(index)
        else:
            self.needs_page.emit(text)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(ResultRole)
        if hit is None:
            return
        results = self.model.results
        if isinstance(hit, Suggestion):
            self.retyped.emit(hit.text)
            return
        if isinstance(hit, NoteHit):
            if hit.address is not None:
                self.chosen.emit(hit.address, results.query)
            return
        if isinstance(hit, EntityHit):
            address = entity_url(hit.id)
        else:  # The passage highlighted and scrolled to, its words marked.
            address = document_url(hit.source, hit.start, hit.end, results.terms)
        self.chosen.emit(address, results.query)
