"""The reader's own panels and keys, mixed into the main window: History (Ctrl+H), View →
Theme, Bookmarks (Ctrl+D, Ctrl+B, the Bookmarks menu), Notes, Corrections, Alt+T for the tree
and F6 round the panels. Kept apart from `main_window` so the window's own layout stays short.

The first paint needs none of the panels, only their actions (so every key works from the
start): each panel is made on first use, and all of them right after the first paint
(`finish_start_up`), so opening one later costs nothing either."""

# The attributes it reads (widgets, menus, store) are made by MainWindow.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from database import reference
from database.lists import TreeItem
from desktop_app.entity_tree import EntityTreeModel
from desktop_app.render.addresses import HelpRoute, HomeRoute, parse_address, search_url

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from PySide6.QtWidgets import QDockWidget

    from desktop_app.bookmarks import BookmarksPanel
    from desktop_app.corrections import CorrectionsPanel
    from desktop_app.history import HistoryPanel
    from desktop_app.library import LibraryController
    from desktop_app.notes import NotesController
    from desktop_app.themes import ThemeMenu


OPEN_PANELS_SETTING = "window/panels"
THEME_SETTING = "view/theme"
"""The theme chosen in View → Theme (`desktop_app.themes`): system, light or dark."""
PANELS = ("history_panel", "bookmarks_panel", "corrections_panel")


class Workbench(QMainWindow):
    """The base of MainWindow, which provides the widgets, `_action`, `menus` and `store`."""

    tree_model: EntityTreeModel
    ready = Signal()
    """Emitted once `finish_start_up` has made everything the first paint left out."""

    def _build_workbench(self) -> None:
        """The panels' actions and menus; the panels themselves come later (see the module)."""
        self.is_ready = False
        self._start_up_steps: list[Callable[[], object]] = []
        self._history_panel: HistoryPanel | None = None
        self._bookmarks_panel: BookmarksPanel | None = None
        self._corrections_panel: CorrectionsPanel | None = None
        self._notes: NotesController | None = None
        self._theme_menu: ThemeMenu | None = None
        self._library: LibraryController | None = None
        self.history_action = self._action(self.tr("&History"), lambda: self.history_panel.toggle(), "Ctrl+H")
        self.add_separator(self.menus["View"])
        self.menus["View"].addAction(self.history_action)
        self._restore_theme()

        self.bookmark_action = self._action(self.tr("&Bookmark This Page"), self.bookmark_current, "Ctrl+D")
        self.bookmarks_action = self._action(
            self.tr("Show &Bookmarks"), lambda: self.bookmarks_panel.toggle(), "Ctrl+B"
        )
        menu = self.menus["Bookmarks"]
        menu.addAction(self.bookmark_action)
        menu.addAction(self.bookmarks_action)
        menu.aboutToShow.connect(self.fill_bookmarks_menu)

        self.note_action = self._action(
            self.tr("&Note…"),
            self.note_current,
            "Ctrl+N",
            tip=self.tr("Write your own note on this page"),
        )
        self.add_separator(self.menus["Edit"])
        self.menus["Edit"].addAction(self.note_action)
        self.correct_action = self._action(
            self.tr("&Correct This Page…"),
            self.correct_current,
            "Ctrl+R",
            tip=self.tr("Reject a fact, add an alias, rename"),
        )
        self.menus["Edit"].addAction(self.correct_action)
        self.corrections_action = self._action(
            self.tr("C&orrections"), lambda: self.corrections_panel.toggle(), "Ctrl+Shift+R"
        )
        self.menus["View"].addAction(self.corrections_action)
        self._build_focus_keys()

    def bookmarks_menu_title(self) -> str:
        """The Bookmarks menu's title: MainWindow makes the menu in the menu bar's order, since
        inserting it later hands Python a QAction (`menuAction`), which makes QWidgetAction's type."""
        return self.tr("&Bookmarks")

    def finish_start_up(self) -> None:
        """Everything the first paint left out: the panels, the theme menu, the library's menus
        and status, the filled Bookmarks menu, the mouse's side buttons. Started once by the
        first paint of the page, one step per turn of the event loop, so a key pressed meanwhile
        waits for one step (some 20–40 ms), not for all of them; `ready` says it is done."""
        if self.is_ready or self._start_up_steps:
            return
        self._start_up_steps = self.start_up_steps()
        QtCore.QTimer.singleShot(0, self, self._next_start_up_step)

    def start_up_steps(self) -> list[Callable[[], object]]:
        """What `finish_start_up` makes, in order (a subclass adds its own)."""
        return [
            lambda: self.history_panel,
            lambda: self.bookmarks_panel,
            lambda: self.corrections_panel,
            lambda: (self.notes, self.theme_menu),
            lambda: self.library,
            self.fill_bookmarks_menu,
        ]

    def _next_start_up_step(self) -> None:
        self._start_up_steps.pop(0)()
        if self._start_up_steps:
            QtCore.QTimer.singleShot(0, self, self._next_start_up_step)
            return
        for view in (self.browser, self.tree_view):
            view.viewport().installEventFilter(self.mouse)
        self.is_ready = True
        self.ready.emit()

    def _dock(self, panel: QDockWidget) -> None:
        """A panel docked where the last session left it (open or not: the window's saved state
        is restored before the panels are made), else on the right, hidden."""
        if not self.restoreDockWidget(panel):
            self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.hide()
        chain = [self.filter_edit, self.tree_view, self.browser, *(view for view in self._panel_views())]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def restore_open_panels(self, names: list[str]) -> None:
        """The panels the last session left open (`open_panels`), made at once so that the
        first paint shows them; call after the window's state is restored."""
        for name in names:
            if name in PANELS:
                getattr(self, name)

    def open_panels(self) -> list[str]:
        """The panels on show, as `restore_open_panels` takes them."""
        made = zip(PANELS, (self._history_panel, self._bookmarks_panel, self._corrections_panel), strict=True)
        return [name for name, panel in made if panel is not None and panel.isVisible()]

    @property
    def history_panel(self) -> HistoryPanel:
        if self._history_panel is None:
            from desktop_app.history import HistoryPanel

            panel = self._history_panel = HistoryPanel(self.store, self.connection, self)
            panel.open_requested.connect(self.open_address)
            panel.status.connect(self.show_status)
            self._dock(panel)
        return self._history_panel

    @property
    def bookmarks_panel(self) -> BookmarksPanel:
        if self._bookmarks_panel is None:
            from desktop_app.bookmarks import BookmarksPanel

            panel = self._bookmarks_panel = BookmarksPanel(self.store, self.connection, self)
            panel.open_requested.connect(self.open_address)
            panel.status.connect(self.show_status)
            self._dock(panel)
        return self._bookmarks_panel

    @property
    def corrections_panel(self) -> CorrectionsPanel:
        if self._corrections_panel is None:
            from desktop_app.corrections import CorrectionsPanel

            panel = self._corrections_panel = CorrectionsPanel(self.store, lambda: self.connection, self)
            panel.status.connect(self.show_status)
            panel.open_requested.connect(self.open_address)
            panel.changed.connect(self.reader_data_changed)
            self._dock(panel)
        return self._corrections_panel

    @property
    def notes(self) -> NotesController:
        """Ctrl+N writes a note on the page on show; the page shows it again."""
        if self._notes is None:
            from desktop_app.notes import NotesController

            self._notes = NotesController(self.store, lambda: self.connection, self)
            self._notes.status.connect(self.show_status)
            self._notes.changed.connect(self.show_again)
        return self._notes

    @property
    def theme_menu(self) -> ThemeMenu:
        """View → Theme, placed before Corrections."""
        if self._theme_menu is None:
            from desktop_app.themes import ThemeMenu

            self._theme_menu = ThemeMenu(self)
            self._theme_menu.restore(apply=False)
            self.menus["View"].insertMenu(self.corrections_action, self._theme_menu.menu)
        return self._theme_menu

    @property
    def library(self) -> LibraryController:
        """The library's menus, status and background builds (see `desktop_app.library`)."""
        if self._library is None:
            from desktop_app.library import LibraryController

            self._library = LibraryController(self)
        return self._library

    def _restore_theme(self) -> None:
        """The last session's theme, before anything is painted. The System theme (the
        default) changes nothing, so it loads nothing either, not even `desktop_app.themes`
        (its palettes and menu class, some 0.5 ms): the setting is read here first."""
        if QSettings().value(THEME_SETTING, "system", str) not in ("light", "dark"):
            return
        from desktop_app.themes import apply_saved_theme

        apply_saved_theme()

    def fill_bookmarks_menu(self) -> None:
        """The Bookmarks menu: its own two actions, then every bookmark."""
        from desktop_app.bookmarks import fill_menu

        fill_menu(
            self.menus["Bookmarks"], self.bookmarks_panel, [self.bookmark_action, self.bookmarks_action]
        )

    def _record_visit(self, address: str, title: str) -> None:
        """Keep a visit in the history. The start page and help are never kept, so showing them
        (as start-up may) needs no History panel."""
        if not isinstance(parse_address(address), (HomeRoute, HelpRoute)):
            self.history_panel.record(address, title)

    def correct_current(self) -> None:
        if self.page is None or self.page.sheet is None or self.page.entity_id is None:
            self.show_status(self.tr("Open an entity page to correct it."))
            return
        summary = self.page.sheet.summary
        self.corrections_panel.correct(
            self.page.entity_id, summary.entity.name, summary.relations, summary.entity.kind, summary.aliases
        )

    def reader_data_changed(self) -> None:
        """After a correction: the tree with its names, and the page, read again."""
        self.set_tree_model(EntityTreeModel(self.corrected_tree(self.connection), self))
        if self._search_panel is not None:
            self._search_panel.controller.set_corrections(self.store.corrections())
        self.show_again()
        if self.page is not None and self.page.entity_id is not None:
            self._select_in_tree(self.page.entity_id)

    def corrected_tree(self, connection: sqlite3.Connection) -> list[TreeItem]:
        """The entity tree with the reader's renames, aliases and structure (the tree as read
        when there are no corrections, without loading the code that applies them)."""
        tree, corrections = reference.entity_tree(connection), self.store.corrections()
        if not corrections:
            return tree
        from database.corrections import correct_tree

        return correct_tree(connection, tree, corrections)

    def show_again(self) -> None:
        """The page on show, read again (after a note or a correction changed it)."""
        if self.history.current and self.stack.currentIndex() == 0:
            self.open_address(self.history.current, record=False)

    def note_current(self) -> None:
        if self.page is not None:
            self.notes.note_on(self.page.route, self.page.title)

    def reader_link(self, address: str) -> bool:
        """Links of the reader's own boxes and actions on a page (edit a note, note a passage,
        undo a correction); True when `address` was one of them."""
        from desktop_app.render.reader import NOTE_PASSAGE

        if self.notes.handle_link(address) or self.corrections_panel.handle_link(address):
            return True
        if address.startswith(f"{NOTE_PASSAGE}/") and self.page is not None and self.page.sheet is not None:
            number = address.rsplit("/", 1)[1]
            passages = self.page.sheet.passages
            if number.isdigit() and int(number) < len(passages):
                passage = passages[int(number)]
                self.notes.note_on_passage(passage.source, passage.start, passage.end, title=passage.title)
            return True
        return False

    def _build_focus_keys(self) -> None:
        """Alt+T focuses the tree; F6 / Shift+F6 go round every panel on show; Tab reaches them
        in the same order."""
        self.focus_tree_action = self._action(
            self.tr("&Tree"), self.focus_tree, "Alt+T", tip=self.tr("Go to the tree")
        )
        self.next_panel_action = self._action(self.tr("&Next Panel"), lambda: self.cycle_panels(1), "F6")
        self.previous_panel_action = self._action(
            self.tr("Pre&vious Panel"), lambda: self.cycle_panels(-1), "Shift+F6"
        )
        self.add_separator(self.menus["Go"])
        for action in (self.focus_tree_action, self.next_panel_action, self.previous_panel_action):
            self.menus["Go"].addAction(action)

    def _panel_views(self) -> list[QWidget]:
        """The lists of the docked panels made so far, in F6 order."""
        panels = (self._history_panel, self._bookmarks_panel, self._corrections_panel)
        return [panel.view for panel in panels if panel is not None]

    def focus_tree(self) -> None:
        if not self.tree_panel.isVisible():
            self.tree_action.setChecked(True)
            self._toggle_tree(True)
        self.tree_view.setFocus()
        if not self.tree_view.currentIndex().isValid():
            self.tree_view.setCurrentIndex(self.tree_view.model().index(0, 0))

    def panels(self) -> list[QWidget]:
        """The panels F6 goes round, in order: those on show."""
        results = (
            self._search_panel.view
            if self._search_panel is not None and self.stack.currentWidget() is self._search_panel
            else None
        )
        candidates = [
            self.search_edit,
            self.tree_view,
            results or self.browser,
            *self._panel_views(),
        ]
        return [widget for widget in candidates if widget.isVisible()]

    def cycle_panels(self, step: int) -> None:
        panels = self.panels()
        focused = QApplication.focusWidget()
        here = next(
            (
                n
                for n, panel in enumerate(panels)
                if panel is focused or (focused is not None and panel.isAncestorOf(focused))
            ),
            -1,
        )
        if panels:
            panels[(here + step) % len(panels) if here >= 0 else 0].setFocus(
                QtCore.Qt.FocusReason.TabFocusReason
            )

    def bookmark_current(self) -> None:
        """Ctrl+D: the search on show while searching, else the page (a passage when one is
        highlighted)."""
        query = self.search_edit.text().strip()
        if self._search_panel is not None and self.stack.currentWidget() is self._search_panel and query:
            self.bookmarks_panel.add(parse_address(search_url(query)), query)
        elif self.page is not None:
            self.bookmarks_panel.add(self.page.route, self.page.title)
