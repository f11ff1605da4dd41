"""Search that behaves like a search engine while you type, and never fails on what was typed.

Entities are found by name and alias (exact, then beginning with what was typed, then spelt
alike: "Kyrgystan"), and by the words of their descriptions. Passages (paragraphs, see
`database.passages`) are ranked in tiers: the words as a phrase, then near one another, then
anywhere in the passage, each tier by bm25 with the title and headings weighing five times the
body; then, when those are few, passages missing one word, each marked with the word it lacks.

The word being typed is completed from the unstemmed vocabulary (`database.vocabulary`), so
"Manas" never finds "management"; finished words are stemmed. bm25 scores every passage it
ranks, so a tier matching more than RANK_LIMIT passages ranks the first RANK_LIMIT in id
order, which is the newest documents first (`passages_newest_first`); the results say so.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from database import vocabulary
from database.errors import sqlite_errors_as_database_error as reading
from database.names import fold_token, name_key, spelling_variants
from database.query import Clause, clean, parse, quote

RANK_LIMIT = 1000
PASSAGE_RANK = "bm25(passages_fts, 5.0, 1.0, 0.0, 0.0)"  # path (title › headings), text, years, kinds
NEAR_WORDS = 10
MAX_PARTIAL_TERMS = 8  # Beyond this many words, "all but one" is no longer a useful answer.
MAX_VARIANTS = 4  # Phrase and near tiers try this many combinations of completions.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
_ENTITY_COLUMNS = "e.id, e.name, e.kind, e.aliases, e.mention_count"
TIERS = ("phrase", "near", "all", "partial")
KINDS = ("country", "organization", "programme", "treaty", "person", "place")


@dataclass(frozen=True)
class Filters:
    """What the results are narrowed to: an entity kind (entities of it, passages naming
    one), a document (its file name) and a range of years (passages naming a year in it)."""

    kind: str | None = None
    document: str | None = None
    years: tuple[int, int] | None = None

    @property
    def active(self) -> bool:
        return bool(self.kind or self.document or self.years)


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
    missing: tuple[str, ...] = ()
    match: str = "all"  # "phrase", "near", "all" (scattered) or "partial" (a word missing)
    years: tuple[int, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A search to try instead: the query with its misspelt words corrected, or the name of
    an entity spelt like what was typed."""

    text: str
    entity_id: int | None = None


@dataclass(frozen=True)
class Facets:
    """Counts over the passages ranked (all of them unless `SearchResults.capped`); kinds
    count entity hits too."""

    documents: tuple[tuple[str, str, int], ...] = ()  # (file name, title, passages), most first
    kinds: tuple[tuple[str, int], ...] = ()
    years: tuple[tuple[int, int], ...] = ()  # (year, passages), by year


@dataclass(frozen=True)
class SearchResults:
    query: str
    fts_query: str
    entities: tuple[EntityHit, ...]
    passages: tuple[PassageHit, ...]
    terms: tuple[str, ...]  # The words found, in every form found, to mark in the reader.
    missing: tuple[str, ...] = ()  # Words no passage holding all the others has.
    total: int = 0  # Passages holding every word (at least this many when capped).
    capped: bool = False
    facets: Facets = field(default_factory=Facets)
    suggestions: tuple[Suggestion, ...] = ()
    name_first: bool = False  # The query names an entity: entities come before passages.
    filters: Filters = field(default_factory=Filters)

    @property
    def empty(self) -> bool:
        return not self.entities and not self.passages


@dataclass(frozen=True)
class _Term:
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
) -> SearchResults:
    """Entities and passages for what was typed; `prefix` when the last word is still being typed."""
    filters = filters or Filters()
    clauses = parse(query, prefix_last=prefix)
    advanced = any(clause.kind == "operator" for clause in clauses)
    parts: list[str | _Term] = []
    for clause in clauses:
        if clause.kind == "operator":
            parts.append(clause.text)
        elif (term := _term(connection, clause)) is not None:
            parts.append(term)
    while parts and isinstance(parts[-1], str):
        parts.pop()
    terms = [part for part in parts if isinstance(part, _Term)]
    pieces: list[str] = []  # FTS5 needs an explicit AND before a parenthesised group.
    for before, part in zip([None, *parts], parts, strict=False):
        if isinstance(part, _Term) and isinstance(before, _Term):
            pieces.append("AND")
        pieces.append(part.fts() if isinstance(part, _Term) else part)
    expression = " ".join(pieces)
    words = [word for term in terms for alternative in term.alternatives for word in alternative.split()]
    marked = [word for word in words if vocabulary.fold(word) not in vocabulary.UNMARKED] or words
    highlight = vocabulary.forms(connection, marked) if marked else ()

    passages = _Passages(connection, filters, limit)
    if expression:
        passages.consider(expression)
        if not advanced and len(terms) > 1:
            combinations = _combinations(terms)
            passages.rank("phrase", " OR ".join(quote(" ".join(combo)) for combo in combinations))
            near = (
                f"NEAR({' '.join(quote(part) for part in combo)}, {NEAR_WORDS})" for combo in combinations
            )
            passages.rank("near", f"text : ({' OR '.join(near)})")  # Words near in a heading say little.
        passages.rank("all", expression)
        if not advanced and 1 < len(terms) <= MAX_PARTIAL_TERMS:
            for term in terms:
                others = " AND ".join(other.fts() for other in terms if other is not term)
                passages.rank_partial(f"({others}) NOT {term.fts()}", term.typed)
    missing: tuple[str, ...] = ()
    if expression and not advanced and passages.total == 0:
        missing = tuple(term.typed for term in terms if len(terms) == 1 or passages.partial_found[term.typed])
    unknown = _unknown_words(connection, terms) if expression and not passages.total else []
    entities, name_first = _entity_hits(connection, query, expression, entity_limit, filters, bool(unknown))
    suggestions: tuple[Suggestion, ...] = ()
    if unknown or (not entities and not passages.hits):
        suggestions = _suggestions(connection, query, unknown, name_first)
    return SearchResults(
        query=query,
        fts_query=expression,
        entities=tuple(entities),
        passages=passages.finished(),
        terms=highlight,
        missing=missing,
        total=passages.total,
        capped=passages.capped,
        facets=passages.facets(entities),
        suggestions=suggestions,
        name_first=name_first,
        filters=filters,
    )


class _Passages:
    """Collects ranked passages tier by tier, within the filters, and the pool the facets count."""

    def __init__(self, connection: sqlite3.Connection, filters: Filters, limit: int) -> None:
        self.connection = connection
        self.limit = limit
        self.hits: dict[int, tuple[int, float, str, str, tuple[str, ...]]] = {}
        self.pool: dict[int, tuple[int, str, str]] = {}
        self.total = 0
        self.capped = False
        self.partial_found: Counter[str] = Counter()
        self.low, self.high = 0, 2**62
        self.bound = self.high
        self.filter_expression = ""
        self.impossible = False
        if filters.document:
            row = connection.execute(
                "SELECT min(p.id), max(p.id) FROM passages p JOIN documents d ON d.id = p.document_id "
                "WHERE d.source = ?",
                (filters.document,),
            ).fetchone()
            self.impossible = row[0] is None
            self.low, self.high = (row[0] or 0), (row[1] or 0)
        pieces = []
        if filters.kind:
            pieces.append(f"kinds : {quote(filters.kind)}")
        if filters.years:
            first, last = filters.years
            years = [
                row[0]
                for row in connection.execute(
                    "SELECT word FROM words WHERE word BETWEEN ? AND ? AND length(word) = 4",
                    (f"{first:04d}", f"{last:04d}"),
                )
            ]
            self.impossible |= not years
            pieces.append("years : (" + " OR ".join(quote(year) for year in years) + ")")
        self.filter_expression = " AND ".join(f"({piece})" for piece in pieces)

    def _match(self, expression: str) -> str:
        return f"({expression}) AND {self.filter_expression}" if self.filter_expression else expression

    def _run(self, sql: str, expression: str, high: int, *args: object) -> list[sqlite3.Row]:
        try:
            return self.connection.execute(sql, (self._match(expression), self.low, high, *args)).fetchall()
        except sqlite3.OperationalError as error:
            if "fts5" in str(error):  # What was typed is quoted; this is a last line of defence.
                return []
            raise

    def _pool(self, expression: str) -> tuple[list[sqlite3.Row], int, bool]:
        """The first RANK_LIMIT passages `expression` matches (document, years, kinds), the
        highest id among them (what a tier ranks up to), and whether there were more."""
        pool = self._run(
            "SELECT f.rowid, p.document_id, p.years, p.kinds FROM passages_fts f JOIN passages p "
            "ON p.id = f.rowid WHERE passages_fts MATCH ? AND f.rowid BETWEEN ? AND ? LIMIT ?",
            expression,
            self.high,
            RANK_LIMIT + 1,
        )
        if len(pool) > RANK_LIMIT:
            return pool[:RANK_LIMIT], pool[RANK_LIMIT - 1][0], True
        return pool, self.high, False

    def consider(self, expression: str) -> None:
        """The passages holding every word: counted, and the pool the facets count."""
        if self.impossible:
            return
        pool, self.bound, self.capped = self._pool(expression)
        self.total = len(pool)
        self.pool = {row[0]: (row[1], row[2], row[3]) for row in pool}

    def rank(
        self, match: str, expression: str, *, high: int | None = None, missing: str | None = None
    ) -> None:
        """Rank the passages `expression` matches (among those considered) below those found."""
        wanted = self.limit - len(self.hits)
        if wanted <= 0 or (high is None and not self.total):
            return
        rows = self._run(
            f"SELECT rowid, {PASSAGE_RANK} AS rank, "
            "snippet(passages_fts, 1, char(2), char(3), '…', 32) AS snippet FROM passages_fts "
            "WHERE passages_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?",
            expression,
            self.bound if high is None else high,
            wanted + len(self.hits),
        )
        order = TIERS.index(match)
        for row in rows:
            if row[0] not in self.hits:
                self.hits[row[0]] = (order, row[1], match, row[2], (missing,) if missing else ())

    def rank_partial(self, expression: str, missing: str) -> None:
        """Passages holding every word but `missing`, when those holding all are too few."""
        if self.impossible or len(self.hits) >= self.limit:
            return
        if self.total:  # The facets count the passages with every word: a bound is all it takes.
            last = self._run(
                "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? AND rowid BETWEEN ? AND ? "
                "LIMIT 1 OFFSET ?",
                expression,
                self.high,
                RANK_LIMIT - 1,
            )
            self.rank("partial", expression, high=last[0][0] if last else self.high, missing=missing)
            return
        pool, high, _ = self._pool(expression)
        self.partial_found[missing] = len(pool)
        self.pool.update((row[0], (row[1], row[2], row[3])) for row in pool)
        if pool:
            self.rank("partial", expression, high=high, missing=missing)

    def finished(self) -> tuple[PassageHit, ...]:
        ranked = sorted(self.hits.items(), key=lambda item: (item[1][0], item[1][1], item[0]))[: self.limit]
        if not ranked:
            return ()
        ids = [passage_id for passage_id, _ in ranked]
        marks = ", ".join("?" * len(ids))
        details = {
            row[0]: row
            for row in self.connection.execute(
                f"SELECT p.id, p.start, p.end, p.path, p.years, d.source, d.title FROM passages p "
                f"JOIN documents d ON d.id = p.document_id WHERE p.id IN ({marks})",
                ids,
            )
        }
        hits = []
        for passage_id, (_, rank, match, snippet, missing) in ranked:
            row = details[passage_id]
            hits.append(
                PassageHit(
                    source=row[5],
                    title=row[6],
                    section=row[3],
                    start=row[1],
                    end=row[2],
                    snippet=" ".join(snippet.split()),
                    score=float(f"{-rank:.4g}"),
                    missing=missing,
                    match=match,
                    years=tuple(int(year) for year in row[4].split()),
                )
            )
        return tuple(hits)

    def facets(self, entities: list[EntityHit]) -> Facets:
        pooled = self.pool.values()
        documents = Counter(document_id for document_id, _, _ in pooled)
        kinds = Counter(" ".join(kinds_named for _, _, kinds_named in pooled).split())
        kinds.update(hit.kind for hit in entities)
        years = Counter(int(year) for year in " ".join(named for _, named, _ in pooled).split())
        top = documents.most_common(12)
        titles = {}
        if top:
            marks = ", ".join("?" * len(top))
            titles = {
                row[0]: (row[1], row[2])
                for row in self.connection.execute(
                    f"SELECT id, source, title FROM documents WHERE id IN ({marks})", [key for key, _ in top]
                )
            }
        return Facets(
            documents=tuple((*titles[key], count) for key, count in top),
            kinds=tuple((kind, kinds[kind]) for kind in KINDS if kinds[kind]),
            years=tuple(sorted(years.items())),
        )


def _entity_hits(
    connection: sqlite3.Connection, query: str, expression: str, limit: int, filters: Filters, misspelt: bool
) -> tuple[list[EntityHit], bool]:
    """Names and aliases that are what was typed, then those beginning with it, then (when a
    word of it is in no passage) those spelt like it, then full-text matches on names, aliases
    and descriptions; more often mentioned entities break ties. Also whether the query names
    an entity."""
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
            score = (100.0 if row["key"] == key else 50.0) + (5.0 if row["alias_kind"] == "name" else 0.0)
            consider(row, score, None if row["alias_kind"] == "name" else row["alias"])
    if not found and misspelt and len(key) >= 4:
        for row, distance in _spelt_like(connection, key, filters.kind):
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


def _unknown_words(connection: sqlite3.Connection, terms: list[_Term]) -> list[str]:
    """Words no passage holds in any form (asked only when no passage holds them all)."""
    asked = {
        term.typed: term
        for term in terms
        if " " not in term.typed
        and len(term.typed) >= 3
        and not term.typed.isdigit()
        and term.typed.isalpha()
    }
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
    connection: sqlite3.Connection, query: str, unknown: list[str], name_first: bool
) -> tuple[Suggestion, ...]:
    """'Did you mean': the query with each unknown word replaced by the closest word of the
    passages, then entity names spelt like the query."""
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
    if len(key) >= 4 and not name_first:
        for row, _ in _spelt_like(connection, key, None):
            found.append(Suggestion(row["name"], row["id"]))
    texts = set()
    unique = []
    for suggestion in found:
        if suggestion.text.casefold() not in texts and suggestion.text.casefold() != clean(query).casefold():
            texts.add(suggestion.text.casefold())
            unique.append(suggestion)
    return tuple(unique[:4])
