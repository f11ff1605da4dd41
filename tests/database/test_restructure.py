"""Structural corrections (merge two entities, split an alias off, change a kind or a parent):
applied on read to pages and the tree, anchored by slugs so a rebuild keeps them, exported and
imported, and the store of an older version migrated to take them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from database import reference
from database.build import build_database
from database.corrections import correct_tree, is_found
from database.models import TreeItem
from database.paths import DOCUMENTS_DIR
from database.restructure import MERGED_ALIAS
from database.userstore import SCHEMA_VERSION, UserStore


@pytest.fixture
def store(tmp_path: Path):
    opened = UserStore.open(tmp_path / "user.db")
    yield opened
    opened.close()


def by_slug(connection, slug: str) -> int:
    return connection.execute("SELECT id FROM entities WHERE slug = ?", (slug,)).fetchone()[0]


def tree_rows(connection, store) -> list[TreeItem]:
    tree = correct_tree(connection, reference.entity_tree(connection), store.corrections())

    def walk(items):
        for item in items:
            if item.entity is not None:
                yield item
            yield from walk(item.children)

    return list(walk(tree))


def group_of(connection, store, entity_id: int) -> str | None:
    tree = correct_tree(connection, reference.entity_tree(connection), store.corrections())

    def holds(item) -> bool:
        return (item.entity is not None and item.entity.id == entity_id) or any(
            holds(c) for c in item.children
        )

    return next(group.kind for group in tree if holds(group))


KEPT, MERGED = "partnership-for-peace", "euro-atlantic-partnership-council"


def merge(store, connection, kept: str = KEPT, merged: str = MERGED):
    kept_ref = reference.summary(connection, by_slug(connection, kept)).entity
    merged_ref = reference.summary(connection, by_slug(connection, merged)).entity
    return store.add_correction(
        "merge", kept, kept_ref.name, object_slug=merged, object_name=merged_ref.name, reason="one body"
    )


def test_a_merged_entity_is_one_page_with_both_names_facts_and_passages(bundled_connection, store):
    kept_id, merged_id = by_slug(bundled_connection, KEPT), by_slug(bundled_connection, MERGED)
    kept, merged = (reference.summary(bundled_connection, i) for i in (kept_id, merged_id))
    correction = merge(store, bundled_connection)
    pages = [
        reference.summary(bundled_connection, i, corrections=store.corrections())
        for i in (kept_id, merged_id)
    ]
    assert pages[0] == pages[1]  # Either entity's page is the one page.
    page = pages[0]
    assert page.entity == kept.entity
    assert (merged.entity.name, MERGED_ALIAS) in page.aliases
    assert {alias for alias, _ in merged.aliases} <= {alias for alias, _ in page.aliases}
    assert page.mention_count == kept.mention_count + merged.mention_count
    assert {(p.source, p.start) for p in page.passages} == {
        (p.source, p.start) for p in (*kept.passages, *merged.passages)
    }
    parts = {kept_id, merged_id}
    facts = {(r.predicate, r.direction, r.entity.id) for r in (*kept.relations, *merged.relations)}
    assert {(r.predicate, r.direction, r.entity.id) for r in page.relations} == {
        fact for fact in facts if fact[2] not in parts
    }
    assert {s.source for s in page.sources} == {s.source for s in (*kept.sources, *merged.sources)}
    assert correction in page.corrections


def test_other_pages_and_the_tree_show_the_merged_entity_once(bundled_connection, store):
    nacc = "north-atlantic-cooperation-council"  # Kyrgyzstan joined both, each on two sentences.
    kept_id, merged_id = by_slug(bundled_connection, KEPT), by_slug(bundled_connection, nacc)
    kyrgyzstan = reference.find_entity(bundled_connection, "Kyrgyzstan").id
    before = reference.summary(bundled_connection, kyrgyzstan)
    assert {kept_id, merged_id} <= {r.entity.id for r in before.relations if r.predicate == "member_of"}
    merge(store, bundled_connection, merged=nacc)
    after = reference.summary(bundled_connection, kyrgyzstan, corrections=store.corrections())
    members = [
        r
        for r in after.relations
        if r.predicate == "member_of" and r.entity.id in (kept_id, merged_id) and r.status == "joined"
    ]
    assert [r.entity.id for r in members] == [kept_id]  # One fact, its statements added up.
    assert members[0].statements == sum(
        r.statements
        for r in before.relations
        if r.predicate == "member_of" and r.entity.id in (kept_id, merged_id) and r.status == "joined"
    )
    rows = tree_rows(bundled_connection, store)
    assert merged_id not in {row.entity.id for row in rows if row.entity}
    kept_row = next(row for row in rows if row.entity and row.entity.id == kept_id)
    assert "North Atlantic Cooperation Council" in kept_row.aliases


def test_a_split_alias_no_longer_names_the_entity(bundled_connection, store):
    kyrgyzstan = reference.find_entity(bundled_connection, "Kyrgyzstan").id
    assert "Kirghizia" in {alias for alias, _ in reference.summary(bundled_connection, kyrgyzstan).aliases}
    correction = store.add_correction("split", "kyrgyzstan", "Kyrgyzstan", value="Kirghizia", reason="Soviet")
    assert is_found(bundled_connection, correction)
    page = reference.summary(bundled_connection, kyrgyzstan, corrections=store.corrections())
    assert "Kirghizia" not in {alias for alias, _ in page.aliases}
    assert page.corrections == (correction,)
    row = next(r for r in tree_rows(bundled_connection, store) if r.entity and r.entity.id == kyrgyzstan)
    assert "Kirghizia" not in row.aliases and "Kyrgyz Republic" in row.aliases
    store.undo_correction(correction.id)
    row = next(r for r in tree_rows(bundled_connection, store) if r.entity and r.entity.id == kyrgyzstan)
    assert "Kirghizia" in row.aliases


def test_names_find_the_entity_as_corrected(bundled_connection, store):
    """`find_entity` (the command line's `summary NAME`) finds by the names the page shows."""
    kyrgyzstan = reference.find_entity(bundled_connection, "Kyrgyzstan")
    assert reference.find_entity(bundled_connection, "Kirghizia") == kyrgyzstan
    assert reference.find_entity(bundled_connection, "Land of Manas") is None
    store.add_correction("split", "kyrgyzstan", "Kyrgyzstan", value="Kirghizia")
    store.add_correction("alias", "kyrgyzstan", "Kyrgyzstan", value="Land of Manas")
    corrections = store.corrections()
    assert reference.find_entity(bundled_connection, "Kirghizia", corrections) is None
    assert reference.find_entity(bundled_connection, "land of  manas", corrections) == kyrgyzstan
    assert reference.find_entity(bundled_connection, "Kyrgyz Republic", corrections) == kyrgyzstan
    merge(store, bundled_connection)
    kept = reference.find_entity(bundled_connection, "Partnership for Peace")
    assert reference.find_entity(bundled_connection, "EAPC") != kept
    assert reference.find_entity(bundled_connection, "EAPC", store.corrections()) == kept


def test_search_finds_entities_as_corrected(bundled_connection, store):
    """The search bar lists what the pages show: no entity by a split-off alias, a merged
    entity as the one it was merged into, once."""
    from database.fulltext import search
    from database.restructure import correct_search

    def names(query: str) -> list[str]:
        results = search(bundled_connection, query, prefix=False)
        return [hit.name for hit in correct_search(bundled_connection, results, store.corrections()).entities]

    assert "Kyrgyzstan" in names("Kirghizia")
    assert {"Partnership for Peace", "Euro-Atlantic Partnership Council"} <= set(names("partnership"))
    store.add_correction("split", "kyrgyzstan", "Kyrgyzstan", value="Kirghizia")
    merge(store, bundled_connection)
    assert "Kyrgyzstan" not in names("Kirghizia")
    assert "Kyrgyzstan" in names("Kyrgyz Republic")
    found = names("partnership")
    assert "Euro-Atlantic Partnership Council" not in found and found.count("Partnership for Peace") == 1
    assert names("EAPC")[:1] == ["Partnership for Peace"]


def test_a_changed_kind_moves_the_entity_to_its_group(bundled_connection, store):
    battalion = by_slug(bundled_connection, "kazakhstan-battalion")
    assert group_of(bundled_connection, store, battalion) == "organization"
    correction = store.add_correction(
        "kind", "kazakhstan-battalion", "Kazakhstan battalion", value="programme"
    )
    page = reference.summary(bundled_connection, battalion, corrections=store.corrections())
    assert (page.entity.kind, page.corrections) == ("programme", (correction,))
    assert group_of(bundled_connection, store, battalion) == "programme"
    counts = {
        g.kind: g.total
        for g in correct_tree(bundled_connection, reference.entity_tree(bundled_connection), [])
    }
    moved = {
        g.kind: g.total
        for g in correct_tree(
            bundled_connection, reference.entity_tree(bundled_connection), store.corrections()
        )
    }
    assert (moved["organization"], moved["programme"]) == (
        counts["organization"] - 1,
        counts["programme"] + 1,
    )


def test_a_changed_parent_shows_on_both_pages_and_nests_in_the_tree(bundled_connection, store):
    brigade, csto = (
        by_slug(bundled_connection, "kazakhstan-brigade"),
        by_slug(bundled_connection, "collective-security-treaty-organization"),
    )
    assert reference.summary(bundled_connection, brigade).parent is None
    correction = store.add_correction(
        "parent",
        "kazakhstan-brigade",
        "Kazakhstan brigade",
        object_slug="collective-security-treaty-organization",
        object_name="Collective Security Treaty Organization",
    )
    page = reference.summary(bundled_connection, brigade, corrections=store.corrections())
    assert page.parent is not None and page.parent.id == csto
    assert page.parent_citation is None  # No sentence says so: the correction box does.
    assert page.corrections == (correction,)
    parent_page = reference.summary(bundled_connection, csto, corrections=store.corrections())
    assert brigade in {child.id for child in parent_page.children}
    csto_row = next(r for r in tree_rows(bundled_connection, store) if r.entity and r.entity.id == csto)
    assert [child.entity.id for child in csto_row.children if child.entity] == [brigade]
    assert [r.entity.id for r in tree_rows(bundled_connection, store) if r.entity].count(brigade) == 1


def test_structural_corrections_survive_a_rebuild(bundled_connection, store, tmp_path):
    merge(store, bundled_connection)
    store.add_correction("split", "kyrgyzstan", "Kyrgyzstan", value="Kirghizia")
    store.add_correction("kind", "kazakhstan-battalion", "Kazakhstan battalion", value="programme")
    build_database([DOCUMENTS_DIR], tmp_path / "rebuilt.db")
    rebuilt = reference.open_database(tmp_path / "rebuilt.db")
    assert all(is_found(rebuilt, correction) for correction in store.corrections())
    merged = reference.summary(rebuilt, by_slug(rebuilt, MERGED), corrections=store.corrections())
    assert merged.entity.id == by_slug(rebuilt, KEPT)
    kyrgyzstan = reference.summary(rebuilt, by_slug(rebuilt, "kyrgyzstan"), corrections=store.corrections())
    assert "Kirghizia" not in {alias for alias, _ in kyrgyzstan.aliases}
    assert group_of(rebuilt, store, by_slug(rebuilt, "kazakhstan-battalion")) == "programme"


def test_structural_corrections_export_and_import(bundled_connection, store, tmp_path):
    merge(store, bundled_connection)
    store.add_correction("kind", "kazakhstan-battalion", "Kazakhstan battalion", value="programme")
    exported = store.export_corrections()
    colleague = UserStore.open(tmp_path / "colleague.db")
    assert colleague.import_corrections(exported) == 2
    assert [(c.kind, c.entity_slug, c.object_slug, c.value) for c in colleague.corrections()] == [
        (c.kind, c.entity_slug, c.object_slug, c.value) for c in store.corrections()
    ]
    assert colleague.import_corrections(exported) == 0
    colleague.close()


@pytest.mark.parametrize(
    ("kind", "values", "message"),
    [
        ("merge", {"object_slug": "kyrgyzstan", "object_name": "Kyrgyzstan"}, "itself"),
        ("merge", {}, "object_slug"),
        ("parent", {"object_slug": "kyrgyzstan", "object_name": "Kyrgyzstan"}, "itself"),
        ("kind", {"value": "planet"}, "unknown entity kind"),
        ("split", {}, "value"),
    ],
)
def test_a_structural_correction_lacking_what_it_needs_is_refused(store, kind, values, message):
    with pytest.raises(ValueError, match=message):
        store.add_correction(kind, "kyrgyzstan", "Kyrgyzstan", **values)
    assert store.corrections() == []


def test_a_version_2_store_is_migrated_keeping_its_corrections(tmp_path):
    path = tmp_path / "user.db"
    old = UserStore.open(path)
    old.add_correction("alias", "kyrgyzstan", "Kyrgyzstan", value="Kyrgyz land", reason="mine")
    old.close()
    connection = sqlite3.connect(path)  # Back to how version 2 made the table: three kinds only.
    connection.executescript(
        "CREATE TABLE c2 AS SELECT * FROM corrections; DROP TABLE corrections;"
        + "CREATE TABLE corrections (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK "
        "(kind IN ('reject', 'alias', 'rename')), entity_slug TEXT NOT NULL, entity_name TEXT NOT NULL, "
        "value TEXT, predicate TEXT, object_slug TEXT, object_name TEXT, sentence TEXT, "
        "reason TEXT NOT NULL, author TEXT NOT NULL, created TEXT NOT NULL);"
        "INSERT INTO corrections SELECT * FROM c2; DROP TABLE c2; ALTER TABLE bookmarks DROP COLUMN folder;"
        "DROP TABLE session_steps; PRAGMA user_version = 2;"
    )
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute(
            "INSERT INTO corrections (kind, entity_slug, entity_name, reason, author, created) "
            "VALUES ('merge', 'a', 'A', '', '', '')"
        )
    connection.close()
    store = UserStore.open(path)
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert [(c.kind, c.value, c.reason) for c in store.corrections()] == [("alias", "Kyrgyz land", "mine")]
    store.add_correction("split", "kyrgyzstan", "Kyrgyzstan", value="Kirghizia")
    assert [c.kind for c in store.corrections()] == ["alias", "split"]
    store.close()
