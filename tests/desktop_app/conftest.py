"""The one window fixture: the real MainWindow on the bundled database, shown off screen."""

from __future__ import annotations

import pytest

from database import reference
from database.paths import BUNDLED_DATABASE


@pytest.fixture
def make_window(qtbot, isolated_settings):
    """Build a window (on the bundled database unless told otherwise), shown and closed for you.

    A shown window is returned once it is `ready` (what start-up leaves until after the first
    paint is done), as a reader finds it; `ready=False` returns it as soon as it is exposed,
    for the tests of using it before then."""
    from desktop_app.main_window import MainWindow

    made = []

    def make(path=BUNDLED_DATABASE, *, show: bool = True, ready: bool = True):
        window = MainWindow(reference.open_database(path), path)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            if ready:
                qtbot.waitUntil(lambda: window.is_ready)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def window(make_window):
    return make_window()
