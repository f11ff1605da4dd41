"""Documents -> the SQLite reference database, with sqlite-utils.

Deterministic (the same inputs give the same rows) and atomic: the database is written to a
temporary file beside the target and renamed over it only when complete, so a failed or
killed build leaves the previous database as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from database.corpus import Document, DocumentError, Section, read_document
from database.discover import discover_entities
from database.extract import DocumentFacts, build_matcher, extract_document
from database.gazetteer import KINDS, EntitySpec, Gazetteer, load_gazetteer, name_key
from database.passages import passages_newest_first
from database.paths import GAZETTEER_PATH
from database.schema import SCHEMA_VERSION
from database.tables import create_schema, index_passages, insert_rows

FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
_CODE_DIR = Path(__file__).resolve().parent
BUILD_MODULES = (
    "build.py",
    "corpus.py",
    "dates.py",
    "discover.py",
    "extract.py",
    "gazetteer.py",
    "matcher.py",
    "names.py",
    "passages.py",
    "schema.py",
    "tables.py",
)


@dataclass
class BuildReport:
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


DOCUMENT_SUFFIXES = (".txt", ".text", "")


def collect_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their plain-text files (*.txt, *.text, no suffix; not hidden);
    keep files named directly as given; sort by name."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                child
                for child in sorted(path.iterdir())
                if child.is_file()
                and not child.name.startswith(".")
                and child.suffix.lower() in DOCUMENT_SUFFIXES
            )
        else:
            found.append(path)
    return sorted(dict.fromkeys(found), key=lambda item: (item.name, str(item)))


def input_checksum(documents: Sequence[Document], gazetteer_path: Path = GAZETTEER_PATH) -> str:
    """A digest of what the database is made from: documents, gazetteer and the build code."""
    digest = hashlib.sha256()
    for document in sorted(documents, key=lambda item: item.source):
        digest.update(f"{document.source}\0{document.sha256}\0".encode())
    digest.update(gazetteer_path.read_bytes())
    for name in BUILD_MODULES:
        digest.update(name.encode() + (_CODE_DIR / name).read_bytes())
    return digest.hexdigest()


def read_documents(paths: Iterable[Path], report: BuildReport) -> list[Document]:
    documents: dict[str, Document] = {}
    for path in collect_paths(paths):
        try:
            document = read_document(path)
        except DocumentError as error:
            report.warnings.append(f"skipped {path.name}: {error}")
            continue
        if document.encoding not in ("utf-8", "utf-16"):
            report.warnings.append(f"{path.name}: not UTF-8, decoded as {document.encoding}")
        if document.source in documents:
            report.warnings.append(f"skipped {path}: a document named {path.name} is already in")
            continue
        documents[document.source] = document
    return list(documents.values())


def build_database(
    paths: Iterable[Path],
    out: Path,
    *,
    gazetteer_path: Path = GAZETTEER_PATH,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the database at `out` from the documents at `paths`; return what happened."""
    report = BuildReport()
    documents = read_documents(paths, report)
    if not documents:
        raise DocumentError("no readable documents to build from")
    gazetteer = load_gazetteer(gazetteer_path)
    specs = discover_entities(documents, list(gazetteer.entities))
    matcher = build_matcher(specs)
    facts = [extract_document(document, specs, matcher) for document in documents]

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(out)
    temporary = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        checksum = input_checksum(documents, gazetteer_path)
        _write(temporary, documents, specs, facts, checksum, gazetteer, report)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
    for document, document_facts in zip(documents, facts, strict=True):
        line = (
            f"{document.source}: {len(document.sections)} sections, "
            f"{len(document_facts.mentions)} mentions, {len(document_facts.events)} events, "
            f"{len(document_facts.relations)} relations"
        )
        report.lines.append(line)
        if progress:
            progress(line)
    return report


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files left by builds that were killed (their process is gone)."""
    for leftover in out.parent.glob(f".{out.name}.tmp-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            leftover.unlink(missing_ok=True)
        except PermissionError:
            continue


def _kept_entities(specs: list[EntitySpec], facts: list[DocumentFacts]) -> list[int]:
    """Entities the documents name, and the parents they hang under."""
    mentioned = {match.entity for document_facts in facts for match, _ in document_facts.mentions}
    by_name = {spec.name: index for index, spec in enumerate(specs)}
    kept = set(mentioned)
    for index in mentioned:
        parent = specs[index].parent
        while parent and parent in by_name and by_name[parent] not in kept:
            kept.add(by_name[parent])
            parent = specs[by_name[parent]].parent
    order = {kind: position for position, kind in enumerate(KINDS)}
    return sorted(kept, key=lambda i: (order[specs[i].kind], name_key(specs[i].name), i))


def _write(
    path: Path,
    documents: list[Document],
    specs: list[EntitySpec],
    facts: list[DocumentFacts],
    checksum: str,
    gazetteer: Gazetteer,
    report: BuildReport,
) -> None:
    connection = sqlite3.connect(path)
    db = sqlite_utils.Database(connection)
    kept = _kept_entities(specs, facts)
    entity_id = {spec_index: number for number, spec_index in enumerate(kept, start=1)}
    by_name = {spec.name: index for index, spec in enumerate(specs)}

    section_ids: dict[tuple[int, int], int] = {}
    document_rows, section_rows = [], []
    for document_number, document in enumerate(documents, start=1):
        document_rows.append(
            {
                "id": document_number,
                "source": document.source,
                "title": document.title,
                "author": document.author,
                "published": document.published,
                "updated": document.updated,
                "encoding": document.encoding,
                "sha256": document.sha256,
                "text": document.text,
            }
        )
        for section in document.sections:
            section_id = len(section_rows) + 1
            section_ids[(document_number, section.ordinal)] = section_id
            section_rows.append(
                {
                    "id": section_id,
                    "document_id": document_number,
                    "ordinal": section.ordinal,
                    "heading": section.heading,
                    "level": section.level,
                    "path": " › ".join(section.path),
                    "start": section.start,
                    "body_start": _body_start(document.text, section),
                    "end": section.end,
                    "text": document.text[_body_start(document.text, section) : section.end].strip(),
                }
            )

    kinds_named = [[(match.start, specs[match.entity].kind) for match, _ in f.mentions] for f in facts]
    passage_rows = passages_newest_first(documents, section_ids, kinds_named)
    mention_rows, event_rows, event_entity_rows, relation_rows = [], [], [], []
    mention_count: Counter[int] = Counter()
    documents_of: dict[int, set[int]] = {}
    definitions: dict[int, tuple[str, str]] = {}
    cooccurrence: Counter[tuple[int, int]] = Counter()
    comention: dict[tuple[int, int], tuple[int, int, int, int, str]] = {}
    for document_number, (document, document_facts) in enumerate(zip(documents, facts, strict=True), 1):
        for match, section in document_facts.mentions:
            number = entity_id[match.entity]
            mention_rows.append(
                {
                    "id": len(mention_rows) + 1,
                    "entity_id": number,
                    "document_id": document_number,
                    "section_id": section_ids[(document_number, section)],
                    "start": match.start,
                    "end": match.end,
                    "surface": match.surface,
                }
            )
            mention_count[number] += 1
            documents_of.setdefault(number, set()).add(document_number)
        for event in document_facts.events:
            event_id = len(event_rows) + 1
            event_rows.append(
                {
                    "id": event_id,
                    "document_id": document_number,
                    "section_id": section_ids[(document_number, event["section"])],
                    "date": event["date"],
                    "year": event["year"],
                    "text": event["text"],
                    "start": event["start"],
                    "end": event["end"],
                    "origin": event["origin"],
                }
            )
            event_entity_rows.extend(
                {"event_id": event_id, "entity_id": entity_id[entity]} for entity in event["entities"]
            )
        seen = set()
        for relation in document_facts.relations:
            subject, obj = entity_id[relation["subject"]], entity_id[relation["object"]]
            key = (subject, relation["predicate"], obj, relation["start"])
            if subject == obj or key in seen:
                continue
            seen.add(key)
            relation_rows.append(
                _relation_row(
                    relation_rows,
                    subject,
                    relation["predicate"],
                    obj,
                    relation["year"],
                    document_number,
                    section_ids[(document_number, relation["section"])],
                    relation["evidence"],
                    relation["start"],
                    relation["end"],
                    relation["role"],
                )
            )
        for spec_index, (sentence, _section) in document_facts.definitions.items():
            definitions.setdefault(entity_id[spec_index], (sentence, document.source))
        for (left, right), count in document_facts.cooccurrence.items():
            pair = tuple(sorted((entity_id[left], entity_id[right])))
            cooccurrence[pair] += count
            section, start, end, sentence = document_facts.first_comention[(left, right)]
            comention.setdefault(
                pair, (document_number, section_ids[(document_number, section)], start, end, sentence)
            )

    for spec_index in kept:
        parent = specs[spec_index].parent
        if parent in by_name and by_name[parent] in entity_id:
            child_id, parent_id = entity_id[spec_index], entity_id[by_name[parent]]
            document_id, section_id, start, end, sentence = comention.get(
                tuple(sorted((child_id, parent_id))), (None, None, None, None, None)
            )
            relation_rows.append(
                _relation_row(
                    relation_rows,
                    child_id,
                    "part_of",
                    parent_id,
                    None,
                    document_id,
                    section_id,
                    sentence,
                    start,
                    end,
                    None,
                )
            )
    for (left, right), count in sorted(cooccurrence.items()):
        row = _relation_row(
            relation_rows, left, "mentioned_with", right, None, None, None, None, None, None, None
        )
        row["weight"] = count
        relation_rows.append(row)

    entity_rows = []
    slugs: set[str] = set()
    for spec_index in kept:
        spec = specs[spec_index]
        number = entity_id[spec_index]
        definition = definitions.get(number)
        parent = by_name.get(spec.parent) if spec.parent else None
        entity_rows.append(
            {
                "id": number,
                "slug": _unique_slug(spec.slug, slugs),
                "name": spec.name,
                "kind": spec.kind,
                "category": spec.category,
                "parent_id": entity_id.get(parent),
                "description": definition[0] if definition else spec.description,
                "description_source": definition[1] if definition else None,
                "iso_code": spec.iso_code,
                "origin": spec.origin,
                "mention_count": mention_count[number],
                "document_count": len(documents_of.get(number, ())),
                "aliases": "; ".join(spec.aliases),
            }
        )
    alias_rows = [
        {"entity_id": entity_id[i], "alias": alias, "kind": kind, "key": name_key(alias)}
        for i in kept
        for alias, kind in [(specs[i].name, "name"), *specs[i].aliases.items()]
    ]

    create_schema(db)
    for table, rows in (
        ("documents", document_rows),
        ("sections", section_rows),
        ("passages", passage_rows),
        ("entities", entity_rows),
        ("aliases", alias_rows),
        ("mentions", mention_rows),
        ("events", event_rows),
        ("event_entities", event_entity_rows),
        ("relations", relation_rows),
    ):
        insert_rows(connection, table, rows)
    for table, columns in (
        ("aliases", ["key"]),
        ("aliases", ["entity_id"]),
        ("mentions", ["entity_id"]),
        ("mentions", ["section_id"]),
        ("event_entities", ["entity_id"]),
        ("relations", ["subject_id"]),
        ("relations", ["object_id"]),
        ("entities", ["parent_id"]),
    ):
        db[table].create_index(columns, if_not_exists=True)
    db["sections"].enable_fts(["heading", "text"], tokenize=FTS_TOKENIZE)
    db["entities"].enable_fts(["name", "aliases", "description"], tokenize=FTS_TOKENIZE)
    index_passages(db, FTS_TOKENIZE)
    built = os.environ.get("SOURCE_DATE_EPOCH")
    built_on = dt.datetime.fromtimestamp(int(built), dt.UTC) if built else dt.datetime.now(dt.UTC)
    db["meta"].insert_all(
        [
            {"key": "schema_version", "value": SCHEMA_VERSION},
            {"key": "input_checksum", "value": checksum},
            {"key": "built", "value": built_on.date().isoformat()},
            {"key": "regions", "value": json.dumps(list(gazetteer.regions))},
        ]
    )
    report.totals = {
        "documents": len(document_rows),
        "sections": len(section_rows),
        "passages": len(passage_rows),
        "entities": len(entity_rows),
        "aliases": len(alias_rows),
        "mentions": len(mention_rows),
        "events": len(event_rows),
        "relations": len(relation_rows),
    }
    connection.execute("VACUUM")
    connection.close()


def _relation_row(
    rows: list[dict],
    subject: int,
    predicate: str,
    obj: int,
    year: int | None,
    document_id: int | None,
    section_id: int | None,
    evidence: str | None,
    start: int | None,
    end: int | None,
    role: str | None,
) -> dict:
    return {
        "id": len(rows) + 1,
        "subject_id": subject,
        "predicate": predicate,
        "object_id": obj,
        "year": year,
        "document_id": document_id,
        "section_id": section_id,
        "evidence": evidence,
        "start": start,
        "end": end,
        "role": role,
        "weight": 1,
    }


def _body_start(text: str, section: Section) -> int:
    """Where a section's own words begin: after its heading and, for a run-in heading
    ("Development of Partnership Relations. In order to …"), after the stop that ends it."""
    if section.ordinal == 0 or not text.startswith(section.heading, section.start):
        return section.start
    position = section.start + len(section.heading)
    while position < section.end and text[position] in ".:;–— \t":
        position += 1
    return position


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate, suffix = slug, 2
    while candidate in taken:
        candidate, suffix = f"{slug}-{suffix}", suffix + 1
    taken.add(candidate)
    return candidate
