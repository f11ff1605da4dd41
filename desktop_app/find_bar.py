"""Find in page (Ctrl+F) under the detail pane's browser; made the first time it is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from desktop_app.detail_view import DetailBrowser


def _tool_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class FindBar(QWidget):
    """Find in page: type to search, Enter / Shift+Enter for next / previous, Escape closes."""

    def __init__(self, browser: DetailBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.edit = QLineEdit(placeholderText=self.tr("Find in page"), clearButtonEnabled=True)
        self.edit.setAccessibleName(self.tr("Find in page"))
        self.status = QLabel()
        previous_button = _tool_button("▲", self.tr("Previous match (Shift+F3)"))
        next_button = _tool_button("▼", self.tr("Next match (F3)"))
        close_button = _tool_button("✕", self.tr("Close (Escape)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (QLabel(self.tr("Find:")), self.edit, previous_button, next_button, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close_button)
        self.edit.textChanged.connect(lambda: self.find_match(restart=True))
        self.edit.returnPressed.connect(self.find_next)
        next_button.clicked.connect(self.find_next)
        previous_button.clicked.connect(self.find_previous)
        close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self.edit).activated.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.browser.setFocus()

    def find_match(self, *, backward: bool = False, restart: bool = False) -> bool:
        text = self.edit.text()
        if not text:
            self.status.clear()
            return False
        if restart:
            cursor = self.browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def find_next(self) -> bool:
        return self.find_match()

    def find_previous(self) -> bool:
        return self.find_match(backward=True)
