"""The read side: open the database read-only and answer with plain frozen dataclasses.

Everything the window, the printer and the command line show comes through here, so none of
them needs SQL. Search lives in `database.search`, the dataclasses in `database.models`.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from pathlib import Path

from database.errors import DatabaseError
from database.errors import sqlite_errors_as_database_error as reading
from database.models import (
    DocumentView,
    EntityRef,
    Passage,
    Relation,
    SectionInfo,
    SourceInfo,
    Summary,
    TimelineEvent,
    TreeItem,
)
from database.names import name_key
from database.tables import SCHEMA_VERSION

KINDS = ("country", "organization", "programme", "treaty", "person", "place")
OTHER_REGION = "Other"

KIND_TITLES = {
    "country": "Countries",
    "organization": "Organizations",
    "programme": "Programmes",
    "treaty": "Treaties",
    "person": "People",
    "place": "Places",
}
_REQUIRED_TABLES = {
    "documents",
    "sections",
    "entities",
    "aliases",
    "mentions",
    "events",
    "relations",
    "meta",
    "sections_fts",
    "entities_fts",
}


def open_database(path: Path) -> sqlite3.Connection:
    """Open read-only and check it is one of ours; raise DatabaseError with a one-line reason."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError(f"database not found: {path}")
    if path.is_dir():
        raise DatabaseError(f"database path is a folder: {path}")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise DatabaseError(f"cannot read database {path}: {error.strerror}") from error
    if not header.startswith(b"SQLite format 3\x00") or len(header) < 100:
        raise DatabaseError(f"not a SQLite database: {path}")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages * page_size > size:
        raise DatabaseError(f"database file is truncated ({size} of {pages * page_size} bytes): {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA query_only = 1")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        missing = _REQUIRED_TABLES - tables
        if missing:
            raise DatabaseError(f"not a reference database (missing {', '.join(sorted(missing))}): {path}")
        version = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if not version or version[0] != SCHEMA_VERSION:
            found = version[0] if version else "none"
            raise DatabaseError(f"database schema version {found}, this app needs {SCHEMA_VERSION}: {path}")
        connection.execute("SELECT count(*) FROM entities").fetchone()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"database unusable ({error}): {path}") from error
    return connection


@reading
def meta(connection: sqlite3.Connection) -> dict[str, str]:
    return {row["key"]: row["value"] for row in connection.execute("SELECT key, value FROM meta")}


def _ref(row: sqlite3.Row, prefix: str = "") -> EntityRef:
    return EntityRef(row[f"{prefix}id"], row[f"{prefix}name"], row[f"{prefix}kind"])


@reading
def entities(connection: sqlite3.Connection, kind: str | None = None) -> list[dict]:
    """Every entity with its aliases, parent and mention count (the `entities --json` shape)."""
    rows = connection.execute(
        "SELECT e.id, e.name, e.kind, e.category, e.mention_count, p.name AS parent "
        "FROM entities e LEFT JOIN entities p ON p.id = e.parent_id "
        "WHERE (? IS NULL OR e.kind = ?) ORDER BY e.kind, e.name",
        (kind, kind),
    ).fetchall()
    aliases = _aliases_by_entity(connection)
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "kind": row["kind"],
            "category": row["category"],
            "aliases": [alias for alias, _ in aliases.get(row["id"], [])],
            "parent": row["parent"],
            "mentions": row["mention_count"],
        }
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
    bodies nested, then treaties, people, places; each entity with its mention count."""
    rows = connection.execute(
        "SELECT id, name, kind, category, parent_id, mention_count FROM entities"
    ).fetchall()
    aliases = _aliases_by_entity(connection)
    children_of: dict[int, list[sqlite3.Row]] = {}
    for row in rows:
        if row["parent_id"] is not None:
            children_of.setdefault(row["parent_id"], []).append(row)

    def item(row: sqlite3.Row) -> TreeItem:
        kids = sorted(children_of.get(row["id"], []), key=lambda r: (-r["mention_count"], r["name"]))
        return TreeItem(
            _tree_label(row, aliases),
            _ref(row),
            row["mention_count"],
            tuple(alias for alias, _ in aliases.get(row["id"], [])),
            tuple(item(kid) for kid in kids),
        )

    regions = json.loads(meta(connection).get("regions", "[]"))
    groups: list[TreeItem] = []
    countries = [row for row in rows if row["kind"] == "country"]
    by_region: dict[str, list[sqlite3.Row]] = {}
    for row in countries:
        by_region.setdefault(row["category"] or OTHER_REGION, []).append(row)
    region_items = []
    for region in sorted(by_region, key=lambda r: regions.index(r) if r in regions else len(regions)):
        members = sorted(by_region[region], key=lambda r: r["name"])
        region_items.append(
            TreeItem(
                region, None, sum(r["mention_count"] for r in members), (), tuple(item(r) for r in members)
            )
        )
    if region_items:
        groups.append(TreeItem(KIND_TITLES["country"], None, len(countries), (), tuple(region_items)))
    kinds_by_id = {row["id"]: row["kind"] for row in rows}
    nesting = ("organization", "programme")
    for kind in KINDS[1:]:
        if kind in nesting:
            top = [
                row
                for row in rows
                if row["kind"] == kind and kinds_by_id.get(row["parent_id"]) not in nesting
            ]
        else:
            top = [row for row in rows if row["kind"] == kind]
        if not top:
            continue
        top.sort(key=lambda r: (r["name"],) if kind == "person" else (-r["mention_count"], r["name"]))
        entries = tuple(item(row) if kind in nesting else _leaf(row, aliases) for row in top)
        groups.append(TreeItem(KIND_TITLES[kind], None, len(top), (), entries))
    return groups


def _tree_label(row: sqlite3.Row, aliases: dict[int, list[tuple[str, str]]]) -> str:
    """'NATO — North Atlantic Treaty Organization': the acronym people scan for comes first."""
    acronyms = [alias for alias, kind in aliases.get(row["id"], []) if kind == "acronym"]
    return f"{acronyms[0]} — {row['name']}" if acronyms and row["kind"] != "country" else row["name"]


def _leaf(row: sqlite3.Row, aliases: dict[int, list[tuple[str, str]]]) -> TreeItem:
    return TreeItem(
        _tree_label(row, aliases),
        _ref(row),
        row["mention_count"],
        tuple(alias for alias, _ in aliases.get(row["id"], [])),
        (),
    )


@reading
def find_entity(connection: sqlite3.Connection, name: str) -> EntityRef | None:
    """Match a name or any alias, ignoring case, diacritics, hyphens and spelling variants."""
    key = name_key(name)
    if not key:
        return None
    row = connection.execute(
        "SELECT e.id, e.name, e.kind FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.key = ? ORDER BY (a.kind = 'name') DESC, e.mention_count DESC LIMIT 1",
        (key,),
    ).fetchone()
    if row is None and key.isdigit():
        row = connection.execute("SELECT id, name, kind FROM entities WHERE id = ?", (int(key),)).fetchone()
    return _ref(row) if row else None


@reading
def suggestions(connection: sqlite3.Connection, name: str, limit: int = 5) -> list[str]:
    """Entity names whose name or alias is spelt like `name`: for 'did you mean'."""
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
def summary(connection: sqlite3.Connection, entity_id: int, *, passage_limit: int = 12) -> Summary:
    """Everything the entity page and the printed sheet show about one entity."""
    row = connection.execute(
        "SELECT e.*, p.id AS p_id, p.name AS p_name, p.kind AS p_kind FROM entities e "
        "LEFT JOIN entities p ON p.id = e.parent_id WHERE e.id = ?",
        (entity_id,),
    ).fetchone()
    if row is None:
        raise KeyError(entity_id)
    aliases = tuple(_aliases_by_entity_one(connection, entity_id))
    children = tuple(
        _ref(r)
        for r in connection.execute(
            "SELECT id, name, kind FROM entities WHERE parent_id = ? ORDER BY mention_count DESC, name",
            (entity_id,),
        )
    )
    timeline = tuple(
        TimelineEvent(
            r["date"], r["year"], r["text"], r["source"], r["title"], r["path"], r["start"], r["end"]
        )
        for r in connection.execute(
            "SELECT ev.date, ev.year, ev.text, ev.start, ev.end, d.source, d.title, s.path "
            "FROM events ev JOIN event_entities x ON x.event_id = ev.id "
            "JOIN documents d ON d.id = ev.document_id JOIN sections s ON s.id = ev.section_id "
            "WHERE x.entity_id = ? ORDER BY ev.date, (ev.origin = 'milestone') DESC, d.source, ev.start",
            (entity_id,),
        )
    )
    relations = []
    for direction, mine, other in (("out", "subject_id", "object_id"), ("in", "object_id", "subject_id")):
        for r in connection.execute(
            f"SELECT r.predicate, r.year, r.evidence, r.start, r.end, r.role, o.id, o.name, o.kind, "
            f"d.source, d.title, s.path FROM relations r JOIN entities o ON o.id = r.{other} "
            f"LEFT JOIN documents d ON d.id = r.document_id LEFT JOIN sections s ON s.id = r.section_id "
            f"WHERE r.{mine} = ? AND r.predicate != 'mentioned_with' "
            f"ORDER BY r.predicate, r.year IS NULL, r.year, o.name",
            (entity_id,),
        ):
            relations.append(
                Relation(
                    r["predicate"],
                    direction,
                    _ref(r),
                    r["year"],
                    r["evidence"],
                    r["source"],
                    r["title"],
                    r["path"],
                    r["start"],
                    r["end"],
                    r["role"],
                )
            )
    mentioned_with = tuple(
        (_ref(r), r["weight"])
        for r in connection.execute(
            "SELECT o.id, o.name, o.kind, r.weight FROM relations r JOIN entities o "
            "ON o.id = CASE WHEN r.subject_id = ? THEN r.object_id ELSE r.subject_id END "
            "WHERE r.predicate = 'mentioned_with' AND (r.subject_id = ? OR r.object_id = ?) "
            "ORDER BY r.weight DESC, o.name LIMIT 15",
            (entity_id, entity_id, entity_id),
        )
    )
    sources_rows = connection.execute(
        "SELECT d.source, d.title, d.author, d.published, d.updated, count(*) AS n FROM mentions m "
        "JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ? GROUP BY d.id "
        "ORDER BY n DESC, d.source",
        (entity_id,),
    ).fetchall()
    sources = tuple(
        SourceInfo(i, r["source"], r["title"], r["author"], r["published"], r["updated"], r["n"])
        for i, r in enumerate(sources_rows, start=1)
    )
    return Summary(
        entity=_ref(row),
        category=row["category"],
        iso_code=row["iso_code"],
        aliases=aliases,
        description=row["description"],
        description_source=row["description_source"],
        parent=EntityRef(row["p_id"], row["p_name"], row["p_kind"]) if row["p_id"] else None,
        children=children,
        timeline=timeline,
        relations=tuple(relations),
        mentioned_with=mentioned_with,
        passages=tuple(_passages(connection, entity_id, passage_limit)),
        sources=sources,
        mention_count=row["mention_count"],
        built=meta(connection).get("built", ""),
    )


def _aliases_by_entity_one(connection: sqlite3.Connection, entity_id: int) -> list[tuple[str, str]]:
    return [
        (r["alias"], r["kind"])
        for r in connection.execute(
            "SELECT alias, kind FROM aliases WHERE entity_id = ? AND kind != 'name' ORDER BY rowid",
            (entity_id,),
        )
    ]


def _passages(connection: sqlite3.Connection, entity_id: int, limit: int) -> list[Passage]:
    """Paragraphs that name the entity, the ones naming it most often first."""
    rows = connection.execute(
        "SELECT m.start, m.end, m.document_id, d.source, d.title, s.path "
        "FROM mentions m JOIN documents d ON d.id = m.document_id JOIN sections s ON s.id = m.section_id "
        "WHERE m.entity_id = ? ORDER BY d.source, m.start",
        (entity_id,),
    ).fetchall()
    texts: dict[int, str] = {}  # Each document's text is read once, not once per mention.
    paragraphs: dict[tuple[str, int], dict] = {}
    for row in rows:
        if row["document_id"] not in texts:
            texts[row["document_id"]] = connection.execute(
                "SELECT text FROM documents WHERE id = ?", (row["document_id"],)
            ).fetchone()[0]
        text = texts[row["document_id"]]
        start = text.rfind("\n", 0, row["start"]) + 1
        end = text.find("\n", row["end"])
        end = len(text) if end < 0 else end
        key = (row["source"], start)
        if key not in paragraphs:
            paragraphs[key] = {"row": row, "start": start, "end": end, "count": 0}
        paragraphs[key]["count"] += 1
    ranked = sorted(paragraphs.values(), key=lambda p: (-p["count"], p["row"]["source"], p["start"]))
    passages = []
    for paragraph in ranked[:limit]:
        row = paragraph["row"]
        body = texts[row["document_id"]][paragraph["start"] : paragraph["end"]]
        lead = len(body) - len(body.lstrip(" •\t"))
        passages.append(
            Passage(
                row["source"],
                row["title"],
                row["path"],
                body.strip(" •\t"),
                paragraph["start"] + lead,
                paragraph["end"],
                paragraph["count"],
            )
        )
    return passages


@reading
def document(connection: sqlite3.Connection, source: str) -> DocumentView | None:
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
def documents(connection: sqlite3.Connection) -> list[SourceInfo]:
    """Every document's citation data (not its text), by file name."""
    rows = connection.execute(
        "SELECT source, title, author, published, updated FROM documents ORDER BY source"
    )
    return [
        SourceInfo(i, r["source"], r["title"], r["author"], r["published"], r["updated"], 0)
        for i, r in enumerate(rows, 1)
    ]


@reading
def entity_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """How many entities of each kind, in tree order of kinds."""
    counts = dict(connection.execute("SELECT kind, count(*) FROM entities GROUP BY kind").fetchall())
    return {KIND_TITLES[kind]: counts[kind] for kind in KINDS if kind in counts}
