"""Structural corrections driven in the window through the real dialog: merge two entities,
split an alias off, change a kind and a parent. The page says "Corrected by you", the tree
follows, the Corrections panel lists and undoes them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from database import reference
from database.results import EntityHit
from desktop_app.correction_dialog import CorrectionDialog
from desktop_app.render.addresses import entity_url
from desktop_app.search import ResultRole
from tests.desktop_app.test_window import type_search


def answer(kind: str, seen: list[list[str]], *, pick: str, why: str = "") -> None:
    """Once the dialog is up: choose `kind`, type `pick` into the chooser (as a reader would,
    the completer's text), say why, press OK; `seen` gets the choices offered."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CorrectionDialog):
            QTimer.singleShot(10, act)
            return
        dialog.choice.setCurrentIndex(dialog.choice.findData(kind))
        seen.append([dialog.chosen.itemText(row) for row in range(dialog.chosen.count())])
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append(["ok enabled" if ok.isEnabled() else "ok disabled"])
        dialog.chosen.setEditText(pick)
        seen.append(["ok enabled" if ok.isEnabled() else "ok disabled"])
        dialog.reason.setText(why)
        if ok.isEnabled():
            ok.click()
        else:
            dialog.reject()  # The test then fails on what it expected, instead of waiting.

    QTimer.singleShot(0, act)


def open_entity(window, name: str) -> int:
    found = reference.find_entity(window.connection, name)
    window.open_address(entity_url(found.id))
    return found.id


def tree_labels(window) -> list[str]:
    model, labels = window.tree_proxy, []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            labels.append(str(index.data()))
            walk(index)

    walk(window.tree_view.rootIndex())
    return labels


def test_merge_two_entities_in_the_window_then_undo(window, qtbot):
    kept = open_entity(window, "Partnership for Peace Training Centre of the Army Institute")
    before = window.page.sheet.summary.mention_count
    seen: list[list[str]] = []
    answer("merge", seen, pick="PfP Training Centre (organization)", why="KAZCENT is the PfP centre")
    window.correct_action.trigger()
    offered, disabled, enabled = seen
    assert "PfP Training Centre (organization)" in offered
    assert not any(label.startswith("Partnership for Peace Training Centre of the Army") for label in offered)
    assert (disabled, enabled) == (["ok disabled"], ["ok enabled"])
    text = window.browser.toPlainText()
    assert "Corrected by you" in text and "“PfP Training Centre” merged into" in text
    assert "PfP Training Centre (merged by you)" in text
    assert window.page.sheet.summary.mention_count > before
    # The other one's page is the same page; the tree shows one row.
    merged = reference.find_entity(window.connection, "PfP Training Centre").id
    window.open_address(entity_url(merged))
    assert window.page.entity_id == kept and window.current_title.startswith("Partnership for Peace Training")
    assert window.tree_view.currentIndex().data().startswith("Partnership for Peace Training Centre")
    assert not any(label.startswith("PfP Training Centre") for label in tree_labels(window))
    window.filter_edit.setText("PfP Training Centre")
    assert any(label.startswith("Partnership for Peace Training Centre") for label in tree_labels(window))
    window.filter_edit.clear()
    # Undone from the page: two entities again.
    correction = window.store.corrections()[0]
    window.browser.link_activated.emit(QUrl(f"undo:{correction.id}"))
    assert window.store.corrections() == []
    assert any(label.startswith("PfP Training Centre") for label in tree_labels(window))


def searched_entities(qtbot, window, text: str) -> list[str]:
    """The names of the entities the search bar lists for `text`."""
    type_search(qtbot, window, text)
    model = window.search_panel.model
    hits = [
        model.index(row, 0, category).data(ResultRole)
        for category in (model.index(n, 0) for n in range(model.rowCount()))
        for row in range(model.rowCount(category))
    ]
    return [hit.name for hit in hits if isinstance(hit, EntityHit)]


def test_split_an_alias_off_and_neither_tree_filter_nor_search_finds_it(window, qtbot):
    open_entity(window, "Kyrgyzstan")
    window.filter_edit.setText("Kirghizia")
    assert any(label.startswith("Kyrgyzstan") for label in tree_labels(window))
    window.filter_edit.clear()
    assert "Kyrgyzstan" in searched_entities(qtbot, window, "Kirghizia")
    window.open_address(entity_url(reference.find_entity(window.connection, "Kyrgyzstan").id))
    seen: list[list[str]] = []
    answer("split", seen, pick="Kirghizia", why="a Soviet name, not the state")
    window.correct_action.trigger()
    assert "Kirghizia" in seen[0] and "Kyrgyz Republic" in seen[0]
    text = window.browser.toPlainText()
    assert "“Kirghizia” split off by you" in text and "Kirghizia (common name)" not in text
    window.filter_edit.setText("Kirghizia")
    assert not any(label.startswith("Kyrgyzstan") for label in tree_labels(window))
    window.filter_edit.setText("Kyrgyz Republic")
    assert any(label.startswith("Kyrgyzstan") for label in tree_labels(window))
    assert "Kyrgyzstan" not in searched_entities(qtbot, window, "Kirghizia")
    assert "Kyrgyzstan" in searched_entities(qtbot, window, "Kyrgyz Republic")


def test_change_kind_and_parent_listed_in_the_panel_with_undo(window, qtbot):
    brigade = open_entity(window, "Kazakhstan brigade")
    answer("kind", [], pick="programme")
    window.correct_action.trigger()
    answer("parent", [], pick="Collective Security Treaty Organization (organization)", why="a CSTO unit")
    window.correct_action.trigger()
    text = window.browser.toPlainText()
    assert "Kind of Kazakhstan brigade changed to programme" in text
    assert "Kazakhstan brigade made part of Collective Security Treaty Organization" in text
    assert window.page.sheet.summary.entity.kind == "programme"
    assert "Collective Security Treaty Organization (corrected by you)" in text.replace("\n", " ")
    assert "(gazetteer)" not in text  # No curated list says so: the reader does.
    index = window.tree_view.currentIndex()
    assert index.data().startswith("Kazakhstan brigade")
    assert index.parent().data().startswith("Collective Security Treaty Organization")
    window.open_address(entity_url(reference.find_entity(window.connection, "CSTO").id))
    assert brigade in {child.id for child in window.page.sheet.summary.children}
    assert "Kazakhstan brigade (corrected by you)" in window.browser.toPlainText()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    panel = window.corrections_panel
    assert panel.view.hasFocus()
    lines = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert [line.split(" — ")[0] for line in lines] == [
        "Kind of Kazakhstan brigade changed to programme",
        "Kazakhstan brigade made part of Collective Security Treaty Organization",
    ]
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert brigade not in {child.id for child in window.page.sheet.summary.children}
    assert [c.kind for c in window.store.corrections()] == ["kind"]
