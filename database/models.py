"""The plain frozen dataclasses the read side answers with."""

from __future__ import annotations

from dataclasses import dataclass

PREDICATE_LABELS = {
    ("member_of", "out"): "Member of",
    ("member_of", "in"): "Members",
    ("part_of", "out"): "Part of",
    ("part_of", "in"): "Parts and bodies",
    ("signed", "out"): "Signed",
    ("signed", "in"): "Signatories",
    ("located_in", "out"): "Located in",
    ("located_in", "in"): "Places in it",
    ("holds_office", "out"): "Offices held",
    ("holds_office", "in"): "Office holders",
}


@dataclass(frozen=True)
class EntityRef:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class TreeItem:
    """A row of the entity tree: a group heading (entity is None) or an entity."""

    label: str
    entity: EntityRef | None
    count: int
    aliases: tuple[str, ...]
    children: tuple[TreeItem, ...]


@dataclass(frozen=True)
class TimelineEvent:
    date: str
    year: int
    text: str
    source: str
    title: str
    section: str
    start: int
    end: int


@dataclass(frozen=True)
class Relation:
    predicate: str
    direction: str
    entity: EntityRef
    year: int | None
    evidence: str | None
    source: str | None
    title: str | None
    section: str | None
    start: int | None
    end: int | None
    role: str | None

    @property
    def label(self) -> str:
        return PREDICATE_LABELS.get((self.predicate, self.direction), self.predicate)


@dataclass(frozen=True)
class Passage:
    source: str
    title: str
    section: str
    text: str
    start: int
    end: int
    mentions: int


@dataclass(frozen=True)
class SourceInfo:
    number: int
    source: str
    title: str
    author: str | None
    published: str | None
    updated: str | None
    mentions: int

    @property
    def date(self) -> str | None:
        return self.published or (self.updated or "")[:10] or None


@dataclass(frozen=True)
class Summary:
    entity: EntityRef
    category: str | None
    iso_code: str | None
    aliases: tuple[tuple[str, str], ...]
    description: str | None
    description_source: str | None
    parent: EntityRef | None
    children: tuple[EntityRef, ...]
    timeline: tuple[TimelineEvent, ...]
    relations: tuple[Relation, ...]
    mentioned_with: tuple[tuple[EntityRef, int], ...]
    passages: tuple[Passage, ...]
    sources: tuple[SourceInfo, ...]
    mention_count: int
    built: str

    @property
    def years(self) -> tuple[int, int] | None:
        years = [event.year for event in self.timeline]
        return (min(years), max(years)) if years else None


@dataclass(frozen=True)
class SectionInfo:
    ordinal: int
    heading: str
    level: int
    path: str
    start: int
    body_start: int
    end: int


@dataclass(frozen=True)
class DocumentView:
    id: int
    source: str
    title: str
    author: str | None
    published: str | None
    updated: str | None
    text: str
    sections: tuple[SectionInfo, ...]
