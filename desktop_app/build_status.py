"""The build's place in the status bar: what it is doing, a progress bar and Cancel while it
runs; afterwards a button that opens its warnings (unreadable files, guessed encodings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from database.progress import STAGES, BuildProgress
from desktop_app.locale_format import number
from desktop_app.progress import describe


class BuildStatus(QWidget):
    """Hidden when no build runs and there is nothing to report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        # Wide enough for "Extracting document 4,999 of 5,000", so the bar does not jump about.
        self.label.setMinimumWidth(
            self.label.fontMetrics().horizontalAdvance("Extracting document 00000 of 00000")
        )
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel-build")
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.cancel_button.setToolTip(self.tr("Stop the build; the database on show stays as it is"))
        self.warnings_button = QPushButton()
        self.warnings_button.setObjectName("build-warnings")
        self.warnings_button.setFlat(True)
        self.warnings_button.clicked.connect(self.show_warnings)
        self.warnings: tuple[str, ...] = ()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button, self.warnings_button):
            layout.addWidget(widget)
        self.idle()

    def running(self, what: str) -> None:
        self.label.setText(what)
        self.bar.setRange(0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            widget.show()
        self.warnings_button.hide()
        self.show()

    def step(self, step: BuildProgress) -> None:
        """The bar runs across the stages: each stage its share, documents within it."""
        self.label.setText(describe(step))
        stage = STAGES.index(step.stage) if step.stage in STAGES else 0
        within = step.done / step.total if step.total else 0.0
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(1000 * (stage + within) / len(STAGES)))
        self.bar.setToolTip(step.detail)

    def idle(self, warnings: tuple[str, ...] = ()) -> None:
        """The build is over: keep only the warnings button, if there is anything to read."""
        self.warnings = warnings
        self.bar.hide()
        self.cancel_button.hide()
        self.label.hide()
        count = len(warnings)
        self.warnings_button.setText(
            self.tr("1 build warning…")
            if count == 1
            else self.tr("{count} build warnings…").format(count=number(count))
        )
        self.warnings_button.setVisible(bool(warnings))
        self.setVisible(bool(warnings))

    def show_warnings(self) -> None:
        WarningsDialog(self.warnings, self.window()).open()


class WarningsDialog(QDialog):
    """The last build's warnings, one a line, to read and copy."""

    def __init__(self, warnings: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Build warnings"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QPlainTextEdit("\n".join(warnings))
        text.setReadOnly(True)
        text.setObjectName("warnings-text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files the build skipped or decoded by guess:")))
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.text = text
        self.resize(560, 320)
