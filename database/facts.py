"""What extraction hands the build: frozen facts, each with the span of text that states it.

Entity numbers here are indexes into the build's list of `EntitySpec`; section numbers are
section ordinals within the document. Offsets refer to `Document.text`.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

# Membership statuses, from the strongest claim to the explicit denial. Only the first four
# say the subject is (or was) a member; the rest must never be shown as a membership.
MEMBER_STATUSES = ("founding member", "joined", "rejoined", "member")
OTHER_STATUSES = ("observer", "applied", "planned", "suspended", "withdrew", "not a member")
STATUSES = MEMBER_STATUSES + OTHER_STATUSES

# How a fact was found, and how far the build trusts it before anyone reads the sentence.
CONFIDENCE = {
    "sentence": 0.9,
    "milestone": 0.9,
    "list": 0.85,
    "table": 0.85,
    "signature": 0.85,
    "heading": 0.75,
    "paragraph": 0.7,
    "pronoun": 0.7,
    "group": 0.7,
    "context": 0.6,
    "previous sentence": 0.5,
    "name": 0.8,
    "gazetteer": 0.9,
}
UNCERTAIN_BELOW = 0.6


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text: the sentence (or row) a fact is read from."""

    section: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    entity: int
    section: int
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Event:
    """A dated happening: its date is the date of its own clause, never of a neighbour's.
    `planned` marks a date the sentence gives for something still to come (a schedule, a plan,
    an expiry): shown as planned, never as a happening."""

    span: Span
    date: str
    year: int
    origin: str
    entities: tuple[int, ...]
    planned: bool = False


@dataclass(frozen=True)
class RelationFact:
    """A typed link stated by one sentence, with its status (for memberships), its own date,
    how it was found and a confidence."""

    subject: int
    predicate: str
    object: int
    span: Span
    date: str | None = None
    status: str | None = None
    role: str | None = None
    method: str = "sentence"
    confidence: float = CONFIDENCE["sentence"]

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


@dataclass(frozen=True)
class Definition:
    """A sentence that says what an entity is ('The EADRCC was created in 1998 to ...')."""

    entity: int
    span: Span


@dataclass
class DocumentFacts:
    """Everything one document states, in document order."""

    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)
    definitions: dict[int, Definition] = field(default_factory=dict)
    cooccurrence: Counter[tuple[int, int]] = field(default_factory=Counter)
    first_comention: dict[tuple[int, int], Span] = field(default_factory=dict)
    sentences: list[Span] = field(default_factory=list)
    title_entities: frozenset[int] = frozenset()

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding `offset`, if any."""
        index = bisect.bisect_right(self.sentences, offset, key=lambda span: span.start) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None
