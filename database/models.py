"""The plain frozen dataclasses the read side answers with. Labels and wording belong to the
render layer (`desktop_app.render`), not here. The tree's and the document list's, all the
window's first page reads, are in `database.lists` (each dataclass costs start-up about a
millisecond to create); they are importable from here too."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from database.lists import DocumentList, EntityRef, SourceInfo, TreeItem

if TYPE_CHECKING:
    from database.corrections import Correction

__all__ = [
    "MEMBERSHIP_STATUSES",
    "OBSERVER_STATUS",
    "UNCERTAIN_BELOW",
    "Citation",
    "Description",
    "DocumentList",
    "DocumentView",
    "EntityRef",
    "EntityRow",
    "Limits",
    "Passage",
    "Relation",
    "SectionInfo",
    "SourceInfo",
    "Summary",
    "TimelineEvent",
    "TreeItem",
]

# `member_of` statuses that make the subject a member; every other status ('planned',
# 'applied', 'not a member', 'withdrew', 'suspended') is said with its own word, never as
# a membership. NULL (a database built before statuses were recorded) reads as 'member'.
MEMBERSHIP_STATUSES = frozenset({"founding member", "joined", "member", "rejoined"})
OBSERVER_STATUS = "observer"
UNCERTAIN_BELOW = 0.6


@dataclass(frozen=True)
class EntityRow:
    """A line of `entities`: what the listing and `entities --json` show."""

    id: int
    name: str
    kind: str
    category: str | None
    aliases: tuple[str, ...]
    parent: str | None
    mentions: int


@dataclass(frozen=True)
class Citation:
    """Where a fact is stated: a document, its section, and the sentence's offsets in it."""

    source: str
    title: str
    section: str
    start: int | None
    end: int | None
    sentence: str | None
    date: str | None = None


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event; `citations` are documents stating it (the same date and words),
    `source_count` how many documents do (more may exist than are listed). A `planned` event
    is one the sentence gives as still to come (scheduled, planned, expiring), not a happening."""

    date: str
    year: int
    text: str
    origin: str
    citations: tuple[Citation, ...]
    source_count: int
    planned: bool = False

    @property
    def source(self) -> str:
        return self.citations[0].source

    @property
    def start(self) -> int | None:
        return self.citations[0].start

    @property
    def end(self) -> int | None:
        return self.citations[0].end


@dataclass(frozen=True)
class Relation:
    """A typed link to another entity with the sentence that states it. `direction` is 'out'
    when this entity is the subject. `status`, `date`, `confidence` and `method` come from
    the build (absent in older databases: then NULL, the year, 1.0 and NULL)."""

    predicate: str
    direction: str
    entity: EntityRef
    year: int | None
    date: str | None
    status: str | None
    confidence: float
    method: str | None
    role: str | None
    citation: Citation | None
    statements: int = 1

    @property
    def is_membership(self) -> bool:
        return self.predicate == "member_of" and (self.status is None or self.status in MEMBERSHIP_STATUSES)

    @property
    def uncertain(self) -> bool:
        return self.confidence < UNCERTAIN_BELOW

    @property
    def evidence(self) -> str | None:
        return self.citation.sentence if self.citation else None

    @property
    def source(self) -> str | None:
        return self.citation.source if self.citation else None


@dataclass(frozen=True)
class Description:
    """A one-paragraph description: from a document sentence (`citation` set) or from the
    curated gazetteer (`origin` 'gazetteer', no citation)."""

    text: str
    origin: str | None
    citation: Citation | None
    confidence: float = 1.0


@dataclass(frozen=True)
class Passage:
    source: str
    title: str
    section: str
    text: str
    start: int
    end: int
    mentions: int
    date: str | None = None


@dataclass(frozen=True)
class Limits:
    """How many rows of each list a summary reads; None reads them all (the full dossier)."""

    timeline: int | None = 40
    passages: int | None = 6
    sources: int | None = 12
    mentioned_with: int | None = 15
    relations: int | None = 60

    @classmethod
    def everything(cls) -> Limits:
        return cls(None, None, None, None, None)


@dataclass(frozen=True)
class Summary:
    entity: EntityRef
    category: str | None
    iso_code: str | None
    aliases: tuple[tuple[str, str], ...]
    description: Description | None
    parent: EntityRef | None
    parent_citation: Citation | None
    children: tuple[EntityRef, ...]
    timeline: tuple[TimelineEvent, ...]
    relations: tuple[Relation, ...]
    mentioned_with: tuple[tuple[EntityRef, int], ...]
    passages: tuple[Passage, ...]
    sources: tuple[SourceInfo, ...]
    mention_count: int
    built: str
    totals: dict[str, int]
    limits: Limits
    years: tuple[int, int] | None
    corrections: tuple[Correction, ...] = ()
    """The reader's corrections that changed this summary (see `database.corrections`)."""
    corrected_links: tuple[int, ...] = ()
    """Ids of the parent and children that stand by the reader's correction, not a document."""

    @property
    def as_of(self) -> str | None:
        """The newest date among the documents listed: what the page is current to."""
        dates = [source.date for source in self.sources if source.date]
        return max(dates) if dates else None

    def more(self, part: str) -> int:
        """How many rows of `part` exist beyond those read."""
        shown = {
            "timeline": len(self.timeline),
            "passages": len(self.passages),
            "sources": len(self.sources),
            "mentioned_with": len(self.mentioned_with),
            "relations": len(self.relations),
        }[part]
        return max(0, self.totals.get(part, shown) - shown)


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
