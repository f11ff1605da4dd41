"""Corrections: kept with who, when and why; applied on read (a fact rejected, an alias added,
an entity renamed), never written to the reference database; found again after a rebuild."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from database import reference
from database.build import build_database
from database.corrections import ADDED_ALIAS, DOCUMENTS_NAME, correct_tree, is_found
from database.paths import BUNDLED_DATABASE, DOCUMENTS_DIR
from database.userstore import UserStore
from tests.conftest import entity_id


@pytest.fixture
def store(tmp_path: Path):
    opened = UserStore.open(tmp_path / "user.db")
    yield opened
    opened.close()


def nacc_membership(connection, name: str = "Kyrgyzstan"):
    summary = reference.summary(connection, reference.find_entity(connection, name).id)
    return next(
        r
        for r in summary.relations
        if r.predicate == "member_of"
        and r.entity.name.startswith("North Atlantic Cooperation")
        and r.status == "joined"
    )


def reject(store: UserStore, connection, relation, subject: str = "Kyrgyzstan", why: str = "a dialogue"):
    from database.anchors import entity_slug

    return store.add_correction(
        "reject",
        entity_slug(connection, reference.find_entity(connection, subject).id),
        subject,
        predicate=relation.predicate,
        object_slug=entity_slug(connection, relation.entity.id),
        object_name=relation.entity.name,
        sentence=relation.citation.sentence,
        value=relation.status,
        reason=why,
    )


def test_a_rejected_fact_leaves_the_page_and_its_other_sentence_takes_over(bundled_connection, store):
    before = nacc_membership(bundled_connection)
    assert before.statements == 2
    correction = reject(store, bundled_connection, before)
    assert (correction.reason, correction.author) == ("a dialogue", correction.author)
    assert correction.created
    kyrgyzstan = entity_id("Kyrgyzstan")
    summary = reference.summary(bundled_connection, kyrgyzstan, corrections=store.corrections())
    after = [
        r
        for r in summary.relations
        if r.predicate == "member_of" and r.entity == before.entity and r.status == before.status
    ]
    assert len(after) == 1 and after[0].statements == 1
    assert after[0].citation.sentence != before.citation.sentence
    assert summary.corrections == (correction,)
    # The other party's page loses the same statement.
    nacc = reference.summary(bundled_connection, before.entity.id, corrections=store.corrections())
    inbound = [r.statements for r in nacc.relations if r.direction == "in" and r.entity.id == kyrgyzstan]
    plain = reference.summary(bundled_connection, before.entity.id)
    assert inbound == [
        r.statements - (r.status == before.status)
        for r in plain.relations
        if r.direction == "in" and r.entity.id == kyrgyzstan
    ]


def test_undo_brings_the_fact_back(bundled_connection, store):
    before = nacc_membership(bundled_connection)
    correction = reject(store, bundled_connection, before)
    store.undo_correction(correction.id)
    assert store.corrections() == []
    summary = reference.summary(bundled_connection, entity_id("Kyrgyzstan"), corrections=store.corrections())
    assert nacc_membership(bundled_connection) in summary.relations


def test_a_rename_shows_everywhere_with_the_documents_name_kept(bundled_connection, store):
    store.add_correction("rename", "kyrgyzstan", "Kyrgyzstan", value="Kyrgyz  Republic", reason="official")
    store.add_correction("alias", "kyrgyzstan", "Kyrgyzstan", value="Alatoo Land")
    corrections = store.corrections()
    summary = reference.summary(bundled_connection, entity_id("Kyrgyzstan"), corrections=corrections)
    assert summary.entity.name == "Kyrgyz Republic"
    assert summary.aliases[0] == ("Kyrgyzstan", DOCUMENTS_NAME)
    assert ("Alatoo Land", ADDED_ALIAS) in summary.aliases
    assert [c.kind for c in summary.corrections] == ["rename", "alias"]
    # On another page the renamed entity goes by its new name.
    csto = reference.summary(bundled_connection, entity_id("CSTO"), corrections=corrections)
    names = {r.entity.name for r in csto.relations}
    assert "Kyrgyz Republic" in names and "Kyrgyzstan" not in names
    assert csto.corrections == ()
    tree = correct_tree(bundled_connection, reference.entity_tree(bundled_connection), corrections)

    def rows(items):
        for item in items:
            yield item
            yield from rows(item.children)

    renamed = [item for item in rows(tree) if item.entity and item.entity.id == entity_id("Kyrgyzstan")]
    assert renamed[0].entity.name == renamed[0].label == "Kyrgyz Republic"
    assert {"Kyrgyzstan", "Alatoo Land"} <= set(renamed[0].aliases)


def test_an_alias_the_documents_already_have_is_not_repeated(bundled_connection, store):
    store.add_correction("alias", "kyrgyzstan", "Kyrgyzstan", value="Kyrgyz Republic")
    summary = reference.summary(bundled_connection, entity_id("Kyrgyzstan"), corrections=store.corrections())
    assert [alias for alias, _ in summary.aliases].count("Kyrgyz Republic") == 1


def test_the_bundled_database_is_never_written(store):
    before = BUNDLED_DATABASE.read_bytes()
    connection = reference.open_database(BUNDLED_DATABASE)
    reject(store, connection, nacc_membership(connection))
    store.add_correction("rename", "kyrgyzstan", "Kyrgyzstan", value="Kyrgyz Republic")
    reference.summary(connection, entity_id("Kyrgyzstan"), corrections=store.corrections())
    connection.close()
    assert BUNDLED_DATABASE.read_bytes() == before


def test_a_rejection_survives_a_rebuild_where_the_sentence_moved(bundled_connection, store, tmp_path):
    correction = reject(store, bundled_connection, nacc_membership(bundled_connection))
    corpus = tmp_path / "corpus"
    shutil.copytree(DOCUMENTS_DIR, corpus)
    document = next(p for p in corpus.glob("*.txt") if correction.sentence.split(",")[0] in p.read_text())
    text = document.read_text(encoding="utf-8")
    head, rest = text.split("\n\n", 1)
    document.write_text(
        f"{head}\n\nA paragraph added after the correction was made.\n\n{rest}", encoding="utf-8"
    )
    build_database([corpus], tmp_path / "rebuilt.db")
    rebuilt = reference.open_database(tmp_path / "rebuilt.db")
    assert is_found(rebuilt, correction)
    kyrgyzstan = reference.find_entity(rebuilt, "Kyrgyzstan").id
    summary = reference.summary(rebuilt, kyrgyzstan, corrections=store.corrections())

    def eapc_sentences(found):
        return {r.citation.sentence for r in found.relations if r.entity.name == correction.object_name}

    assert correction.sentence not in eapc_sentences(summary)
    assert summary.corrections == (correction,)
    assert correction.sentence in eapc_sentences(reference.summary(rebuilt, kyrgyzstan))


def test_a_rejection_whose_sentence_is_gone_is_not_found(bundled_connection, store):
    relation = nacc_membership(bundled_connection)
    correction = store.add_correction(
        "reject",
        "kyrgyzstan",
        "Kyrgyzstan",
        predicate="member_of",
        object_slug="euro-atlantic-partnership-council",
        object_name=relation.entity.name,
        sentence="A sentence no document has.",
    )
    assert not is_found(bundled_connection, correction)
    summary = reference.summary(bundled_connection, entity_id("Kyrgyzstan"), corrections=[correction])
    assert summary.corrections == ()


def test_corrections_export_and_import_for_a_colleague(bundled_connection, store, tmp_path):
    reject(store, bundled_connection, nacc_membership(bundled_connection), why="dialogue only")
    store.add_correction("alias", "kyrgyzstan", "Kyrgyzstan", value="Alatoo Land", reason="old maps")
    exported = json.loads(store.export_corrections_json())
    assert [entry["kind"] for entry in exported["corrections"]] == ["reject", "alias"]
    colleague = UserStore.open(tmp_path / "colleague.db")
    assert colleague.import_corrections(exported) == 2
    assert colleague.import_corrections(exported) == 0  # the same corrections again
    assert [(c.kind, c.reason, c.author) for c in colleague.corrections()] == [
        (c.kind, c.reason, c.author) for c in store.corrections()
    ]
    colleague.close()


@pytest.mark.parametrize(
    "entry",
    [
        {"kind": "rename", "entity_slug": "kyrgyzstan", "entity_name": "Kyrgyzstan"},
        {
            "kind": "reject",
            "entity_slug": "kyrgyzstan",
            "entity_name": "Kyrgyzstan",
            "predicate": "member_of",
        },
        {"kind": "merge", "entity_slug": "kyrgyzstan", "entity_name": "Kyrgyzstan", "value": "x"},
        {"kind": "alias", "entity_slug": "", "entity_name": "Kyrgyzstan", "value": "x"},
        {"kind": "alias", "entity_slug": "kyrgyzstan", "entity_name": "Kyrgyzstan", "value": 3},
        "not an object",
    ],
)
def test_a_bad_corrections_file_changes_nothing(store, entry):
    good = {"kind": "alias", "entity_slug": "kyrgyzstan", "entity_name": "Kyrgyzstan", "value": "Alatoo Land"}
    with pytest.raises(ValueError):
        store.import_corrections({"format": "casecref-corrections", "corrections": [good, entry]})
    assert store.corrections() == []
    with pytest.raises(ValueError, match="not a corrections file"):
        store.import_corrections({"format": "casecref-bookmarks", "corrections": []})
