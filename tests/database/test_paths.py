"""Where the user's data lives: the window's own rule for Linux gives platformdirs' answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from platformdirs import user_data_path

from database.paths import APP_NAME, library_database_path, user_data_folder, user_store_path

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the rule of our own is Linux's")


@linux_only
@pytest.mark.parametrize("xdg_data_home", [None, "", "relative/data", "/absolute/data", "/with space/data/"])
def test_the_user_data_folder_is_where_platformdirs_puts_it(monkeypatch, tmp_path: Path, xdg_data_home):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg_data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg_data_home)
    assert user_data_folder() == user_data_path(APP_NAME, appauthor=False)


@linux_only
def test_the_store_and_the_library_follow_xdg_data_home(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_store_path() == tmp_path / "casecref" / "user.db"
    assert library_database_path() == tmp_path / "casecref" / "library" / "library.db"
