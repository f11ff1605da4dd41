"""Search that never fails on what was typed.

User input becomes a safe FTS5 query: words are quoted, balanced "phrases" stay phrases, a
trailing `*` keeps prefix search, OR / NOT / AND in capitals stay operators when they stand
between terms; everything else (stray quotes, `:`, `^`, parentheses, NEAR, control
characters) is treated as plain text. The last word is searched as a prefix while typing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from database.errors import sqlite_errors_as_database_error as reading
from database.names import name_key

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]+")
_OPERATORS = {"OR", "NOT", "AND"}


@dataclass(frozen=True)
class EntityHit:
    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    matched: str | None
    score: float


@dataclass(frozen=True)
class PassageHit:
    source: str
    title: str
    section: str
    start: int
    end: int
    snippet: str
    score: float


@dataclass(frozen=True)
class SearchResults:
    query: str
    fts_query: str
    entities: tuple[EntityHit, ...]
    passages: tuple[PassageHit, ...]
    terms: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.entities and not self.passages


def _clean(text: str) -> str:
    text = "".join(char if char.isprintable() else " " for char in text[:MAX_QUERY_CHARS])
    return " ".join(text.split())


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def to_fts_query(text: str, *, prefix_last: bool = False) -> tuple[str, tuple[str, ...]]:
    """Turn user input into (a safe FTS5 MATCH expression, the plain terms to highlight)."""
    finished_word = text[-1:].isspace()
    text = _clean(text)
    if text.count('"') % 2:
        text = text.replace('"', " ")
    parts: list[str] = []
    terms: list[str] = []
    tokens = list(_TOKEN.finditer(text))
    for index, token in enumerate(tokens):
        if len(terms) >= MAX_TERMS:
            break
        phrase, bare = token.group(1), token.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                parts.append(_quote(" ".join(words)))
                terms.extend(words)
            continue
        if bare in _OPERATORS:
            if parts and parts[-1] not in _OPERATORS and index < len(tokens) - 1:
                parts.append(bare)
            continue
        wants_prefix = bare.endswith("*")
        for word in _WORD.findall(bare):
            parts.append(_quote(word) + ("*" if wants_prefix else ""))
            terms.append(word)
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    last_is_bare_word = parts and tokens and tokens[-1].group(2) and parts[-1] not in _OPERATORS
    if prefix_last and last_is_bare_word and not parts[-1].endswith("*") and not finished_word:
        parts[-1] += "*"
    return " ".join(parts), tuple(terms)


@reading
def syntax_notice(text: str) -> str | None:
    """A gentle word for the user when part of what they typed was not taken as syntax."""
    cleaned = _clean(text)
    if cleaned.count('"') % 2:
        return "An unmatched quote was ignored; the words were searched as plain words."
    words = cleaned.split()
    if words and (words[0] in _OPERATORS or words[-1] in _OPERATORS):
        return "AND, OR and NOT need a word on each side; they were left out."
    if any(a in _OPERATORS and b in _OPERATORS for a, b in zip(words, words[1:], strict=False)):
        return "Two operators in a row: the extra one was left out."
    if any(char in cleaned for char in "^:(){}[]") or "NEAR" in words:
        return "Special characters such as : ^ ( ) are searched as plain words."
    return None


def search(
    connection: sqlite3.Connection,
    query: str,
    *,
    limit: int = 20,
    entity_limit: int = 8,
    prefix: bool = True,
) -> SearchResults:
    """Entities (by name and alias, prefix-aware) and passages (bm25, highlighted snippets)."""
    fts_query, terms = to_fts_query(query, prefix_last=prefix)
    if not fts_query:
        return SearchResults(query, "", (), (), ())
    entities = _entity_hits(connection, query, fts_query, entity_limit)
    passages = _passage_hits(connection, fts_query, limit)
    return SearchResults(query, fts_query, tuple(entities), tuple(passages), terms)


def _run(connection: sqlite3.Connection, sql: str, fts_query: str, *args: object) -> list[sqlite3.Row]:
    try:
        return connection.execute(sql, (fts_query, *args)).fetchall()
    except sqlite3.OperationalError:
        fallback = " ".join(_quote(word) for word in _WORD.findall(fts_query))
        if not fallback:
            return []
        try:
            return connection.execute(sql, (fallback, *args)).fetchall()
        except sqlite3.OperationalError:
            return []


def _entity_hits(connection: sqlite3.Connection, query: str, fts_query: str, limit: int) -> list[EntityHit]:
    """Names and aliases starting with what was typed first (exact ones on top), then full-text
    matches on names, aliases and descriptions; more often mentioned entities break ties."""
    key = name_key(_clean(query))
    found: dict[int, EntityHit] = {}

    def consider(row: sqlite3.Row, score: float, matched: str | None) -> None:
        score += min(row["mention_count"], 200) / 100
        if row["id"] not in found or found[row["id"]].score < score:
            aliases = tuple(alias for alias in (row["aliases"] or "").split("; ") if alias)
            found[row["id"]] = EntityHit(row["id"], row["name"], row["kind"], aliases, matched, score)

    if key:
        for row in connection.execute(
            "SELECT e.id, e.name, e.kind, e.aliases, e.mention_count, a.alias, a.key, a.kind AS alias_kind "
            "FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key >= ? AND a.key < ? LIMIT 200",
            (key, key + "\U0010ffff"),
        ):
            score = (100.0 if row["key"] == key else 50.0) + (5.0 if row["alias_kind"] == "name" else 0.0)
            consider(row, score, None if row["alias_kind"] == "name" else row["alias"])
    if len(found) < limit:
        for row in _run(
            connection,
            "SELECT e.id, e.name, e.kind, e.aliases, e.mention_count, "
            "bm25(entities_fts, 10.0, 5.0, 1.0) AS rank FROM entities_fts "
            "JOIN entities e ON e.id = entities_fts.rowid WHERE entities_fts MATCH ? ORDER BY rank LIMIT ?",
            fts_query,
            limit,
        ):
            if row["id"] not in found:
                consider(row, 10.0 - row["rank"] / 10, None)
    return sorted(found.values(), key=lambda hit: (-hit.score, hit.name))[:limit]


def _passage_hits(connection: sqlite3.Connection, fts_query: str, limit: int) -> list[PassageHit]:
    rows = _run(
        connection,
        "SELECT s.start, s.end, s.path, d.source, d.title, bm25(sections_fts, 2.0, 1.0) AS rank, "
        "snippet(sections_fts, 1, char(2), char(3), '…', 24) AS snippet "
        "FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid "
        "JOIN documents d ON d.id = s.document_id WHERE sections_fts MATCH ? ORDER BY rank LIMIT ?",
        fts_query,
        limit,
    )
    return [
        PassageHit(
            row["source"],
            row["title"],
            row["path"],
            row["start"],
            row["end"],
            " ".join(row["snippet"].split()),
            -row["rank"],
        )
        for row in rows
    ]


HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
