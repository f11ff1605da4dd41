"""The tables of the reference database, declared with sqlite-utils, and their bulk loading.

Importing this module costs nothing: the read side takes `SCHEMA_VERSION` from here, and
sqlite-utils is imported only by the functions that write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils

SCHEMA_VERSION = "8"
KINDS = ("country", "organization", "programme", "treaty", "person", "place")
"""The kinds of entity, in the order lists and the tree show them."""
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
INDEXES = (
    ("aliases", ["key"]),
    ("aliases", ["entity_id"]),
    ("relation_spans", ["subject_id"]),
    ("relation_spans", ["object_id"]),
    ("entities", ["parent_id"]),
    # The start page's list and count of documents, read without scanning their texts.
    ("documents", ["source", "title", "author", "published", "updated"]),
)


def insert_rows(connection: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    """Bulk insert into a table `_create_schema` made: plain executemany, since sqlite-utils'
    per-value conversion was a quarter of the build time on large corpora (see BENCHMARKS.md)."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f"[{column}]" for column in columns)
    marks = ", ".join("?" * len(columns))
    with connection:
        connection.executemany(
            f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
            ([row[column] for column in columns] for row in rows),
        )


ForeignKey = tuple[str, str] | tuple[str, str, str]


class TableSpec(NamedTuple):
    """One table as sqlite-utils declares it (a NamedTuple: the read side imports this module,
    and a dataclass would load `dataclasses` and `inspect` into the command line's search)."""

    columns: dict[str, type]
    pk: str | tuple[str, ...] | None = None
    foreign_keys: tuple[ForeignKey, ...] = ()
    without_rowid: bool = False  # The primary key is the table: no rowid, no second copy of the key.


TABLES: dict[str, TableSpec] = {
    "documents": TableSpec(
        {
            "id": int,
            "source": str,
            "title": str,
            "author": str,
            "published": str,
            "updated": str,
            "encoding": str,
            "sha256": str,
            "text": str,
        },
        pk="id",
    ),
    # A section's text is its document's between `body_start` and `end`: not stored twice.
    "sections": TableSpec(
        {
            "id": int,
            "document_id": int,
            "ordinal": int,
            "heading": str,
            "level": int,
            "path": str,
            "start": int,
            "body_start": int,
            "end": int,
        },
        pk="id",
        foreign_keys=(("document_id", "documents"),),
    ),
    # A passage stores its text and its section's path: `sqlite-utils search` and Datasette
    # search tables, not views, and `passages_fts` takes its text from here.
    "passages": TableSpec(
        {
            "id": int,
            "document_id": int,
            "section_id": int,
            "start": int,
            "end": int,
            "path": str,
            "text": str,
            "years": str,
            "kinds": str,
        },
        pk="id",
        foreign_keys=(("document_id", "documents"), ("section_id", "sections")),
    ),
    "words": TableSpec({"word": str, "stem": str, "passages": int}, pk="word"),
    "entities": TableSpec(
        {
            "id": int,
            "slug": str,
            "name": str,
            "kind": str,
            "category": str,
            "parent_id": int,
            "description": str,
            "description_source": str,
            "description_origin": str,
            "description_document_id": int,
            "description_start": int,
            "description_end": int,
            "iso_code": str,
            "origin": str,
            "confidence": float,
            "mention_count": int,
            "document_count": int,
            "aliases": str,
        },
        pk="id",
        foreign_keys=(("parent_id", "entities", "id"),),
    ),
    "aliases": TableSpec(
        {
            "entity_id": int,
            "alias": str,
            "kind": str,
            "key": str,
            "mentions": int,
            "document_id": int,
            "start": int,
            "end": int,
        },
        foreign_keys=(("entity_id", "entities"), ("document_id", "documents")),
    ),
    # The words a mention names are its document's between `start` and `end`. Read by entity:
    # keyed by entity first, it needs no index of its own.
    "mentions": TableSpec(
        {"entity_id": int, "id": int, "document_id": int, "section_id": int, "start": int, "end": int},
        pk=("entity_id", "id"),
        foreign_keys=(("entity_id", "entities"), ("document_id", "documents"), ("section_id", "sections")),
        without_rowid=True,
    ),
    # `text` is stored although it is the document's between `start` and `end`: the timeline
    # groups events by it, and reading it through a view made an entity page's timeline 14x slower.
    "events": TableSpec(
        {
            "id": int,
            "document_id": int,
            "section_id": int,
            "date": str,
            "year": int,
            "text": str,
            "start": int,
            "end": int,
            "origin": str,
            "planned": int,
        },
        pk="id",
        foreign_keys=(("document_id", "documents"), ("section_id", "sections")),
    ),
    # Read by entity: keyed by entity first, it needs no index of its own.
    "event_entities": TableSpec(
        {"entity_id": int, "event_id": int},
        pk=("entity_id", "event_id"),
        foreign_keys=(("event_id", "events"), ("entity_id", "entities")),
        without_rowid=True,
    ),
    # What the `relations` view reads: `evidence` only where it is not the document's.
    "relation_spans": TableSpec(
        {
            "id": int,
            "subject_id": int,
            "predicate": str,
            "object_id": int,
            "year": int,
            "document_id": int,
            "section_id": int,
            "evidence": str,
            "start": int,
            "end": int,
            "role": str,
            "weight": int,
            "status": str,
            "date": str,
            "confidence": float,
            "method": str,
        },
        pk="id",
        foreign_keys=(("subject_id", "entities"), ("object_id", "entities")),
    ),
    "meta": TableSpec({"key": str, "value": str}, pk="key"),
}

_DERIVED = "nullif(substr(d.text, r.start + 1, r.[end] - r.start), '')"
SPAN_VIEWS = (
    "CREATE VIEW relations AS SELECT r.id, r.subject_id, r.predicate, r.object_id, r.year, r.document_id, "
    f"r.section_id, CASE WHEN r.evidence IS NULL THEN {_DERIVED} ELSE nullif(r.evidence, '') "
    "END AS evidence, r.start, r.[end], r.role, r.weight, r.status, r.date, r.confidence, r.method "
    "FROM relation_spans r LEFT JOIN documents d ON d.id = r.document_id",
)
"""Relations as the read side sees them: the sentence a relation cites is its document's text
between `start` and `end`, read from there when a query asks for it, not stored again. A left
join, which SQLite leaves out when no column of it is read."""


def create_schema(db: sqlite_utils.Database) -> None:
    """Tables declared up front, so an empty one still exists with its types and keys."""
    for name, spec in TABLES.items():
        if spec.without_rowid:
            sql = db.create_table_sql(name, spec.columns, pk=spec.pk, foreign_keys=list(spec.foreign_keys))
            db.execute(sql.strip().removesuffix(";") + " WITHOUT ROWID")
        else:
            db.table(name).create(spec.columns, pk=spec.pk, foreign_keys=list(spec.foreign_keys))
    for view in SPAN_VIEWS:
        db.conn.execute(view)


def finish_indexes(db: sqlite_utils.Database) -> None:
    """Lookup indexes and the FTS5 tables, made the sqlite-utils way so `sqlite-utils search`
    and Datasette search the same file."""
    for table, columns in INDEXES:
        db.table(table).create_index(columns, if_not_exists=True)
    db.table("entities").enable_fts(["name", "aliases", "description"], tokenize=FTS_TOKENIZE)
    _index_passages(db, FTS_TOKENIZE)


def _index_passages(db: sqlite_utils.Database, tokenize: str) -> None:
    """Full-text search over passages (their section path weighs as a heading), and `words`,
    the unstemmed vocabulary of the passages with each word's Porter stem and how many passages
    hold it: what a word being typed is completed from (a prefix of the stemmed index would
    take "manas" to "mana*" and find "management"), and what spelling suggestions come from.

    The vocabulary is read from FTS5 itself, so it splits and folds words exactly as the index
    does: an unstemmed index without positions is built (in the temporary database), its
    fts5vocab copied out, then dropped;
    a second small index over the words gives each its stem.
    """
    unstemmed = tokenize.replace("porter", "").strip()
    connection = db.conn
    with connection:
        # As `enable_fts` would make it (`content="passages"`, which sqlite-utils and Datasette
        # look for), keyed by `id`.
        connection.execute(
            'CREATE VIRTUAL TABLE "passages_fts" USING FTS5 ("path", "text", "years", "kinds", '
            f'tokenize=\'{tokenize}\', content="passages", content_rowid="id")'
        )
        connection.execute("INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')")
        # In the temporary database: made in the file, then dropped, it left 1.6 MB of free
        # pages at 1,000 documents.
        connection.execute(
            "CREATE VIRTUAL TABLE temp.passage_words USING fts5(path, text, content='', "
            f"tokenize='{unstemmed}', detail='none')"
        )
        connection.execute(
            "INSERT INTO temp.passage_words (rowid, path, text) SELECT id, path, text FROM main.passages"
        )
        connection.execute(
            "CREATE VIRTUAL TABLE temp.passage_words_vocab USING fts5vocab(temp, passage_words, 'row')"
        )
        connection.execute(
            "CREATE TABLE temp.raw_words AS SELECT term AS word, doc AS passages FROM passage_words_vocab"
        )
        connection.execute(
            "CREATE VIRTUAL TABLE temp.raw_stems USING fts5(word, content='raw_words', "
            f"tokenize='{tokenize}')"
        )
        connection.execute("INSERT INTO temp.raw_stems (raw_stems) VALUES ('rebuild')")
        connection.execute(
            "CREATE VIRTUAL TABLE temp.stem_vocab USING fts5vocab(temp, raw_stems, 'instance')"
        )
        connection.execute(
            "INSERT INTO words (word, stem, passages) SELECT r.word, v.term, r.passages "
            "FROM temp.stem_vocab v JOIN temp.raw_words r ON r.rowid = v.doc ORDER BY r.word"
        )
        for name in ("temp.stem_vocab", "temp.raw_stems", "temp.raw_words", "temp.passage_words_vocab"):
            connection.execute(f"DROP TABLE {name}")
        connection.execute("DROP TABLE temp.passage_words")
    db.table("passages").create_index(["document_id"])
    db.table("words").create_index(["stem"])
