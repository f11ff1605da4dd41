"""Page history and the keyboard and mouse routes into it. The filters never reach into the
window: they emit signals the window connects to.

- `TypeToSearch`: printable keys typed in the tree go to the search bar;
- `SearchKeys`: Up/Down/Enter/Escape in the search bar (`moved`, `cancelled`);
- `MouseNavigation`: the mouse's side buttons (`back`, `forward`), installed on the views'
  viewports only, so ordinary events never pass through Python.

`Qt` is named through `QtCore` when an event needs it, not imported (see the note on `Qt`
in `entity_tree`).
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit


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


class TypeToSearch(QObject):
    """Printable keys typed in the tree go to the search bar."""

    def __init__(self, target: QLineEdit) -> None:
        super().__init__(target)
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            modifier = QtCore.Qt.KeyboardModifier
            plain = not (event.modifiers() & (modifier.ControlModifier | modifier.AltModifier))
            if plain and text and text.isprintable() and not text.isspace():
                self.target.setFocus()
                self.target.selectAll()
                forwarded = QKeyEvent(event.type(), event.key(), event.modifiers(), text)
                QApplication.sendEvent(self.target, forwarded)
                return True
        return False


class MouseNavigation(QObject):
    """The mouse's back and forward buttons on the widgets it is installed on."""

    back = Signal()
    forward = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter."""
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == QtCore.Qt.MouseButton.BackButton:
                self.back.emit()
                return True
            if event.button() == QtCore.Qt.MouseButton.ForwardButton:
                self.forward.emit()
                return True
        return False


class SearchKeys(QObject):
    """Up/Down in the search bar move through the results; Escape clears and returns."""

    moved = Signal(int)
    cancelled = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Up):
            self.moved.emit(1 if key == QtCore.Qt.Key.Key_Down else -1)
            return True
        if key == QtCore.Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        return False
