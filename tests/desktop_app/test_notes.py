"""Notes driven in the window: Ctrl+N on an entity page and on a passage, shown in a box headed
"Your note" apart from the facts, in print and export too, found by the search bar, edited and
deleted from the page, surviving a rebuild; `casecref notes` lists them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from database import reference
from database.build import build_database
from desktop_app.notes import NoteDialog, NoteHit
from desktop_app.render.addresses import document_url, entity_url
from tests.conftest import DATA, MAIN, PYTHON
from tests.desktop_app.test_bookmarks import ctrl
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


def answer(text: str | None, seen: list[str], *, delete: bool = False) -> None:
    """Once the note dialog is up: record what it is about and what it holds, then type `text`
    and save (None: cancel; `delete`: its Delete button)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NoteDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog.findChild(object, "note-about").text())
        seen.append(dialog.text())
        if delete:
            next(
                b
                for b in dialog.findChildren(object)
                if getattr(b, "text", None) and b.text() == "Delete Note"
            ).click()
        elif text is None:
            dialog.reject()
        else:
            dialog.editor.setPlainText(text)
            dialog.accept()

    QTimer.singleShot(0, act)


def write_note(window, qtbot, text: str) -> list[str]:
    seen: list[str] = []
    answer(text, seen)
    if window.isVisible():
        ctrl(qtbot, window, Qt.Key.Key_N)
    else:
        window.note_action.trigger()
    return seen


def test_a_note_on_an_entity_is_shown_apart_from_the_facts(make_window, database, qtbot):
    window = make_window(database)
    osh = reference.find_entity(window.connection, "Osh")
    window.open_address(entity_url(osh.id))
    seen = write_note(window, qtbot, "Ask the consul about the\nborder crossings.")
    assert seen == ["Your note on Osh", ""]
    text = window.browser.toPlainText()
    assert "Your note (written " in text
    assert text.index("Your note") < text.index("Ask the consul") < text.index("Key facts")
    assert window.statusBar().currentMessage() == "Note saved."
    # The briefing and the exports say it too, marked as the reader's.
    printable = window.printable()
    assert "Your note" in printable.render("briefing", 0) and "border crossings" in printable.render(
        "dossier", 0
    )
    markdown = printable.export("md", "briefing")
    assert "**Your note (written" in markdown and "Ask the consul about the" in markdown
    # Ctrl+N again edits the same note.
    seen = write_note(window, qtbot, "Ask the consul.")
    assert seen[1] == "Ask the consul about the\nborder crossings."
    assert [note.text for note in window.store.notes()] == ["Ask the consul."]


def test_cancel_keeps_the_note_and_delete_removes_it(make_window, database, qtbot):
    window = make_window(database, show=False)
    window.open_address(entity_url(reference.find_entity(window.connection, "Osh").id))
    write_note(window, qtbot, "Keep me.")
    seen: list[str] = []
    answer(None, seen)
    window.note_action.trigger()
    assert [note.text for note in window.store.notes()] == ["Keep me."]
    seen = []
    answer(None, seen, delete=True)
    note = window.store.notes()[0]
    window.browser.link_activated.emit(QUrl(f"note:edit/{note.id}"))
    assert seen == ["Your note on Osh", "Keep me."]
    assert window.store.notes() == []
    assert "Your note" not in window.browser.toPlainText()
    assert window.statusBar().currentMessage() == "Note deleted."


def open_sentence(window) -> None:
    text = reference.document(window.connection, NOTES).text
    start = text.index(SENTENCE)
    window.open_address(document_url(NOTES, start, start + len(SENTENCE)))


def test_a_passage_note_stands_after_its_paragraph_and_survives_a_rebuild(
    make_window, corpus, database, qtbot
):
    first = make_window(database, show=False)
    open_sentence(first)
    seen = write_note(first, qtbot, "Check with the OSCE office.")
    assert seen[0].startswith(f"Your note on “{SENTENCE}”")
    text = first.browser.toPlainText()
    assert text.index(SENTENCE) < text.index("Your note on “") < text.index("Check with the OSCE office.")
    first.close()

    notes = corpus / NOTES
    notes.write_text(
        notes.read_text(encoding="utf-8").replace(
            "Border closure\n", "Border closure\n\nA paragraph added after the note was written.\n"
        ),
        encoding="utf-8",
    )
    build_database([corpus], database)
    second = make_window(database, show=False)
    second.open_address(document_url(NOTES))
    text = second.browser.toPlainText()
    assert text.index("A paragraph added") < text.index(SENTENCE) < text.index("Check with the OSCE office.")


def test_the_search_bar_finds_notes_and_opens_their_page(make_window, database, qtbot, qtmodeltester):
    window = make_window(database)
    osh = reference.find_entity(window.connection, "Osh")
    window.open_address(entity_url(osh.id))
    write_note(window, qtbot, "The consul mentioned a quarry dispute.")
    type_search(qtbot, window, "quarry consul")
    model = window.search_panel.model
    qtmodeltester.check(model)
    assert model.categories[-1] == "Your notes"
    group = model.index(len(model.categories) - 1, 0)
    assert group.data() == "Your notes (1)"
    hit = model.index(0, 0, group).data(Qt.ItemDataRole.UserRole + 10)
    assert hit == NoteHit("Osh", "The consul mentioned a quarry dispute.", entity_url(osh.id))
    window.open_address("home:")
    type_search(qtbot, window, "quarry consul")
    window.search_panel.view.setCurrentIndex(model.index(0, 0, model.index(len(model.categories) - 1, 0)))
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_title == "Osh"
    type_search(qtbot, window, "nowhere-word")
    assert "Your notes" not in window.search_panel.model.categories


def test_a_passage_of_an_entity_page_is_noted_from_its_link(make_window, database, qtbot):
    window = make_window(database, show=False)
    window.open_address(entity_url(reference.find_entity(window.connection, "Osh").id))
    passage = window.page.sheet.passages[0]
    seen: list[str] = []
    answer("About this passage.", seen)
    window.browser.link_activated.emit(QUrl("note:passage/0"))
    note = window.store.notes()[0]
    assert (note.kind, note.document_source, note.start, note.end) == (
        "passage",
        passage.source,
        passage.start,
        passage.end,
    )


def test_the_command_line_lists_and_exports_notes(make_window, database, qtbot, tmp_path):
    window = make_window(database, show=False)
    window.open_address(entity_url(reference.find_entity(window.connection, "Osh").id))
    write_note(window, qtbot, "First line.\nSecond line.")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "user-data")}
    listed = subprocess.run(
        [PYTHON, str(MAIN), "--db", str(database), "notes"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert listed.stdout.splitlines()[1:] == ["    First line.", "    Second line."]
    assert listed.stdout.startswith("entity   Osh, ")
    exported = subprocess.run(
        [PYTHON, str(MAIN), "--db", str(database), "notes", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    data = json.loads(exported.stdout)
    assert data["format"] == "casecref-notes"
    assert [(n["kind"], n["entity_slug"], n["state"]) for n in data["notes"]] == [("entity", "osh", "found")]
    summary = subprocess.run(
        [PYTHON, str(MAIN), "--db", str(database), "summary", "Osh", "--format", "md"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "**Your note (written" in summary.stdout and "Second line." in summary.stdout
