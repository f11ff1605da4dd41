"""Bookmarks found again after a rebuild: found, moved (offsets or file name changed), or gone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from database import anchors, reference
from database.anchors import FOUND, MISSING, MOVED
from database.build import build_database
from database.userstore import Bookmark
from tests.conftest import DATA

SENTENCE = "Kyrgyzstan and Uzbekistan talked about the border again in 2022"
NOTES = "valley_notes.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DATA / "search", folder)
    return folder


def rebuild(corpus: Path, tmp_path: Path, name: str):
    path = tmp_path / f"{name}.db"
    build_database([corpus], path)
    return reference.open_database(path)


def passage_bookmark(connection) -> Bookmark:
    text = reference.document(connection, NOTES).text
    start = text.index(SENTENCE)
    anchor = anchors.passage_anchor(connection, NOTES, start, start + len(SENTENCE))
    assert anchor is not None and anchor.quote == SENTENCE
    return Bookmark(1, "passage", "talks", 0, "", **anchor.__dict__)


def edit(corpus: Path, old: str, new: str, name: str = NOTES) -> None:
    path = corpus / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_an_unchanged_passage_is_found_where_it_was(corpus, tmp_path):
    connection = rebuild(corpus, tmp_path, "first")
    bookmark = passage_bookmark(connection)
    again = rebuild(corpus, tmp_path, "again")
    location = anchors.locate(again, bookmark)
    assert (location.state, location.source, location.start, location.end) == (
        FOUND,
        NOTES,
        bookmark.start,
        bookmark.end,
    )


def test_a_passage_whose_offsets_moved_is_found_by_its_words(corpus, tmp_path):
    bookmark = passage_bookmark(rebuild(corpus, tmp_path, "first"))
    edit(corpus, "Border closure\n", "Border closure\n\nA new first paragraph, written after the bookmark.\n")
    connection = rebuild(corpus, tmp_path, "edited")
    location = anchors.locate(connection, bookmark)
    assert location.state == MOVED and location.start > bookmark.start
    assert reference.document(connection, NOTES).text[location.start : location.end] == SENTENCE


def test_words_spaced_differently_are_the_same_passage(corpus, tmp_path):
    bookmark = passage_bookmark(rebuild(corpus, tmp_path, "first"))
    edit(corpus, "Kyrgyzstan and Uzbekistan talked", "Kyrgyzstan and   Uzbekistan talked")
    connection = rebuild(corpus, tmp_path, "spaced")
    location = anchors.locate(connection, bookmark)
    assert location.state == MOVED
    text = reference.document(connection, NOTES).text[location.start : location.end]
    assert text.split() == SENTENCE.split()


def test_a_renamed_document_still_holds_the_passage(corpus, tmp_path):
    bookmark = passage_bookmark(rebuild(corpus, tmp_path, "first"))
    (corpus / NOTES).rename(corpus / "renamed_notes.txt")
    location = anchors.locate(rebuild(corpus, tmp_path, "renamed"), bookmark)
    assert (location.state, location.source) == (MOVED, "renamed_notes.txt")


def test_a_passage_whose_words_are_gone_is_no_longer_found(corpus, tmp_path):
    bookmark = passage_bookmark(rebuild(corpus, tmp_path, "first"))
    edit(corpus, SENTENCE, "The two governments met again in 2022")
    assert anchors.locate(rebuild(corpus, tmp_path, "gone"), bookmark).state == MISSING


def test_entities_are_found_by_slug_then_by_name(corpus, tmp_path):
    connection = rebuild(corpus, tmp_path, "first")
    osh = reference.find_entity(connection, "Osh")
    slug = anchors.entity_slug(connection, osh.id)
    assert anchors.entity_by_slug(connection, slug) == osh
    by_slug = Bookmark(1, "entity", "Osh", 0, "", entity_slug=slug)
    assert anchors.locate(connection, by_slug).entity_id == osh.id
    renamed = Bookmark(1, "entity", "Osh", 0, "", entity_slug="osh-city-old-slug")
    assert anchors.locate(connection, renamed).state == MOVED
    gone = Bookmark(1, "entity", "Atlantis", 0, "", entity_slug="atlantis")
    assert anchors.locate(connection, gone).state == MISSING


def test_documents_are_found_by_hash_then_by_name(corpus, tmp_path):
    connection = rebuild(corpus, tmp_path, "first")
    sha = anchors.document_sha256(connection, NOTES)
    bookmark = Bookmark(1, "document", "Notes", 0, "", document_source=NOTES, document_sha256=sha)
    assert anchors.locate(connection, bookmark).state == FOUND
    edit(corpus, "Border closure\n", "Border closure\n\nAnother paragraph.\n")
    assert anchors.locate(rebuild(corpus, tmp_path, "edited"), bookmark).state == MOVED
    (corpus / NOTES).unlink()
    assert anchors.locate(rebuild(corpus, tmp_path, "deleted"), bookmark).state == MISSING
