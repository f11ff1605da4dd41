"""Search that behaves like a search engine while you type, and never fails on what was typed.

Entities are found by name and alias (exact, then beginning with what was typed, then spelt
alike: "Kyrgystan"), and by the words of their descriptions. Passages (paragraphs, see
`database.passages`) are ranked in tiers: the words as a phrase, then near one another, then
anywhere in the passage, each tier by bm25 with the title and headings weighing five times the
body; then, when those are few, passages missing one word, each marked with the word it lacks.

The word being typed is completed from the unstemmed vocabulary (`database.vocabulary`), so
"Manas" never finds "management"; finished words are stemmed. bm25 scores every passage it
ranks, so a tier matching more than RANK_LIMIT passages ranks the first RANK_LIMIT in id
order, which is the newest documents first (see `database.ranking`); the results say so.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from database import vocabulary
from database.connection import read_transaction
from database.errors import sqlite_errors_as_database_error as reading
from database.names import fold_token, name_key, spelling_variants
from database.query import Clause, clean, parse, quote
from database.ranking import PassageRanking
from database.results import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    EntityHit,
    Facets,
    Filters,
    PassageHit,
    SearchResults,
    Suggestion,
)

__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "EntityHit",
    "Facets",
    "Filters",
    "PassageHit",
    "SearchOvertaken",
    "SearchResults",
    "Suggestion",
    "search",
]

NEAR_WORDS = 10
MAX_PARTIAL_TERMS = 8  # Beyond this many words, "all but one" is no longer a useful answer.
MAX_VARIANTS = 4  # Phrase and near tiers try this many combinations of completions.
_ENTITY_COLUMNS = "e.id, e.name, e.kind, e.aliases, e.mention_count"
OVERTAKEN_CHECK_STEPS = 2000  # SQLite asks whether a search was overtaken every this many steps.


class SearchOvertaken(Exception):
    """The search was stopped because the one who asked no longer wants its answer."""


class _Term(NamedTuple):
    typed: str
    alternatives: tuple[str, ...]  # Folded words or phrases; any of them will do.
    completed: bool = True  # False for a prefix no word begins with.

    def fts(self) -> str:
        if len(self.alternatives) == 1:
            return quote(self.alternatives[0])
        return "(" + " OR ".join(quote(alternative) for alternative in self.alternatives) + ")"


def _term(connection: sqlite3.Connection, clause: Clause) -> _Term | None:
    """The alternatives a clause is searched as; None for a prefix too short to complete."""
    if clause.kind == "phrase":
        return _Term(clause.text, (vocabulary.fold(clause.text),))
    folded = vocabulary.fold(clause.text)
    if clause.kind == "prefix":
        if len(folded) < vocabulary.MIN_PREFIX:
            return None if clause.typing else _Term(clause.text, (folded,))
        limit = vocabulary.completion_limit(folded, asked=not clause.typing)
        found = vocabulary.completions(connection, folded, limit)
        return _Term(clause.text, tuple(found) or (folded,), completed=bool(found))
    american = fold_token(clause.text)
    return _Term(clause.text, tuple(dict.fromkeys([folded, american, *spelling_variants(american)])))


def _combinations(terms: list[_Term]) -> list[tuple[str, ...]]:
    return list(itertools.islice(itertools.product(*(term.alternatives for term in terms)), MAX_VARIANTS))


@reading
def search(
    connection: sqlite3.Connection,
    query: str,
    *,
    limit: int = 20,
    entity_limit: int = 8,
    prefix: bool = True,
    filters: Filters | None = None,
    overtaken: Callable[[], bool] | None = None,
) -> SearchResults:
    """Entities and passages for what was typed; `prefix` when the last word is still being typed.
    `overtaken` is asked while SQLite works: once it says so, the search stops with
    SearchOvertaken (a later keystroke wants the connection, not this answer)."""
    with read_transaction(connection), _stopped_when(connection, overtaken):
        return _search(connection, query, limit, entity_limit, prefix, filters or Filters())


@contextmanager
def _stopped_when(connection: sqlite3.Connection, overtaken: Callable[[], bool] | None) -> Iterator[None]:
    if overtaken is None:
        yield
        return
    connection.set_progress_handler(overtaken, OVERTAKEN_CHECK_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if overtaken():
            raise SearchOvertaken from error
        raise
    finally:
        connection.set_progress_handler(None, 0)


def _search(
    connection: sqlite3.Connection,
    query: str,
    limit: int,
    entity_limit: int,
    prefix: bool,
    filters: Filters,
) -> SearchResults:
    clauses = parse(query, prefix_last=prefix)
    advanced = any(clause.kind == "operator" for clause in clauses)
    terms, expression = _expression(connection, clauses)
    passages = _rank_passages(connection, expression, terms, advanced, filters, limit)
    missing: tuple[str, ...] = ()
    if expression and not advanced and passages.total == 0:
        missing = tuple(term.typed for term in terms if len(terms) == 1 or passages.partial_found[term.typed])
    unknown: list[str] = []
    if expression and not passages.total:
        # One word searched as it is, over every passage, and none holds it: no need to ask again.
        alone = len(terms) == 1 and expression == terms[0].fts() and not filters.active
        unknown = _unknown_words(connection, terms, none_hold=alone)
    spelt = _SpeltLike(connection, name_key(clean(query)))
    entities, name_first = _entity_hits(
        connection, query, expression, entity_limit, filters, spelt if unknown else None
    )
    # An entity holding every word answers better than passages that each lack one.
    name_first = name_first or bool(entities and expression and not advanced and passages.total == 0)
    suggestions: tuple[Suggestion, ...] = ()
    # A query that is an entity's name or alias is spelt right, whatever the passages hold.
    exact_name = any(hit.score >= EXACT_NAME_SCORE for hit in entities)
    if (unknown and not exact_name) or (not entities and not passages.hits):
        suggestions = _suggestions(connection, query, unknown, spelt if not name_first else None)
    return SearchResults(
        query=query,
        fts_query=expression,
        entities=tuple(entities),
        passages=passages.finished(),
        terms=_words_to_mark(connection, terms) if passages.hits else (),
        missing=missing,
        total=passages.total,
        capped=passages.capped,
        facets=passages.facets(entities),
        suggestions=suggestions,
        name_first=name_first,
        filters=filters,
    )


def _expression(connection: sqlite3.Connection, clauses: list[Clause]) -> tuple[list[_Term], str]:
    """The terms searched for (each word with its alternatives, the word being typed with its
    completions) and the FTS5 expression holding them all, operators kept."""
    parts: list[str | _Term] = []
    for clause in clauses:
        if clause.kind == "operator":
            parts.append(clause.text)
        elif (term := _term(connection, clause)) is not None:
            parts.append(term)
    while parts and isinstance(parts[-1], str):
        parts.pop()
    pieces: list[str] = []  # FTS5 needs an explicit AND before a parenthesised group.
    for before, part in zip([None, *parts], parts, strict=False):
        if isinstance(part, _Term) and isinstance(before, _Term):
            pieces.append("AND")
        pieces.append(part.fts() if isinstance(part, _Term) else part)
    return [part for part in parts if isinstance(part, _Term)], " ".join(pieces)


def _rank_passages(
    connection: sqlite3.Connection,
    expression: str,
    terms: list[_Term],
    advanced: bool,
    filters: Filters,
    limit: int,
) -> PassageRanking:
    """The passages tier by tier: the words as a phrase, near one another, anywhere, then
    (when those are few) missing one word. Each tier stops being asked once the page is full."""
    passages = PassageRanking(connection, filters, limit)
    if not expression:
        return passages
    tiered = not advanced and len(terms) > 1  # Phrase and near tiers come before all the words.
    passages.consider(expression, scored=not tiered)
    if tiered:
        combinations = _combinations(terms)
        passages.rank("phrase", " OR ".join(quote(" ".join(combo)) for combo in combinations))
        near = (f"NEAR({' '.join(quote(part) for part in combo)}, {NEAR_WORDS})" for combo in combinations)
        passages.rank("near", f"text : ({' OR '.join(near)})")  # Words near in a heading say little.
    passages.rank("all", expression)
    if not advanced and 1 < len(terms) <= MAX_PARTIAL_TERMS:
        for term in terms:
            others = " AND ".join(other.fts() for other in terms if other is not term)
            passages.rank_partial(f"({others}) NOT {term.fts()}", term.typed)
    return passages


def _words_to_mark(connection: sqlite3.Connection, terms: list[_Term]) -> tuple[str, ...]:
    """Every form of the words searched for, for the reader to mark; common words only when
    nothing else was asked."""
    words = [word for term in terms for alternative in term.alternatives for word in alternative.split()]
    marked = [word for word in words if vocabulary.fold(word) not in vocabulary.UNMARKED] or words
    return vocabulary.forms(connection, marked) if marked else ()


class _SpeltLike:
    """Names spelt like the query, by kind, looked up once: the entities and the suggestions
    may both ask."""

    def __init__(self, connection: sqlite3.Connection, key: str) -> None:
        self._connection = connection
        self._key = key
        self._found: dict[str | None, list[tuple[sqlite3.Row, int]]] = {}

    def __call__(self, kind: str | None) -> list[tuple[sqlite3.Row, int]]:
        if kind not in self._found:
            self._found[kind] = _spelt_like(self._connection, self._key, kind)
        return self._found[kind]


# An entity hit whose name or alias is exactly what was typed scores at least this.
EXACT_NAME_SCORE = 100.0


def _entity_hits(
    connection: sqlite3.Connection,
    query: str,
    expression: str,
    limit: int,
    filters: Filters,
    spelt_like: Callable[[str | None], list[tuple[sqlite3.Row, int]]] | None,
) -> tuple[list[EntityHit], bool]:
    """Names and aliases that are what was typed, then those beginning with it, then those
    spelt like it (`spelt_like`, given when a word of it is in no passage), then full-text
    matches on names, aliases and descriptions; more often mentioned entities break ties. Also
    whether the query names an entity."""
    key = name_key(clean(query))
    found: dict[int, EntityHit] = {}
    kind = (filters.kind, filters.kind)

    def consider(row: sqlite3.Row, score: float, matched: str | None) -> None:
        score += min(row["mention_count"], 200) / 100
        if row["id"] not in found or found[row["id"]].score < score:
            aliases = tuple(alias for alias in (row["aliases"] or "").split("; ") if alias)
            found[row["id"]] = EntityHit(row["id"], row["name"], row["kind"], aliases, matched, score)

    if key:
        for row in connection.execute(
            f"SELECT {_ENTITY_COLUMNS}, a.alias, a.key, a.kind AS alias_kind FROM aliases a "
            "JOIN entities e ON e.id = a.entity_id WHERE a.key >= ? AND a.key < ? "
            "AND (? IS NULL OR e.kind = ?) LIMIT 200",
            (key, key + "\U0010ffff", *kind),
        ):
            score = (EXACT_NAME_SCORE if row["key"] == key else 50.0) + (
                5.0 if row["alias_kind"] == "name" else 0.0
            )
            consider(row, score, None if row["alias_kind"] == "name" else row["alias"])
    if not found and spelt_like is not None and len(key) >= 4:
        for row, distance in spelt_like(filters.kind):
            consider(row, 40.0 - distance, row["alias"])
    named = bool(found)
    if len(found) < limit and expression:
        try:
            rows = connection.execute(
                f"SELECT {_ENTITY_COLUMNS}, bm25(entities_fts, 10.0, 5.0, 1.0) AS rank FROM entities_fts "
                "JOIN entities e ON e.id = entities_fts.rowid "
                "WHERE entities_fts MATCH ? AND (? IS NULL OR e.kind = ?) ORDER BY rank LIMIT ?",
                (expression, *kind, limit),
            ).fetchall()
        except sqlite3.OperationalError as error:
            if "fts5" not in str(error):
                raise
            rows = []
        for row in rows:
            if row["id"] not in found:
                consider(row, 10.0 - row["rank"] / 10, None)
    return sorted(found.values(), key=lambda hit: (-hit.score, hit.name))[:limit], named


def _spelt_like(connection: sqlite3.Connection, key: str, kind: str | None) -> list[tuple[sqlite3.Row, int]]:
    """Aliases spelt like `key` ("kyrgystan", "shanghai corporation organisation"): one edit
    in five letters, the same first letter; closest first, then the most mentioned."""
    allowed = max(1, len(key) // 5)
    rows = connection.execute(
        f"SELECT {_ENTITY_COLUMNS}, a.alias, a.key FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.key >= ? AND a.key < ? AND length(a.key) BETWEEN ? AND ? AND (? IS NULL OR e.kind = ?)",
        (key[0], key[0] + "\U0010ffff", len(key) - allowed, len(key) + allowed, kind, kind),
    ).fetchall()
    close = []
    for row in rows:
        distance = vocabulary.edit_distance(key, row["key"], allowed)
        if distance <= allowed:
            close.append((distance, -row["mention_count"], row["key"], row))
    return [(row, distance) for distance, _, _, row in sorted(close)[:5]]


def _unknown_words(connection: sqlite3.Connection, terms: list[_Term], *, none_hold: bool) -> list[str]:
    """Words no passage holds in any form (asked only when no passage holds them all);
    `none_hold` when the search has just found that no passage holds any of `terms`."""
    asked = {
        term.typed: term
        for term in terms
        if " " not in term.typed
        and len(term.typed) >= 3
        and not term.typed.isdigit()
        and term.typed.isalpha()
    }
    if none_hold:
        return list(asked)
    held = vocabulary.known(connection, asked)
    unknown = []
    for word, term in asked.items():
        if term.completed and (vocabulary.fold(word) in held or fold_token(word) in held):
            continue
        found = connection.execute(
            "SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT 1", (term.fts(),)
        ).fetchone()
        if found is None:  # Not even another form of it ('secur' finds 'security' by its stem).
            unknown.append(word)
    return unknown


def _suggestions(
    connection: sqlite3.Connection,
    query: str,
    unknown: list[str],
    spelt_like: Callable[[str | None], list[tuple[sqlite3.Row, int]]] | None,
) -> tuple[Suggestion, ...]:
    """'Did you mean': the query with each unknown word replaced by the closest word of the
    passages, then entity names spelt like the query (`spelt_like`, unless the query names one)."""
    found: list[Suggestion] = []
    corrected = clean(query)
    changed = False
    for word in unknown:
        close = vocabulary.close_words(connection, word, limit=1)
        if close:
            replacement = close[0].capitalize() if word[:1].isupper() else close[0]
            corrected = corrected.replace(word, replacement, 1)
            changed = True
    if changed:
        found.append(Suggestion(corrected))
    key = name_key(clean(query))
    if len(key) >= 4 and spelt_like is not None:
        for row, _ in spelt_like(None):
            found.append(Suggestion(row["name"], row["id"]))
    texts = set()
    unique = []
    for suggestion in found:
        if suggestion.text.casefold() not in texts and suggestion.text.casefold() != clean(query).casefold():
            texts.add(suggestion.text.casefold())
            unique.append(suggestion)
    return tuple(unique[:4])
