"""The user's library: copies, names, the manifest, remove and re-scan; and that its database
holds the bundled documents plus the added ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from database import reference
from database.build import build_database
from database.library import Library, LibraryError, library_folder
from database.paths import DOCUMENTS_DIR

REPORT = (
    "Border talks in the Fergana Valley\n\n"
    "Kyrgyzstan and Tajikistan agreed on 3 March 2024 to reopen the Batken crossing.\n"
)


def write(path: Path, text: str = REPORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "library")


def test_the_default_library_is_in_the_user_data_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert library_folder() == tmp_path / "data" / "casecref" / "library"


def test_adding_a_file_copies_it_and_records_where_it_came_from(library: Library, tmp_path: Path):
    original = write(tmp_path / "in" / "fergana.txt")
    changes = library.add([original])
    assert changes.added == ["fergana.txt"] and changes.changed
    copy = library.documents_folder / "fergana.txt"
    assert copy.read_text(encoding="utf-8") == REPORT
    original.unlink()
    reopened = Library(library.folder)
    [entry] = reopened.entries
    assert (entry.source, entry.original, entry.folder) == ("fergana.txt", str(original), None)
    assert reopened.build_paths() == [DOCUMENTS_DIR, copy]


def test_adding_the_same_file_again_changes_nothing(library: Library, tmp_path: Path):
    original = write(tmp_path / "fergana.txt")
    library.add([original])
    again = library.add([original])
    assert again.unchanged == ["fergana.txt"] and not again.changed
    assert len(library.entries) == 1


def test_a_taken_name_gets_a_number_and_a_bundled_name_is_never_shadowed(library: Library, tmp_path: Path):
    bundled_name = sorted(DOCUMENTS_DIR.glob("*.txt"))[0].name
    first = write(tmp_path / "a" / "report.txt")
    second = write(tmp_path / "b" / "report.txt", REPORT + "A second paragraph.\n")
    clash = write(tmp_path / "c" / bundled_name, REPORT + "Not the bundled text.\n")
    changes = library.add([first, second, clash])
    stem, suffix = bundled_name.rsplit(".", 1)
    assert changes.added == ["report.txt", "report-2.txt", f"{stem}-2.{suffix}"]


def test_unreadable_duplicate_and_missing_files_are_skipped_with_a_reason(library: Library, tmp_path: Path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\xff" * 50)
    empty = write(tmp_path / "empty.txt", "")
    bundled_copy = write(tmp_path / "copy.txt", sorted(DOCUMENTS_DIR.glob("*.txt"))[0].read_text("utf-8"))
    original = write(tmp_path / "fergana.txt")
    same_text = write(tmp_path / "elsewhere" / "other-name.txt")
    changes = library.add([binary, empty, bundled_copy, original, same_text, tmp_path / "gone.txt"])
    assert changes.added == ["fergana.txt"]
    reasons = "\n".join(changes.skipped)
    assert "blob.txt: binary file" in reasons
    assert "empty.txt: empty file" in reasons
    assert "copy.txt: already one of the bundled documents" in reasons
    assert "other-name.txt: already in the library as fergana.txt" in reasons
    assert "gone.txt: no such file or folder" in reasons
    assert not (library.documents_folder / "blob.txt").exists()


def test_a_folder_is_added_and_rescanned(library: Library, tmp_path: Path):
    folder = tmp_path / "reports"
    write(folder / "one.txt")
    write(folder / "scan.pdf", "Not a document suffix.\n")
    write(folder / ".hidden.txt", REPORT + "hidden\n")
    assert library.add([folder]).added == ["one.txt"]
    write(folder / "two.md", REPORT + "Uzbekistan joined the talks.\n")  # Markdown is plain text
    write(folder / "one.txt", REPORT + "Updated on 4 March.\n")
    changes = library.rescan()
    assert changes.added == ["two.md"] and changes.updated == ["one.txt"]
    assert "Updated on 4 March." in (library.documents_folder / "one.txt").read_text(encoding="utf-8")
    assert library.rescan().unchanged == ["one.txt", "two.md"]


def test_a_removed_document_stays_out_of_a_rescan_until_added_again(library: Library, tmp_path: Path):
    folder = tmp_path / "reports"
    write(folder / "one.txt")
    write(folder / "two.txt", REPORT + "Another.\n")
    library.add([folder])
    assert library.remove(["one.txt"]).removed == ["one.txt"]
    assert not (library.documents_folder / "one.txt").exists()
    assert (folder / "one.txt").exists()
    assert [entry.source for entry in library.entries] == ["two.txt"]
    assert not library.rescan().added
    assert library.add([folder / "one.txt"]).added == ["one.txt"]


def test_a_document_whose_original_is_gone_is_kept(library: Library, tmp_path: Path):
    original = write(tmp_path / "fergana.txt")
    library.add([original])
    original.unlink()
    changes = library.rescan()
    assert changes.missing == ["fergana.txt"] and not changes.changed
    assert (library.documents_folder / "fergana.txt").exists()


def test_a_damaged_manifest_is_an_error_not_an_empty_library(tmp_path: Path):
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "library.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(LibraryError):
        Library(folder)
    (folder / "library.json").write_text(json.dumps({"documents": [{"name": 1}]}), encoding="utf-8")
    with pytest.raises(LibraryError):
        Library(folder)


def test_the_library_database_holds_the_bundled_and_the_added_documents(library: Library, tmp_path: Path):
    library.add([write(tmp_path / "fergana.txt")])
    write(library.documents_folder / "stray.txt", "A file nobody added.\n")
    build_database(library.build_paths(), library.database_path)
    connection = reference.open_database(library.database_path)
    sources = [info.source for info in reference.documents(connection).documents]
    bundled = sorted(path.name for path in DOCUMENTS_DIR.glob("*.txt"))
    assert sources == sorted([*bundled, "fergana.txt"])
