"""Bookmarks driven in the window: add with Ctrl+D, rename, reorder, delete, export/import, and
see them survive rebuilds ("moved", "no longer found"); the command line lists them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from database import reference
from database.build import build_database
from desktop_app.bookmarks import LocationRole
from desktop_app.render.addresses import DocumentRoute, document_url, entity_url
from tests.conftest import DATA, MAIN, PYTHON
from tests.desktop_app.test_window import type_search

NOTES = "valley_notes.txt"
SENTENCE = "Kyrgyzstan and Uzbekistan talked about the border again in 2022"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DATA / "search", folder)
    return folder


@pytest.fixture
def database(corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "reference.db"
    build_database([corpus], path)
    return path


def rows(window) -> list[str]:
    model = window.bookmarks_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def ctrl(qtbot, widget, key) -> None:
    """A window shortcut, pressed as the user would: in the active window."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def open_sentence(window) -> None:
    text = reference.document(window.connection, NOTES).text
    start = text.index(SENTENCE)
    window.open_address(document_url(NOTES, start, start + len(SENTENCE)))


def bookmark_three(window, qtbot) -> None:
    """A passage, an entity page and a search, each with Ctrl+D (the menu's action when the
    window is not on screen)."""

    def bookmark() -> None:
        if window.isVisible():
            ctrl(qtbot, window, Qt.Key.Key_D)
        else:
            window.bookmark_action.trigger()

    open_sentence(window)
    bookmark()
    window.open_address(entity_url(reference.find_entity(window.connection, "Osh").id))
    bookmark()
    type_search(qtbot, window, "border")
    bookmark()


def test_ctrl_d_bookmarks_a_passage_an_entity_and_a_search(make_window, database, qtbot, qtmodeltester):
    window = make_window(database)
    bookmark_three(window, qtbot)
    short = SENTENCE[:60].rsplit(" ", 1)[0]  # cut at a word
    assert rows(window) == [f"Notes from the Ferghana valley: “{short}…”", "Osh", "border"]
    qtmodeltester.check(window.bookmarks_panel.model)
    kinds = [bookmark.kind for bookmark in window.store.bookmarks()]
    assert kinds == ["passage", "entity", "search"]
    ctrl(qtbot, window, Qt.Key.Key_D)  # the same search again: still one bookmark
    assert len(rows(window)) == 3
    assert window.statusBar().currentMessage() == "Bookmarked “border”."


def test_the_start_page_is_not_bookmarked(window, qtbot):
    window.open_address("home:")
    ctrl(qtbot, window, Qt.Key.Key_D)
    assert rows(window) == [] and "Nothing to bookmark" in window.statusBar().currentMessage()


def test_rename_reorder_delete_from_the_keyboard(make_window, database, qtbot):
    window = make_window(database)
    bookmark_three(window, qtbot)
    ctrl(qtbot, window, Qt.Key.Key_B)
    view = window.bookmarks_panel.view
    assert window.bookmarks_panel.isVisible() and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # from the newest, border, up to Osh
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Osh, the southern capital")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the edit from its event queue
    qtbot.waitUntil(lambda: rows(window)[1] == "Osh, the southern capital")
    assert window.store.bookmarks()[1].title == "Osh, the southern capital"
    view.setFocus()
    ctrl(qtbot, view, Qt.Key.Key_Up)
    assert rows(window)[0] == "Osh, the southern capital"
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert rows(window) == [rows(window)[0], "border"] and len(window.store.bookmarks()) == 2
    assert window.bookmarks_panel.model.setData(view.currentIndex(), "   ") is False  # blank titles refused


def test_export_then_import_into_another_profile(make_window, database, qtbot, tmp_path, monkeypatch):
    window = make_window(database)
    bookmark_three(window, qtbot)
    exported = tmp_path / "mine.json"
    panel = window.bookmarks_panel
    monkeypatch.setattr(panel, "ask_save_path", lambda: str(exported))
    panel.buttons["export"].click()
    assert [entry["kind"] for entry in json.loads(exported.read_text())["bookmarks"]] == [
        "passage",
        "entity",
        "search",
    ]
    window.bookmarks_panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.delete_current()
    panel.delete_current()
    monkeypatch.setattr(panel, "ask_open_path", lambda: str(exported))
    panel.buttons["import"].click()
    assert len(rows(window)) == 3
    assert window.statusBar().currentMessage() == "Imported 2 bookmarks from mine.json."
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(panel, "ask_open_path", lambda: str(broken))
    panel.buttons["import"].click()
    assert window.statusBar().currentMessage().startswith("Cannot import broken.json")
    assert len(rows(window)) == 3


def test_bookmarks_survive_rebuilds_moved_then_gone(make_window, corpus, database, qtbot):
    first = make_window(database, show=False)
    bookmark_three(first, qtbot)
    first.close()

    notes = corpus / NOTES
    notes.write_text(
        notes.read_text(encoding="utf-8").replace(
            "Border closure\n", "Border closure\n\nA paragraph added after the bookmark was made.\n"
        ),
        encoding="utf-8",
    )
    build_database([corpus], database)
    second = make_window(database, show=False)
    assert rows(second)[0].endswith("— moved")
    assert rows(second)[1:] == ["Osh", "border"]
    panel = second.bookmarks_panel
    panel.view.activated.emit(panel.model.index(0, 0))
    route = second.page.route
    assert isinstance(route, DocumentRoute)
    text = reference.document(second.connection, NOTES).text
    assert text[route.highlight[0] : route.highlight[1]] == SENTENCE
    assert "has moved" in second.statusBar().currentMessage()
    second.close()

    notes.write_text(notes.read_text(encoding="utf-8").replace(SENTENCE, "The two met again in 2022"))
    build_database([corpus], database)
    third = make_window(database, show=False)
    assert rows(third)[0].endswith("— no longer found")
    third.open_address("home:")
    panel = third.bookmarks_panel
    panel.view.activated.emit(panel.model.index(0, 0))
    assert third.current_title == "Central Asia Security Reference"
    assert "no longer found" in third.statusBar().currentMessage()
    assert panel.model.index(0, 0).data(LocationRole).state == "missing"


def test_the_bookmarks_menu_lists_and_opens_them(make_window, database, qtbot):
    window = make_window(database)
    bookmark_three(window, qtbot)
    menu = window.menus["Bookmarks"]
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:2] == ["&Bookmark This Page", "Show &Bookmarks"] and texts[3] == "Osh"
    next(action for action in menu.actions() if action.text() == "Osh").trigger()
    assert window.current_title == "Osh"


def test_the_command_line_lists_and_exports_bookmarks(make_window, database, qtbot, tmp_path):
    window = make_window(database, show=False)
    bookmark_three(window, qtbot)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "user-data")}

    def run(*args: str) -> str:
        done = subprocess.run(
            [PYTHON, str(MAIN), "bookmarks", "--db", str(database), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    listed = run().splitlines()
    assert listed[1:] == ["entity    Osh", "search    border"]
    exported = json.loads(run("--json"))
    assert [(b["kind"], b["state"]) for b in exported["bookmarks"]] == [
        ("passage", "found"),
        ("entity", "found"),
        ("search", "found"),
    ]
    assert exported["bookmarks"][0]["quote"] == SENTENCE


def test_folders_narrow_the_list_and_group_the_menu(make_window, database, qtbot, qtmodeltester, monkeypatch):
    window = make_window(database)
    bookmark_three(window, qtbot)
    panel = window.bookmarks_panel
    panel.show()
    panel.view.setCurrentIndex(panel.model.index(1, 0))  # Osh
    monkeypatch.setattr(panel, "ask_folder", lambda current: "Fergana valley")
    panel.buttons["folder"].click()
    assert window.store.folders() == ["Fergana valley"]
    assert "is now in Fergana valley" in window.statusBar().currentMessage()
    panel.folder_filter.setCurrentIndex(panel.folder_filter.findData("Fergana valley"))
    assert rows(window) == ["Osh"]
    qtmodeltester.check(panel.model)
    assert not panel.buttons["up"].isEnabled()  # the order is the whole list's
    panel.folder_filter.setCurrentIndex(panel.folder_filter.findData(""))
    assert len(rows(window)) == 2 and "Osh" not in rows(window)
    menu = window.menus["Bookmarks"]
    menu.aboutToShow.emit()
    folders = [action.menu() for action in menu.actions() if action.menu() is not None]
    assert [sub.title() for sub in folders] == ["Fergana valley"]
    assert [action.text() for action in folders[0].actions()] == ["Osh"]
    panel.folder_filter.setCurrentIndex(panel.folder_filter.findData("Fergana valley"))
    monkeypatch.setattr(panel, "ask_folder_name", lambda current: "Osh region")
    panel.buttons["rename-folder"].click()
    assert window.store.folders() == ["Osh region"] and panel.shown_folder() == "Osh region"
    panel.buttons["delete-folder"].click()
    assert window.store.folders() == [] and len(rows(window)) == 3
