"""One entity's summary, read with bounded queries.

A page must cost about the same on five documents and on five thousand, so no list here reads
every row an entity has unless asked to (`Limits.everything()`, the full dossier). The
timeline and the passages are chosen from the first `SAMPLE` rows the entity's index holds
(in document order); the totals say how many there are in all.

Columns that newer builds add (`relations.status/date/confidence/method`,
`entities.description_origin/...`) are read when present and given neutral values when not.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from database.models import (
    Citation,
    Description,
    EntityRef,
    Limits,
    Passage,
    Relation,
    SourceInfo,
    Summary,
    TimelineEvent,
)

SAMPLE = 2000
CITATIONS_PER_EVENT = 3
PASSAGE_DOCUMENTS = 6
MIN_PASSAGE_WORDS = 8


def read_summary(
    connection: sqlite3.Connection, entity_id: int, limits: Limits, excluded: Sequence[int] = ()
) -> Summary:
    """`excluded`: relation ids left out (facts the reader rejected), so a fact stated by
    other sentences too is shown with the next of them."""
    row = connection.execute(
        "SELECT e.*, p.id AS p_id, p.name AS p_name, p.kind AS p_kind FROM entities e "
        "LEFT JOIN entities p ON p.id = e.parent_id WHERE e.id = ?",
        (entity_id,),
    ).fetchone()
    if row is None:
        raise KeyError(entity_id)
    entity = EntityRef(row["id"], row["name"], row["kind"])
    documents = _DocumentCache(connection)
    timeline, timeline_total, years = _timeline(connection, entity_id, limits.timeline, documents)
    relations, relations_total = _relations(connection, entity_id, limits.relations, documents, excluded)
    mentioned_with, with_total = _mentioned_with(connection, entity_id, limits.mentioned_with)
    passages = _passages(connection, entity_id, limits.passages, documents)
    parent = EntityRef(row["p_id"], row["p_name"], row["p_kind"]) if row["p_id"] else None
    parent_citation = next(
        (
            r.citation
            for r in relations
            if r.predicate == "part_of" and r.direction == "out" and parent and r.entity.id == parent.id
        ),
        None,
    )
    description = _description(row, documents)
    cited = [c.source for event in timeline for c in event.citations]
    cited += [r.citation.source for r in relations if r.citation]
    cited += [p.source for p in passages]
    if description and description.citation:
        cited.append(description.citation.source)
    sources = _sources(connection, entity_id, limits.sources, cited, documents)
    return Summary(
        entity=entity,
        category=row["category"],
        iso_code=row["iso_code"],
        aliases=_aliases(connection, entity_id),
        description=description,
        parent=parent,
        parent_citation=parent_citation,
        children=_children(connection, entity_id),
        timeline=timeline,
        relations=relations,
        mentioned_with=mentioned_with,
        passages=passages,
        sources=sources,
        mention_count=row["mention_count"],
        built=_meta_value(connection, "built"),
        totals={
            "timeline": timeline_total,
            "relations": relations_total,
            "mentioned_with": with_total,
            "sources": row["document_count"] if "document_count" in row else len(sources),
        },
        limits=limits,
        years=years,
    )


def _meta_value(connection: sqlite3.Connection, key: str) -> str:
    found = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return found[0] if found else ""


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f"PRAGMA table_info([{table}])")}


class _DocumentCache:
    """Documents' citation data and text, each read once per summary."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.rows: dict[int, sqlite3.Row] = {}
        self.ids: dict[str, int] = {}  # File name → id, for every document read (no index on source).
        self.texts: dict[int, str] = {}
        self.sections: dict[int, str] = {}

    def row(self, document_id: int) -> sqlite3.Row:
        if document_id not in self.rows:
            row = self.connection.execute(
                "SELECT id, source, title, author, published, updated FROM documents WHERE id = ?",
                (document_id,),
            ).fetchone()
            self.rows[document_id] = row
            if row is not None:
                self.ids[row["source"]] = document_id
        return self.rows[document_id]

    def text(self, document_id: int) -> str:
        if document_id not in self.texts:
            self.texts[document_id] = self.connection.execute(
                "SELECT text FROM documents WHERE id = ?", (document_id,)
            ).fetchone()[0]
        return self.texts[document_id]

    def section_path(self, section_id: int | None) -> str:
        if section_id is None:
            return ""
        if section_id not in self.sections:
            found = self.connection.execute(
                "SELECT path FROM sections WHERE id = ?", (section_id,)
            ).fetchone()
            self.sections[section_id] = found[0] if found else ""
        return self.sections[section_id]

    def date(self, document_id: int) -> str | None:
        row = self.row(document_id)
        return row["published"] or (row["updated"] or "")[:10] or None

    def citation(
        self, document_id: int | None, section_id: int | None, start: int | None, end: int | None
    ) -> Citation | None:
        if document_id is None:
            return None
        row = self.row(document_id)
        if row is None:
            return None
        sentence = None
        if start is not None and end is not None:
            sentence = " ".join(self.text(document_id)[start:end].split()) or None
        return Citation(
            row["source"],
            row["title"],
            self.section_path(section_id),
            start,
            end,
            sentence,
            self.date(document_id),
        )


def _timeline(
    connection: sqlite3.Connection, entity_id: int, limit: int | None, documents: _DocumentCache
) -> tuple[tuple[TimelineEvent, ...], int, tuple[int, int] | None]:
    """Events with the same date and words merged into one, each with all its citations;
    the `limit` most cited (milestones first) of the first SAMPLE, in date order."""
    total, first, last = connection.execute(
        "SELECT count(*), min(ev.year), max(ev.year) FROM event_entities x "
        "JOIN events ev ON ev.id = x.event_id WHERE x.entity_id = ?"
        if limit is None
        else "SELECT count(*), NULL, NULL FROM event_entities WHERE entity_id = ?",
        (entity_id,),
    ).fetchone()
    sample = "" if limit is None else f"LIMIT {SAMPLE + 20 * limit}"
    groups = connection.execute(
        "SELECT ev.date, min(ev.year) AS year, ev.text, ev.planned, "
        "max(ev.origin = 'milestone') AS milestone, "
        "count(DISTINCT ev.document_id) AS n, group_concat(ev.id) AS ids, min(ev.year) OVER () AS first, "
        "max(ev.year) OVER () AS last "
        f"FROM (SELECT event_id FROM event_entities WHERE entity_id = ? {sample}) x "
        "JOIN events ev ON ev.id = x.event_id GROUP BY ev.date, ev.text, ev.planned "
        "ORDER BY milestone DESC, n DESC, ev.date, min(ev.id) LIMIT ?",
        (entity_id, -1 if limit is None else limit),
    ).fetchall()
    if groups and first is None:
        first, last = groups[0]["first"], groups[0]["last"]
    wanted = {g["ids"]: [int(i) for i in g["ids"].split(",")[:CITATIONS_PER_EVENT]] for g in groups}
    ids = [i for chosen in wanted.values() for i in chosen]
    rows = {
        r["id"]: r
        for r in _in_chunks(
            connection, "SELECT id, document_id, section_id, start, end FROM events WHERE id IN ({})", ids
        )
    }
    events = []
    for group in groups:
        citations = tuple(
            c
            for c in (
                documents.citation(
                    rows[i]["document_id"], rows[i]["section_id"], rows[i]["start"], rows[i]["end"]
                )
                for i in wanted[group["ids"]]
                if i in rows
            )
            if c is not None
        )
        if citations:
            origin = "milestone" if group["milestone"] else "sentence"
            events.append(
                TimelineEvent(
                    group["date"],
                    group["year"],
                    group["text"],
                    origin,
                    citations,
                    group["n"],
                    planned=bool(group["planned"]),
                )
            )
    events.sort(key=lambda e: (e.date, e.origin != "milestone", e.source, e.start or 0))
    years = (first, last) if first is not None else None
    return tuple(events), total, years


def _in_chunks(connection: sqlite3.Connection, sql: str, values: list[int]) -> list[sqlite3.Row]:
    rows: list[sqlite3.Row] = []
    for at in range(0, len(values), 500):
        chunk = values[at : at + 500]
        rows += connection.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return rows


def _aliases(connection: sqlite3.Connection, entity_id: int) -> tuple[tuple[str, str], ...]:
    return tuple(
        (r["alias"], r["kind"])
        for r in connection.execute(
            "SELECT alias, kind FROM aliases WHERE entity_id = ? AND kind != 'name' ORDER BY rowid",
            (entity_id,),
        )
    )


def _children(connection: sqlite3.Connection, entity_id: int) -> tuple[EntityRef, ...]:
    return tuple(
        EntityRef(r["id"], r["name"], r["kind"])
        for r in connection.execute(
            "SELECT id, name, kind FROM entities WHERE parent_id = ? ORDER BY mention_count DESC, name",
            (entity_id,),
        )
    )


def _relation(group: sqlite3.Row, detail: sqlite3.Row, direction: str, documents: _DocumentCache) -> Relation:
    """One shown fact: a group of statements, cited by its first sentence (or by the evidence
    kept with it when that sentence cannot be placed)."""
    citation = documents.citation(detail["document_id"], detail["section_id"], detail["start"], detail["end"])
    if citation is not None and citation.sentence is None and detail["evidence"]:
        citation = Citation(
            citation.source, citation.title, citation.section, None, None, detail["evidence"], citation.date
        )
    return Relation(
        group["predicate"],
        direction,
        EntityRef(detail["o_id"], detail["o_name"], detail["o_kind"]),
        detail["year"],
        detail["date"],
        group["status"],
        float(group["confidence"]),
        detail["method"],
        group["role"],
        citation,
        group["n"],
    )


def _relations(
    connection: sqlite3.Connection,
    entity_id: int,
    limit: int | None,
    documents: _DocumentCache,
    excluded: Sequence[int] = (),
) -> tuple[tuple[Relation, ...], int]:
    """One fact per (predicate, other entity, status, role), with its earliest sentence and
    how many statements say it."""
    present = _columns(connection, "relations")
    status = "r.status" if "status" in present else "NULL"
    date = "r.date" if "date" in present else "CAST(r.year AS TEXT)"
    confidence = "r.confidence" if "confidence" in present else "1.0"
    method = "r.method" if "method" in present else "NULL"
    facts: list[Relation] = []
    total = 0
    for direction, mine, other in (("out", "subject_id", "object_id"), ("in", "object_id", "subject_id")):
        groups = connection.execute(
            f"SELECT r.predicate, r.{other} AS other, {status} AS status, r.role, count(*) AS n, "
            f"max(coalesce({confidence}, 1.0)) AS confidence, count(*) OVER () AS total, "
            f"min((r.evidence IS NULL) || coalesce({date}, '9999') || '#' || printf('%012d', r.id)) AS first "
            f"FROM relations r WHERE r.{mine} = ? AND r.predicate != 'mentioned_with' "
            f"AND r.id NOT IN (SELECT value FROM json_each(?)) "
            f"GROUP BY r.predicate, r.{other}, {status}, r.role ORDER BY n DESC LIMIT ?",
            (entity_id, json.dumps(list(excluded)), -1 if limit is None else limit),
        ).fetchall()
        if not groups:
            continue
        total += groups[0]["total"]
        firsts = [int(g["first"].rsplit("#", 1)[1]) for g in groups]
        details = {
            r["id"]: r
            for r in _in_chunks(
                connection,
                f"SELECT r.id, r.year, {date} AS date, {method} AS method, r.document_id, r.section_id, "
                f"r.start, r.end, r.evidence, o.id AS o_id, o.name AS o_name, o.kind AS o_kind "
                f"FROM relations r JOIN entities o ON o.id = r.{other} WHERE r.id IN ({{}})",
                firsts,
            )
        }
        facts.extend(
            _relation(group, details[first], direction, documents)
            for group, first in zip(groups, firsts, strict=True)
        )
    facts.sort(key=lambda r: (r.predicate, r.direction, r.date or "9999", r.entity.name))
    return tuple(facts), total


def _mentioned_with(
    connection: sqlite3.Connection, entity_id: int, limit: int | None
) -> tuple[tuple[tuple[EntityRef, int], ...], int]:
    rows = connection.execute(
        "SELECT o.id, o.name, o.kind, r.weight, count(*) OVER () AS total FROM relations r JOIN entities o "
        "ON o.id = CASE WHEN r.subject_id = ? THEN r.object_id ELSE r.subject_id END "
        "WHERE r.predicate = 'mentioned_with' AND (r.subject_id = ? OR r.object_id = ?) "
        "ORDER BY r.weight DESC, o.name LIMIT ?",
        (entity_id, entity_id, entity_id, -1 if limit is None else limit),
    ).fetchall()
    total = rows[0]["total"] if rows else 0
    return tuple((EntityRef(r["id"], r["name"], r["kind"]), r["weight"]) for r in rows), total


def _passages(
    connection: sqlite3.Connection, entity_id: int, limit: int | None, documents: _DocumentCache
) -> tuple[Passage, ...]:
    """Paragraphs that name the entity most often, at most one per document when bounded,
    from the documents naming it most among the first SAMPLE mentions. Headings, captions
    and other lines too short to say something are not passages."""
    sample = "" if limit is None else f"LIMIT {SAMPLE}"
    rows = connection.execute(
        f"SELECT document_id, section_id, start, end FROM mentions WHERE entity_id = ? {sample}", (entity_id,)
    ).fetchall()
    by_document: dict[int, list[sqlite3.Row]] = {}
    for row in rows:
        by_document.setdefault(row["document_id"], []).append(row)
    ranked = sorted(by_document, key=lambda d: (-len(by_document[d]), d))
    if limit is not None:
        ranked = ranked[: max(PASSAGE_DOCUMENTS, limit)]
    candidates: dict[tuple[int, int], dict[str, Any]] = {}
    for document_id in ranked:
        text = documents.text(document_id)
        for row in by_document[document_id]:
            start = text.rfind("\n", 0, row["start"]) + 1
            end = text.find("\n", row["end"])
            end = len(text) if end < 0 else end
            found = candidates.setdefault(
                (document_id, start), {"section": row["section_id"], "start": start, "end": end, "count": 0}
            )
            found["count"] += 1
    chosen: list[Passage] = []
    seen_texts: set[str] = set()
    per_document: dict[int, int] = {}
    for (document_id, _), found in sorted(
        candidates.items(), key=lambda item: (-item[1]["count"], item[0][0], item[0][1])
    ):
        body = documents.text(document_id)[found["start"] : found["end"]]
        stripped = body.strip(" •\t")
        if len(stripped.split()) < MIN_PASSAGE_WORDS or stripped[-1:] not in '.!?”")»':
            continue  # A heading, a caption, a label: not something a document says.
        if not (stripped[:1].isupper() or stripped[:1].isdigit() or stripped[:1] in "“\"'«("):
            continue  # The tail of a list or of a sentence cut by a line break.
        key = " ".join(stripped.lower().split())
        if key in seen_texts or (limit is not None and per_document.get(document_id, 0) >= 1):
            continue
        seen_texts.add(key)
        per_document[document_id] = per_document.get(document_id, 0) + 1
        lead = len(body) - len(body.lstrip(" •\t"))
        row = documents.row(document_id)
        chosen.append(
            Passage(
                row["source"],
                row["title"],
                documents.section_path(found["section"]),
                stripped,
                found["start"] + lead,
                found["start"] + lead + len(stripped),
                found["count"],
                documents.date(document_id),
            )
        )
        if limit is not None and len(chosen) >= limit:
            break
    return tuple(chosen)


def _description(row: sqlite3.Row, documents: _DocumentCache) -> Description | None:
    """The description with the sentence it comes from, or marked as the gazetteer's."""
    text = row["description"]
    if not text:
        return None
    columns = row.keys()
    confidence = row["confidence"] if "confidence" in columns and row["confidence"] is not None else 1.0
    if "description_origin" in columns:
        origin = row["description_origin"]
        document_id = row["description_document_id"]
        if origin == "document" and document_id is not None:
            citation = documents.citation(document_id, None, row["description_start"], row["description_end"])
            return Description(text, origin, citation, confidence)
        return Description(text, origin or "gazetteer", None, confidence)
    source = row["description_source"] if "description_source" in columns else None
    if source:
        found = documents.connection.execute(
            "SELECT id FROM documents WHERE source = ?", (source,)
        ).fetchone()
        if found is not None:
            at = documents.text(found[0]).find(text)
            start, end = (at, at + len(text)) if at >= 0 else (None, None)
            section = _section_at(documents.connection, found[0], start)
            citation = documents.citation(found[0], section, start, end)
            return Description(text, "document", citation, confidence)
    return Description(text, "gazetteer", None, confidence)


def _section_at(connection: sqlite3.Connection, document_id: int, offset: int | None) -> int | None:
    if offset is None:
        return None
    found = connection.execute(
        "SELECT id FROM sections WHERE document_id = ? AND start <= ? ORDER BY start DESC LIMIT 1",
        (document_id, offset),
    ).fetchone()
    return found[0] if found else None


def _sources(
    connection: sqlite3.Connection,
    entity_id: int,
    limit: int | None,
    cited: list[str],
    documents: _DocumentCache,
) -> tuple[SourceInfo, ...]:
    """Every document cited on the page, then (up to `limit`) those naming the entity most
    among the first SAMPLE mentions; all of them for a dossier. Numbered by mentions."""
    sample = "" if limit is None else f"LIMIT {SAMPLE}"
    counts = {
        r[0]: r[1]
        for r in connection.execute(
            "SELECT document_id, count(*) FROM "
            f"(SELECT document_id FROM mentions WHERE entity_id = ? {sample}) GROUP BY document_id",
            (entity_id,),
        )
    }
    by_source = {documents.row(d)["source"]: d for d in counts}
    for source in cited:
        if source not in by_source and source in documents.ids:
            by_source[source] = documents.ids[source]
    must = set(cited)
    ordered = sorted(by_source, key=lambda s: (s not in must, -counts.get(by_source[s], 0), s))
    if limit is not None:
        ordered = [s for i, s in enumerate(ordered) if s in must or i < limit]
    ordered.sort(key=lambda s: (-counts.get(by_source[s], 0), s))
    result = []
    for number, source in enumerate(ordered, start=1):
        row = documents.row(by_source[source])
        result.append(
            SourceInfo(
                number,
                source,
                row["title"],
                row["author"],
                row["published"],
                row["updated"],
                counts.get(by_source[source], 0),
            )
        )
    return tuple(result)
