"""The reader's own panels and keys, mixed into the main window: History (Ctrl+H), View →
Theme, Bookmarks (Ctrl+D, Ctrl+B, the Bookmarks menu), Alt+T for the tree and F6 round the
panels. Kept apart from `main_window` so the window's own layout stays short."""

# The attributes it reads (widgets, menus, store) are made by MainWindow.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from database import reference
from database.corrections import correct_tree
from database.models import TreeItem
from desktop_app.bookmarks import BookmarksPanel, fill_menu
from desktop_app.corrections import CorrectionsPanel
from desktop_app.entity_tree import EntityTreeModel
from desktop_app.history import HistoryPanel
from desktop_app.notes import NotesController
from desktop_app.render.addresses import parse_address, search_url
from desktop_app.render.reader import NOTE_PASSAGE
from desktop_app.themes import ThemeMenu


class Workbench(QMainWindow):
    """The base of MainWindow, which provides the widgets, `_action`, `menus` and `store`."""

    tree_model: EntityTreeModel

    def _build_workbench(self) -> None:
        """The reader's own panels: history (and, below, bookmarks), docked on the right."""
        self.history_panel = HistoryPanel(self.store, self.connection, self)
        self.history_panel.open_requested.connect(self.open_address)
        self.history_panel.status.connect(self.show_status)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_panel)
        self.history_panel.hide()
        self.history_action = self._action(self.tr("&History"), self.history_panel.toggle, "Ctrl+H")
        self.menus["View"].addSeparator()
        self.menus["View"].addAction(self.history_action)
        self.theme_menu = ThemeMenu(self)
        self.menus["View"].addMenu(self.theme_menu.menu)
        self.theme_menu.restore()

        self.bookmarks_panel = BookmarksPanel(self.store, self.connection, self)
        self.bookmarks_panel.open_requested.connect(self.open_address)
        self.bookmarks_panel.status.connect(self.show_status)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.bookmarks_panel)
        self.bookmarks_panel.hide()
        self.bookmark_action = self._action(self.tr("&Bookmark This Page"), self.bookmark_current, "Ctrl+D")
        self.bookmarks_action = self._action(
            self.tr("Show &Bookmarks"), self.bookmarks_panel.toggle, "Ctrl+B"
        )
        menu = QMenu(self.tr("&Bookmarks"), self)
        self.menuBar().insertMenu(self.menus["Help"].menuAction(), menu)
        self.menus["Bookmarks"] = menu
        first = [self.bookmark_action, self.bookmarks_action]
        menu.aboutToShow.connect(lambda: fill_menu(menu, self.bookmarks_panel, first))
        fill_menu(menu, self.bookmarks_panel, first)
        self._build_notes()
        self._build_focus_keys()

    def _build_notes(self) -> None:
        """Ctrl+N writes a note on the page on show (Edit menu); the page shows it again."""
        self.notes = NotesController(self.store, lambda: self.connection, self)
        self.notes.status.connect(self.show_status)
        self.notes.changed.connect(self.show_again)
        self.note_action = self._action(
            self.tr("&Note…"), self.note_current, "Ctrl+N", tip=self.tr("Write your own note on this page")
        )
        self.menus["Edit"].addSeparator()
        self.menus["Edit"].addAction(self.note_action)

        self.corrections_panel = CorrectionsPanel(self.store, lambda: self.connection, self)
        self.corrections_panel.status.connect(self.show_status)
        self.corrections_panel.open_requested.connect(self.open_address)
        self.corrections_panel.changed.connect(self.reader_data_changed)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.corrections_panel)
        self.corrections_panel.hide()
        self.correct_action = self._action(
            self.tr("&Correct This Page…"),
            self.correct_current,
            "Ctrl+R",
            tip=self.tr("Reject a fact, add an alias, rename"),
        )
        self.menus["Edit"].addAction(self.correct_action)
        self.corrections_action = self._action(
            self.tr("C&orrections"), self.corrections_panel.toggle, "Ctrl+Shift+R"
        )
        self.menus["View"].addAction(self.corrections_action)

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
        old_model, self.tree_model = (
            self.tree_model,
            EntityTreeModel(self.corrected_tree(self.connection), self),
        )
        self.tree_proxy.setSourceModel(self.tree_model)
        old_model.deleteLater()
        self._on_filter(self.filter_edit.text())
        self.show_again()
        if self.page is not None and self.page.entity_id is not None:
            self._select_in_tree(self.page.entity_id)

    def corrected_tree(self, connection: sqlite3.Connection) -> list[TreeItem]:
        """The entity tree with the reader's renames and aliases."""
        return correct_tree(connection, reference.entity_tree(connection), self.store.corrections())

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
        self.menus["Go"].addSeparator()
        for action in (self.focus_tree_action, self.next_panel_action, self.previous_panel_action):
            self.menus["Go"].addAction(action)
        chain = [
            self.filter_edit,
            self.tree_view,
            self.browser,
            self.history_panel.view,
            self.bookmarks_panel.view,
            self.corrections_panel.view,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_tree(self) -> None:
        if not self.tree_panel.isVisible():
            self.tree_action.setChecked(True)
            self._toggle_tree(True)
        self.tree_view.setFocus()
        if not self.tree_view.currentIndex().isValid():
            self.tree_view.setCurrentIndex(self.tree_proxy.index(0, 0))

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
            self.history_panel.view,
            self.bookmarks_panel.view,
            self.corrections_panel.view,
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
            panels[(here + step) % len(panels) if here >= 0 else 0].setFocus(Qt.FocusReason.TabFocusReason)

    def bookmark_current(self) -> None:
        """Ctrl+D: the search on show while searching, else the page (a passage when one is
        highlighted)."""
        query = self.search_edit.text().strip()
        if self._search_panel is not None and self.stack.currentWidget() is self._search_panel and query:
            self.bookmarks_panel.add(parse_address(search_url(query)), query)
        elif self.page is not None:
            self.bookmarks_panel.add(self.page.route, self.page.title)
