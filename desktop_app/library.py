"""The user's library in the window: File → Add Documents… / Add Folder… / Remove Documents… /
Re-scan Library, dropping files on the window, and View → Bundled Reference / My Library (the
choice is remembered). Changes are built in the background (`BuildRunner`), shown in the
status bar, and the new database is swapped in when complete.

The window offers hooks only: `menus`, `statusBar()`, `use_database()`, `show_status()` and
`tell_error()`. The dialogs are module functions, so tests replace them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from database import reference
from database.library import Changes, Library, LibraryEntry, LibraryError
from database.paths import BUNDLED_DATABASE, DOCUMENT_SUFFIXES, library_folder, user_database_path
from desktop_app.active_database import ACTIVE_SETTING, BUNDLED, MINE
from desktop_app.build_runner import BuildOutcome, BuildRunner
from desktop_app.build_status import BuildStatus
from desktop_app.locale_format import number, short_date

log = logging.getLogger("casecref.library")
NAMES = {
    BUNDLED: str(QT_TRANSLATE_NOOP("LibraryController", "Bundled reference")),
    MINE: str(QT_TRANSLATE_NOOP("LibraryController", "My library")),
}


def ask_files(parent: QWidget) -> list[Path]:
    """The file dialog of Add Documents…; tests replace this function."""
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Library", "Add Documents"),
        str(Path.home()),
        QCoreApplication.translate("Library", "Plain-text documents (%1);;All files (*)").replace(
            "%1", " ".join(f"*{suffix}" for suffix in DOCUMENT_SUFFIXES if suffix)
        ),
    )
    return [Path(name) for name in chosen]


def ask_folder(parent: QWidget) -> list[Path]:
    """The folder dialog of Add Folder…; tests replace this function."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Library", "Add a Folder of Documents"), str(Path.home())
    )
    return [Path(chosen)] if chosen else []


def ask_removal(parent: QWidget, entries: list[LibraryEntry]) -> list[str]:
    """The documents to remove, chosen in `RemoveDialog`; none when cancelled."""
    dialog = RemoveDialog(entries, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []


def tell_skipped(parent: QWidget, changes: Changes) -> None:
    """Which files were not added and why; tests replace this function."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Library", "Add Documents"),
        QCoreApplication.translate("Library", "Library: {changes}.").format(changes=changes.summary()),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate("Library", "Some files were not added (see the details).")
    )
    box.setDetailedText("\n".join(changes.skipped))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def origin_text(entry: LibraryEntry) -> str:
    """Where an added document came from, as the start page says it."""
    return f"added {entry.added} from {entry.original}"


class LibraryController(QObject):
    """Owns the library, the background build and the switch between the two databases."""

    switched = Signal(str)  # BUNDLED or MINE: the database now on show

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._library: Library | None = None
        self._build_again = False
        self._show_when_built = False
        self.status = BuildStatus()
        self.runner = BuildRunner(self)
        self.runner.progressed.connect(self.status.step)
        self.runner.finished.connect(self._built)
        self.status.cancel_button.clicked.connect(self.cancel_build)
        self.where = QLabel()
        self.where.setObjectName("database-name")
        bar = window.statusBar()
        bar.addPermanentWidget(self.status)
        bar.addPermanentWidget(self.where)
        self._build_actions()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        if self.active == MINE:
            self.window.router.origins = self._origins()
        elif self.active == BUNDLED and QSettings().value(ACTIVE_SETTING, BUNDLED, str) == MINE:
            # The library was chosen last time but its database is missing or unusable: build it.
            self._start_build(show=True)
        self._show_active()

    @property
    def library(self) -> Library:
        """The library, read on first use (start-up on the bundled database does not pay for it)."""
        if self._library is None:
            self._library = Library()
        return self._library

    @property
    def active(self) -> str | None:
        """Which database is on show; None for one named with --db."""
        path = self.window.database_path.resolve()
        if path == Library.database_path_in(library_folder()).resolve():
            return MINE
        if path in (BUNDLED_DATABASE.resolve(), user_database_path().resolve()):
            return BUNDLED
        return None

    def _build_actions(self) -> None:
        window = self.window

        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            made = QAction(text, window)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.setToolTip(tip or text.replace("&", "").rstrip("…"))
            made.setStatusTip(made.toolTip())
            made.triggered.connect(slot)
            window.addAction(made)
            return made

        self.add_action = action(
            self.tr("&Add Documents…"),
            self.add_documents,
            QKeySequence.StandardKey.Open,
            self.tr("Copy documents into your library and build it (or drop files on the window)"),
        )
        self.add_folder_action = action(
            self.tr("Add &Folder…"),
            self.add_folder,
            "Ctrl+Shift+O",
            self.tr("Add every document of a folder; re-scanned later"),
        )
        self.remove_action = action(self.tr("&Remove Documents…"), self.remove_documents)
        self.rescan_action = action(
            self.tr("Re-&scan Library"),
            self.rescan,
            "F5",
            self.tr("Add new and changed documents from their folders"),
        )
        self.bundled_action = action(
            self.tr("&Bundled Reference"), self.show_bundled, "Ctrl+1", self.tr("The bundled documents only")
        )
        self.mine_action = action(
            self.tr("&My Library"),
            self.show_library,
            "Ctrl+2",
            self.tr("The bundled documents and the ones you added"),
        )
        group = QActionGroup(self)
        for choice in (self.bundled_action, self.mine_action):
            choice.setCheckable(True)
            group.addAction(choice)
        file_menu = window.menus["File"]
        first = file_menu.actions()[0] if file_menu.actions() else None
        for item in (self.add_action, self.add_folder_action, self.remove_action, self.rescan_action):
            file_menu.insertAction(first, item)
        file_menu.insertSeparator(first)
        view_menu = window.menus["View"]
        view_menu.addSeparator()
        view_menu.addAction(self.bundled_action)
        view_menu.addAction(self.mine_action)

    def _show_active(self) -> None:
        active = self.active
        self.bundled_action.setChecked(active == BUNDLED)
        self.mine_action.setChecked(active == MINE)
        self.where.setText(self.tr(NAMES[active]) if active in NAMES else self.window.database_path.name)

    # What the user asks for
    def add_documents(self) -> None:
        self.add(ask_files(self.window))

    def add_folder(self) -> None:
        self.add(ask_folder(self.window))

    def add(self, paths: list[Path]) -> None:
        """Copy documents into the library, then build it and show it."""
        if not paths:
            return
        changes = self._change(lambda library: library.add(paths))
        if changes is None:
            return
        if changes.skipped:
            tell_skipped(self.window, changes)
        if changes.changed or not self.library.database_path.exists():
            self._start_build(show=True)
        else:
            self.window.show_status(self.tr("Library: {changes}.").format(changes=changes.summary()))
            self.show_library()

    def remove_documents(self) -> None:
        entries = self._change(lambda library: library.entries)
        if entries is None:
            return
        if not entries:
            QMessageBox.information(
                self.window,
                self.tr("Remove Documents"),
                self.tr("You have not added any documents to your library."),
            )
            return
        chosen = ask_removal(self.window, entries)
        if not chosen:
            return
        changes = self._change(lambda library: library.remove(chosen))
        if changes is not None and changes.changed:
            self._start_build(show=True)

    def rescan(self) -> None:
        changes = self._change(lambda library: library.rescan())
        if changes is None:
            return
        if changes.skipped:
            tell_skipped(self.window, changes)
        if changes.changed:
            self._start_build(show=True)
        self.window.show_status(self.tr("Re-scan: {changes}.").format(changes=changes.summary()))

    def show_bundled(self) -> None:
        QSettings().setValue(ACTIVE_SETTING, BUNDLED)
        if self.active != BUNDLED:
            try:
                connection = reference.open_database(BUNDLED_DATABASE)
            except reference.DatabaseError as error:
                self.window.tell_error(
                    self.tr("The bundled reference cannot be opened: {error}").format(error=error)
                )
            else:
                self.window.use_database(connection, BUNDLED_DATABASE)
                self.switched.emit(BUNDLED)
        self._show_active()

    def show_library(self) -> None:
        """Show the library's database; build it first when it is missing or unusable."""
        QSettings().setValue(ACTIVE_SETTING, MINE)
        path = self.library.database_path
        try:
            connection = reference.open_database(path)
        except reference.DatabaseError:
            self._start_build(show=True)
            self._show_active()
            return
        self.window.use_database(connection, path, origins=self._origins())
        self.switched.emit(MINE)
        self._show_active()

    def cancel_build(self) -> None:
        self._build_again = False
        self.runner.cancel()

    # The build
    def _start_build(self, *, show: bool) -> None:
        self._show_when_built = self._show_when_built or show
        if self.runner.running:
            self._build_again = True  # The library changed under the running build.
            return
        self.status.running(self.tr("Building your library…"))
        self.runner.start(self.library.build_paths(), self.library.database_path)

    def _built(self, outcome: BuildOutcome) -> None:
        build_again, self._build_again = self._build_again, False
        if outcome.status == "built" and build_again:
            self._start_build(show=False)
            return
        self.status.idle(outcome.warnings)
        show, self._show_when_built = self._show_when_built, False
        if outcome.status == "cancelled":
            self.window.show_status(self.tr("Build cancelled; the database on show is unchanged."))
            return
        if outcome.status == "failed":
            self.window.tell_error(
                self.tr("Your library could not be built: {problem}").format(problem=outcome.message)
            )
            return
        documents = outcome.totals.get("documents", 0)
        self.window.show_status(
            self.tr("Library built: {documents} documents in {seconds} s.").format(
                documents=number(documents), seconds=QLocale().toString(outcome.seconds, "f", 1)
            )
        )
        if show or self.active == MINE:
            self.show_library()

    # Helpers
    def _change(self, act):
        """Run `act` on the library; a damaged manifest ends in one dialog, not a traceback."""
        try:
            return act(self.library)
        except (LibraryError, OSError) as error:
            self._library = None
            self.window.tell_error(self.tr("Your library cannot be changed: {error}").format(error=error))
            return None

    def _origins(self) -> dict[str, str]:
        try:
            return {entry.source: origin_text(entry) for entry in self.library.entries}
        except LibraryError as error:
            log.error("%s", error)
            self._library = None
            return {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: files dropped on the window are added; closing the
        window stops a running build (the database it would have replaced stays)."""
        kind = event.type()
        if isinstance(event, QDropEvent) and _dropped_files(event):  # QDragEnterEvent, QDragMoveEvent too
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.add(_dropped_files(event))
            return True
        if kind == QEvent.Type.Close and self.runner.running:
            self.cancel_build()
            self.runner.wait()
        return False


def _dropped_files(event: QDropEvent) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class RemoveDialog(QDialog):
    """The added documents, each with where it came from; the chosen ones are removed."""

    def __init__(self, entries: list[LibraryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove Documents"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for entry in entries:
            item = QListWidgetItem(
                self.tr("{source}  —  added {date} from {original}").format(
                    source=entry.source, date=short_date(entry.added), original=entry.original
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.source)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = buttons.addButton(self.tr("Remove"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choose the documents to take out of your library (the original files stay):"))
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def chosen(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
