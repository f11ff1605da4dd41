"""The History panel and the navigation kept across restarts and rebuilds, driven in the window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from database import reference
from database.build import build_database
from database.userstore import UserStore, Visit
from desktop_app.history import HistoryModel, VisitRole
from desktop_app.render.addresses import entity_url
from desktop_app.userdata import restored_steps
from tests.conftest import DATA, entity_id
from tests.desktop_app.test_window import type_search


def test_history_model(qtmodeltester):
    model = HistoryModel()
    model.set_visits(
        [
            Visit(2, "search:manas", "Search: manas", "search", None, "2024-05-01T10:00:00+00:00"),
            Visit(1, "entity:3", "Kyrgyzstan", "entity", "kyrgyzstan", "2024-05-01T09:00:00+00:00"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Kyrgyzstan"
    # The date in the locale's short format: see test_i18n.
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Search: manas\nvisited ")


def history_titles(window) -> list[str]:
    model = window.history_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_pages_and_searches_are_kept_newest_first(window, qtbot):
    window.open_address(entity_url(entity_id("Kyrgyzstan")))
    window.open_address("doc:000_c9c5b8a86b69c3ac.txt")
    type_search(qtbot, window, "Manas")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)  # opens the first hit
    titles = history_titles(window)
    assert titles[0] == window.current_title
    assert titles[1:] == ["Search: Manas", "Relations with the Kyrgyz Republic", "Kyrgyzstan"]
    assert window.store.history()[-1].entity_slug == "kyrgyzstan"
    window.open_address("home:")
    assert len(history_titles(window)) == 4  # the start page is not kept


def test_ctrl_h_shows_the_panel_and_a_row_opens_its_page(window, qtbot):
    window.open_address(entity_url(entity_id("CSTO")))
    window.open_address(entity_url(entity_id("Kyrgyzstan")))
    assert not window.history_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.history_panel.isVisible()
    assert window.history_panel.view.hasFocus()
    qtbot.keyClick(window.history_panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(window.history_panel.view, Qt.Key.Key_Return)
    assert window.current_title == "Collective Security Treaty Organization"


def test_history_is_cleared_after_asking(window, qtbot, monkeypatch):
    window.open_address(entity_url(entity_id("CSTO")))
    monkeypatch.setattr(window.history_panel, "confirm_clear", lambda: False)
    window.history_panel.clear_button.click()
    assert history_titles(window) == ["Collective Security Treaty Organization"]
    monkeypatch.setattr(window.history_panel, "confirm_clear", lambda: True)
    window.history_panel.clear_button.click()
    assert history_titles(window) == [] and window.store.history() == []
    assert not window.history_panel.clear_button.isEnabled()


def test_history_and_the_last_page_survive_a_restart(make_window):
    first = make_window(show=False)
    first.open_address(entity_url(entity_id("CSTO")))
    first.open_address(entity_url(entity_id("Kyrgyzstan")))
    first.go_back()
    first.close()
    second = make_window(show=False)
    assert second.current_title == "Collective Security Treaty Organization"
    assert history_titles(second) == ["Kyrgyzstan", "Collective Security Treaty Organization"]
    assert second.forward_action.isEnabled()
    second.go_forward()
    assert second.current_title == "Kyrgyzstan"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DATA / "search", folder)
    return folder


def test_history_follows_entities_across_a_rebuild_that_changes_their_ids(make_window, corpus, tmp_path):
    database = tmp_path / "reference.db"
    build_database([corpus], database)
    before = reference.find_entity(reference.open_database(database), "Kyrgyzstan").id
    first = make_window(database, show=False)
    first.open_address(entity_url(reference.find_entity(first.connection, "Uzbekistan").id))
    first.open_address(entity_url(before))
    first.close()

    (corpus / "afghan.txt").write_text(
        "Notes on Afghanistan\n\nAfghanistan and Kyrgyzstan met in Osh in 2020.\n", encoding="utf-8"
    )
    build_database([corpus], database)
    after = reference.find_entity(reference.open_database(database), "Kyrgyzstan").id
    assert after != before  # the rebuild did move the ids

    second = make_window(database, show=False)
    assert second.current_title == "Kyrgyzstan"
    assert second.history.current == entity_url(after)
    second.go_back()
    assert second.current_title == "Uzbekistan"
    panel = second.history_panel
    panel.view.activated.emit(panel.model.index(0, 0))
    assert second.current_title == "Kyrgyzstan"


def test_a_step_whose_entity_is_gone_is_dropped(bundled_connection):
    steps = [
        {"address": "entity:99999", "entity_slug": "atlantis"},
        {"address": "home:"},
        {"address": f"entity:{entity_id('CSTO')}", "entity_slug": "csto-wrong-slug"},
        {"address": "entity:1?timeline=90", "entity_slug": "kyrgyzstan"},
        {"address": 7},
    ]
    kyrgyzstan = entity_id("Kyrgyzstan")
    assert restored_steps(bundled_connection, steps, 3) == (["home:", f"entity:{kyrgyzstan}?timeline=90"], 1)
    assert restored_steps(bundled_connection, steps, 0) == (["home:", f"entity:{kyrgyzstan}?timeline=90"], -1)


def test_a_gone_entity_in_the_panel_says_so(window, qtbot):
    window.store.add_visit("entity:99999", "Atlantis", "entity", "atlantis")
    window.history_panel.reload()
    with qtbot.waitSignal(window.history_panel.status) as said:
        window.history_panel.view.activated.emit(window.history_panel.model.index(0, 0))
    assert said.args == ["“Atlantis” is no longer in this database."]
    assert window.history_panel.model.index(0, 0).data(VisitRole).entity_slug == "atlantis"


def test_an_unusable_store_leaves_a_working_window(make_window, tmp_path, monkeypatch):
    folder = tmp_path / "user-data" / "casecref"
    folder.mkdir(parents=True)
    store = UserStore.open(folder / "user.db")
    store.connection.execute("PRAGMA user_version = 99")
    store.close()
    window = make_window(show=False)
    assert "not saved" in window.statusBar().currentMessage()
    window.open_address(entity_url(entity_id("CSTO")))
    assert history_titles(window) == ["Collective Security Treaty Organization"]
