"""Start-up paints the first page before it makes the reader's panels, the library's menus and
the mouse's side buttons (`finish_start_up`, queued by the first paint). Each of them works
when used at once, before that step has run, and is in place after it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDockWidget

from database import reference
from database.paths import BUNDLED_DATABASE
from desktop_app import entity_tree
from desktop_app.render.addresses import entity_url, search_url
from tests.conftest import ROOT, entity_id

FIRST_PAINT = """
import sys, tempfile
from pathlib import Path
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from database import reference
from database.paths import BUNDLED_DATABASE
from desktop_app.app import configure_application
from desktop_app.main_window import MainWindow

app = QApplication([])
configure_application(app)
QStandardPaths.setTestModeEnabled(True)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
window = MainWindow(reference.open_database(BUNDLED_DATABASE), BUNDLED_DATABASE)
window.show()
while not window.browser.painted:
    app.processEvents()
later = ["database.models", "database.fulltext", "desktop_app.bookmarks", "desktop_app.history",
         "desktop_app.corrections", "desktop_app.notes", "desktop_app.library", "desktop_app.search_panel",
         "database.userstore", "database.names", "desktop_app.themes"]  # The System theme: nothing to apply.
# Each costs milliseconds; nothing painted needs them. QIcon's type comes with resolving the
# overloads of QAction(text, parent); QChildEvent's and QMouseEvent's with the first event a
# Python `changeEvent` or event filter is handed (PySide makes every event class's type).
# QItemSelectionModel's, QWidgetAction's and QMetaMethod's come with a selection model, a QAction
# (addSeparator, menuAction) or QTimer.singleShot with a callable handed to Python.
# The `sqlite3` package (the read side opens its C module, `_sqlite3`) imports `datetime`,
# which nothing painted needs either.
unneeded = ["json", "dataclasses", "sqlite3", "datetime", "QUrl", "QIcon", "QChildEvent", "QMouseEvent",
            "QItemSelectionModel", "QWidgetAction", "QMetaMethod",
            "desktop_app.tree_filter", "QSortFilterProxyModel"]  # The tree is filtered later, if ever.
made = set(sys.modules) | set(vars(PySide6.QtCore)) | set(vars(PySide6.QtGui)) | set(vars(PySide6.QtWidgets))
print("painted:", window.is_ready, "Qt" in vars(PySide6.QtCore), *sorted((set(later) | set(unneeded)) & made))
while not window.is_ready:
    app.processEvents()
print("ready:", window.is_ready, *sorted(set(later) - set(sys.modules)))
window.close()  # Keeps the session, which the next start restores.
"""


@pytest.mark.parametrize("start", ["first", "restoring the last session"])
def test_the_first_paint_comes_before_the_panels_and_pyside_s_qt_namespace(tmp_path, start):
    """What start-up defers is really left out of the first paint, and then really made; the
    first paint needs neither JSON, nor dataclasses, nor the `sqlite3` package and `datetime`,
    nor the types of QUrl, QIcon or the event classes, also when it restores the pages of the
    last session."""
    runs = 1 if start == "first" else 2
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", FIRST_PAINT],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)},
        )
        assert result.returncode == 0, result.stderr
        painted, ready = result.stdout.splitlines()
        assert painted == "painted: False False"
        # The search modules still wait for the first search; everything else is made.
        assert ready == "ready: True"  # the results panel (and the search it runs) included


def test_the_tree_s_roles_are_qt_s_numbers():
    role = Qt.ItemDataRole
    assert (role.DisplayRole, role.ToolTipRole) == (entity_tree.DISPLAY_ROLE, entity_tree.TOOL_TIP_ROLE)
    assert (role.FontRole, role.UserRole) == (entity_tree.FONT_ROLE, entity_tree.USER_ROLE)


def test_the_tree_s_rows_are_enabled_and_selectable(window):
    model = window.tree_model
    row = model.index(0, 0, model.index(0, 0))
    assert model.flags(row) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def restart(make_window):
    """A second window on the same user data, shown, before anything runs the event loop."""
    window = make_window(show=False)
    window.show()
    return window


def test_ctrl_d_at_once_bookmarks_the_restored_page(make_window):
    first = make_window(show=False)
    first.open_address(entity_url(entity_id("Kyrgyzstan")))
    first.close()
    window = restart(make_window)
    assert window.current_title == "Kyrgyzstan"  # The last page, restored before the first paint.
    window.bookmark_action.trigger()
    assert [bookmark.title for bookmark in window.store.bookmarks()] == ["Kyrgyzstan"]
    assert window.bookmarks_panel.model.rowCount() == 1
    assert not window.is_ready


def test_ctrl_h_at_once_lists_the_last_session_s_history(make_window, qtbot):
    first = make_window(show=False)
    first.open_address(entity_url(entity_id("CSTO")))
    first.open_address(search_url("Manas"))
    first.close()
    window = restart(make_window)
    window.history_action.trigger()
    titles = [window.history_panel.model.index(row, 0).data() for row in range(2)]
    assert titles == ["Search: Manas", "Collective Security Treaty Organization"]
    assert window.history_panel.isVisible()
    assert not window.is_ready


def test_opening_a_page_at_once_records_it_in_the_history(make_window):
    window = restart(make_window)
    window.open_address(entity_url(entity_id("CSTO")))
    assert [visit.title for visit in window.store.history()] == ["Collective Security Treaty Organization"]
    assert not window.is_ready


def test_the_bookmarks_menu_is_filled_after_the_deferred_step(make_window, qtbot):
    first = make_window(show=False)
    first.open_address(entity_url(entity_id("CSTO")))
    first.bookmark_action.trigger()
    first.close()
    window = restart(make_window)
    with qtbot.waitSignal(window.ready):
        pass
    texts = [action.text() for action in window.menus["Bookmarks"].actions()]
    assert "Collective Security Treaty Organization" in texts
    assert window.is_ready and window._history_panel is not None and window._library is not None


def test_a_panel_left_open_is_open_at_the_first_paint(make_window, qtbot):
    first = make_window()
    first.corrections_action.trigger()
    assert first.corrections_panel.isVisible()
    first.close()
    window = restart(make_window)
    docks = {dock.objectName(): dock.isVisible() for dock in window.findChildren(QDockWidget)}
    assert docks == {"corrections-dock": True} and not window.is_ready
    qtbot.waitUntil(lambda: window.is_ready)
    docks = {dock.objectName(): dock.isVisible() for dock in window.findChildren(QDockWidget)}
    assert docks == {"history-dock": False, "bookmarks-dock": False, "corrections-dock": True}


def test_the_mouse_back_button_works_once_ready(make_window, qtbot):
    window = restart(make_window)
    window.open_address(entity_url(entity_id("Kyrgyzstan")))
    window.open_address(entity_url(entity_id("CSTO")))
    qtbot.waitUntil(lambda: window.is_ready)
    qtbot.mouseClick(window.browser.viewport(), Qt.MouseButton.BackButton)
    assert window.current_title == "Kyrgyzstan"


def test_f6_at_once_goes_round_the_panels_on_show_without_making_the_others(make_window):
    window = restart(make_window)
    assert window.panels() == [window.search_edit, window.tree_view, window.browser]
    window.next_panel_action.trigger()
    assert window._history_panel is None and not window.is_ready


def test_start_up_finishes_even_if_the_page_is_never_painted(qtbot, isolated_settings):
    from desktop_app.main_window import MainWindow

    window = MainWindow(reference.open_database(BUNDLED_DATABASE), BUNDLED_DATABASE)
    qtbot.addWidget(window)
    window.browser.first_painted.disconnect()  # As when the window starts minimised.
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=10_000)
    theme = window.theme_menu.menu.menuAction()
    assert theme in window.menus["View"].actions()  # Placed by the deferred step.
    window.close()


def test_what_start_up_leaves_is_made_a_step_at_a_time_with_the_loop_turning_between(make_window, qtbot):
    """A key pressed while the panels are made waits for one step, not for all of them."""
    from PySide6.QtCore import QTimer

    window = make_window(show=False)
    window.finish_start_up()
    assert window._search_panel is None and window._history_panel is None  # nothing before the loop turns
    seen = []
    QTimer.singleShot(
        0, lambda: seen.append((window._search_panel is not None, window._history_panel is not None))
    )
    with qtbot.waitSignal(window.ready):
        pass
    assert seen == [(True, False)]  # queued behind the first step (the results panel), run before the next
    assert window._search_panel is not None and window._library is not None


def test_a_palette_change_before_start_up_finishes_is_shown_when_it_does(make_window, qtbot):
    """The palette is followed from the first start-up step; a change before that (the system
    switching to dark while the window opens) renders the page again then."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    window = make_window(show=False)
    window.open_address(entity_url(entity_id("Kyrgyzstan")))
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    window.browser.setPalette(dark)
    assert "#e8e8e8" not in window.page.html
    window.follow_palette()
    assert "#e8e8e8" in window.page.html and window.current_title == "Kyrgyzstan"
    window.browser.setPalette(QPalette())
    system = QApplication.palette()
    later = QPalette(system)
    later.setColor(QPalette.ColorRole.Text, QColor("#123456"))
    try:
        QApplication.setPalette(later)  # And later changes are followed as they come.
        qtbot.waitUntil(lambda: "#123456" in window.page.html)
    finally:
        QApplication.setPalette(system)


def _shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.browser.painted)
    return window.browser


@pytest.mark.parametrize("page", ["start", "document"])
def test_a_page_shown_before_the_first_paint_has_its_scroll_bar_only_if_it_needs_one(
    make_window, qtbot, page
):
    """The page opened before the window is shown may be given its scroll bar from the start
    (laid out once, not twice); once shown, the bar is Qt's to show as needed again."""
    from desktop_app.render.addresses import HOME, document_url

    window = make_window(show=False)
    if page == "document":
        source = reference.documents(window.connection, 1).documents[0].source
        window.open_address(document_url(source))
    else:
        window.open_address(HOME)
    browser = _shown(window, qtbot)
    bar = browser.verticalScrollBar()
    assert browser.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert bar.isVisible() == (page == "document")
    assert bar.isVisible() == (bar.maximum() > 0)
    assert browser.document().pageSize().width() == browser.viewport().width()


def test_a_wrong_guess_of_a_scroll_bar_is_taken_back_before_the_first_paint(make_window, qtbot, monkeypatch):
    """Guessed needed for a page that fits (every line taken to be very tall), the bar is gone
    when the window is painted, and the page laid out at the width without it."""
    from desktop_app import detail_view

    monkeypatch.setattr(detail_view, "SHORTEST_LINE", 1000)
    window = make_window(show=False)
    window.show_again()
    assert window.browser.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    browser = _shown(window, qtbot)
    assert browser.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert not browser.verticalScrollBar().isVisible()
    assert browser.document().pageSize().width() == browser.viewport().width()


def test_on_the_start_page_the_store_is_opened_after_the_first_paint_and_at_once_when_used(
    make_window, qtbot
):
    """Its session read in one look, the reader's store waits for the first start-up step; asked
    for before that, it is there."""
    first = make_window(show=False)
    assert first._store is None and first.history.pages == ["home:"]
    first.store.add_visit("search:manas", "Search: manas", "search")  # opened on use
    assert [visit.address for visit in first.store.history()] == ["search:manas"]
    first.close()
    window = restart(make_window)
    assert window._store is None
    qtbot.waitUntil(lambda: window.is_ready)
    assert window._store is not None and window.router.store is window._store
    assert [visit.address for visit in window.store.history()] == ["search:manas"]


def test_a_store_with_corrections_is_opened_before_the_tree_is_made(make_window):
    """The tree shows the reader's renames from the first paint on."""
    from database.lists import TreeItem

    first = make_window(show=False)
    first.store.add_correction("rename", "kyrgyzstan", "Kyrgyzstan", value="Kyrgyz Republic")
    first.close()
    window = restart(make_window)
    assert window._store is not None and not window.is_ready

    def labels(items: tuple[TreeItem, ...]) -> list[str]:
        return [name for item in items for name in (item.label, *labels(item.children))]

    names = labels(tuple(window.tree_model._root.children[0].item.children))
    assert "Kyrgyz Republic" in names and "Kyrgyzstan" not in names


def _rows_on_show(view) -> list[tuple[str, int]]:
    """The tree's rows from the top as the view lays them out (expanded ones open): label, depth."""
    rows, index = [], view.model().index(0, 0)
    while index.isValid():
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        rows.append((str(index.data()), depth))
        index = view.indexBelow(index)
    return rows


def test_the_tree_is_the_same_before_and_after_its_filter_is_first_used(make_window, qtbot):
    """The view shows the model itself until the first filtering, then the filter's proxy: the
    same rows, open the same way, the current row kept and its page not opened again."""
    window = make_window()
    assert window.tree_view.model() is window.tree_model and window._tree_proxy is None
    before = _rows_on_show(window.tree_view)
    assert ("Central Asia (5)", 1) in before and len(before) > 40
    kyrgyzstan = entity_id("Kyrgyzstan")
    window.open_address(entity_url(kyrgyzstan))
    visits = len(window.history.pages)
    qtbot.keyClicks(window.filter_edit, "kyrg")
    assert window.tree_view.model() is window.tree_proxy
    assert window.tree_view.currentIndex().data(entity_tree.EntityIdRole) == kyrgyzstan
    assert [label for label, _ in _rows_on_show(window.tree_view) if label.startswith("Kyrg")]
    assert len(_rows_on_show(window.tree_view)) < len(before)
    window.filter_edit.clear()
    assert _rows_on_show(window.tree_view) == before
    assert len(window.history.pages) == visits and window.current_title == "Kyrgyzstan"
