"""Facts -> table rows: pure functions, testable without a database.

A build turns each document into a `DocumentPart` as soon as it is extracted (in a worker
process when there are many): its rows ready to insert, and the little it adds to the tables
that belong to the whole corpus (entities, aliases, co-mentions, `part_of`). Entity columns
hold the entity's index in the build's list of specs until the writer knows which entities are
kept and renumbers them (`Numbering`), so no document has to wait for, or be held until, the
last one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from database.corpus import Document, Section, heading_line_end
from database.facts import CONFIDENCE, DocumentFacts, RelationFact, Span
from database.gazetteer import KINDS, EntitySpec
from database.names import name_key
from database.passages import document_passages

Row = dict[str, object]
DOCUMENT_COLUMNS = ("id", "source", "title", "author", "published", "updated", "encoding", "sha256", "text")
SECTION_COLUMNS = (
    "id",
    "document_id",
    "ordinal",
    "heading",
    "level",
    "path",
    "start",
    "body_start",
    "end",
)
PASSAGE_COLUMNS = ("document_id", "section_id", "start", "end", "years", "kinds")
MENTION_COLUMNS = ("id", "entity_id", "document_id", "section_id", "start", "end")
EVENT_COLUMNS = (
    "id",
    "document_id",
    "section_id",
    "date",
    "year",
    "text",
    "start",
    "end",
    "origin",
    "planned",
)
RELATION_COLUMNS = (
    "subject_id",
    "predicate",
    "object_id",
    "year",
    "document_id",
    "section_id",
    "evidence",
    "start",
    "end",
    "role",
    "weight",
    "status",
    "date",
    "confidence",
    "method",
)


@dataclass
class Spelling:
    """One spelling of one entity as the documents write it: how often, and where first
    (`document` is 0 until the writer numbers the document)."""

    surface: str
    count: int
    document: int
    start: int
    end: int


DocumentRow = tuple[str, str, str | None, str | None, str | None, str, str, str]
SectionPart = tuple[
    int, str, int, str, int, int, int
]  # ordinal, heading, level, path, start, body_start, end
PassagePart = tuple[int, int, int, str, str]  # ordinal, start, end, years, kinds
MentionPart = tuple[int, int, int, int, str]  # entity, ordinal, start, end, surface
EventPart = tuple[
    int, str, int, str, int, int, str, int
]  # ordinal, date, year, text, start, end, origin, planned
RelationPart = tuple[
    int, str, int, int | None, int, str | None, int, int, str | None, int, str | None, str | None, float, str
]  # RELATION_COLUMNS without the document, the section as an ordinal


@dataclass
class DocumentPart:
    """One document's rows, free of its place in the corpus so that the build cache can keep
    it: sections are named by their ordinal (the writer adds the document's number and its
    first section's row id), events are counted from 1 within the document, entities are spec
    indexes. Passages leave out their path and text, which the writer takes from the sections
    and the document text. Also the document's share of the corpus-wide tables."""

    document: DocumentRow  # DOCUMENT_COLUMNS without the id
    sections: list[SectionPart]
    passages: list[PassagePart]
    mentions: list[MentionPart]
    events: list[EventPart]
    event_entities: list[tuple[int, int]]  # event (from 1), entity
    relations: list[RelationPart]
    mention_counts: Counter[int] = field(default_factory=Counter)
    spellings: dict[tuple[int, str], list[Spelling]] = field(default_factory=dict)
    definitions: dict[int, tuple[bool, Span]] = field(default_factory=dict)
    cooccurrence: Counter[tuple[int, int]] = field(default_factory=Counter)
    named_parents: dict[int, Span] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return str(self.document[0])

    @property
    def line(self) -> str:
        return (
            f"{self.source}: {len(self.sections)} sections, {len(self.mentions)} mentions, "
            f"{len(self.events)} events, {len(self.relations)} relations"
        )


def parent_name_keys(specs: list[EntitySpec]) -> dict[int, frozenset[str]]:
    """For every body that may be `part_of` a parent, the name keys of that parent: a sentence
    writing the body's name starting with one of them cites the link."""
    by_name = {spec.name: index for index, spec in enumerate(specs)}
    keys: dict[int, frozenset[str]] = {}
    for index, spec in enumerate(specs):
        parent = by_name.get(spec.parent) if spec.parent else None
        if parent is not None and _is_body_of(spec, specs[parent]):
            keys[index] = frozenset(name_key(alias) for alias in (specs[parent].name, *specs[parent].aliases))
    return keys


# 'Executive Director of the Secretariat' names a post, not a body of the Secretariat.
_OFFICE_TITLE = re.compile(
    r"(?:\w+\s+){0,2}?(?:Director|Secretary|Head|Chair\w*|President|Minister|Representative|Officer|"
    r"Commander|Chief|Coordinator|Envoy|Ambassador|Spokes\w+)\b(?:[\s-]+General)?\s+of\b"
)


def named_parents(facts: DocumentFacts, parent_keys: dict[int, frozenset[str]]) -> dict[int, Span]:
    """Per body, the first sentence of the document that writes its name starting with its
    parent's name, or ending with 'of' it (what cites a `part_of` link)."""
    found: dict[int, Span] = {}
    for mention in facts.mentions:
        keys = parent_keys.get(mention.entity)
        if keys is None or mention.entity in found:
            continue
        words = mention.surface.split()
        if any(name_key(" ".join(words[:length])) in keys for length in range(1, len(words))) or (
            not _OFFICE_TITLE.match(mention.surface)
            and any(
                words[index] == "of" and name_key(" ".join(words[index + 1 :]).removeprefix("the ")) in keys
                for index in range(1, len(words) - 1)
            )
        ):
            sentence = facts.sentence_at(mention.start)
            if sentence is not None:
                found[mention.entity] = sentence
    return found


def document_part(
    document: Document, facts: DocumentFacts, specs: list[EntitySpec], parent_keys: dict[int, frozenset[str]]
) -> DocumentPart:
    """Everything the database takes from one document."""
    events, event_entities = _event_parts(facts)
    mention_counts, spellings = _spellings(facts)
    return DocumentPart(
        document=(
            document.source,
            document.title,
            document.author,
            document.published,
            document.updated,
            document.encoding,
            document.sha256,
            document.text,
        ),
        sections=_section_parts(document),
        passages=_passage_parts(document, facts, specs),
        mentions=[
            (mention.entity, mention.section, mention.start, mention.end, mention.surface)
            for mention in facts.mentions
        ],
        events=events,
        event_entities=event_entities,
        relations=_relation_parts(facts),
        mention_counts=mention_counts,
        spellings=spellings,
        definitions={
            entity: (entity in facts.title_entities, definition.span)
            for entity, definition in facts.definitions.items()
        },
        cooccurrence=facts.cooccurrence,
        named_parents=named_parents(facts, parent_keys),
    )


def _section_parts(document: Document) -> list[SectionPart]:
    ordinals = [section.ordinal for section in document.sections]
    assert ordinals == list(range(len(ordinals))), "sections are numbered from 0 in order"
    return [
        (
            section.ordinal,
            section.heading,
            section.level,
            " › ".join(section.path),
            section.start,
            _body_start(document.text, section),
            section.end,
        )
        for section in document.sections
    ]


def _passage_parts(document: Document, facts: DocumentFacts, specs: list[EntitySpec]) -> list[PassagePart]:
    """Passages with the years and the kinds of entity each names (what search filters by)."""
    kinds_named = [(mention.start, specs[mention.entity].kind) for mention in facts.mentions]
    ordinals = {section.ordinal: section.ordinal for section in document.sections}
    return [
        cast(PassagePart, (row["section_id"], row["start"], row["end"], row["years"], row["kinds"]))
        for row in document_passages(document, 0, ordinals, kinds_named)
    ]


def _event_parts(facts: DocumentFacts) -> tuple[list[EventPart], list[tuple[int, int]]]:
    """Events numbered from 1 within the document, and (event, entity) for who each is about."""
    events: list[EventPart] = []
    event_entities: list[tuple[int, int]] = []
    for event_number, event in enumerate(facts.events, start=1):
        span = event.span
        events.append(
            (
                span.section,
                event.date,
                event.year,
                span.text,
                span.start,
                span.end,
                event.origin,
                int(event.planned),
            )
        )
        event_entities.extend((event_number, entity) for entity in event.entities)
    return events, event_entities


def _relation_parts(facts: DocumentFacts) -> list[RelationPart]:
    """Stated relations, once each (the same link stated by the same sentence with the same
    status is one row), none of an entity with itself."""
    relations: list[RelationPart] = []
    seen: set[tuple[int, str, int, int, str | None]] = set()
    for fact in facts.relations:
        key = (fact.subject, fact.predicate, fact.object, fact.span.start, fact.status)
        if fact.subject == fact.object or key in seen:
            continue
        seen.add(key)
        relations.append(_relation_row(fact, fact.subject, fact.object, fact.span.section))
    return relations


def _spellings(facts: DocumentFacts) -> tuple[Counter[int], dict[tuple[int, str], list[Spelling]]]:
    """How often each entity is named, and each spelling of it (by name key) with its count
    and first place."""
    counts: Counter[int] = Counter()
    spellings: dict[tuple[int, str], list[Spelling]] = {}
    for mention in facts.mentions:
        counts[mention.entity] += 1
        surface = " ".join(mention.surface.split())
        group = spellings.setdefault((mention.entity, name_key(surface)), [])
        same = next((spelling for spelling in group if spelling.surface == surface), None)
        if same is None:
            group.append(Spelling(surface, 1, 0, mention.start, mention.end))
        else:
            same.count += 1
    return counts, spellings


def renumbered_part(part: DocumentPart, number: dict[int, int]) -> DocumentPart:
    """`part` with every entity number `n` replaced by `number[n]` (see
    `incremental.renumbered`, which does the same to the facts)."""
    return DocumentPart(
        document=part.document,
        sections=part.sections,
        passages=part.passages,
        mentions=[(number[row[0]], *row[1:]) for row in part.mentions],
        events=part.events,
        event_entities=[(event, number[entity]) for event, entity in part.event_entities],
        relations=[(number[row[0]], row[1], number[row[2]], *row[3:]) for row in part.relations],
        mention_counts=Counter({number[entity]: count for entity, count in part.mention_counts.items()}),
        spellings={(number[entity], key): group for (entity, key), group in part.spellings.items()},
        definitions={number[entity]: found for entity, found in part.definitions.items()},
        cooccurrence=Counter(
            {(number[left], number[right]): count for (left, right), count in part.cooccurrence.items()}
        ),
        named_parents={number[entity]: span for entity, span in part.named_parents.items()},
    )


def _relation_row(fact: RelationFact, subject: int, obj: int, section: int) -> RelationPart:
    """A stated relation's row without its document; `section` is the sentence's section ordinal."""
    span = fact.span
    return (
        subject,
        fact.predicate,
        obj,
        fact.year,
        section,
        span.text or None,
        span.start,
        span.end,
        fact.role,
        1,
        fact.status,
        fact.date,
        fact.confidence,
        fact.method,
    )


@dataclass
class CorpusTotals:
    """What the corpus-wide tables need from every document, folded in document order."""

    sources: list[str] = field(default_factory=list)
    mention_count: Counter[int] = field(default_factory=Counter)
    document_count: Counter[int] = field(default_factory=Counter)
    spellings: dict[tuple[int, str], list[Spelling]] = field(default_factory=dict)
    definitions: dict[int, tuple[bool, int, Span]] = field(default_factory=dict)
    cooccurrence: Counter[tuple[int, int]] = field(default_factory=Counter)
    named_parents: dict[int, tuple[int, Span, int]] = field(default_factory=dict)
    # Entities a fact names without a mention of their own ('The five Central Asian republics
    # joined …' names each republic): they are kept, or the fact would name no row.
    named_by_facts: set[int] = field(default_factory=set)

    def add(self, part: DocumentPart, number: int, first_section_id: int) -> None:
        """Fold in document `number`'s part (documents in order; the part is left unchanged)."""
        self.sources.append(part.source)
        self.mention_count.update(part.mention_counts)
        self.named_by_facts.update(entity for _event, entity in part.event_entities)
        self.named_by_facts.update(entity for row in part.relations for entity in (row[0], row[2]))
        self.named_by_facts.update(entity for pair in part.cooccurrence for entity in pair)
        self.document_count.update(part.mention_counts.keys())
        for key, group in part.spellings.items():
            held = self.spellings.setdefault(key, [])
            for spelling in group:
                same = next((kept for kept in held if kept.surface == spelling.surface), None)
                if same is None:
                    held.append(
                        Spelling(spelling.surface, spelling.count, number, spelling.start, spelling.end)
                    )
                else:
                    same.count += spelling.count
        for entity, (about, span) in part.definitions.items():
            best = self.definitions.get(entity)
            if best is None or (about and not best[0]):
                self.definitions[entity] = (about, number, span)
        self.cooccurrence.update(part.cooccurrence)
        for entity, span in part.named_parents.items():
            self.named_parents.setdefault(entity, (number, span, first_section_id + span.section))


@dataclass
class Numbering:
    """Entity spec index -> entity row id, for the entities kept."""

    entity_id: dict[int, int]

    @property
    def kept(self) -> list[int]:
        return list(self.entity_id)


def kept_entities(specs: list[EntitySpec], mentioned: set[int]) -> Numbering:
    """Entities the documents name, and the parents they hang under, numbered in tree order."""
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


def part_of_rows(
    specs: list[EntitySpec], totals: CorpusTotals, numbering: Numbering
) -> list[tuple[object, ...]]:
    """A body belongs to its parent organization. Cited by the first sentence whose wording of
    the body carries the parent's name ('OSCE Centre in Bishkek'); otherwise the link is the
    gazetteer's, and says so; a body the documents named, whose parent no sentence writes, has
    no link at all. Rows in RELATION_COLUMNS."""
    by_name = {spec.name: index for index, spec in enumerate(specs)}
    rows: list[tuple[object, ...]] = []
    for spec_index in numbering.kept:
        parent_name = specs[spec_index].parent
        parent_index = by_name.get(parent_name) if parent_name else None
        if (
            parent_index is None
            or parent_index not in numbering.entity_id
            or not _is_body_of(specs[spec_index], specs[parent_index])
        ):
            continue
        subject, parent = numbering.entity_id[spec_index], numbering.entity_id[parent_index]
        if spec_index in totals.named_parents:
            document_number, span, section_id = totals.named_parents[spec_index]
            fact = RelationFact(
                spec_index, "part_of", parent_index, span, method="name", confidence=CONFIDENCE["name"]
            )
            row = _relation_row(fact, subject, parent, section_id)
            rows.append((*row[:4], document_number, *row[4:]))
        elif specs[spec_index].origin in ("gazetteer", "correction"):
            fact = RelationFact(spec_index, "part_of", parent_index, Span(0, 0, 0, ""), method="gazetteer")
            row = _relation_row(fact, subject, parent, 0)
            rows.append((*row[:4], None, None, row[5], None, None, *row[8:]))
    return rows


def _is_body_of(child: EntitySpec, parent: EntitySpec) -> bool:
    """Only bodies and programmes are parts of something: a charter is signed, a headquarters
    is a place. A parent guessed from a discovered name ('PfP Training Centre …') must be an
    organization; a programme's name prefix makes no body of it."""
    if child.kind not in ("organization", "programme"):
        return False
    return child.origin == "gazetteer" or parent.kind == "organization"


def comention_rows(totals: CorpusTotals, numbering: Numbering) -> list[tuple[object, ...]]:
    """'Mentioned with': how many sentences name both entities. Rows in RELATION_COLUMNS."""
    counts: Counter[tuple[int, int]] = Counter()
    for (left, right), count in totals.cooccurrence.items():
        a, b = sorted((numbering.entity_id[left], numbering.entity_id[right]))
        counts[(a, b)] += count
    return [
        (left, "mentioned_with", right, None, None, None, None, None, None, None, count, None, None, None)
        + ("co-mention",)
        for (left, right), count in sorted(counts.items())
    ]


def entity_rows(specs: list[EntitySpec], totals: CorpusTotals, numbering: Numbering) -> list[Row]:
    """Entities with their counts and a cited description: the defining sentence of the
    document most about the entity (it names it in its title), else the gazetteer's text."""
    by_name = {spec.name: index for index, spec in enumerate(specs)}
    slugs: set[str] = set()
    rows: list[Row] = []
    for spec_index, number in numbering.entity_id.items():
        spec = specs[spec_index]
        parent = by_name.get(spec.parent) if spec.parent else None
        if parent is not None and spec.origin != "gazetteer" and specs[parent].kind != "organization":
            parent = None
        definition = totals.definitions.get(spec_index)
        if definition is not None:
            _about, document_number, span = definition
            description: dict[str, object] = {
                "description": span.text,
                "description_source": totals.sources[document_number - 1],
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
                "mention_count": totals.mention_count[spec_index],
                "document_count": totals.document_count[spec_index],
                "aliases": "; ".join(spec.aliases),
            }
        )
    return rows


def alias_rows(specs: list[EntitySpec], totals: CorpusTotals, numbering: Numbering) -> list[Row]:
    """Every name of every entity, with how often and where first each spelling is seen; a
    spelling the documents use that no alias lists (a variant the matcher folded) is added."""
    spellings = totals.spellings
    keys_of: dict[int, list[str]] = {}
    for entity, key in spellings:
        keys_of.setdefault(entity, []).append(key)
    rows: list[Row] = []
    for spec_index, number in numbering.entity_id.items():
        spec = specs[spec_index]
        listed_keys = set()
        for alias, kind in [(spec.name, "name"), *spec.aliases.items()]:
            key = name_key(alias)
            listed_keys.add(key)
            rows.append(_alias_row(number, alias, kind, key, spellings.get((spec_index, key), [])))
        unlisted = sorted(key for key in keys_of.get(spec_index, ()) if key not in listed_keys)
        for key in unlisted:
            group = spellings[(spec_index, key)]
            rows.append(_alias_row(number, group[0].surface, "spelling seen", key, group))
    return rows


def _alias_row(entity_id: int, alias: str, kind: str, key: str, seen: list[Spelling]) -> Row:
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
    heading_end = heading_line_end(text, section.start, section.heading) if section.ordinal else None
    if heading_end is None:
        return section.start
    position = heading_end
    while position < section.end and text[position] in ".:;–— \t":
        position += 1
    return position


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate, suffix = slug, 2
    while candidate in taken:
        candidate, suffix = f"{slug}-{suffix}", suffix + 1
    taken.add(candidate)
    return candidate
