"""What the reader's list panels (History, Bookmarks, Corrections) share: a dock widget whose
list is shown and focused by its key, and hidden by the same key when it has the focus."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QDockWidget


class ListPanel(QDockWidget):
    """A docked list; subclasses set `view` and `model`."""

    view: QAbstractItemView
    model: QAbstractItemModel

    def toggle(self) -> None:
        """Show and focus the list; hide it when it has the focus already."""
        if self.isVisible() and self.view.hasFocus():
            self.hide()
            return
        self.show()
        self.raise_()
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
