"""The one window fixture: the real MainWindow on the bundled database, shown off screen."""

from __future__ import annotations

import pytest

from database import reference
from database.paths import BUNDLED_DATABASE


@pytest.fixture
def make_window(qtbot, isolated_settings):
    """Build a window (on the bundled database unless told otherwise), shown and closed for you."""
    from desktop_app.main_window import MainWindow

    made = []

    def make(path=BUNDLED_DATABASE, *, show: bool = True):
        window = MainWindow(reference.open_database(path), path)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def window(make_window):
    return make_window()
