"""What a search answers: immutable records shared by the search and its ranking.

NamedTuples rather than frozen dataclasses: the command line's search imports this module, and
`dataclasses` (with `inspect`) plus making six classes cost it about a fifth of its run."""

from __future__ import annotations

from typing import NamedTuple

HIGHLIGHT_START = "\x02"  # Around the words found, in snippets.
HIGHLIGHT_END = "\x03"


class Filters(NamedTuple):
    """What the results are narrowed to: an entity kind (entities of it, passages naming
    one), a document (its file name) and a range of years (passages naming a year in it)."""

    kind: str | None = None
    document: str | None = None
    years: tuple[int, int] | None = None

    @property
    def active(self) -> bool:
        return bool(self.kind or self.document or self.years)


class EntityHit(NamedTuple):
    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    matched: str | None
    score: float


class PassageHit(NamedTuple):
    source: str
    title: str
    section: str
    start: int
    end: int
    snippet: str
    score: float
    missing: tuple[str, ...] = ()
    match: str = "all"  # "phrase", "near", "all" (scattered) or "partial" (a word missing)
    years: tuple[int, ...] = ()


class Suggestion(NamedTuple):
    """A search to try instead: the query with its misspelt words corrected, or the name of
    an entity spelt like what was typed."""

    text: str
    entity_id: int | None = None


class Facets(NamedTuple):
    """Counts over the passages ranked (all of them unless `SearchResults.capped`); kinds
    count entity hits too."""

    documents: tuple[tuple[str, str, int], ...] = ()  # (file name, title, passages), most first
    kinds: tuple[tuple[str, int], ...] = ()
    years: tuple[tuple[int, int], ...] = ()  # (year, passages), by year


class SearchResults(NamedTuple):
    query: str
    fts_query: str
    entities: tuple[EntityHit, ...]
    passages: tuple[PassageHit, ...]
    terms: tuple[str, ...]  # The words found, in every form found, to mark in the passages (none without).
    missing: tuple[str, ...] = ()  # Words no passage holding all the others has.
    total: int = 0  # Passages holding every word (at least this many when capped).
    capped: bool = False
    facets: Facets = Facets()
    suggestions: tuple[Suggestion, ...] = ()
    name_first: bool = False  # The query names an entity: entities come before passages.
    filters: Filters = Filters()

    @property
    def empty(self) -> bool:
        return not self.entities and not self.passages
