"""The reader's corrections of what the build drew from the documents: a fact rejected ("not
what the sentence says"), an alias added, an entity renamed. Each is kept in the user store
with who made it, when and why, and is applied on every read, never written into a reference
database, so it survives any rebuild of any library: it is anchored by what lasts, the entity's
slug and, for a fact, the two parties' slugs, the predicate and the words of the sentence.

`CorrectionsStore` keeps them; `rejected_relations`, `apply_names` and `correct_tree` are the
read side's part (`database.reference` calls them), and `is_found` says whether a correction
still finds its place in a database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from database.errors import sqlite_errors_as_database_error as reading
from database.lists import EntityRef, TreeItem
from database.names import name_key
from database.storebase import StoreBase, utc_now
from database.tables import KINDS

if TYPE_CHECKING:
    from database.models import Summary

CORRECTION_KINDS = ("reject", "alias", "rename", "merge", "split", "kind", "parent")
STRUCTURAL_KINDS = ("merge", "split", "kind", "parent")
"""Corrections of the entities themselves: two made one, an alias taken off, a kind or a parent
changed. `merge` and `parent` name the other entity in `object_slug`/`object_name`."""
CORRECTIONS_FORMAT = "casecref-corrections"
ADDED_ALIAS = "added by you"
DOCUMENTS_NAME = "name in the documents"
_COLUMNS = """
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ({kinds})),
    entity_slug TEXT NOT NULL,
    entity_name TEXT NOT NULL,
    value TEXT,
    predicate TEXT,
    object_slug TEXT,
    object_name TEXT,
    sentence TEXT,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    created TEXT NOT NULL
"""


def _kinds_sql(kinds: Sequence[str]) -> str:
    return ", ".join(f"'{kind}'" for kind in kinds)


CORRECTIONS_SCHEMA = f"""
CREATE TABLE corrections ({_COLUMNS.format(kinds=_kinds_sql(CORRECTION_KINDS[:3]))});
CREATE INDEX corrections_entity ON corrections (entity_slug);
"""
# SQLite cannot widen a CHECK constraint in place: version 3 copies the table into one that
# takes the structural kinds too.
STRUCTURAL_CORRECTIONS_SCHEMA = f"""
CREATE TABLE corrections_v3 ({_COLUMNS.format(kinds=_kinds_sql(CORRECTION_KINDS))});
INSERT INTO corrections_v3 SELECT * FROM corrections;
DROP TABLE corrections;
ALTER TABLE corrections_v3 RENAME TO corrections;
CREATE INDEX corrections_entity ON corrections (entity_slug);
"""
_FIELDS = ("value", "predicate", "object_slug", "object_name", "sentence")


class Correction(NamedTuple):
    """One correction. `entity_slug`/`entity_name` name the entity corrected (for a rejected
    fact, its subject; for a merge, the entity kept). An alias, a rename or a split carries the
    name in `value`, a change of kind the new kind; a merge the entity merged in and a change of
    parent the new parent in `object_slug`/`object_name`; a rejected fact its predicate, its
    object and the sentence it was drawn from (`value` then holds the status the page showed,
    'planned', 'joined'…, for the record)."""

    id: int
    kind: str
    entity_slug: str
    entity_name: str
    value: str | None
    predicate: str | None
    object_slug: str | None
    object_name: str | None
    sentence: str | None
    reason: str
    author: str
    created: str

    def anchor_key(self) -> tuple[object, ...]:
        """What makes two corrections the same, whoever made them and why."""
        if self.kind in ("merge", "parent"):
            return (self.kind, self.entity_slug, self.object_slug)
        sentence = normalized(self.sentence) if self.sentence else None
        return (self.kind, self.entity_slug, self.value if self.kind != "reject" else None) + (
            (self.predicate, self.object_slug, sentence) if self.kind == "reject" else ()
        )


def normalized(text: str) -> str:
    """Words joined by single spaces: a sentence re-wrapped is the same sentence."""
    return " ".join(text.split())


def _user() -> str:
    import getpass  # Loaded when a correction is made, not at start-up.

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


_REQUIRED = {
    "reject": ("predicate", "object_slug", "object_name", "sentence"),
    "merge": ("object_slug", "object_name"),
    "parent": ("object_slug", "object_name"),
}


def _checked(kind: str, entity_slug: str, entity_name: str, values: dict[str, Any]) -> dict[str, Any]:
    """The columns a correction of `kind` needs, checked; raises ValueError."""
    if kind not in CORRECTION_KINDS:
        raise ValueError(f"unknown correction kind {kind!r}")
    unknown = set(values) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown correction fields: {', '.join(sorted(unknown))}")
    checked = {name: values.get(name) for name in _FIELDS}
    for name, value in [("entity_slug", entity_slug), ("entity_name", entity_name), *checked.items()]:
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name} must be text")
    if not entity_slug or not entity_name or not entity_name.strip():
        raise ValueError("a correction needs the entity it corrects")
    required = _REQUIRED.get(kind, ("value",))
    for name in required:
        value = checked[name]
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"a {kind} correction needs {name}")
        if kind != "reject":
            checked[name] = normalized(value)
    if kind == "kind" and checked["value"] not in KINDS:
        raise ValueError(f"unknown entity kind {checked['value']!r}")
    if kind in ("merge", "parent") and checked["object_slug"] == entity_slug:
        raise ValueError(f"an entity cannot be {'merged with' if kind == 'merge' else 'part of'} itself")
    return checked


class CorrectionsStore(StoreBase):
    """Corrections, over the user store's connection (see `UserStore`)."""

    def add_correction(
        self, kind: str, entity_slug: str, entity_name: str, *, reason: str = "", **values: Any
    ) -> Correction:
        """Keep a correction; the same correction made again is the existing one. Raises
        ValueError when it lacks what its kind needs."""
        checked = _checked(kind, entity_slug, entity_name, values)
        with self._transaction():
            return self._insert(kind, entity_slug, entity_name.strip(), checked, reason, _user(), utc_now())

    def _insert(
        self,
        kind: str,
        entity_slug: str,
        entity_name: str,
        values: dict[str, Any],
        reason: str,
        author: str,
        created: str,
    ) -> Correction:
        """Inside a transaction: insert unless the same correction is there already."""
        probe = Correction(
            0, kind, entity_slug, entity_name, reason=reason, author=author, created=created, **values
        )
        for existing in self.corrections():
            if existing.anchor_key() == probe.anchor_key():
                return existing
        names = ("kind", "entity_slug", "entity_name", *_FIELDS, "reason", "author", "created")
        cursor = self.connection.execute(
            f"INSERT INTO corrections ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            (
                kind,
                entity_slug,
                entity_name,
                *(values[name] for name in _FIELDS),
                reason.strip(),
                author,
                created,
            ),
        )
        assert cursor.lastrowid is not None
        return probe._replace(id=cursor.lastrowid, reason=reason.strip())

    def corrections(self) -> list[Correction]:
        """Every correction, in the order made (a later rename wins over an earlier one)."""
        rows = self.connection.execute("SELECT * FROM corrections ORDER BY created, id")
        return [Correction(**dict(row)) for row in rows]

    def correction(self, correction_id: int) -> Correction | None:
        row = self.connection.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        return Correction(**dict(row)) if row else None

    def undo_correction(self, correction_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))

    def export_corrections(self) -> dict[str, Any]:
        """Every correction as JSON-ready data, for a colleague to import (no ids)."""
        return {
            "format": CORRECTIONS_FORMAT,
            "corrections": [
                {key: value for key, value in c._asdict().items() if key != "id" and value is not None}
                for c in self.corrections()
            ],
        }

    def export_corrections_json(self) -> str:
        import json  # Here, not at the top: the first page needs no JSON.

        return json.dumps(self.export_corrections(), ensure_ascii=False, indent=2) + "\n"

    def import_corrections(self, data: object) -> int:
        """Add the corrections of an export, skipping those already made; return how many were
        added. Every entry is checked first, so a bad file changes nothing (ValueError)."""
        if not isinstance(data, dict) or data.get("format") != CORRECTIONS_FORMAT:
            raise ValueError("not a corrections file")
        entries = data.get("corrections")
        if not isinstance(entries, list):
            raise ValueError("not a corrections file")
        checked = []
        for number, entry in enumerate(entries, 1):
            if not isinstance(entry, dict):
                raise ValueError(f"correction {number} is not an object")
            entry = dict(entry)
            head = {name: entry.pop(name, None) for name in ("kind", "entity_slug", "entity_name")}
            extra = {name: entry.pop(name, None) for name in ("reason", "author", "created")}
            try:
                values = _checked(
                    str(head["kind"]), head["entity_slug"] or "", head["entity_name"] or "", entry
                )
            except (ValueError, AttributeError) as error:
                raise ValueError(f"correction {number}: {error}") from None
            text = {name: value if isinstance(value, str) else "" for name, value in extra.items()}
            checked.append((head, values, text))
        before = len(self.corrections())
        with self._transaction():
            for head, values, text in checked:
                self._insert(
                    str(head["kind"]),
                    str(head["entity_slug"]),
                    str(head["entity_name"]).strip(),
                    values,
                    text["reason"],
                    text["author"],
                    text["created"] or utc_now(),
                )
        return len(self.corrections()) - before


# The read side: corrections applied to what a reference database says.


@reading
def entity_slugs(connection: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    """Each id's slug, the anchor corrections are kept by."""
    import json  # Here, not at the top: the first page needs no JSON.

    wanted = json.dumps(sorted(set(ids)))
    rows = connection.execute(
        "SELECT id, slug FROM entities WHERE id IN (SELECT value FROM json_each(?))", (wanted,)
    )
    return {row[0]: row[1] for row in rows}


@reading
def _ids(connection: sqlite3.Connection, slugs: Iterable[str]) -> dict[str, int]:
    import json  # Here, not at the top: the first page needs no JSON.

    wanted = json.dumps(sorted(set(slugs)))
    rows = connection.execute(
        "SELECT slug, id FROM entities WHERE slug IN (SELECT value FROM json_each(?))", (wanted,)
    )
    return {row[0]: row[1] for row in rows}


@reading
def _fact_relations(
    connection: sqlite3.Connection, subject_id: int, object_id: int, predicate: str, sentence: str
) -> list[int]:
    """Ids of the relations stating this fact from this sentence (its words, not its offsets)."""
    rows = connection.execute(
        "SELECT r.id, r.evidence, substr(d.text, r.start + 1, r.end - r.start) AS words "
        "FROM relations r LEFT JOIN documents d ON d.id = r.document_id "
        "WHERE r.subject_id = ? AND r.object_id = ? AND r.predicate = ?",
        (subject_id, object_id, predicate),
    )
    wanted = normalized(sentence)
    return [row[0] for row in rows if wanted in (normalized(row[2] or ""), normalized(row[1] or ""))]


def rejected_relations(
    connection: sqlite3.Connection, entity_id: int, corrections: Sequence[Correction]
) -> dict[int, Correction]:
    """The relations of this entity that a rejection takes out (by relation id), whichever side
    of the fact the entity is on."""
    rejections = [c for c in corrections if c.kind == "reject"]
    if not rejections:
        return {}
    slug = entity_slugs(connection, [entity_id]).get(entity_id)
    mine = [c for c in rejections if slug in (c.entity_slug, c.object_slug)]
    if not mine:
        return {}
    ids = _ids(connection, [s for c in mine for s in (c.entity_slug, c.object_slug or "")])
    found: dict[int, Correction] = {}
    for correction in mine:
        subject, obj = ids.get(correction.entity_slug), ids.get(correction.object_slug or "")
        if subject is None or obj is None:
            continue
        for relation_id in _fact_relations(
            connection, subject, obj, correction.predicate or "", correction.sentence or ""
        ):
            found[relation_id] = correction
    return found


def _renames(corrections: Sequence[Correction]) -> dict[str, Correction]:
    """The latest rename of each entity, by slug."""
    return {c.entity_slug: c for c in corrections if c.kind == "rename"}


def _renamed(ref: EntityRef, slugs: dict[int, str], renames: dict[str, Correction]) -> EntityRef:
    rename = renames.get(slugs.get(ref.id, ""))
    return ref._replace(name=rename.value) if rename and rename.value else ref


def apply_names(
    connection: sqlite3.Connection,
    summary: Summary,
    corrections: Sequence[Correction],
    rejected: Iterable[Correction] = (),
) -> Summary:
    """The summary with the reader's names: renamed entities wherever they appear (the
    documents' name kept as an alias), aliases added, and `corrections` set to those that
    changed this page (`rejected`: the other corrections that changed it, rejections that took a
    fact out of it, structural ones)."""
    from dataclasses import replace  # Here: the start page needs no dataclass module.

    renames = _renames(corrections)
    slug = entity_slugs(connection, [summary.entity.id]).get(summary.entity.id, "")
    own_aliases = [c for c in corrections if c.kind == "alias" and c.entity_slug == slug]
    if not renames and not own_aliases:
        only_rejected = tuple(dict.fromkeys(rejected))
        return replace(summary, corrections=only_rejected) if only_rejected else summary
    refs = [summary.entity, *summary.children, *(r.entity for r in summary.relations)]
    refs += [ref for ref, _ in summary.mentioned_with] + ([summary.parent] if summary.parent else [])
    slugs = entity_slugs(connection, [ref.id for ref in refs]) if renames else {}
    own_rename = renames.get(slug)
    new_name = (own_rename.value if own_rename and own_rename.value else summary.entity.name).casefold()
    aliases = [(alias, kind) for alias, kind in summary.aliases if alias.casefold() != new_name]
    if own_rename is not None and own_rename.value != summary.entity.name:
        aliases.insert(0, (summary.entity.name, DOCUMENTS_NAME))
    known = {alias.casefold() for alias, _ in aliases} | {new_name}
    for correction in own_aliases:
        if correction.value and correction.value.casefold() not in known:
            aliases.append((correction.value, ADDED_ALIAS))
            known.add(correction.value.casefold())
    applied = [*([own_rename] if own_rename else []), *own_aliases, *rejected]
    return replace(
        summary,
        entity=_renamed(summary.entity, slugs, renames),
        aliases=tuple(aliases),
        parent=_renamed(summary.parent, slugs, renames) if summary.parent else None,
        children=tuple(_renamed(ref, slugs, renames) for ref in summary.children),
        relations=tuple(replace(r, entity=_renamed(r.entity, slugs, renames)) for r in summary.relations),
        mentioned_with=tuple((_renamed(ref, slugs, renames), n) for ref, n in summary.mentioned_with),
        corrections=tuple(dict.fromkeys(applied)),
    )


def correct_tree(
    connection: sqlite3.Connection, tree: list[TreeItem], corrections: Sequence[Correction]
) -> list[TreeItem]:
    """The tree with the reader's structure (see `database.restructure`), renamed entities under
    their new names and added aliases to filter on."""
    from database.restructure import restructure_tree

    tree = restructure_tree(connection, tree, corrections)
    renames = _renames(corrections)
    added: dict[str, list[str]] = {}
    for correction in corrections:
        if correction.kind == "alias" and correction.value:
            added.setdefault(correction.entity_slug, []).append(correction.value)
    if not renames and not added:
        return tree
    ids = _ids(connection, [*renames, *added])
    by_id = {entity_id: slug for slug, entity_id in ids.items()}

    def corrected(item: TreeItem) -> TreeItem:
        children = tuple(corrected(child) for child in item.children)
        entity = item.entity
        if entity is None or entity.id not in by_id:
            return item._replace(children=children) if children != item.children else item
        slug = by_id[entity.id]
        rename = renames.get(slug)
        names = [*item.aliases, *added.get(slug, [])]
        label = item.label
        if rename and rename.value:
            names.append(entity.name)
            entity, label = entity._replace(name=rename.value), rename.value
        aliases = tuple(dict.fromkeys(names))
        return item._replace(label=label, entity=entity, aliases=aliases, children=children)

    return [corrected(item) for item in tree]


@reading
def _has_alias(connection: sqlite3.Connection, entity_id: int, alias: str) -> bool:
    return (
        connection.execute(
            "SELECT 1 FROM aliases WHERE entity_id = ? AND key = ? AND kind != 'name'",
            (entity_id, name_key(alias)),
        ).fetchone()
        is not None
    )


def is_found(connection: sqlite3.Connection, correction: Correction) -> bool:
    """Whether the correction finds its entity (and, for a rejection, its sentence) in this
    database. Raises DatabaseError."""
    ids = _ids(connection, [correction.entity_slug, correction.object_slug or ""])
    subject = ids.get(correction.entity_slug)
    if subject is None:
        return False
    if correction.kind in ("alias", "rename", "kind"):
        return True
    obj = ids.get(correction.object_slug or "")
    if correction.kind in ("merge", "parent"):
        return obj is not None
    if correction.kind == "split":
        return correction.value is not None and _has_alias(connection, subject, correction.value)
    return obj is not None and bool(
        _fact_relations(connection, subject, obj, correction.predicate or "", correction.sentence or "")
    )


def as_dict(correction: Correction) -> dict[str, Any]:
    return correction._asdict()
