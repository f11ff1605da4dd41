"""A new database file written as the documents arrive, then finished with the tables that
belong to the whole corpus.

A document's rows are inserted as soon as its `DocumentPart` comes in, and the part is let go:
a build never holds every document's rows at once. What must wait for the last document is
settled in `finish`: which entities are kept and their numbers (entity columns are written as
spec indexes and renumbered in one statement each), the passages' newest-first order (staged in
a temporary table, copied over in that order), then entities, aliases, `part_of` and
co-mention rows, indexes and full-text tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from database.gazetteer import EntitySpec
from database.progress import BuildProgress, ProgressCallback
from database.rows import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    PASSAGE_COLUMNS,
    RELATION_COLUMNS,
    SECTION_COLUMNS,
    CorpusTotals,
    DocumentPart,
    alias_rows,
    comention_rows,
    entity_rows,
    kept_entities,
    part_of_rows,
)
from database.tables import create_schema, finish_indexes, insert_rows


def _insert(table: str, columns: Iterable[str]) -> str:
    names = list(columns)
    return (
        f"INSERT INTO {table} ({', '.join(f'[{n}]' for n in names)}) VALUES ({', '.join('?' * len(names))})"
    )


def _unless_derived(sentence: str | None, text: str, start: int | None, end: int | None) -> str | None:
    """What a relation's evidence column stores: nothing when it is the document's text from
    `start` to `end`, which the `relations` view reads instead (every sentence the rules cite
    today); '' for no sentence where that would not be empty; the sentence itself otherwise."""
    derived = text[start:end] if start is not None and end is not None else ""
    if sentence is None:
        return "" if derived else None
    return None if sentence == derived and derived else sentence


class DatabaseWriter:
    """Writes one database at `path` (a temporary file: journalling and syncing are off, the
    caller renames it into place when `finish` has returned)."""

    def __init__(self, path: Path, specs: list[EntitySpec]) -> None:
        import sqlite_utils

        self.specs = specs
        self.totals = CorpusTotals()
        self.counts = dict.fromkeys(
            ("documents", "sections", "passages", "mentions", "events", "relations"), 0
        )
        self._event_entities: list[tuple[int, int]] = []
        self._dates: list[str] = []
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA journal_mode = OFF")
        self.connection.execute("PRAGMA synchronous = OFF")
        self.connection.execute("PRAGMA temp_store = FILE")
        # FTS5 merges its segments as it indexes, freeing pages (1.1 MB at 1,000 documents):
        # `finish` gives them back, so the file holds only what it uses.
        self.connection.execute("PRAGMA auto_vacuum = INCREMENTAL")
        self._db = sqlite_utils.Database(self.connection)
        create_schema(self._db)
        self.connection.execute(
            "CREATE TEMP TABLE passage_stage (document_id INTEGER, section_id INTEGER, start INTEGER, "
            "[end] INTEGER, years TEXT, kinds TEXT)"
        )
        self.connection.execute(
            "CREATE TEMP TABLE mention_stage (id INTEGER, entity_id INTEGER, document_id INTEGER, "
            "section_id INTEGER, start INTEGER, [end] INTEGER)"
        )

    def add(self, part: DocumentPart) -> None:
        """Insert one document's rows, numbered as the next document."""
        number = self.counts["documents"] + 1
        first_section = self.counts["sections"] + 1
        first_event = self.counts["events"]
        first_mention = self.counts["mentions"]
        execute = self.connection.executemany
        execute(_insert("documents", DOCUMENT_COLUMNS), ((number, *part.document),))
        execute(
            _insert("sections", SECTION_COLUMNS),
            ((first_section + row[0], number, *row) for row in part.sections),
        )
        execute(
            _insert("temp.passage_stage", PASSAGE_COLUMNS),
            ((number, first_section + ordinal, *rest) for ordinal, *rest in part.passages),
        )
        execute(
            _insert("temp.mention_stage", MENTION_COLUMNS),
            (
                (first_mention + mention, entity, number, first_section + ordinal, start, end)
                for mention, (entity, ordinal, start, end, _surface) in enumerate(part.mentions, start=1)
            ),
        )
        text = part.document[-1]
        execute(
            _insert("events", EVENT_COLUMNS),
            (
                (first_event + event, number, first_section + row[0], *row[1:])
                for event, row in enumerate(part.events, start=1)
            ),
        )
        self._event_entities.extend((first_event + event, entity) for event, entity in part.event_entities)
        execute(
            _insert("relation_spans", RELATION_COLUMNS),
            (
                (*row[:4], number, first_section + row[4], _unless_derived(row[5], text, row[6], row[7]))
                + row[6:]
                for row in part.relations
            ),
        )
        published, updated = part.document[3], part.document[4]
        self._dates.append(max(filter(None, (published, updated)), default=""))
        self.totals.add(part, number, first_section)
        for table, added in (
            ("documents", 1),
            ("sections", len(part.sections)),
            ("passages", len(part.passages)),
            ("mentions", len(part.mentions)),
            ("events", len(part.events)),
            ("relations", len(part.relations)),
        ):
            self.counts[table] += added

    def finish(self, meta: dict[str, str], progress: ProgressCallback | None = None) -> dict[str, int]:
        """Write what needs every document, then indexes and full-text tables; close the file.
        Returns the number of rows of each main table."""
        try:
            return self._finish(meta, progress)
        finally:
            self.connection.close()

    def close(self) -> None:
        self.connection.close()

    def _finish(self, meta: dict[str, str], progress: ProgressCallback | None) -> dict[str, int]:
        connection, totals, specs = self.connection, self.totals, self.specs
        steps = ("entities", "aliases", "mentions", "event_entities", "relations", "passages")
        numbering = kept_entities(specs, set(totals.mention_count) | totals.named_by_facts)

        def step(table: str) -> None:
            if progress:
                progress(BuildProgress("writing", steps.index(table), len(steps), table))

        step("entities")
        entities = entity_rows(specs, totals, numbering)
        insert_rows(connection, "entities", entities)
        step("aliases")
        aliases = alias_rows(specs, totals, numbering)
        insert_rows(connection, "aliases", aliases)
        connection.execute("CREATE TEMP TABLE numbering (spec INTEGER PRIMARY KEY, id INTEGER)")
        connection.executemany("INSERT INTO temp.numbering VALUES (?, ?)", numbering.entity_id.items())
        step("mentions")
        number = "(SELECT id FROM temp.numbering WHERE spec = {})"
        self._write_mentions()
        step("event_entities")
        entity_id = numbering.entity_id
        connection.executemany(
            "INSERT INTO event_entities (event_id, entity_id) VALUES (?, ?)",
            ((event, entity_id[entity]) for event, entity in self._event_entities),
        )
        step("relations")
        connection.execute(
            f"UPDATE relation_spans SET subject_id = {number.format('subject_id')}, "
            f"object_id = {number.format('object_id')}"
        )
        later = part_of_rows(specs, totals, numbering) + comention_rows(totals, numbering)
        connection.executemany(_insert("relation_spans", RELATION_COLUMNS), later)
        step("passages")
        self._write_passages()
        connection.execute("DROP TABLE temp.numbering")
        if progress:
            progress(BuildProgress("indexing", 0, 1))
        finish_indexes(self._db)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        connection.commit()
        connection.executescript("PRAGMA incremental_vacuum;")  # Stepped to the end: a page a step.
        return {
            **self.counts,
            "entities": len(entities),
            "aliases": len(aliases),
            "relations": self.counts["relations"] + len(later),
        }

    def _write_mentions(self) -> None:
        """Mentions renumbered to their entities' ids and written in the table's key order
        (entity, id): renumbering them in place moved every row and left pages half empty."""
        columns = ", ".join(f"[{column}]" for column in MENTION_COLUMNS)
        self.connection.execute(
            f"INSERT INTO mentions ({columns}) SELECT s.id, n.id, s.document_id, s.section_id, s.start, "
            "s.[end] FROM temp.mention_stage s JOIN temp.numbering n ON n.spec = s.entity_id "
            "ORDER BY n.id, s.id"
        )
        self.connection.execute("DROP TABLE temp.mention_stage")

    def _write_passages(self) -> None:
        """Passages numbered newest document first, undated last, by file name within a date;
        each document's passages together in reading order. A search that matches more
        passages than it can rank while you type ranks the first ones by id."""
        order = sorted(range(len(self._dates)), key=lambda index: self.totals.sources[index])
        order.sort(key=lambda index: self._dates[index], reverse=True)
        connection = self.connection
        connection.execute("CREATE TEMP TABLE document_order (document_id INTEGER PRIMARY KEY, rank INTEGER)")
        connection.executemany(
            "INSERT INTO temp.document_order VALUES (?, ?)",
            ((index + 1, rank) for rank, index in enumerate(order)),
        )
        columns = ", ".join(f"[{column}]" for column in PASSAGE_COLUMNS)
        staged = ", ".join(f"s.[{column}]" for column in PASSAGE_COLUMNS)
        connection.execute(
            f"INSERT INTO passages ({columns}, path, text) SELECT {staged}, c.path, "
            "substr(d.text, s.start + 1, s.[end] - s.start) FROM temp.passage_stage s "
            "JOIN temp.document_order o ON o.document_id = s.document_id "
            "LEFT JOIN sections c ON c.id = s.section_id LEFT JOIN documents d ON d.id = s.document_id "
            "ORDER BY o.rank, s.rowid"
        )
        connection.execute("DROP TABLE temp.passage_stage")
        connection.execute("DROP TABLE temp.document_order")
