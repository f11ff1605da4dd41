"""The user library in the real window: Add Documents, drop, the background build with its
progress and Cancel, the switch between the bundled reference and the library, Remove."""

from __future__ import annotations

import hashlib
import os
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from database import reference
from database.library import Library
from database.paths import BUNDLED_DATABASE, DOCUMENTS_DIR
from desktop_app import library as library_ui
from desktop_app.active_database import startup_database
from desktop_app.build_status import WarningsDialog

BUILD_TIMEOUT = 60_000  # a ceiling for a wedged build, not a measured time

FERGANA = (
    "Border talks in the Fergana Valley\n\n"
    "Kyrgyzstan and Tajikistan agreed on 3 March 2024 to reopen the Batken crossing.\n"
)


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch) -> Path:
    """The user data folder (and so the library) in this test's own folder."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder / "casecref" / "library"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "fergana.txt"
    path.parent.mkdir()
    path.write_text(FERGANA, encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sources_on_show(window) -> list[str]:
    return [info.source for info in reference.documents(window.connection).documents]


@contextmanager
def paused(runner):
    """The build process stopped (SIGSTOP) while the block runs, so a Cancel inside it lands
    before the build can finish, however fast the machine; it resumes to receive the Cancel."""
    pid = runner._process.processId()
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def add_through_the_menu(qtbot, window, monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(library_ui, "ask_files", lambda parent: paths)
    with qtbot.waitSignal(window.library.switched, timeout=BUILD_TIMEOUT) as switched:
        window.library.add_action.trigger()
    assert switched.args == [library_ui.MINE]


def test_add_documents_builds_the_library_in_the_background_and_shows_it(
    qtbot, window, monkeypatch, user_data: Path, report: Path
):
    bundled_before = digest(BUNDLED_DATABASE)
    steps = []
    window.library.runner.progressed.connect(steps.append)
    add_through_the_menu(qtbot, window, monkeypatch, [report])

    assert window.database_path == user_data / "library.db"
    bundled = sorted(path.name for path in DOCUMENTS_DIR.glob("*.txt"))
    assert sources_on_show(window) == sorted([*bundled, "fergana.txt"])
    assert digest(BUNDLED_DATABASE) == bundled_before
    extracting = [step for step in steps if step.stage == "extracting"]
    assert [(step.done, step.total) for step in extracting] == [(n, 6) for n in range(1, 7)]
    assert window.library.mine_action.isChecked() and not window.library.bundled_action.isChecked()
    assert window.library.where.text() == "My library"
    assert not window.library.status.cancel_button.isVisible()
    assert QSettings().value(library_ui.ACTIVE_SETTING) == library_ui.MINE

    page = window.browser.toPlainText()
    assert "Added by you (1)" in page
    assert "fergana.txt · added " in page and str(report) in page
    assert "· bundled" in page


def test_the_switch_goes_back_and_forth_and_keeps_the_entity_on_show(
    qtbot, window, monkeypatch, user_data: Path, report: Path
):
    add_through_the_menu(qtbot, window, monkeypatch, [report])
    kyrgyzstan = reference.find_entity(window.connection, "Kyrgyzstan")
    window.open_address(f"entity:{kyrgyzstan.id}")

    with qtbot.waitSignal(window.library.switched) as switched:
        window.library.bundled_action.trigger()
    assert switched.args == [library_ui.BUNDLED]
    assert window.database_path == BUNDLED_DATABASE
    assert "fergana.txt" not in sources_on_show(window)
    assert window.windowTitle().startswith("Kyrgyzstan — ")
    assert window.page.entity_id == reference.find_entity(window.connection, "Kyrgyzstan").id
    window.go_back()
    assert window.page.title == "Central Asia Security Reference"
    assert "fergana.txt" not in window.browser.toPlainText()
    window.go_forward()
    assert window.library.where.text() == "Bundled reference"

    with qtbot.waitSignal(window.library.switched):
        window.library.mine_action.trigger()
    assert "fergana.txt" in sources_on_show(window)
    assert window.windowTitle().startswith("Kyrgyzstan — ")


def test_search_after_the_switch_reads_the_new_database(qtbot, window, monkeypatch, user_data, report):
    add_through_the_menu(qtbot, window, monkeypatch, [report])
    window.search_edit.setFocus()
    with qtbot.waitSignal(window.search_panel.controller.results_ready, timeout=5000):
        qtbot.keyClicks(window.search_edit, "Batken crossing")
    sources = {hit.source for hit in window.search_panel.results.passages}
    assert "fergana.txt" in sources


def test_cancel_leaves_the_database_on_show_and_its_file(
    qtbot, window, monkeypatch, user_data: Path, report: Path, tmp_path: Path
):
    add_through_the_menu(qtbot, window, monkeypatch, [report])
    library_db = user_data / "library.db"
    before = digest(library_db)
    second = tmp_path / "incoming" / "second.txt"
    second.write_text(FERGANA + "Uzbekistan joined the talks on 5 March 2024.\n", encoding="utf-8")
    monkeypatch.setattr(library_ui, "ask_files", lambda parent: [second])
    outcomes = []
    window.library.runner.finished.connect(outcomes.append)

    def cancel_on_first_step(step) -> None:
        if window.library.runner.running and not outcomes:
            with paused(window.library.runner):
                window.library.status.cancel_button.click()

    window.library.runner.progressed.connect(cancel_on_first_step)
    with qtbot.waitSignal(window.library.runner.finished, timeout=BUILD_TIMEOUT):
        window.library.add_action.trigger()
        assert window.library.status.cancel_button.isVisible()
    assert [outcome.status for outcome in outcomes] == ["cancelled"]
    assert digest(library_db) == before
    assert not [name for name in library_db.parent.iterdir() if ".tmp-" in name.name]
    assert "second.txt" not in sources_on_show(window)
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.library.status.cancel_button.isVisible()
    # The copy is in the library; the next build takes it in.
    assert "second.txt" in [entry.source for entry in Library(user_data).entries]


def test_dropping_files_on_the_window_adds_them(qtbot, window, user_data: Path, report: Path):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(report))])
    at, copy, left, none = (
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(at, copy, data, left, none)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(at), copy, data, left, none)
    with qtbot.waitSignal(window.library.switched, timeout=BUILD_TIMEOUT):
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert "fergana.txt" in sources_on_show(window)


def test_text_dragged_over_the_window_is_not_taken(window):
    data = QMimeData()
    data.setText("just words")
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_remove_documents_through_the_dialog(qtbot, window, monkeypatch, user_data: Path, report: Path):
    add_through_the_menu(qtbot, window, monkeypatch, [report])

    def choose_and_remove() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, library_ui.RemoveDialog)
        assert not dialog.remove_button.isEnabled()
        dialog.list.item(0).setSelected(True)
        dialog.remove_button.click()

    QTimer.singleShot(0, choose_and_remove)
    with qtbot.waitSignal(window.library.switched, timeout=BUILD_TIMEOUT):
        window.library.remove_action.trigger()
    assert "fergana.txt" not in sources_on_show(window)
    assert not (user_data / "documents" / "fergana.txt").exists()
    assert report.exists()
    assert "Added by you (0)" in window.browser.toPlainText()


def test_skipped_files_are_told_and_build_warnings_can_be_read(
    qtbot, window, monkeypatch, user_data: Path, report: Path, tmp_path: Path
):
    told = []
    monkeypatch.setattr(library_ui, "tell_skipped", lambda parent, changes: told.append(changes))
    binary = tmp_path / "incoming" / "blob.txt"
    binary.write_bytes(b"\x00\xff" * 40)
    latin = tmp_path / "incoming" / "latin.txt"
    latin.write_bytes(
        "Caf\xe9 talks in Almaty\n\nKazakhstan hosted the caf\xe9 talks in 2023.\n".encode("cp1252")
    )
    add_through_the_menu(qtbot, window, monkeypatch, [report, binary, latin])
    assert len(told) == 1 and "blob.txt: binary file, not text" in told[0].skipped[0]

    status = window.library.status
    assert status.warnings_button.isVisible()
    assert any("latin.txt: not UTF-8" in warning for warning in status.warnings)

    def read_and_close() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, WarningsDialog) and w.isVisible()
        )
        assert "latin.txt" in dialog.text.toPlainText()
        dialog.close()

    QTimer.singleShot(0, read_and_close)
    with qtbot.waitSignal(status.warnings_button.clicked):
        status.warnings_button.click()
    qtbot.waitUntil(
        lambda: (
            not any(isinstance(w, WarningsDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
    )


def test_a_failed_build_says_so_and_keeps_the_bundled_reference(
    qtbot, window, monkeypatch, user_data: Path, report: Path
):
    errors = []
    monkeypatch.setattr(window, "tell_error", errors.append)
    monkeypatch.setattr(library_ui.Library, "build_paths", lambda self: [self.folder / "nothing-here"])
    with qtbot.waitSignal(window.library.runner.finished, timeout=BUILD_TIMEOUT):
        add_through_window_without_waiting(window, monkeypatch, [report])
    assert errors and "could not be built" in errors[0] and "no such file" in errors[0]
    assert window.database_path == BUNDLED_DATABASE


def add_through_window_without_waiting(window, monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(library_ui, "ask_files", lambda parent: paths)
    window.library.add_action.trigger()


def test_the_window_starts_on_the_library_chosen_last_time(
    qtbot, make_window, monkeypatch, user_data: Path, report: Path
):
    from database.build import build_database

    library = Library()
    library.add([report])
    build_database(library.build_paths(), library.database_path)
    QSettings().setValue(library_ui.ACTIVE_SETTING, library_ui.MINE)
    path = startup_database(None)
    assert path == library.database_path
    window = make_window(path)
    assert window.library.mine_action.isChecked()
    assert "Added by you (1)" in window.browser.toPlainText()
    assert startup_database(BUNDLED_DATABASE) == BUNDLED_DATABASE


def test_a_library_chosen_but_unusable_starts_on_the_bundled_one_and_is_rebuilt(
    qtbot, make_window, user_data: Path, report: Path
):
    library = Library()
    library.add([report])
    library.database_path.write_bytes(b"not a database")
    QSettings().setValue(library_ui.ACTIVE_SETTING, library_ui.MINE)
    path = startup_database(None)
    assert path == BUNDLED_DATABASE
    window = make_window(path, show=False)
    assert window.library.runner.running
    with qtbot.waitSignal(window.library.switched, timeout=BUILD_TIMEOUT):
        pass
    assert "fergana.txt" in sources_on_show(window)


def test_the_menus_hold_the_library_actions(window):
    file_titles = [action.text() for action in window.menus["File"].actions()]
    assert file_titles[:4] == ["&Add Documents…", "Add &Folder…", "&Remove Documents…", "Re-&scan Library"]
    view_titles = [action.text() for action in window.menus["View"].actions()]
    assert view_titles[-2:] == ["&Bundled Reference", "&My Library"]
    assert window.library.bundled_action.isChecked()
    assert window.library.where.text() == "Bundled reference"


def test_closing_the_window_stops_the_build_and_keeps_the_old_database(
    qtbot, window, monkeypatch, user_data: Path, report: Path, tmp_path: Path
):
    add_through_the_menu(qtbot, window, monkeypatch, [report])
    library_db = user_data / "library.db"
    before = digest(library_db)
    second = tmp_path / "incoming" / "second.txt"
    second.write_text(FERGANA + "Uzbekistan joined the talks on 5 March 2024.\n", encoding="utf-8")
    with qtbot.waitSignal(window.library.runner.progressed, timeout=BUILD_TIMEOUT):
        add_through_window_without_waiting(window, monkeypatch, [second])
    with qtbot.waitSignal(window.library.runner.finished, timeout=BUILD_TIMEOUT) as finished:
        window.close()
    assert not window.library.runner.running
    # Stopped in time, the old database stays; finished just before, the new one is complete.
    status = finished.args[0].status
    assert status in ("cancelled", "built")
    sources = [info.source for info in reference.documents(reference.open_database(library_db)).documents]
    assert ("second.txt" in sources) == (status == "built")
    assert (digest(library_db) == before) == (status == "cancelled")
    assert not [name for name in library_db.parent.iterdir() if ".tmp-" in name.name]


def test_history_and_bookmarks_made_before_a_switch_anchor_in_the_new_database(
    qtbot, window, monkeypatch, user_data, report
):
    window.history_panel, window.bookmarks_panel  # noqa: B018 - made on the bundled reference
    add_through_the_menu(qtbot, window, monkeypatch, [report])
    kyrgyzstan = reference.find_entity(window.connection, "Kyrgyzstan")
    window.open_address(f"entity:{kyrgyzstan.id}")
    assert window.store.history()[0].entity_slug == "kyrgyzstan"
    window.bookmark_action.trigger()
    assert window.store.bookmarks()[-1].entity_slug == "kyrgyzstan"
