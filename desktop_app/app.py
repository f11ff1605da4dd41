"""Start-up: the QApplication, its settings names, the database (with a dialog and an offer
to rebuild when it is unusable) and the main window. What only a failure needs (dialogs, the
build) is imported when it happens."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from database import reference
from database.paths import (
    BUNDLED_DATABASE,
    DESKTOP_ID,
    DOCUMENTS_DIR,
    ICON_PATH,
    TRANSLATIONS_DIR,
    rebuild_target,
    user_database_path,
)

if TYPE_CHECKING:
    import sqlite3

ORGANIZATION = "casecref"
APPLICATION = "Central Asia Security Reference"
log = logging.getLogger("casecref")


def configure_application(app: QCoreApplication) -> None:
    """Names for QSettings and QStandardPaths: set once, then plain QSettings() everywhere."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(APPLICATION)
        app.setDesktopFileName(DESKTOP_ID)  # Wayland app id: the installed .desktop file's name.


def set_window_icon(app: QCoreApplication | None) -> None:
    """The icon of every window. `run_window` sets it once the window is ready, after the first
    paint (on X11 loading it cost that paint about 1.3 ms), or before a dialog."""
    from PySide6.QtGui import QIcon

    if isinstance(app, QApplication) and app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(ICON_PATH)))


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path = TRANSLATIONS_DIR
) -> list[QTranslator]:
    """The interface in the user's language when a translation for it ships (`casecref_<lang>.qm`),
    with Qt's own (standard buttons, dialogs) beside it; English, the source language, otherwise."""
    locale = locale or QLocale()
    installed = []
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("casecref", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where, ".qm") and app.installTranslator(translator):
            installed.append(translator)
    return installed


def ask_rebuild(message: str) -> bool:
    """The one dialog for an unusable database; tests replace this function."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APPLICATION,
        QCoreApplication.translate("Startup", "The reference database cannot be opened."),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup", "{problem}\n\nRebuild it from the bundled documents? This takes a few seconds."
        ).format(problem=message)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Startup", "Rebuild"))
    return box.exec() == QMessageBox.StandardButton.Yes


def tell_failure(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APPLICATION, message)


def open_or_rebuild(path: Path) -> tuple[sqlite3.Connection, Path] | None:
    """Open the database; when it is unusable, offer a rebuild and open that. None: give up.

    A broken bundled database falls back to an earlier rebuild in the user data folder."""
    try:
        return reference.open_database(path), path
    except reference.DatabaseError as error:
        problem = str(error)
    rebuilt = user_database_path()
    if path == BUNDLED_DATABASE and rebuilt.exists():
        try:
            return reference.open_database(rebuilt), rebuilt
        except reference.DatabaseError:
            pass
    set_window_icon(QCoreApplication.instance())
    if not ask_rebuild(problem):
        return None
    from PySide6.QtGui import QCursor

    from database.build import build_database

    target = rebuild_target(path)
    QApplication.setOverrideCursor(QCursor(QtCore.Qt.CursorShape.WaitCursor))
    try:
        build_database([DOCUMENTS_DIR], target)
        return reference.open_database(target), target
    except Exception as error:  # Any failure here ends in one dialog, never a traceback.
        tell_failure(QCoreApplication.translate("Startup", "The rebuild failed: {error}").format(error=error))
        return None
    finally:
        QApplication.restoreOverrideCursor()


def run_window(database: Path | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    # argv[0] names the X11 window class, which desktops match to the .desktop file.
    app = QApplication.instance() or QApplication([DESKTOP_ID, *sys.argv[1:]])
    configure_application(app)
    install_translators(app)
    from desktop_app.active_database import startup_database

    opened = open_or_rebuild(startup_database(Path(database) if database else None))
    if opened is None:
        return 2
    connection, path = opened
    from desktop_app.main_window import MainWindow

    window = MainWindow(connection, path)
    window.ready.connect(lambda: set_window_icon(app))
    window.show()
    return app.exec()
