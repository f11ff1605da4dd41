"""Notes: one per place, written, replaced, deleted by writing nothing, searched, exported,
found again after a rebuild; and a store of the previous schema migrated with its contents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from database import anchors, reference
from database.anchors import FOUND
from database.userstore import SCHEMA_VERSION, UserStore


@pytest.fixture
def store(tmp_path: Path):
    opened = UserStore.open(tmp_path / "user.db")
    yield opened
    opened.close()


def test_one_note_per_place_replaced_and_deleted(store):
    first = store.set_note("entity", "Kyrgyzstan", "Ask about Manas.", entity_slug="kyrgyzstan")
    again = store.set_note("entity", "Kyrgyzstan", "  Ask about Manas and Kant. ", entity_slug="kyrgyzstan")
    assert again.id == first.id and again.text == "Ask about Manas and Kant."
    assert store.note_at("entity", entity_slug="kyrgyzstan") == again
    assert [note.text for note in store.notes()] == ["Ask about Manas and Kant."]
    assert store.set_note("entity", "Kyrgyzstan", "   ", entity_slug="kyrgyzstan") is None
    assert store.notes() == []


def test_a_passage_note_needs_its_anchor(store):
    with pytest.raises(ValueError, match="offsets"):
        store.set_note("passage", "Doc", "text", document_source="a.txt", document_sha256="ab", quote="q")
    with pytest.raises(ValueError, match="entity_slug"):
        store.set_note("entity", "Kyrgyzstan", "text")
    with pytest.raises(ValueError, match="kind"):
        store.set_note("search", "Kyrgyzstan", "text", entity_slug="kyrgyzstan")


def test_notes_are_searched_by_every_word_in_any_case(store):
    store.set_note("entity", "Kyrgyzstan", "Ask the ambassador about Manas.", entity_slug="kyrgyzstan")
    store.set_note("entity", "Tajikistan", "Border talks stalled.", entity_slug="tajikistan")
    assert [note.title for note in store.search_notes("MANAS ambassador")] == ["Kyrgyzstan"]
    assert [note.title for note in store.search_notes("tajikistan")] == ["Tajikistan"]
    assert store.search_notes("manas border") == []
    assert store.search_notes("") == []


def test_a_passage_note_is_found_again_in_the_database(bundled_connection, store):
    source = reference.documents(bundled_connection, 1).documents[0].source
    text = reference.document(bundled_connection, source).text
    anchor = anchors.passage_anchor(bundled_connection, source, 0, text.index("\n"))
    note = store.set_note("passage", "Title", "My reading.", **anchor.__dict__)
    location = anchors.locate(bundled_connection, note)
    assert (location.state, location.source, location.start) == (FOUND, source, 0)
    assert store.export_notes()["notes"][0]["quote"] == anchor.quote


def test_a_store_of_the_previous_version_gains_notes_and_keeps_its_bookmarks(tmp_path):
    from database.userstore import _SCHEMA_V1

    path = tmp_path / "user.db"
    old = sqlite3.connect(path)
    old.executescript(_SCHEMA_V1)
    old.execute(
        "INSERT INTO bookmarks (kind, title, position, created, query) VALUES ('search', 'manas', 0, 'x', 'manas')"
    )
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    store = UserStore.open(path)
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert [b.query for b in store.bookmarks()] == ["manas"]
    store.set_note("entity", "NATO", "mine", entity_slug="nato")
    store.add_correction("alias", "nato", "NATO", value="the Alliance")
    store.close()
    reopened = UserStore.open(path)
    assert [n.text for n in reopened.notes()] == ["mine"]
    assert [c.value for c in reopened.corrections()] == ["the Alliance"]
    reopened.close()
