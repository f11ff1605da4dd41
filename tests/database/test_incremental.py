"""An incremental build (from the cache of an earlier one) gives the same database, table by
table and row by row, as a full build of the same documents; the cache saves work only where
the documents and what they see of the entity list are unchanged, and a damaged or misplaced
entry is ignored."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from database import incremental
from database.build import BuildProgress, build_database, cache_folder_for
from database.paths import DOCUMENTS_DIR

ADDED = """Water and security in the Fergana Valley

By Dilnoza Yusupova, 12 March 2021

The Fergana Valley Water Council (FVWC) was established in 2004 by Kyrgyzstan, Tajikistan and
Uzbekistan. The FVWC meets twice a year in Khujand.

Kyrgyzstan joined the Collective Security Treaty Organization in 1994, and Tajikistan signed the
Partnership for Peace Framework Document in 2002.

Farmers spoke of the manas epic, of the osh bazaar and of the hard winters near batken. Rustam
Nazarov said the FVWC would not replace the Interstate Commission for Water Coordination.
Their notes were filed under the code words aksay and helsinki.
"""

APPENDED = """

The Caspian Border Forum (CBF) met in Aktau in 2019. The CBF was set up by Kazakhstan and
Turkmenistan; Azerbaijan is not a member of the CBF.
"""


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in storage order (the FTS shadow tables too); `meta` without the
    build date."""
    connection = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        tables = {}
        for name in names:
            rows = connection.execute(f"SELECT * FROM [{name}]").fetchall()
            if name == "meta":
                rows = sorted(row for row in rows if row[0] != "built")
            tables[name] = rows
        return tables
    finally:
        connection.close()


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for source in sorted(DOCUMENTS_DIR.glob("*.txt")):
        shutil.copy(source, folder / source.name)
    return folder


def _extracted(heard: list[BuildProgress]) -> list[str]:
    return [step.detail for step in heard if step.stage == "extracting"]


def _assert_same_database(incremental_db: Path, documents: Path, tmp_path: Path) -> None:
    full = tmp_path / "full.db"
    full.unlink(missing_ok=True)
    build_database([documents], full)
    expected, got = _tables(full), _tables(incremental_db)
    assert list(got) == list(expected)
    for table, rows in expected.items():
        assert got[table] == rows, f"table {table} differs from a full build"


def test_changed_added_and_removed_documents_build_as_a_full_build_would(tmp_path: Path, monkeypatch):
    documents = _corpus(tmp_path / "documents")
    out = tmp_path / "library.db"
    cache = cache_folder_for(out)
    assert cache == tmp_path / "library.db.cache"
    first: list[BuildProgress] = []
    build_database([documents], out, cache=cache, progress=first.append)
    names = sorted(path.name for path in documents.glob("*.txt"))
    assert _extracted(first) == names
    assert len(list(cache.glob("*.entry"))) == len(names)
    carried_over = []
    renumbered = incremental.renumbered
    monkeypatch.setattr(
        incremental,
        "renumbered",
        lambda facts, number: carried_over.append(number) or renumbered(facts, number),
    )

    def rebuild() -> list[str]:
        heard: list[BuildProgress] = []
        build_database([documents], out, cache=cache, progress=heard.append)
        _assert_same_database(out, documents, tmp_path)
        return _extracted(heard)

    # Besides a new body, the added document writes two place names in lower case, which turns
    # them from places into common words in the other documents too.
    (documents / "005_added.txt").write_text(ADDED, encoding="utf-8")
    extracted = rebuild()
    assert "005_added.txt" in extracted
    assert len(extracted) < len(names) + 1, "every document was extracted again: nothing was reused"
    assert carried_over, "no reused document had its entity numbers carried over"

    with (documents / names[1]).open("a", encoding="utf-8") as file:
        file.write(APPENDED)
    assert names[1] in rebuild()

    (documents / names[3]).unlink()
    rebuild()
    assert len(list(cache.glob("*.entry"))) == len(names), "the removed document's entry is still kept"


def test_an_unchanged_corpus_is_not_extracted_again(tmp_path: Path):
    documents = _corpus(tmp_path / "documents")
    out = tmp_path / "out.db"
    build_database([documents], out, cache=cache_folder_for(out))
    heard: list[BuildProgress] = []
    build_database([documents], out, cache=cache_folder_for(out), progress=heard.append)
    assert _extracted(heard) == []
    _assert_same_database(out, documents, tmp_path)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "swapped", "flipped byte"])
def test_a_damaged_or_misplaced_entry_is_ignored(tmp_path: Path, damage: str):
    documents = _corpus(tmp_path / "documents")
    out = tmp_path / "out.db"
    cache = cache_folder_for(out)
    assert cache is not None
    build_database([documents], out, cache=cache)
    entries = sorted(cache.glob("*.entry"))
    first, second = entries[0], entries[1]
    blob = first.read_bytes()
    if damage == "garbage":
        first.write_bytes(b"not a cache entry")
    elif damage == "truncated":
        first.write_bytes(blob[: len(blob) // 2])
    elif damage == "swapped":  # Intact entries under each other's names.
        first.write_bytes(second.read_bytes())
        second.write_bytes(blob)
    else:
        first.write_bytes(blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:])
    heard: list[BuildProgress] = []
    build_database([documents], out, cache=cache, progress=heard.append)
    assert len(_extracted(heard)) == (2 if damage == "swapped" else 1)
    _assert_same_database(out, documents, tmp_path)


def test_a_cache_from_other_build_inputs_is_not_used(tmp_path: Path):
    documents = _corpus(tmp_path / "documents")
    out = tmp_path / "out.db"
    cache = cache_folder_for(out)
    assert cache is not None
    build_database([documents], out, cache=cache)
    gazetteer = tmp_path / "gazetteer.toml"
    gazetteer.write_bytes((DOCUMENTS_DIR.parent / "gazetteer.toml").read_bytes() + b"\n# another edition\n")
    heard: list[BuildProgress] = []
    build_database([documents], out, cache=cache, gazetteer_path=gazetteer, progress=heard.append)
    assert len(_extracted(heard)) == len(list(documents.glob("*.txt")))


def test_the_cache_is_never_kept_inside_an_installation(tmp_path: Path, monkeypatch):
    from database import build

    monkeypatch.setattr(build, "is_checkout", lambda: False)
    assert build.cache_folder_for(build.RESOURCES_DIR / "reference.db") is None
    assert cache_folder_for(tmp_path / "mine.db") == tmp_path / "mine.db.cache"


def test_the_entity_list_digest_changes_with_any_alias_entity_or_kind():
    """Facts are reused without looking at the document again only while this digest holds."""
    from database.matcher import AliasMatcher

    def digest(aliases: list[tuple[str, int]], kinds: list[str]) -> str:
        matcher = AliasMatcher()
        for alias, entity in aliases:
            matcher.add(alias, entity)
        return incremental.entity_list_digest(matcher, kinds)

    base = digest([("Talas Water Board", 0), ("TWB", 0), ("Naryn", 1)], ["organization", "place"])
    assert base == digest([("Talas Water Board", 0), ("TWB", 0), ("Naryn", 1)], ["organization", "place"])
    assert base != digest([("Talas Water Board", 0), ("Naryn", 1)], ["organization", "place"])
    assert base != digest([("Talas Water Board", 0), ("TWB", 1), ("Naryn", 1)], ["organization", "place"])
    assert base != digest([("Talas Water Board", 0), ("TWB", 0), ("Naryn", 1)], ["organization", "country"])
    assert base != digest([("Talas Water Board", 0), ("twb", 0), ("Naryn", 1)], ["organization", "place"])
