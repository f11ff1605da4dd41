"""The main window: search bar, entity tree, detail pane; menus, shortcuts, history, settings.

Pages have addresses (`home:`, `entity:ID`, `doc:SOURCE?start=&end=&q=`, `search:QUERY`); the
history is a list of them, and the last one is restored on the next start.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from urllib.parse import parse_qs, unquote

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from database import reference
from database.search import SearchResults, search, syntax_notice
from desktop_app.detail_view import DetailPane, palette_colors
from desktop_app.entity_tree import EntityFilterProxy, EntityIdRole, EntityTreeModel
from desktop_app.navigation import History, MouseNavigation, SearchKeys, TypeToSearch
from desktop_app.search import HtmlDelegate, ResultRole, SearchController, SearchResultsModel
from desktop_app.summary_html import (
    document_body,
    document_url,
    entity_url,
    search_help_page,
    search_page,
    start_page,
    summary_body,
)

log = logging.getLogger("casecref.window")
APP_NAME = "Central Asia Security Reference"
HOME = "home:"


class MainWindow(QMainWindow):
    page_shown = Signal(str)

    def __init__(self, connection: sqlite3.Connection, database_path: Path) -> None:
        super().__init__()
        self.connection = connection
        self.database_path = database_path
        self.history = History()
        self._syncing_tree = False
        self.database_built = reference.meta(connection).get("built", "")
        self.current_title = APP_NAME
        self.current_summary: reference.Summary | None = None  # What print and export act on.
        self.current_document: reference.DocumentView | None = None
        self._build_widgets()
        self._build_actions()
        self._restore_settings()

    def _build_widgets(self) -> None:
        self.search_edit = QLineEdit(
            placeholderText="Search entities and documents (Ctrl+K)", clearButtonEnabled=True
        )
        self.search_edit.setObjectName("search")
        self.search_controller = SearchController(self.database_path, self)
        self.search_edit.textEdited.connect(self._on_search_text)
        self.search_edit.returnPressed.connect(self.open_selected_result)
        self.search_edit.installEventFilter(SearchKeys(self))

        self.tree_model = EntityTreeModel(reference.entity_tree(self.connection), self)
        self.tree_proxy = EntityFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree_view = QTreeView(headerHidden=True, uniformRowHeights=True)
        self.tree_view.setObjectName("tree")
        self.tree_view.setModel(self.tree_proxy)
        self.tree_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree_view.expandToDepth(1)
        self.tree_view.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree_view.activated.connect(self._on_tree_current)
        self.tree_view.installEventFilter(TypeToSearch(self.search_edit))
        self.filter_edit = QLineEdit(
            placeholderText="Filter the tree (names and aliases)", clearButtonEnabled=True
        )
        self.filter_edit.setObjectName("filter")
        self.filter_edit.textChanged.connect(self._on_filter)

        tree_panel = QWidget()
        tree_layout = QVBoxLayout(tree_panel)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.filter_edit)
        tree_layout.addWidget(self.tree_view)
        self.tree_panel = tree_panel

        self.detail = DetailPane()
        self.browser = self.detail.browser
        self.browser.link_activated.connect(self._on_link)
        self.results_model = SearchResultsModel(self)
        self.results_view = QTreeView(headerHidden=True, rootIsDecorated=False, itemsExpandable=False)
        self.results_view.setObjectName("results")
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(HtmlDelegate(self.results_view))
        self.results_view.setWordWrap(True)
        self.results_view.activated.connect(self._open_result)
        self.results_view.clicked.connect(self._open_result)
        self.no_results = QLabel(
            wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        self.no_results.setMargin(12)
        results_panel = QWidget()
        results_layout = QVBoxLayout(results_panel)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.no_results)
        results_layout.addWidget(self.results_view, 1)
        self.search_controller.results_ready.connect(self._show_results)

        self.right = QStackedWidget()
        self.right.addWidget(self.detail)
        self.right.addWidget(results_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(tree_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        QApplication.instance().installEventFilter(MouseNavigation(self))

    def _action(
        self,
        text: str,
        slot,
        shortcuts: list | QKeySequence.StandardKey | str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcuts, list):
            action.setShortcuts(shortcuts)
        elif shortcuts is not None:
            action.setShortcuts(
                QKeySequence.keyBindings(shortcuts)
                if isinstance(shortcuts, QKeySequence.StandardKey)
                else [QKeySequence(shortcuts)]
            )
        keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
        action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')}" + (f" ({keys})" if keys else ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.print_action = self._action("&Print…", lambda: self._printing().print_page(self), SK.Print)
        self.preview_action = self._action(
            "Print Pre&view…", lambda: self._printing().preview_page(self), "Ctrl+Shift+P"
        )
        self.export_action = self._action("&Export PDF…", lambda: self._printing().export_pdf(self), "Ctrl+E")
        self.quit_action = self._action("&Quit", self.close, SK.Quit)
        self.copy_action = self._action("&Copy", self._copy, SK.Copy)
        self.find_action = self._action("&Find in Page…", self.find_in_page, "Ctrl+Shift+F")
        self.find_next_action = self._action(
            "Find &Next", lambda: self.detail.find_bar.find_next(), SK.FindNext
        )
        self.find_previous_action = self._action(
            "Find Pre&vious", lambda: self.detail.find_bar.find_previous(), SK.FindPrevious
        )
        self.focus_search_action = self._action(
            "&Search", self.focus_search_or_find, ["Ctrl+K", "Ctrl+L", "Ctrl+F"]
        )
        self.zoom_in_action = self._action(
            "Zoom &In",
            lambda: self.set_zoom(self.browser.zoom_level + 1),
            [QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self.zoom_out_action = self._action(
            "Zoom &Out", lambda: self.set_zoom(self.browser.zoom_level - 1), SK.ZoomOut
        )
        self.zoom_reset_action = self._action("&Reset Zoom", lambda: self.set_zoom(0), "Ctrl+0")
        self.tree_action = self._action("Show &Tree", self._toggle_tree, "Ctrl+T")
        self.tree_action.setCheckable(True)
        self.tree_action.setChecked(True)
        self.back_action = self._action("&Back", self.go_back, SK.Back)
        self.forward_action = self._action("&Forward", self.go_forward, SK.Forward)
        self.home_action = self._action("&Home", lambda: self.open_address(HOME), "Alt+Home")
        self.syntax_action = self._action("Search &Syntax", lambda: self.show_help_page(), SK.HelpContents)
        self.about_action = self._action("&About", self._about)

        menus = self.menuBar()
        for title, actions in (
            ("&File", [self.print_action, self.preview_action, self.export_action, None, self.quit_action]),
            (
                "&Edit",
                [
                    self.copy_action,
                    None,
                    self.focus_search_action,
                    self.find_action,
                    self.find_next_action,
                    self.find_previous_action,
                ],
            ),
            (
                "&View",
                [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, None, self.tree_action],
            ),
            ("&Go", [self.back_action, self.forward_action, self.home_action]),
            ("&Help", [self.syntax_action, self.about_action]),
        ):
            menu = menus.addMenu(title)
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for action in (
            self.back_action,
            self.forward_action,
            self.home_action,
            None,
            self.print_action,
            self.preview_action,
            self.export_action,
            None,
            self.zoom_out_action,
            self.zoom_in_action,
            None,
            self.find_action,
        ):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self._update_navigation()

    @staticmethod
    def _printing():
        """Printing is loaded on first use, to keep start-up short."""
        from desktop_app import printing

        return printing

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        sizes = settings.value("window/splitter")
        if sizes:
            self.splitter.setSizes([int(size) for size in sizes])
        self.set_zoom(int(settings.value("view/zoom", 0)))
        tree_visible = settings.value("view/tree", True, bool)
        self.tree_action.setChecked(tree_visible)
        self.tree_panel.setVisible(tree_visible)
        last = settings.value("history/last_page", HOME, str)
        if not self.open_address(last or HOME):
            self.open_address(HOME)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.sizes())
        settings.setValue("view/zoom", self.browser.zoom_level)
        settings.setValue("view/tree", self.tree_action.isChecked())
        settings.setValue("history/last_page", self.history.current or HOME)
        settings.sync()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: re-render the page when the system switches light/dark."""
        if (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and self.history.current
        ):
            self.open_address(self.history.current, record=False)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: save settings, stop the search thread."""
        self.save_settings()
        self.search_controller.shutdown()
        super().closeEvent(event)

    # Navigation
    def open_address(self, address: str, *, record: bool = True) -> bool:
        """Show the page at `address`; return False when it names nothing (then nothing changes)."""
        url = QUrl(address)
        try:
            page = self._render(url)
        except reference.DatabaseError as error:
            log.error("cannot show %s: %s", address, error)
            self.tell_error(f"This page cannot be shown: {error}")
            return False
        if page is None:
            return False
        html, title = page
        self.browser.setHtml(html)
        if url.scheme() == "doc" and "name='hit'" in html:
            self.browser.scrollToAnchor("hit")
        self.right.setCurrentIndex(0)
        self.current_title = title
        self.setWindowTitle(f"{title} — {APP_NAME}" if title != APP_NAME else APP_NAME)
        if record:
            self.history.visit(address)
        self._update_navigation()
        self.page_shown.emit(address)
        return True

    def tell_error(self, message: str) -> None:
        """One dialog for a failure while reading; tests replace it."""
        QMessageBox.warning(self, APP_NAME, message)

    def _render(self, url: QUrl) -> tuple[str, str] | None:
        """(HTML, title) of the page at `url`, or None when it names nothing."""
        scheme = url.scheme()
        colors = palette_colors(self.browser.palette())
        if scheme == "home":
            self.current_summary = self.current_document = None
            html = start_page(
                colors,
                documents=reference.documents(self.connection),
                counts=reference.entity_counts(self.connection),
                built=self.database_built,
            )
            return html, APP_NAME
        if scheme == "entity":
            try:
                entity_id = int(url.path())
                summary = reference.summary(self.connection, entity_id)
            except (ValueError, KeyError):
                return None
            self.current_summary, self.current_document = summary, None
            self._select_in_tree(entity_id)
            return summary_body(summary, colors), summary.entity.name
        if scheme == "doc":
            view = reference.document(self.connection, unquote(url.path()))
            if view is None:
                return None
            query = parse_qs(url.query())
            start, end = query.get("start", [""])[0], query.get("end", [""])[0]
            highlight = (int(start), int(end)) if start.isdigit() and end.isdigit() else None
            at = query.get("at", [""])[0]
            terms = tuple(query.get("q", [""])[0].split())
            self.current_summary, self.current_document = None, view
            html = document_body(
                view, colors, highlight=highlight, terms=terms, at=int(at) if at.isdigit() else None
            )
            return html, view.title
        if scheme == "search":
            text = unquote(url.path())
            results = search(self.connection, text, limit=50, prefix=False)
            self.current_summary = self.current_document = None
            return search_page(results, colors, self._hint_for(results)), f"Search: {text}"
        if scheme == "help":
            self.current_summary = self.current_document = None
            return search_help_page(colors), "Search syntax"
        return None

    def show_help_page(self) -> None:
        self.open_address("help:syntax")

    def go_back(self) -> None:
        address = self.history.back()
        if address:
            self.open_address(address, record=False)

    def go_forward(self) -> None:
        address = self.history.forward()
        if address:
            self.open_address(address, record=False)

    def _update_navigation(self) -> None:
        if hasattr(self, "back_action"):
            self.back_action.setEnabled(self.history.can_go_back())
            self.forward_action.setEnabled(self.history.can_go_forward())

    def _on_link(self, url: QUrl) -> None:
        self.open_address(url.toString())

    def _select_in_tree(self, entity_id: int) -> None:
        """Show the entity's row as current, without that selection opening the page again."""
        index = self.tree_proxy.mapFromSource(self.tree_model.find_entity(entity_id))
        if index.isValid() and self.tree_view.currentIndex() != index:
            self._syncing_tree = True
            try:
                self.tree_view.setCurrentIndex(index)
                self.tree_view.scrollTo(index)
            finally:
                self._syncing_tree = False

    def _on_tree_current(self, index: QModelIndex) -> None:
        if self._syncing_tree:
            return
        entity_id = index.data(EntityIdRole)
        if entity_id is not None:
            self.open_address(entity_url(entity_id))

    def _on_filter(self, text: str) -> None:
        self.tree_proxy.set_filter_text(text)
        if text:
            self.tree_view.expandAll()
        else:
            self.tree_view.collapseAll()
            self.tree_view.expandToDepth(1)

    # Search
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def focus_search_or_find(self) -> None:
        if self.browser.hasFocus() or self.detail.find_bar.isAncestorOf(QApplication.focusWidget()):
            self.find_in_page()
        else:
            self.focus_search()

    def find_in_page(self) -> None:
        self.right.setCurrentIndex(0)
        self.detail.find_bar.open_bar()

    def _on_search_text(self, text: str) -> None:
        self.search_controller.query_changed(text)

    def _hint_for(self, results: SearchResults) -> str | None:
        if not results.empty or not results.query.strip():
            return None
        close = reference.suggestions(self.connection, results.query)
        if close:
            return "No results. Did you mean: " + ", ".join(close) + "?"
        return "No results. Try fewer words, a shorter word with * (secur*), or check the spelling."

    def _show_results(self, results: SearchResults) -> None:
        self.results_model.set_results(results)
        self.results_view.expandAll()
        if not results.query.strip():
            self.right.setCurrentIndex(0)
            return
        hint = " ".join(part for part in (syntax_notice(results.query), self._hint_for(results)) if part)
        self.no_results.setText(hint or "")
        self.no_results.setVisible(bool(hint))
        self.right.setCurrentIndex(1)
        first = self.results_model.first_hit()
        if first.isValid():
            self.results_view.setCurrentIndex(first)

    def move_result(self, step: int) -> None:
        if self.right.currentIndex() != 1:
            if self.search_edit.text().strip():
                self.search_controller.search_now(self.search_edit.text())
            return
        hits = []
        for category in range(self.results_model.rowCount()):
            parent = self.results_model.index(category, 0)
            hits += [
                self.results_model.index(row, 0, parent) for row in range(self.results_model.rowCount(parent))
            ]
        if not hits:
            return
        current = self.results_view.currentIndex()
        position = hits.index(current) if current in hits else -1
        position = max(0, min(len(hits) - 1, position + step))
        self.results_view.setCurrentIndex(hits[position])
        self.results_view.scrollTo(hits[position])

    def open_selected_result(self) -> None:
        text = self.search_edit.text()
        if not text.strip():
            return
        if self.results_model.results.query != text:
            self.search_controller.search_now(text)
            self.open_address(f"search:{text}")
            return
        index = self.results_view.currentIndex()
        if not index.isValid() or index.data(ResultRole) is None:
            index = self.results_model.first_hit()
        if index.isValid():
            self._open_result(index)
        else:
            self.open_address(f"search:{text}")

    def _open_result(self, index: QModelIndex) -> None:
        hit = index.data(ResultRole)
        if hit is None:
            return
        # The search itself becomes a step in the history, so Back returns to its results.
        self.history.visit(f"search:{self.results_model.results.query}")
        if hasattr(hit, "kind"):
            self.open_address(entity_url(hit.id))
        else:
            self.open_address(document_url(hit.source, terms=self.results_model.results.terms, at=hit.start))

    def cancel_search(self) -> None:
        self.search_edit.clear()
        self.search_controller.query_changed("")
        self.right.setCurrentIndex(0)
        self.browser.setFocus()

    # View and edit
    def set_zoom(self, level: int) -> None:
        self.browser.set_zoom(level)

    def _toggle_tree(self, visible: bool) -> None:
        self.tree_panel.setVisible(visible)

    def _copy(self) -> None:
        focus = QApplication.focusWidget()
        if hasattr(focus, "copy"):
            focus.copy()

    def _about(self) -> None:
        from database import __version__

        meta = reference.meta(self.connection)
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>An offline reference browser for the security "
            f"relations of Central Asia.<br><br>Database: {self.database_path}<br>"
            f"Built {meta.get('built', '?')}, schema {meta.get('schema_version', '?')}.",
        )
