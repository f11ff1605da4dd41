"""The records of the entity tree and the document list: all that the window's first page
reads, kept apart from `database.models` so that start-up creates only these. They are
NamedTuples: a frozen dataclass costs start-up ten times as much to create.

No `from __future__ import annotations` here: a NamedTuple's field types given as strings are
each compiled at start-up (typing's ForwardRef); as types, they are only looked up."""

from typing import NamedTuple


class EntityRef(NamedTuple):
    id: int
    name: str
    kind: str


class TreeItem(NamedTuple):
    """A row of the entity tree. A group (entity is None) is a kind (`kind` set, `label`
    empty) or a region of countries (`label` set); `total` is the number of entities under
    it. An entity row's `total` is its number of mentions."""

    label: str
    entity: EntityRef | None
    total: int
    aliases: tuple[str, ...]
    children: tuple["TreeItem", ...]
    kind: str | None = None
    acronym: str | None = None


class SourceInfo(NamedTuple):
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


class DocumentList(NamedTuple):
    """The first documents by file name, and how many there are in all."""

    documents: tuple[SourceInfo, ...]
    total: int
