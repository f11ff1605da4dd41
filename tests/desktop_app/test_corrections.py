"""Corrections driven in the window: reject a fact, add an alias, rename, each through the
real dialog; the page says "Corrected by you" with undo; the tree takes the new name; the
Corrections panel undoes, exports and imports; a rebuild keeps them; the command line lists
them."""

from __future__ import annotations

import json
import os
import subprocess

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from database import reference
from database.paths import BUNDLED_DATABASE
from desktop_app.correction_dialog import CorrectionDialog
from desktop_app.render.addresses import entity_url
from tests.conftest import MAIN, PYTHON
from tests.desktop_app.test_bookmarks import ctrl


def answer(kind: str, seen: list, *, fact: str = "", value: str = "", why: str = "") -> None:
    """Once the dialog is up: choose `kind`, the fact whose label holds `fact` or type `value`,
    say why, press OK (recording the facts offered)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CorrectionDialog):
            QTimer.singleShot(10, act)
            return
        labels = [dialog.facts.item(row).text() for row in range(dialog.facts.count())]
        seen.extend(labels)
        dialog.choice.setCurrentIndex(dialog.choice.findData(kind))
        if kind == "reject":
            dialog.facts.setCurrentRow(next(n for n, label in enumerate(labels) if fact in label))
        else:
            dialog.value.setText(value)
        dialog.reason.setText(why)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, act)


def open_kyrgyzstan(window) -> int:
    kyrgyzstan = reference.find_entity(window.connection, "Kyrgyzstan").id
    window.open_address(entity_url(kyrgyzstan))
    return kyrgyzstan


NACC_SENTENCE = "Dialogue with Kyrgyzstan started in 1992"


def test_reject_a_fact_then_undo_it_from_the_page(window, qtbot):
    open_kyrgyzstan(window)
    before = window.page.sheet.summary.relations
    seen: list[str] = []
    answer(
        "reject", seen, fact="North Atlantic Cooperation Council (joined) — “Dialogue", why="a dialogue forum"
    )
    ctrl(qtbot, window, Qt.Key.Key_R)
    assert any(label.startswith("Member of: North Atlantic Cooperation Council (joined)") for label in seen)
    assert not any("(gazetteer)" in label for label in seen)
    text = window.browser.toPlainText()
    assert "Corrected by you" in text and "not what the sentence says" in text and "a dialogue forum" in text
    assert text.index("Corrected by you") < text.index("Key facts")
    after = window.page.sheet.summary.relations
    nacc = [
        r for r in after if r.entity.name.startswith("North Atlantic Cooperation") and r.status == "joined"
    ]
    assert len(nacc) == 1 and not nacc[0].citation.sentence.startswith(NACC_SENTENCE)
    assert len(after) == len(before)  # the fact stands on its other sentence
    correction = window.store.corrections()[0]
    window.browser.link_activated.emit(QUrl(f"undo:{correction.id}"))
    assert window.store.corrections() == []
    assert "Corrected by you" not in window.browser.toPlainText()
    assert window.page.sheet.summary.relations == before


def test_rename_and_alias_reach_page_tree_and_print(window, qtbot):
    kyrgyzstan = open_kyrgyzstan(window)
    answer("rename", [], value="Kyrgyz Republic", why="the official name")
    window.correct_action.trigger()
    answer("alias", [], value="Alatoo")
    window.correct_action.trigger()
    assert window.current_title == "Kyrgyz Republic"
    text = window.browser.toPlainText()
    assert "Kyrgyzstan (name in the documents)" in text and "Alatoo (added by you)" in text
    index = window.tree_view.currentIndex()
    assert index.data().startswith("Kyrgyz Republic")
    window.filter_edit.setText("alatoo")
    assert window.tree_proxy.rowCount() > 0
    window.filter_edit.clear()
    briefing = window.printable().render("briefing", 0)
    assert (
        "Kyrgyz Republic" in briefing and "Renamed from “Kyrgyzstan”" in briefing and "undo" not in briefing
    )
    # Other pages name it anew.
    window.open_address(entity_url(reference.find_entity(window.connection, "CSTO").id))
    assert "Kyrgyz Republic" in window.browser.toPlainText()
    # Undone in the panel, with Delete.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    panel = window.corrections_panel
    assert panel.isVisible() and panel.view.hasFocus() and panel.model.rowCount() == 2
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert [c.kind for c in window.store.corrections()] == ["alias"]
    window.open_address(entity_url(kyrgyzstan))
    assert window.current_title == "Kyrgyzstan"


def test_corrections_survive_a_switch_of_database_and_travel_as_json(
    make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window(show=False)
    open_kyrgyzstan(window)
    answer("reject", [], fact="North Atlantic Cooperation Council (joined) — “Dialogue")
    window.correct_action.trigger()
    panel = window.corrections_panel
    exported = tmp_path / "mine.json"
    monkeypatch.setattr(panel, "ask_save_path", lambda: str(exported))
    panel.buttons["export"].click()
    assert json.loads(exported.read_text())["corrections"][0]["kind"] == "reject"
    # Another database built from the same documents (ids may differ): still applied.
    copy = tmp_path / "copy.db"
    from database.build import build_database
    from database.paths import DOCUMENTS_DIR

    build_database([DOCUMENTS_DIR], copy)
    window.use_database(reference.open_database(copy), copy)
    assert "Corrected by you" in window.browser.toPlainText()
    assert not panel.model.index(0, 0).data().endswith("not found in this database")
    window.store.undo_correction(window.store.corrections()[0].id)
    monkeypatch.setattr(panel, "ask_open_path", lambda: str(exported))
    panel.buttons["import"].click()
    assert window.statusBar().currentMessage() == "Imported 1 corrections from mine.json."
    assert "Corrected by you" in window.browser.toPlainText()


def test_the_bundled_database_is_untouched_and_the_command_line_lists_them(make_window, qtbot, tmp_path):
    before = BUNDLED_DATABASE.read_bytes()
    window = make_window(show=False)
    open_kyrgyzstan(window)
    answer("alias", [], value="Alatoo", why="old maps")
    window.correct_action.trigger()
    assert BUNDLED_DATABASE.read_bytes() == before
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "user-data")}
    listed = subprocess.run(
        [PYTHON, str(MAIN), "corrections"], capture_output=True, text=True, env=env, check=True
    )
    assert (
        listed.stdout.startswith("Alias “Alatoo” added to Kyrgyzstan — ") and "why: old maps" in listed.stdout
    )
    as_json = subprocess.run(
        [PYTHON, str(MAIN), "corrections", "--json"], capture_output=True, text=True, env=env, check=True
    )
    entry = json.loads(as_json.stdout)["corrections"][0]
    assert (entry["kind"], entry["value"], entry["state"]) == ("alias", "Alatoo", "found")
    summary = subprocess.run(
        [PYTHON, str(MAIN), "summary", "Kyrgyzstan", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    data = json.loads(summary.stdout)
    assert "Alatoo" in data["aliases"] and data["corrected_by_you"][0]["value"] == "Alatoo"
    by_new_name = subprocess.run(
        [PYTHON, str(MAIN), "summary", "alatoo", "--format", "json"], capture_output=True, text=True, env=env
    )
    assert by_new_name.returncode == 0, by_new_name.stderr
    assert json.loads(by_new_name.stdout)["name"] == "Kyrgyzstan"
