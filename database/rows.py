"""Facts -> table rows: pure functions, one per table, each testable without a database.

`Numbering` holds what every row-maker needs: which entities are kept, their row ids, and the
row id of every (document, section ordinal).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from database.corpus import Document, Section
from database.facts import CONFIDENCE, DocumentFacts, RelationFact, Span
from database.gazetteer import KINDS, EntitySpec
from database.names import name_key

Row = dict[str, object]


@dataclass
class Numbering:
    """Row ids shared by the tables: entity spec index -> entity id, (document id, section
    ordinal) -> section id."""

    entity_id: dict[int, int]
    section_id: dict[tuple[int, int], int] = field(default_factory=dict)

    @property
    def kept(self) -> list[int]:
        return list(self.entity_id)


def kept_entities(specs: list[EntitySpec], facts: list[DocumentFacts]) -> Numbering:
    """Entities the documents name, and the parents they hang under, numbered in tree order."""
    mentioned = {mention.entity for document_facts in facts for mention in document_facts.mentions}
    by_name = {spec.name: index for index, spec in enumerate(specs)}
    kept = set(mentioned)
    for index in mentioned:
        parent = specs[index].parent
        while parent and parent in by_name and by_name[parent] not in kept:
            kept.add(by_name[parent])
            parent = specs[by_name[parent]].parent
    order = {kind: position for position, kind in enumerate(KINDS)}
    ordered = sorted(kept, key=lambda i: (order[specs[i].kind], name_key(specs[i].name), i))
    return Numbering({spec_index: number for number, spec_index in enumerate(ordered, start=1)})


def document_rows(documents: list[Document]) -> list[Row]:
    return [
        {
            "id": number,
            "source": document.source,
            "title": document.title,
            "author": document.author,
            "published": document.published,
            "updated": document.updated,
            "encoding": document.encoding,
            "sha256": document.sha256,
            "text": document.text,
        }
        for number, document in enumerate(documents, start=1)
    ]


def section_rows(documents: list[Document], numbering: Numbering) -> list[Row]:
    """Sections of every document; records each section's row id in `numbering`."""
    rows: list[Row] = []
    for document_number, document in enumerate(documents, start=1):
        for section in document.sections:
            section_id = len(rows) + 1
            numbering.section_id[(document_number, section.ordinal)] = section_id
            body_start = _body_start(document.text, section)
            rows.append(
                {
                    "id": section_id,
                    "document_id": document_number,
                    "ordinal": section.ordinal,
                    "heading": section.heading,
                    "level": section.level,
                    "path": " › ".join(section.path),
                    "start": section.start,
                    "body_start": body_start,
                    "end": section.end,
                    "text": document.text[body_start : section.end].strip(),
                }
            )
    return rows


def mention_rows(facts: list[DocumentFacts], numbering: Numbering) -> list[Row]:
    rows: list[Row] = []
    for document_number, document_facts in enumerate(facts, start=1):
        for mention in document_facts.mentions:
            rows.append(
                {
                    "id": len(rows) + 1,
                    "entity_id": numbering.entity_id[mention.entity],
                    "document_id": document_number,
                    "section_id": numbering.section_id[(document_number, mention.section)],
                    "start": mention.start,
                    "end": mention.end,
                    "surface": mention.surface,
                }
            )
    return rows


def event_rows(facts: list[DocumentFacts], numbering: Numbering) -> tuple[list[Row], list[Row]]:
    """Events and who each is about."""
    events: list[Row] = []
    about: list[Row] = []
    for document_number, document_facts in enumerate(facts, start=1):
        for event in document_facts.events:
            event_id = len(events) + 1
            events.append(
                {
                    "id": event_id,
                    "document_id": document_number,
                    "section_id": numbering.section_id[(document_number, event.span.section)],
                    "date": event.date,
                    "year": event.year,
                    "text": event.span.text,
                    "start": event.span.start,
                    "end": event.span.end,
                    "origin": event.origin,
                    "planned": int(event.planned),
                }
            )
            about.extend(
                {"event_id": event_id, "entity_id": numbering.entity_id[entity]} for entity in event.entities
            )
    return events, about


def _relation_row(
    number: int,
    fact: RelationFact,
    subject: int,
    obj: int,
    document_number: int | None,
    numbering: Numbering,
) -> Row:
    span = fact.span
    return {
        "id": number,
        "subject_id": subject,
        "predicate": fact.predicate,
        "object_id": obj,
        "year": fact.year,
        "document_id": document_number,
        "section_id": numbering.section_id[(document_number, span.section)] if document_number else None,
        "evidence": span.text or None,
        "start": span.start if document_number else None,
        "end": span.end if document_number else None,
        "role": fact.role,
        "weight": 1,
        "status": fact.status,
        "date": fact.date,
        "confidence": fact.confidence,
        "method": fact.method,
    }


def relation_rows(facts: list[DocumentFacts], numbering: Numbering, first_id: int = 1) -> list[Row]:
    """Stated relations, one row per sentence that states each (so each row cites its own)."""
    rows: list[Row] = []
    for document_number, document_facts in enumerate(facts, start=1):
        seen: set[tuple[int, str, int, int, str | None]] = set()
        for fact in document_facts.relations:
            subject, obj = numbering.entity_id[fact.subject], numbering.entity_id[fact.object]
            key = (subject, fact.predicate, obj, fact.span.start, fact.status)
            if subject == obj or key in seen:
                continue
            seen.add(key)
            rows.append(_relation_row(first_id + len(rows), fact, subject, obj, document_number, numbering))
    return rows


def part_of_rows(
    specs: list[EntitySpec],
    facts: list[DocumentFacts],
    numbering: Numbering,
    first_id: int,
) -> list[Row]:
    """A body belongs to its parent organization. Cited by the first sentence whose wording of
    the body carries the parent's name ('OSCE Centre in Bishkek'); otherwise the link is the
    gazetteer's, and says so."""
    by_name = {spec.name: index for index, spec in enumerate(specs)}
    parents: dict[int, int] = {}
    for spec_index in numbering.kept:
        parent_name = specs[spec_index].parent
        parent_index = by_name.get(parent_name) if parent_name else None
        if (
            parent_index is not None
            and parent_index in numbering.entity_id
            and _is_body_of(specs[spec_index], specs[parent_index])
        ):
            parents[spec_index] = parent_index
    cited = _sentences_naming_parents(specs, facts, parents)
    rows: list[Row] = []
    for spec_index, parent_index in parents.items():
        if spec_index in cited:
            document_number: int | None
            document_number, span = cited[spec_index]
            fact = RelationFact(
                spec_index, "part_of", parent_index, span, method="name", confidence=CONFIDENCE["name"]
            )
        else:
            document_number = None
            fact = RelationFact(spec_index, "part_of", parent_index, Span(0, 0, 0, ""), method="gazetteer")
        rows.append(
            _relation_row(
                first_id + len(rows),
                fact,
                numbering.entity_id[spec_index],
                numbering.entity_id[parent_index],
                document_number,
                numbering,
            )
        )
    return rows


def _is_body_of(child: EntitySpec, parent: EntitySpec) -> bool:
    """Only bodies and programmes are parts of something: a charter is signed, a headquarters
    is a place. A parent guessed from a discovered name ('PfP Training Centre …') must be an
    organization; a programme's name prefix makes no body of it."""
    if child.kind not in ("organization", "programme"):
        return False
    return child.origin == "gazetteer" or parent.kind == "organization"


def _sentences_naming_parents(
    specs: list[EntitySpec], facts: list[DocumentFacts], parents: dict[int, int]
) -> dict[int, tuple[int, Span]]:
    """For each body, the first sentence that writes its name starting with its parent's."""
    parent_keys = {
        child: {name_key(alias) for alias in (specs[parent].name, *specs[parent].aliases)}
        for child, parent in parents.items()
    }
    cited: dict[int, tuple[int, Span]] = {}
    for document_number, document_facts in enumerate(facts, start=1):
        for mention in document_facts.mentions:
            keys = parent_keys.get(mention.entity)
            if keys is None or mention.entity in cited:
                continue
            words = mention.surface.split()
            if any(name_key(" ".join(words[:length])) in keys for length in range(1, len(words))):
                span = document_facts.sentence_at(mention.start)
                if span is not None:
                    cited[mention.entity] = (document_number, span)
    return cited


def comention_rows(facts: list[DocumentFacts], numbering: Numbering, first_id: int) -> list[Row]:
    """'Mentioned with': how many sentences name both entities."""
    counts: Counter[tuple[int, int]] = Counter()
    for document_facts in facts:
        for (left, right), count in document_facts.cooccurrence.items():
            a, b = sorted((numbering.entity_id[left], numbering.entity_id[right]))
            counts[(a, b)] += count
    return [
        {
            "id": first_id + offset,
            "subject_id": left,
            "predicate": "mentioned_with",
            "object_id": right,
            "year": None,
            "document_id": None,
            "section_id": None,
            "evidence": None,
            "start": None,
            "end": None,
            "role": None,
            "weight": count,
            "status": None,
            "date": None,
            "confidence": None,
            "method": "co-mention",
        }
        for offset, ((left, right), count) in enumerate(sorted(counts.items()))
    ]


def entity_rows(
    specs: list[EntitySpec],
    documents: list[Document],
    facts: list[DocumentFacts],
    numbering: Numbering,
) -> list[Row]:
    """Entities with their counts and a cited description: the defining sentence of the
    document most about the entity (it names it in its title), else the gazetteer's text."""
    mention_count: Counter[int] = Counter()
    documents_of: dict[int, set[int]] = {}
    for document_number, document_facts in enumerate(facts, start=1):
        for mention in document_facts.mentions:
            mention_count[mention.entity] += 1
            documents_of.setdefault(mention.entity, set()).add(document_number)
    definitions = _best_definitions(facts)
    by_name = {spec.name: index for index, spec in enumerate(specs)}
    slugs: set[str] = set()
    rows: list[Row] = []
    for spec_index, number in numbering.entity_id.items():
        spec = specs[spec_index]
        parent = by_name.get(spec.parent) if spec.parent else None
        if parent is not None and spec.origin != "gazetteer" and specs[parent].kind != "organization":
            parent = None
        definition = definitions.get(spec_index)
        if definition is not None:
            document_number, span = definition
            description: dict[str, object] = {
                "description": span.text,
                "description_source": documents[document_number - 1].source,
                "description_origin": "document",
                "description_document_id": document_number,
                "description_start": span.start,
                "description_end": span.end,
            }
        else:
            description = {
                "description": spec.description,
                "description_source": None,
                "description_origin": "gazetteer" if spec.description else None,
                "description_document_id": None,
                "description_start": None,
                "description_end": None,
            }
        rows.append(
            {
                "id": number,
                "slug": _unique_slug(spec.slug, slugs),
                "name": spec.name,
                "kind": spec.kind,
                "category": spec.category,
                "parent_id": numbering.entity_id.get(parent) if parent is not None else None,
                **description,
                "iso_code": spec.iso_code,
                "origin": spec.origin,
                "confidence": spec.confidence,
                "mention_count": mention_count[spec_index],
                "document_count": len(documents_of.get(spec_index, ())),
                "aliases": "; ".join(spec.aliases),
            }
        )
    return rows


def _best_definitions(facts: list[DocumentFacts]) -> dict[int, tuple[int, Span]]:
    """Per entity, the defining sentence of a document whose title names it, else the first."""
    best: dict[int, tuple[bool, int, Span]] = {}
    for document_number, document_facts in enumerate(facts, start=1):
        for entity, definition in document_facts.definitions.items():
            about = entity in document_facts.title_entities
            held = best.get(entity)
            if held is None or (about and not held[0]):
                best[entity] = (about, document_number, definition.span)
    return {entity: (number, span) for entity, (_, number, span) in best.items()}


@dataclass
class _Spelling:
    """One spelling of one entity as the documents write it: how often, and where first."""

    surface: str
    count: int
    document: int
    start: int
    end: int


def alias_rows(specs: list[EntitySpec], facts: list[DocumentFacts], numbering: Numbering) -> list[Row]:
    """Every name of every entity, with how often and where first each spelling is seen; a
    spelling the documents use that no alias lists (a variant the matcher folded) is added."""
    spellings: dict[tuple[int, str], list[_Spelling]] = {}
    for document_number, document_facts in enumerate(facts, start=1):
        for mention in document_facts.mentions:
            surface = " ".join(mention.surface.split())
            group = spellings.setdefault((mention.entity, name_key(surface)), [])
            same = next((spelling for spelling in group if spelling.surface == surface), None)
            if same is None:
                group.append(_Spelling(surface, 1, document_number, mention.start, mention.end))
            else:
                same.count += 1
    rows: list[Row] = []
    for spec_index, number in numbering.entity_id.items():
        spec = specs[spec_index]
        listed_keys = set()
        for alias, kind in [(spec.name, "name"), *spec.aliases.items()]:
            key = name_key(alias)
            listed_keys.add(key)
            rows.append(_alias_row(number, alias, kind, key, spellings.get((spec_index, key), [])))
        unlisted = sorted(key for entity, key in spellings if entity == spec_index and key not in listed_keys)
        for key in unlisted:
            group = spellings[(spec_index, key)]
            rows.append(_alias_row(number, group[0].surface, "spelling seen", key, group))
    return rows


def _alias_row(entity_id: int, alias: str, kind: str, key: str, seen: list[_Spelling]) -> Row:
    first = seen[0] if seen else None
    return {
        "entity_id": entity_id,
        "alias": alias,
        "kind": kind,
        "key": key,
        "mentions": sum(spelling.count for spelling in seen),
        "document_id": first.document if first else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
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
