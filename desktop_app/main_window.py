"""The main window: search bar, entity tree, detail pane and search panel; menus, shortcuts,
history and settings.

What a page shows comes from `router.PageRouter` (address → page, no Qt); the window places
it, keeps the history and offers `printable()` to printing. Pages have addresses (see
`render.addresses`); the last one is restored on the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from database import reference
from desktop_app.active_database import is_library_database
from desktop_app.detail_view import DetailPane, PaletteChanges, palette_colors
from desktop_app.entity_tree import EntityIdRole, EntityTreeModel
from desktop_app.locale_format import short_date
from desktop_app.navigation import EntityTreeView, History, MouseNavigation, SearchBar
from desktop_app.render.addresses import (
    HELP,
    HOME,
    EntityRoute,
    HelpRoute,
    HomeRoute,
    entity_url,
    parse_address,
    search_url,
)
from desktop_app.render.html import esc
from desktop_app.router import APP_NAME, Page, PageRouter, Printable
from desktop_app.userdata import lasting_step, open_user_store, peek_user_session, restored_steps
from desktop_app.workbench import OPEN_PANELS_SETTING, Workbench

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from PySide6.QtCore import QUrl

    from database.userstore import UserStore
    from desktop_app.render.html import Colors
    from desktop_app.search_panel import SearchPanel
    from desktop_app.tree_filter import EntityFilterProxy

log = logging.getLogger("casecref.window")
PAGE, RESULTS = 0, 1
START_UP_FALLBACK_MS = 1500  # After showing: start-up is finished by then even if nothing was painted.
UNCERTAIN_SETTING = "view/uncertain"
DOSSIER_SETTING = "print/dossier"
TREE_MINIMUM_WIDTH = 150
Setting = TypeVar("Setting", bool, int, str, list, QByteArray)


def _setting(settings: QSettings, key: str, default: Setting) -> Setting:
    """A stored setting of the default's type; the default when missing or unreadable."""
    value = settings.value(key, default, type(default))
    return value if isinstance(value, type(default)) else default


class MainWindow(Workbench):
    page_shown = Signal(str)
    stack: QStackedWidget
    mouse: MouseNavigation

    def __init__(self, connection: sqlite3.Connection, database_path: Path) -> None:
        super().__init__()
        self.connection = connection
        self.database_path = database_path
        self.history = History()
        self.page: Page | None = None
        self._search_panel: SearchPanel | None = None
        self._page_colors: Colors | None = None
        self._syncing_tree = False
        self._store: UserStore | None = None
        steps, position = self._kept_steps()
        tree = (
            self.corrected_tree(connection) if self._store is not None else reference.entity_tree(connection)
        )
        self.router = PageRouter(
            connection, groups=[(item.kind or item.label, item.total) for item in tree], store=self._store
        )
        self._build_widgets(tree)
        self._build_actions()
        self._build_workbench()
        if is_library_database(database_path):
            self.library  # noqa: B018  # Its start page says where each added document came from.
        self._restore_settings(steps, position)
        # The rest once the page is on screen: queued, so it follows the painted frame, and
        # dropped with the window if that is gone first.
        self.browser.first_painted.connect(lambda: QTimer.singleShot(0, self, self.finish_start_up))

    def _kept_steps(self) -> tuple[list[str], int]:
        """The back/forward steps the last session kept, as addresses in this database. The
        store is opened now unless the first page is one that shows nothing of it (the start
        page, help) and the store holds no corrections: then its session is read in one look,
        and the store (and its modules) wait until after the first paint."""
        session = peek_user_session()
        if session is not None:
            steps, position = restored_steps(self.connection, *session)
            first = parse_address(steps[position]) if position >= 0 else HomeRoute()
            if isinstance(first, (HomeRoute, HelpRoute)):
                return steps, position
        return restored_steps(self.connection, *self.store.session())

    @property
    def store(self) -> UserStore:
        """The reader's own store, opened on first use (see `_kept_steps`); a problem with it is
        said in the status bar."""
        if self._store is None:
            self._store, problem = open_user_store()
            if getattr(self, "router", None) is not None:
                self.router.store = self._store
            if problem:
                self.show_status(problem)
        return self._store

    def start_up_steps(self) -> list[Callable[[], object]]:
        """Override Workbench.start_up_steps: the palette followed and the results panel first,
        ready for the first key."""
        return [self._first_start_up_step, *super().start_up_steps()]

    def _first_start_up_step(self) -> None:
        self.follow_palette()
        self.store  # noqa: B018  # Opened now if start-up did without it.
        self.search_panel  # noqa: B018  # Made now, not on the first key.

    def follow_palette(self) -> None:
        """From now on the page is rendered again whenever the palette changes (the system
        switches light/dark, a theme is chosen); if it changed since the page was rendered,
        at once. A filter made after the first paint rather than a `changeEvent` override,
        which would see every change event from construction on: the first event PySide hands
        to Python as a plain QEvent makes the type of every event class (some 5 ms)."""
        palette = PaletteChanges(self)
        palette.changed.connect(self._show_in_palette)
        self.installEventFilter(palette)
        if self._page_colors is not None and self._page_colors != self._colors():
            self._show_in_palette()

    def _show_in_palette(self) -> None:
        if self.history.current:
            self.open_address(self.history.current, record=False)

    def _colors(self) -> Colors:
        """The page's colours from the pane's own palette over the application's: on a theme
        change the window hears of it before the pane has taken the new palette."""
        return palette_colors(self.browser.palette().resolve(QApplication.palette(self.browser)))

    @property
    def search_panel(self) -> SearchPanel:
        """The results panel, made after the first paint (or on a search before that)."""
        if self._search_panel is None:
            from desktop_app.search_panel import SearchPanel

            panel = SearchPanel(
                self.database_path, self.router.no_results_hint, notes_for=self.notes.matching
            )
            panel.shown.connect(lambda: self.stack.setCurrentIndex(RESULTS))
            panel.emptied.connect(lambda: self.stack.setCurrentIndex(PAGE))
            panel.chosen.connect(self._open_result)
            panel.needs_page.connect(lambda query: self.open_address(search_url(query)))
            panel.retyped.connect(self._search_for)
            panel.view.viewport().installEventFilter(self.mouse)
            panel.controller.set_corrections(self.store.corrections())
            self.stack.addWidget(panel)
            # From the search bar, Tab goes through the filters to the results.
            chain = [self.search_edit, *panel.facet_bar.combos, panel.view]
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)
            self._search_panel = panel
        return self._search_panel

    @property
    def current_title(self) -> str:
        return self.page.title if self.page else APP_NAME

    def printable(self) -> Printable | None:
        """What print, preview and export act on: the page on show, if it can be printed."""
        if self.stack.currentIndex() != PAGE or self.page is None or self.page.printable is None:
            return None
        return self.page.printable.chosen(self.dossier_action.isChecked())

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def _build_widgets(self, tree) -> None:
        self.search_edit = SearchBar(
            placeholderText=self.tr("Search entities and documents (Ctrl+K)"), clearButtonEnabled=True
        )
        self.search_edit.setObjectName("search")
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setAccessibleDescription(self.tr("Results appear as you type"))
        self.search_edit.textEdited.connect(lambda text: self.search_panel.set_query(text))
        self.search_edit.returnPressed.connect(
            lambda: self.search_panel.open_current(self.search_edit.text())
        )
        self.search_edit.moved.connect(self.move_result)
        self.search_edit.cancelled.connect(self.cancel_search)

        self.tree_model = EntityTreeModel(tree, self)
        self._tree_proxy: EntityFilterProxy | None = None
        self.tree_view = EntityTreeView(self.search_edit)
        self.tree_view.setHeaderHidden(True)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setObjectName("tree")
        self.tree_view.setAccessibleName(self.tr("Countries and organizations"))
        self.tree_view.setAccessibleDescription(self.tr("Every entity by kind and region"))
        self.tree_view.setModel(self.tree_model)  # The filter's proxy from the first filtering on.
        self.tree_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._expand_first_groups()
        self.tree_view.current_changed.connect(self._on_tree_current)
        self.tree_view.activated.connect(self._on_tree_current)
        self.filter_edit = QLineEdit(
            placeholderText=self.tr("Filter the tree (names and aliases)"), clearButtonEnabled=True
        )
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setAccessibleName(self.tr("Filter the tree"))
        self.filter_edit.setAccessibleDescription(self.tr("Keeps the entities whose names hold these words"))
        self.filter_edit.textChanged.connect(self._on_filter)
        self.tree_panel = QWidget()
        self.tree_panel.setMinimumWidth(TREE_MINIMUM_WIDTH)
        tree_layout = QVBoxLayout(self.tree_panel)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.filter_edit)
        tree_layout.addWidget(self.tree_view)

        self.detail = DetailPane()
        self.browser = self.detail.browser
        self.browser.link_activated.connect(self._on_link)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.detail)
        self.splitter = QSplitter()  # Horizontal, tree beside page.
        self.splitter.addWidget(self.tree_panel)
        self.splitter.addWidget(self.stack)
        # Both sides give and take in proportion, so the tree yields at small sizes too.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([300, 980])

        # Installed on the views' viewports by `finish_start_up`, after the first paint.
        self.mouse = MouseNavigation(self)
        self.mouse.back.connect(self.go_back)
        self.mouse.forward.connect(self.go_forward)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _action(self, text: str, slot, shortcuts=None, tip: str | None = None) -> QAction:
        # The text set on its own: PySide's resolving of QAction(text, parent) tries the
        # QAction(QIcon, text, parent) overload first, which makes QIcon's and QPixmap's types
        # (some 3 ms, with QIcon's hundred-odd theme icon names) before the first paint, and a
        # keyword (QAction(parent, text=…)) goes through the property system, slower than the
        # setter. The tooltip names the keys as set, not as read back from the action.
        action = QAction(self)
        action.setText(text)
        sequences: list[QKeySequence] = []
        if isinstance(shortcuts, list):
            sequences = shortcuts
        elif isinstance(shortcuts, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(shortcuts)
        elif shortcuts is not None:
            sequences = [QKeySequence(shortcuts)]
        if sequences:
            action.setShortcuts(sequences)
        keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in sequences)
        tip = tip or text.replace("&", "").rstrip("…")
        action.setToolTip(self.tr("{action} ({keys})").format(action=tip, keys=keys) if keys else tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def add_separator(self, widget: QWidget) -> None:
        """A separator at the end of a menu or toolbar, as `addSeparator` makes it. Not
        `addSeparator` itself: handing the action it makes back to Python makes QWidgetAction's
        type (some 1 ms before the first paint)."""
        separator = QAction(widget)
        separator.setSeparator(True)
        widget.addAction(separator)

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.print_action = self._action(
            self.tr("&Print…"), lambda: self._printing().print_page(self), SK.Print
        )
        self.preview_action = self._action(
            self.tr("Print Pre&view…"), lambda: self._printing().preview_page(self), "Ctrl+Shift+P"
        )
        self.export_action = self._action(
            self.tr("&Export PDF…"), lambda: self._printing().export_pdf(self), "Ctrl+E"
        )
        self.export_html_action = self._action(
            self.tr("Export &HTML…"), lambda: self._printing().export_file(self, "html")
        )
        self.export_md_action = self._action(
            self.tr("Export &Markdown…"), lambda: self._printing().export_file(self, "md")
        )
        self.dossier_action = self._action(
            self.tr("Full &Dossier"),
            self._set_dossier,
            tip=self.tr("Print and export everything, not the one-to-two-page briefing"),
        )
        self.dossier_action.setCheckable(True)
        self.quit_action = self._action(self.tr("&Quit"), self.close, SK.Quit)
        self.copy_action = self._action(self.tr("&Copy"), self._copy, SK.Copy)
        self.find_action = self._action(self.tr("&Find in Page…"), self.find_in_page, SK.Find)
        self.find_next_action = self._action(
            self.tr("Find &Next"), lambda: self.detail.find_bar.find_next(), SK.FindNext
        )
        self.find_previous_action = self._action(
            self.tr("Find Pre&vious"), lambda: self.detail.find_bar.find_previous(), SK.FindPrevious
        )
        self.focus_search_action = self._action(
            self.tr("&Search"),
            self.focus_search,
            # Key sequences, not texts: PySide's converting of texts makes QKeyCombination's type.
            [QKeySequence("Ctrl+K"), QKeySequence("Ctrl+L"), QKeySequence("/")],
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"),
            lambda: self.set_zoom(self.browser.zoom_level + 1),
            [QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), lambda: self.set_zoom(self.browser.zoom_level - 1), SK.ZoomOut
        )
        self.zoom_reset_action = self._action(self.tr("&Reset Zoom"), lambda: self.set_zoom(0), "Ctrl+0")
        self.tree_action = self._action(self.tr("Show &Tree"), self._toggle_tree, "Ctrl+T")
        self.tree_action.setCheckable(True)
        self.tree_action.setChecked(True)
        self.uncertain_action = self._action(
            self.tr("Show &Uncertain Facts"),
            self._set_uncertain,
            tip=self.tr("Show facts found with low confidence, marked"),
        )
        self.uncertain_action.setCheckable(True)
        self.back_action = self._action(self.tr("&Back"), self.go_back, SK.Back)
        self.forward_action = self._action(self.tr("&Forward"), self.go_forward, SK.Forward)
        self.home_action = self._action(self.tr("&Home"), lambda: self.open_address(HOME), "Alt+Home")
        self.syntax_action = self._action(
            self.tr("Search &Syntax"), lambda: self.open_address(HELP), SK.HelpContents
        )
        self.about_action = self._action(self.tr("&About"), self._about)

        self.menus = {}
        for key, title, actions in (
            (
                "File",
                self.tr("&File"),
                [
                    self.print_action,
                    self.preview_action,
                    self.export_action,
                    self.export_html_action,
                    self.export_md_action,
                    self.dossier_action,
                    None,
                    self.quit_action,
                ],
            ),
            (
                "Edit",
                self.tr("&Edit"),
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
                "View",
                self.tr("&View"),
                [
                    self.zoom_in_action,
                    self.zoom_out_action,
                    self.zoom_reset_action,
                    None,
                    self.tree_action,
                    self.uncertain_action,
                ],
            ),
            ("Go", self.tr("&Go"), [self.back_action, self.forward_action, self.home_action]),
            ("Bookmarks", self.bookmarks_menu_title(), []),  # Filled by `_build_workbench`.
            ("Help", self.tr("&Help"), [self.syntax_action, self.about_action]),
        ):
            menu = self.menus[key] = self.menuBar().addMenu(title)
            for action in actions:
                self.add_separator(menu) if action is None else menu.addAction(action)
        toolbar = self.addToolBar(self.tr("Main"))
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
            self.add_separator(toolbar) if action is None else toolbar.addAction(action)
        self._update_navigation()

    @staticmethod
    def _printing():
        """Printing is loaded on first use, to keep start-up short."""
        from desktop_app import printing

        return printing

    def _restore_settings(self, steps: list[str], position: int) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        sizes = _setting(settings, "window/splitter", [])
        if sizes and all(str(size).isdigit() for size in sizes):
            self.splitter.setSizes([int(size) for size in sizes])
        self.set_zoom(_setting(settings, "view/zoom", 0))
        tree_visible = _setting(settings, "view/tree", True)
        self.tree_action.setChecked(tree_visible)
        self.tree_panel.setVisible(tree_visible)
        self.uncertain_action.setChecked(_setting(settings, UNCERTAIN_SETTING, False))
        self.dossier_action.setChecked(_setting(settings, DOSSIER_SETTING, False))
        state = _setting(settings, "window/state", QByteArray())
        if not state.isEmpty():
            self.restoreState(state)
        self.restore_open_panels(_setting(settings, OPEN_PANELS_SETTING, []))
        self._restore_navigation(steps, position)

    def _restore_navigation(self, steps: list[str], position: int) -> None:
        """Back/forward steps and the last page, as kept in the user store at the last close."""
        if position >= 0:
            self.history.pages, self.history.position = steps, position
            if self.open_address(steps[position], record=False):
                return
            self.history.pages, self.history.position = [], -1
        self.open_address(HOME)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.sizes())
        settings.setValue("view/zoom", self.browser.zoom_level)
        settings.setValue("view/tree", self.tree_action.isChecked())
        settings.setValue(UNCERTAIN_SETTING, self.uncertain_action.isChecked())
        settings.setValue("window/state", self.saveState())
        settings.setValue(OPEN_PANELS_SETTING, self.open_panels())
        settings.sync()
        steps = [lasting_step(self.connection, address) for address in self.history.pages]
        self.store.save_session(steps, self.history.position)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: should the page never be painted (the window started
        minimised, or on the results), start-up is finished a moment after showing anyway."""
        super().showEvent(event)
        if not self.is_ready:
            # A timer of its own: QTimer.singleShot with a Python callable makes QMetaMethod's
            # type (some 0.5 ms before the first paint).
            fallback = QTimer(self, singleShot=True, interval=START_UP_FALLBACK_MS)
            fallback.timeout.connect(self.finish_start_up)
            fallback.timeout.connect(fallback.deleteLater)
            fallback.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: save settings, stop the search thread."""
        self.save_settings()
        if self._search_panel is not None:
            self._search_panel.shutdown()
        super().closeEvent(event)

    # Navigation
    def open_address(self, address: str, *, record: bool = True) -> bool:
        """Show the page at `address`; return False when it names nothing (then nothing changes)."""
        colors = self._colors()
        try:
            page = self.router.page(address, colors, show_uncertain=self.uncertain_action.isChecked())
        except reference.DatabaseError as error:
            log.error("cannot show %s: %s", address, error)
            self.tell_error(self.tr("This page cannot be shown: {error}").format(error=error))
            return False
        if page is None:
            return False
        same_entity = (
            self.page is not None
            and page.entity_id is not None
            and page.entity_id == self.page.entity_id
            and self.stack.currentIndex() == PAGE
        )
        scroll = self.browser.verticalScrollBar().value() if same_entity else 0
        self.page, self._page_colors = page, colors
        self.browser.show_page(page.html)
        if page.anchor:
            self.browser.scrollToAnchor(page.anchor)
        elif scroll:
            self.browser.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentIndex(PAGE)
        self.setWindowTitle(
            self.tr("{page} — {application}").format(page=page.title, application=APP_NAME)
            if page.title != APP_NAME
            else APP_NAME
        )
        if page.entity_id is not None:
            self._select_in_tree(page.entity_id)
        if record:
            if same_entity and isinstance(parse_address(self.history.current or ""), EntityRoute):
                self.history.replace(address)
            else:
                self.history.visit(address)
                self._record_visit(address, page.title)
        self._update_navigation()
        self.page_shown.emit(address)
        return True

    def use_database(
        self, connection: sqlite3.Connection, path: Path, *, origins: dict[str, str] | None = None
    ) -> None:
        """Show another database from now on (a library just built, or the other library): a
        new tree, router and search. The back/forward steps carry over as they do across a
        restart (entities found again by slug, since ids differ between databases; steps whose
        entity is gone are dropped), so the page on show stays on show when the new database
        has it; otherwise the start page."""
        steps = [lasting_step(self.connection, address) for address in self.history.pages]
        previous, self.connection, self.database_path = self.connection, connection, path
        tree = self.corrected_tree(connection)
        groups = [(item.kind or item.label, item.total) for item in tree]
        self.router = PageRouter(connection, groups=groups, origins=origins, store=self.store)
        self.set_tree_model(EntityTreeModel(tree, self))
        for panel in (self._history_panel, self._bookmarks_panel):
            if panel is not None:  # Visits and bookmarks anchored in, and located in, this database.
                panel.connection = connection
                panel.reload()
        if self._search_panel is not None:
            self._search_panel.shutdown()
            self.stack.removeWidget(self._search_panel)
            self._search_panel.deleteLater()
            self._search_panel = None
        self.search_edit.clear()
        self.page = None
        pages, position = restored_steps(connection, steps, self.history.position)
        self.history = History()
        if position >= 0:
            self.history.pages, self.history.position = pages, position
            if not self.open_address(pages[position], record=False):
                self.history = History()
        if self.history.current is None:
            self.open_address(HOME)
        if previous is not connection:
            previous.close()

    def tell_error(self, message: str) -> None:
        """One dialog for a failure while reading; tests replace it."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, APP_NAME, message)

    def show_help_page(self) -> None:
        self.open_address(HELP)

    def go_back(self) -> None:
        address = self.history.back()
        if address:
            self.open_address(address, record=False)

    def go_forward(self) -> None:
        address = self.history.forward()
        if address:
            self.open_address(address, record=False)

    def _update_navigation(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def _on_link(self, url: QUrl) -> None:
        address = url.toString()
        if url.scheme() == "copy":
            self._copy_citation(url.path())
            return
        if self.reader_link(address):
            return
        self.open_address(address)

    def _copy_citation(self, index: str) -> None:
        text = self.page.copy_citation(int(index)) if self.page and index.isdigit() else None
        if text:
            QGuiApplication.clipboard().setText(text)
            self.show_status(self.tr("Citation copied."))

    def _select_in_tree(self, entity_id: int) -> None:
        """Show the entity's row as current, without that selection opening the page again."""
        index = self.tree_index(self.tree_model.find_entity(entity_id))
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

    def _expand_first_groups(self) -> None:
        """Every group open, and the first of each group's own groups (Central Asia)."""
        model = self.tree_view.model()
        for row in range(model.rowCount()):
            group = model.index(row, 0)
            self.tree_view.expand(group)
            first = model.index(0, 0, group)
            if model.index(0, 0, first).isValid() and first.data(EntityIdRole) is None:
                self.tree_view.expand(first)

    @property
    def tree_proxy(self) -> EntityFilterProxy:
        """The tree's filter over `tree_model`, made on first use (see `tree_filter`). The view
        shows it from the first filtering on; before that, the model itself."""
        if self._tree_proxy is None:
            from desktop_app.tree_filter import EntityFilterProxy

            self._tree_proxy = EntityFilterProxy(self)
            self._tree_proxy.setSourceModel(self.tree_model)
        return self._tree_proxy

    def tree_index(self, index: QModelIndex) -> QModelIndex:
        """The view's index of a row of `tree_model` (invalid when the filter hides it)."""
        if self._tree_proxy is not None and self.tree_view.model() is self._tree_proxy:
            return self._tree_proxy.mapFromSource(index)
        return index

    def set_tree_model(self, model: EntityTreeModel) -> None:
        """Show `model` in the tree from now on (another database, the reader's corrections),
        filtered as the tree is."""
        old_model, self.tree_model = self.tree_model, model
        if self._tree_proxy is not None:
            self._tree_proxy.setSourceModel(model)
        if self.tree_view.model() is old_model:
            self.tree_view.setModel(model)
        old_model.deleteLater()
        self._on_filter(self.filter_edit.text())

    def _on_filter(self, text: str) -> None:
        if text and self.tree_view.model() is not self.tree_proxy:
            self._filter_from_now_on(text)
        elif self._tree_proxy is not None:
            self._tree_proxy.set_filter_text(text)
        if text:
            self.tree_view.expandAll()
        else:
            self.tree_view.collapseAll()
            self._expand_first_groups()

    def _filter_from_now_on(self, text: str) -> None:
        """The first filtering: the view shows the filter's proxy, its current row kept."""
        current = self.tree_view.currentIndex()
        self.tree_proxy.set_filter_text(text)
        self.tree_view.setModel(self.tree_proxy)
        kept = self.tree_proxy.mapFromSource(current)
        if kept.isValid():
            self._syncing_tree = True
            try:
                self.tree_view.setCurrentIndex(kept)
            finally:
                self._syncing_tree = False

    # Search
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def find_in_page(self) -> None:
        self.stack.setCurrentIndex(PAGE)
        self.detail.find_bar.open_bar()

    def move_result(self, step: int) -> None:
        if self.stack.currentIndex() != RESULTS:
            if self.search_edit.text().strip():
                self.search_panel.search_now(self.search_edit.text())
            return
        self.search_panel.move_selection(step)

    def _open_result(self, address: str, query: str) -> None:
        # The search itself becomes a step in the history, so Back returns to its results.
        self.history.visit(search_url(query))
        self._record_visit(search_url(query), self.tr("Search: {query}").format(query=query))
        self.open_address(address)

    def _search_for(self, text: str) -> None:
        """Search for `text` as if typed (a "Did you mean" taken), the search bar focused."""
        self.search_edit.setText(text)
        self.search_edit.setFocus()
        self.search_panel.search_now(text)

    def cancel_search(self) -> None:
        self.search_edit.clear()
        if self._search_panel is not None:
            self._search_panel.set_query("")
        self.stack.setCurrentIndex(PAGE)
        self.browser.setFocus()

    # View and edit
    def set_zoom(self, level: int) -> None:
        self.browser.set_zoom(level)

    def _toggle_tree(self, visible: bool) -> None:
        self.tree_panel.setVisible(visible)

    def _set_uncertain(self, shown: bool) -> None:
        QSettings().setValue(UNCERTAIN_SETTING, shown)
        if self.history.current:
            self.open_address(self.history.current, record=False)

    def _set_dossier(self, full: bool) -> None:
        QSettings().setValue(DOSSIER_SETTING, full)

    def _copy(self) -> None:
        copy = getattr(QApplication.focusWidget(), "copy", None)
        if callable(copy):
            copy()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from database import __version__

        meta = reference.meta(self.connection)
        QMessageBox.about(
            self,
            self.tr("About {application}").format(application=APP_NAME),
            self.tr(
                "<b>{application}</b> {version}<br>An offline reference browser for the security "
                "relations of Central Asia.<br><br>Database: {database}<br>Built {built}, schema {schema}."
            ).format(
                application=APP_NAME,
                version=__version__,
                database=esc(self.database_path),
                built=short_date(meta.get("built", "?")),
                schema=meta.get("schema_version", "?"),
            ),
        )
