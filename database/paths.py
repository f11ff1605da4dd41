"""Where the bundled data lives, and where a rebuild may write.

The bundled files are the package `casecref_resources` (the repository's `resources/` folder,
mapped in pyproject.toml), found through the import system (`importlib.util.find_spec`, which
unlike `importlib.resources.files` imports nothing more at start-up): the same code finds them in
a checkout with an editable install and in an installed wheel. A wheel's files belong to the installation
and are never written; a rebuild of the bundled database goes to the user data folder, the one
both the window and the command line use.
"""

from __future__ import annotations

import os
import sys
from importlib.util import find_spec
from pathlib import Path

APP_NAME = "casecref"
DESKTOP_ID = "org.casecref.Reference"
"""The reverse-DNS name of the .desktop file, the AppStream id and the X11 window class."""


def _resources_dir() -> Path:
    spec = find_spec("casecref_resources")
    if spec is None or not spec.submodule_search_locations:
        return Path(__file__).resolve().parent.parent / "resources"  # A checkout not yet installed.
    return Path(next(iter(spec.submodule_search_locations)))


RESOURCES_DIR = _resources_dir()
DOCUMENTS_DIR = RESOURCES_DIR / "documents"
GAZETTEER_PATH = RESOURCES_DIR / "gazetteer.toml"
CORRECTIONS_PATH = RESOURCES_DIR / "corrections.toml"
WORLD_CITIES_PATH = RESOURCES_DIR / "world_cities.tsv"
GIVEN_NAMES_PATH = RESOURCES_DIR / "given_names.tsv"
BUNDLED_DATABASE = RESOURCES_DIR / "reference.db"
# What a folder gives the build: plain text, and the plain-text markups the build reads through
# (Markdown, reStructuredText, AsciiDoc, Org); "" is a file with no suffix.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst", ".adoc", ".org", "")
ICON_PATH = RESOURCES_DIR / "icons" / "app.svg"
DESKTOP_DIR = RESOURCES_DIR / "desktop"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"


def user_data_folder() -> Path:
    """The per-user folder for a rebuilt database, the user store and the library (on Linux
    ~/.local/share/casecref). On Linux platformdirs' rule is applied here (`$XDG_DATA_HOME` when
    it is an absolute path, else ~/.local/share): importing platformdirs costs the window's
    start-up several milliseconds. A test holds the two to the same answer."""
    if sys.platform.startswith("linux") and os.path.isabs(os.environ.get("HOME", "/")):
        base = os.environ.get("XDG_DATA_HOME", "")
        return Path(base if os.path.isabs(base) else os.path.expanduser("~/.local/share")) / APP_NAME
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_database_path() -> Path:
    return user_data_folder() / "reference.db"


def library_folder() -> Path:
    """The user's library (on Linux ~/.local/share/casecref/library; see `database.library`)."""
    return user_data_folder() / "library"


def library_database_path(folder: Path | None = None) -> Path:
    """The database built from a library folder (the user's library by default)."""
    return (folder if folder is not None else library_folder()) / "library.db"


def user_store_path() -> Path:
    """The reader's own history and bookmarks (see `database.userstore`)."""
    return user_data_folder() / "user.db"


def is_checkout() -> bool:
    """True when the bundled files are the project's own source folder, not an installation."""
    return (RESOURCES_DIR.parent / "pyproject.toml").is_file()


def rebuild_target(path: Path) -> Path:
    """Where a rebuild of the database at `path` is written.

    In place when its folder is writable, except for the bundled database of an installation
    (site-packages, a system folder): that one is rebuilt into the user data folder."""
    if path.resolve() == BUNDLED_DATABASE.resolve() and not is_checkout():
        return user_database_path()
    return path if os.access(path.resolve().parent, os.W_OK) else user_database_path()
