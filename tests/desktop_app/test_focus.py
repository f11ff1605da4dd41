"""Keys that reach every panel: Alt+T for the tree, F6 / Shift+F6 round the panels, Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_alt_t_focuses_the_tree_even_when_hidden(window, qtbot):
    active(window, qtbot)
    window.tree_action.trigger()
    assert not window.tree_panel.isVisible()
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert window.tree_panel.isVisible() and window.tree_action.isChecked()
    assert window.tree_view.hasFocus() and window.tree_view.currentIndex().isValid()


def test_f6_goes_round_every_panel_on_show(window, qtbot):
    active(window, qtbot)
    window.history_panel.show()
    window.bookmarks_panel.show()
    window.search_edit.setFocus()
    expected = [
        window.tree_view,
        window.browser,
        window.history_panel.view,
        window.bookmarks_panel.view,
        window.search_edit,
    ]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        assert QApplication.focusWidget() is widget
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.bookmarks_panel.view
    window.bookmarks_panel.hide()  # a hidden panel is skipped
    window.history_panel.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.search_edit


def test_tab_reaches_the_tree_and_the_page(window, qtbot):
    active(window, qtbot)
    window.filter_edit.setFocus()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Tab)
    assert window.tree_view.hasFocus()
    qtbot.keyClick(window.tree_view, Qt.Key.Key_Tab)
    assert window.browser.hasFocus()
