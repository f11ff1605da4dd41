"""The read side: open the database read-only and answer with plain frozen dataclasses.

Everything the window, the printer and the command line show comes through here, so none of
them needs SQL. Search lives in `database.fulltext`, the dataclasses in `database.models` (those
of the tree and the document list in `database.lists`, which is all start-up loads), an
entity's summary in `database.summary`. Every list is read with a bound, so a page costs the
same on five documents and on five thousand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from database.connection import open_database
from database.errors import DatabaseError
from database.errors import sqlite_errors_as_database_error as reading
from database.lists import DocumentList, EntityRef, SourceInfo, TreeItem
from database.tables import KINDS

if TYPE_CHECKING:
    import sqlite3

    from database.corrections import Correction
    from database.models import DocumentView, EntityRow, Limits, Summary

OTHER_REGION = "Other"
__all__ = ["DatabaseError", "open_database", "summary"]


@reading
def meta(connection: sqlite3.Connection) -> dict[str, str]:
    return {row["key"]: row["value"] for row in connection.execute("SELECT key, value FROM meta")}


def _ref(row: sqlite3.Row, prefix: str = "") -> EntityRef:
    return EntityRef(row[f"{prefix}id"], row[f"{prefix}name"], row[f"{prefix}kind"])


@reading
def entities(connection: sqlite3.Connection, kind: str | None = None) -> list[EntityRow]:
    """Every entity with its aliases, parent and mention count."""
    from database.models import EntityRow

    rows = connection.execute(
        "SELECT e.id, e.name, e.kind, e.category, e.mention_count, p.name AS parent "
        "FROM entities e LEFT JOIN entities p ON p.id = e.parent_id "
        "WHERE (? IS NULL OR e.kind = ?) ORDER BY e.kind, e.name",
        (kind, kind),
    ).fetchall()
    aliases = _aliases_by_entity(connection)
    return [
        EntityRow(
            row["id"],
            row["name"],
            row["kind"],
            row["category"],
            tuple(alias for alias, _ in aliases.get(row["id"], [])),
            row["parent"],
            row["mention_count"],
        )
        for row in rows
    ]


def _aliases_by_entity(connection: sqlite3.Connection) -> dict[int, list[tuple[str, str]]]:
    result: dict[int, list[tuple[str, str]]] = {}
    for row in connection.execute(
        "SELECT entity_id, alias, kind FROM aliases WHERE kind != 'name' ORDER BY entity_id, rowid"
    ):
        result.setdefault(row["entity_id"], []).append((row["alias"], row["kind"]))
    return result


@reading
def entity_tree(connection: sqlite3.Connection) -> list[TreeItem]:
    """Countries by region (Central Asia first), organizations with their programmes and
    bodies nested, then treaties, people, places. A group counts the entities under it; an
    entity row carries its mention count."""
    rows = connection.execute(
        "SELECT id, name, kind, category, parent_id, mention_count FROM entities"
    ).fetchall()
    aliases = _aliases_by_entity(connection)
    children_of: dict[int, list[sqlite3.Row]] = {}
    for row in rows:
        if row["parent_id"] is not None:
            children_of.setdefault(row["parent_id"], []).append(row)
    kinds_by_id = {row["id"]: row["kind"] for row in rows}
    nesting = ("organization", "programme")

    def item(row: sqlite3.Row, nest: bool) -> TreeItem:
        kids = children_of.get(row["id"], []) if nest else []
        kids = sorted(kids, key=lambda r: (-r["mention_count"], r["name"]))
        return TreeItem(
            row["name"],
            _ref(row),
            row["mention_count"],
            tuple(alias for alias, _ in aliases.get(row["id"], [])),
            tuple(item(kid, nest) for kid in kids if kid["kind"] in nesting),
            row["kind"],
            next((alias for alias, kind in aliases.get(row["id"], []) if kind == "acronym"), None),
        )

    def group(label: str, kind: str | None, entries: tuple[TreeItem, ...]) -> TreeItem:
        return TreeItem(label, None, sum(_entity_count(entry) for entry in entries), (), entries, kind)

    regions = [
        row[0]
        for row in connection.execute(
            "SELECT value FROM json_each(coalesce((SELECT value FROM meta WHERE key = 'regions'), '[]'))"
            " ORDER BY key"
        )
    ]
    groups: list[TreeItem] = []
    by_region: dict[str, list[sqlite3.Row]] = {}
    for row in rows:
        if row["kind"] == "country":
            by_region.setdefault(row["category"] or OTHER_REGION, []).append(row)
    region_items = tuple(
        group(region, None, tuple(item(r, False) for r in sorted(by_region[region], key=lambda r: r["name"])))
        for region in sorted(by_region, key=lambda r: regions.index(r) if r in regions else len(regions))
    )
    if region_items:
        groups.append(group("", "country", region_items))
    for kind in KINDS[1:]:
        if kind in nesting:
            top = [r for r in rows if r["kind"] == kind and kinds_by_id.get(r["parent_id"]) not in nesting]
        else:
            top = [r for r in rows if r["kind"] == kind]
        if not top:
            continue
        top.sort(key=lambda r: (r["name"],) if kind == "person" else (-r["mention_count"], r["name"]))
        groups.append(group("", kind, tuple(item(row, kind in nesting) for row in top)))
    return groups


def _entity_count(item: TreeItem) -> int:
    """Entities in a subtree: a group's count is already its total."""
    if item.entity is None:
        return item.total
    return 1 + sum(_entity_count(child) for child in item.children)


@reading
def find_entity(
    connection: sqlite3.Connection, name: str, corrections: Sequence[Correction] = ()
) -> EntityRef | None:
    """Match a name or any alias, ignoring case, diacritics, hyphens and spelling variants.

    With the reader's `corrections`, a name they gave an entity (alias or rename) finds it, an
    alias they split off no longer does, and an entity they merged away finds the one it was
    merged into: the names the window shows are the names that find."""
    from database.names import name_key  # Not at start-up: the first page finds no name.

    key = name_key(name)
    if not key:
        return None
    rows = connection.execute(
        "SELECT e.id, e.name, e.kind, e.slug FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.key = ? ORDER BY (a.kind = 'name') DESC, e.mention_count DESC",
        (key,),
    ).fetchall()
    if corrections:
        rows = _corrected_matches(connection, key, rows, corrections)
    if not rows and key.isdigit():
        rows = connection.execute("SELECT id, name, kind FROM entities WHERE id = ?", (int(key),)).fetchall()
    if not rows:
        return None
    found = _ref(rows[0])
    if corrections:
        from database.restructure import kept_entity

        kept = kept_entity(connection, found.id, corrections)
        if kept != found.id:
            row = connection.execute("SELECT id, name, kind FROM entities WHERE id = ?", (kept,)).fetchone()
            found = _ref(row) if row else found
    return found


def _corrected_matches(
    connection: sqlite3.Connection, key: str, rows: list[sqlite3.Row], corrections: Sequence[Correction]
) -> list[sqlite3.Row]:
    """`rows` without entities whose matching alias the reader split off, after any entity the
    reader named `key` (an alias added or a rename)."""
    from database.names import name_key

    naming = [c for c in corrections if c.value and name_key(c.value) == key]
    split_off = {c.entity_slug for c in naming if c.kind == "split"}
    named = [c.entity_slug for c in naming if c.kind in ("alias", "rename")]
    kept = [row for row in rows if row["slug"] not in split_off]
    if not named:
        return kept
    import json  # Not at start-up: the first page needs no JSON.

    wanted = json.dumps(sorted(set(named) - split_off))
    given = connection.execute(
        "SELECT id, name, kind, slug FROM entities WHERE slug IN (SELECT value FROM json_each(?))", (wanted,)
    ).fetchall()
    return [*given, *kept]


@reading
def suggestions(connection: sqlite3.Connection, name: str, limit: int = 5) -> list[str]:
    """Entity names whose name or alias is spelt like `name`: for 'did you mean'."""
    import difflib

    from database.names import name_key

    key = name_key(name)
    rows = connection.execute(
        "SELECT a.key, e.name, e.mention_count FROM aliases a JOIN entities e ON e.id = a.entity_id"
    ).fetchall()
    names_by_key: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: -r["mention_count"]):
        names_by_key.setdefault(row["key"], row["name"])
    close = difflib.get_close_matches(key, list(names_by_key), n=limit * 3, cutoff=0.6)
    starting = [k for k in names_by_key if key and k.startswith(key)]
    found = list(dict.fromkeys(names_by_key[k] for k in [*close, *starting]))
    return found[:limit]


@reading
def summary(
    connection: sqlite3.Connection,
    entity_id: int,
    limits: Limits | None = None,
    corrections: Sequence[Correction] = (),
) -> Summary:
    """Everything the entity page and the printed sheet show about one entity, each list
    read up to `limits` (the page's defaults when None; `Limits.everything()` for a dossier),
    with the reader's `corrections` applied (facts rejected left out, names and aliases as
    corrected; the summary's `corrections` says which changed it). Raises KeyError for an
    unknown id."""
    from database.corrections import apply_names, rejected_relations
    from database.models import Limits
    from database.restructure import combine, kept_entity, merged_parts, restructure
    from database.summary import read_summary

    if not corrections:
        return read_summary(connection, entity_id, limits or Limits())
    if not entity_exists(connection, entity_id):
        raise KeyError(entity_id)
    entity_id = kept_entity(connection, entity_id, corrections)
    applied: list[Correction] = []
    parts = []
    for part_id in [entity_id, *merged_parts(connection, entity_id, corrections)]:
        rejected = rejected_relations(connection, part_id, corrections)
        parts.append(read_summary(connection, part_id, limits or Limits(), excluded=list(rejected)))
        applied += rejected.values()
    found, structural = restructure(connection, combine(parts[0], parts[1:]), corrections)
    return apply_names(connection, found, corrections, [*structural, *applied])


@reading
def entity_exists(connection: sqlite3.Connection, entity_id: int) -> bool:
    return connection.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None


@reading
def document(connection: sqlite3.Connection, source: str) -> DocumentView | None:
    from database.models import DocumentView, SectionInfo

    row = connection.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
    if row is None:
        return None
    sections = tuple(
        SectionInfo(r["ordinal"], r["heading"], r["level"], r["path"], r["start"], r["body_start"], r["end"])
        for r in connection.execute(
            "SELECT * FROM sections WHERE document_id = ? ORDER BY ordinal", (row["id"],)
        )
    )
    return DocumentView(
        row["id"],
        row["source"],
        row["title"],
        row["author"],
        row["published"],
        row["updated"],
        row["text"],
        sections,
    )


@reading
def documents(
    connection: sqlite3.Connection, limit: int | None = None, *, sources: Sequence[str] | None = None
) -> DocumentList:
    """Documents' citation data (not their text) by file name: the first `limit`, and the total;
    with `sources`, only the documents of those file names."""
    chosen = "WHERE source IN (SELECT value FROM json_each(?))" if sources is not None else ""
    given: tuple[object, ...] = ()
    if sources is not None:
        import json  # Not at start-up: the first page lists documents without `sources`.

        given = (json.dumps(list(sources)),)
    rows = connection.execute(
        f"SELECT source, title, author, published, updated FROM documents {chosen} ORDER BY source LIMIT ?",
        (*given, -1 if limit is None else limit),
    )
    listed = tuple(
        SourceInfo(i, r["source"], r["title"], r["author"], r["published"], r["updated"], 0)
        for i, r in enumerate(rows, 1)
    )
    total = connection.execute(f"SELECT count(*) FROM documents {chosen}", given).fetchone()[0]
    return DocumentList(listed, total)
