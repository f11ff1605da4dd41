"""Which database the window shows: the bundled reference or the user's library (View →
Bundled Reference / My Library, remembered). Apart from `desktop_app.library` so that start-up
can choose without loading the library's menus, dialogs and build runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from database import reference
from database.paths import BUNDLED_DATABASE, library_database_path

ACTIVE_SETTING = "library/active"
BUNDLED, MINE = "bundled", "library"


def startup_database(explicit: Path | None) -> Path:
    """The database the window opens with: `explicit` (--db), else the remembered choice; the
    library only when its database exists (otherwise the window starts on the bundled one and
    builds the library in the background)."""
    if explicit is not None:
        return explicit
    if QSettings().value(ACTIVE_SETTING, BUNDLED, str) == MINE:
        candidate = library_database_path()
        try:
            reference.open_database(candidate).close()
        except reference.DatabaseError:
            return BUNDLED_DATABASE
        return candidate
    return BUNDLED_DATABASE


def is_library_database(path: Path) -> bool:
    """True for the user's library's database (whose start page says where documents came from)."""
    return path.resolve() == library_database_path().resolve()
