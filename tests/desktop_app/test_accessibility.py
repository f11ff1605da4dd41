"""Every widget a keyboard or a screen reader can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, or what Qt derives (a
    button's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def reachable_without_a_name(window) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a dock's float button…).
            continue
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}")
    return missing


def test_every_focusable_widget_has_an_accessible_name(window, qtbot):
    window.history_panel.show()
    window.bookmarks_panel.show()
    window.corrections_panel.show()
    window.detail.find_bar.open_bar()
    window.search_edit.setText("kyrgyzstan")
    window.search_panel.set_query("kyrgyzstan")
    qtbot.waitUntil(lambda: window.search_panel.isVisible())
    assert reachable_without_a_name(window) == []


def test_the_main_areas_say_what_they_are(window):
    for widget in (window.search_edit, window.filter_edit, window.tree_view, window.browser):
        assert widget.accessibleName() and widget.accessibleDescription(), type(widget).__name__
