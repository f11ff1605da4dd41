"""The reader's own panels and keys, mixed into the main window: History (Ctrl+H), View →
Theme, Bookmarks (Ctrl+D, Ctrl+B, the Bookmarks menu), Alt+T for the tree and F6 round the
panels. Kept apart from `main_window` so the window's own layout stays short."""

# The attributes it reads (widgets, menus, store) are made by MainWindow.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from desktop_app.bookmarks import BookmarksPanel, fill_menu
from desktop_app.history import HistoryPanel
from desktop_app.render.addresses import parse_address, search_url
from desktop_app.themes import ThemeMenu


class Workbench(QMainWindow):
    """The base of MainWindow, which provides the widgets, `_action`, `menus` and `store`."""

    def _build_workbench(self) -> None:
        """The reader's own panels: history (and, below, bookmarks), docked on the right."""
        self.history_panel = HistoryPanel(self.store, self.connection, self)
        self.history_panel.open_requested.connect(self.open_address)
        self.history_panel.status.connect(self.show_status)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_panel)
        self.history_panel.hide()
        self.history_action = self._action("&History", self.history_panel.toggle, "Ctrl+H")
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
        self.bookmark_action = self._action("&Bookmark This Page", self.bookmark_current, "Ctrl+D")
        self.bookmarks_action = self._action("Show &Bookmarks", self.bookmarks_panel.toggle, "Ctrl+B")
        menu = QMenu("&Bookmarks", self)
        self.menuBar().insertMenu(self.menus["Help"].menuAction(), menu)
        self.menus["Bookmarks"] = menu
        first = [self.bookmark_action, self.bookmarks_action]
        menu.aboutToShow.connect(lambda: fill_menu(menu, self.bookmarks_panel, first))
        fill_menu(menu, self.bookmarks_panel, first)
        self._build_focus_keys()

    def _build_focus_keys(self) -> None:
        """Alt+T focuses the tree; F6 / Shift+F6 go round every panel on show; Tab reaches them
        in the same order."""
        self.focus_tree_action = self._action("&Tree", self.focus_tree, "Alt+T", tip="Go to the tree")
        self.next_panel_action = self._action("&Next Panel", lambda: self.cycle_panels(1), "F6")
        self.previous_panel_action = self._action(
            "Pre&vious Panel", lambda: self.cycle_panels(-1), "Shift+F6"
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
