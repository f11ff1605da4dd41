"""Page history and the keyboard and mouse routes into it. None of them reaches into the
window: they emit signals the window connects to.

- `EntityTreeView`: printable keys typed in the tree go to the search bar;
- `SearchBar`: Up/Down/Escape in the search bar (`moved`, `cancelled`);
- `MouseNavigation`: the mouse's side buttons (`back`, `forward`), installed on the views'
  viewports only, so ordinary events never pass through Python.

The keys are the widgets' own `keyPressEvent`, not event filters: a filter sees every event of
its widget as a plain `QEvent`, and the first one PySide hands to Python makes the type of every
event class it could be (some 50 types, about 5 ms), during start-up. A key press is only ever
a `QKeyEvent`, and comes after the first paint.

`Qt` and the event types are named through their modules when an event needs them, not
imported (see the note on `Qt` in `entity_tree`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeView

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QPersistentModelIndex
    from PySide6.QtGui import QKeyEvent


class History:
    """Back/forward over page addresses."""

    def __init__(self) -> None:
        self.pages: list[str] = []
        self.position = -1

    @property
    def current(self) -> str | None:
        return self.pages[self.position] if self.position >= 0 else None

    def visit(self, address: str) -> None:
        if address == self.current:
            return
        del self.pages[self.position + 1 :]
        self.pages.append(address)
        self.position = len(self.pages) - 1

    def replace(self, address: str) -> None:
        """The current page shows the same thing another way (more rows, say): no new step."""
        if self.position >= 0:
            self.pages[self.position] = address
        else:
            self.visit(address)

    def can_go_back(self) -> bool:
        return self.position > 0

    def can_go_forward(self) -> bool:
        return self.position < len(self.pages) - 1

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self.position -= 1
        return self.current

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self.position += 1
        return self.current


class EntityTreeView(QTreeView):
    """The tree's view: printable keys typed in it go to the search bar (`target`); it says when
    its current row changes (`current_changed`)."""

    current_changed = Signal(QModelIndex)

    def __init__(self, target: QLineEdit) -> None:
        super().__init__()
        self.target = target

    def currentChanged(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Override QAbstractItemView::currentChanged: `current_changed` too. (The window hears
        of it here rather than from `selectionModel().currentChanged`: handing the selection
        model to Python makes QItemSelectionModel's type, some 1.3 ms before the first paint.)"""
        super().currentChanged(current, previous)
        self.current_changed.emit(current)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTreeView::keyPressEvent: a printable key (without Ctrl or Alt) is typed into
        the search bar, before the tree takes it as a search of its own or as +, - or *."""
        text = event.text()
        modifier = QtCore.Qt.KeyboardModifier
        plain = not (event.modifiers() & (modifier.ControlModifier | modifier.AltModifier))
        if plain and text and text.isprintable() and not text.isspace():
            self.target.setFocus()
            self.target.selectAll()
            forwarded = QtGui.QKeyEvent(event.type(), event.key(), event.modifiers(), text)
            QApplication.sendEvent(self.target, forwarded)
            return
        super().keyPressEvent(event)


class MouseNavigation(QObject):
    """The mouse's back and forward buttons on the widgets it is installed on."""

    back = Signal()
    forward = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter."""
        if isinstance(event, QtGui.QMouseEvent) and event.type() == QtCore.QEvent.Type.MouseButtonPress:
            if event.button() == QtCore.Qt.MouseButton.BackButton:
                self.back.emit()
                return True
            if event.button() == QtCore.Qt.MouseButton.ForwardButton:
                self.forward.emit()
                return True
        return False


class SearchBar(QLineEdit):
    """The search bar: Up/Down move through the results (`moved`), Escape clears and returns
    (`cancelled`); every other key is the line edit's."""

    moved = Signal(int)
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QLineEdit::keyPressEvent."""
        key = event.key()
        if key in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Up):
            self.moved.emit(1 if key == QtCore.Qt.Key.Key_Down else -1)
            return
        if key == QtCore.Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
