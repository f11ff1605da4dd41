"""Ranking passages tier by tier, within the filters, and the pool the facets count.

bm25 scores every passage it ranks, so a tier matching more than RANK_LIMIT passages ranks
the first RANK_LIMIT in id order, which is the newest documents first (see
`DatabaseWriter._write_passages`); `PassageRanking.capped` says when that happened.

A tier is ranked without snippets: SQLite computes every column of every row it sorts, and
`snippet()` is the costliest thing a search does, so it is made once, for the page of passages
shown, with the expression each was found by. The passages holding every word are scored in
the statement that reads them for the facets when the "all words" tier is sure to be ranked,
rather than read twice.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import Any

from database.query import quote
from database.results import EntityHit, Facets, Filters, PassageHit
from database.tables import KINDS

RANK_LIMIT = 1000
PASSAGE_RANK = "bm25(passages_fts, 5.0, 1.0, 0.0, 0.0)"  # path (title › headings), text, years, kinds
TIERS = ("phrase", "near", "all", "partial")
_POOL = (
    "SELECT f.rowid, p.document_id, p.years, p.kinds{score} FROM passages_fts f JOIN passages p "
    "ON p.id = f.rowid WHERE passages_fts MATCH ? AND f.rowid BETWEEN ? AND ? LIMIT ?"
)
_POOL_SCORED = _POOL.format(score=f", {PASSAGE_RANK}")
_POOL_UNSCORED = _POOL.format(score="")
# A tier's passages are read from the highest id down. FTS5 looks for a phrase's (or a NEAR
# group's) next match without heeding the range's upper end, so a phrase with no match in the
# range read upwards scanned every passage after it ("nato partnership", 5,000 documents: 19
# against 2.3 ms); read downwards, the range's lower end is where the index begins. The
# `LIMIT -1` keeps SQLite from dropping that order; ties are broken by id, lowest first.
_RANKED = (
    f"WITH matched AS MATERIALIZED (SELECT rowid AS id, {PASSAGE_RANK} AS score FROM passages_fts "
    "WHERE passages_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT -1) "
    "SELECT id, score FROM matched ORDER BY score, id LIMIT ?"
)
# The page of passages, with snippets: one pass over the ids they span. The `+` keeps the id
# list from FTS5, which would look each passage up on its own, parsing the expression and
# seeking every word's list again each time (several times slower for a completed prefix).
_SHOWN = (
    "SELECT f.rowid, snippet(passages_fts, 1, char(2), char(3), '…', 32), p.start, p.end, p.path, "
    "p.years, d.source, d.title FROM passages_fts f JOIN passages p ON p.id = f.rowid "
    "JOIN documents d ON d.id = p.document_id "
    "WHERE passages_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND +f.rowid IN ({marks})"
)


class PassageRanking:
    """Collects ranked passages tier by tier, within the filters, and the pool the facets count."""

    def __init__(self, connection: sqlite3.Connection, filters: Filters, limit: int) -> None:
        self.connection = connection
        self.limit = limit
        # passage id -> (tier, bm25, tier name, the expression it was found by, words missing)
        self.hits: dict[int, tuple[int, float, str, str, tuple[str, ...]]] = {}
        # (document, years named, kinds named) of each passage pooled: those holding every word,
        # or when there are none those missing one word (a passage misses one word at most).
        self.pool: list[tuple[int, str, str]] = []
        self.total = 0
        self.capped = False
        self.partial_found: Counter[str] = Counter()
        self.low, self.high = 0, 2**62
        self.bound = self.high
        self.filter_expression = ""
        self.impossible = False
        self._considered = ""
        self._scored: list[tuple[float, int]] | None = None
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

    def _run(self, sql: str, expression: str, high: int, *args: object) -> list[tuple[Any, ...]]:
        try:
            return self._cursor().execute(sql, (self._match(expression), self.low, high, *args)).fetchall()
        except sqlite3.OperationalError as error:
            if "fts5" in str(error):  # What was typed is quoted; this is a last line of defence.
                return []
            raise

    def _cursor(self) -> sqlite3.Cursor:
        """A cursor giving plain tuples: up to a thousand rows are read and most dropped."""
        cursor = self.connection.cursor()
        cursor.row_factory = None
        return cursor

    def _pool(self, expression: str, scored: bool) -> tuple[list[tuple[Any, ...]], int, bool]:
        """The first RANK_LIMIT passages `expression` matches (document, years, kinds, and
        their bm25 when `scored`), the highest id among them (what a tier ranks up to), and
        whether there were more."""
        pool = self._run(_POOL_SCORED if scored else _POOL_UNSCORED, expression, self.high, RANK_LIMIT + 1)
        if len(pool) > RANK_LIMIT:
            return pool[:RANK_LIMIT], pool[RANK_LIMIT - 1][0], True
        return pool, self.high, False

    def consider(self, expression: str, *, scored: bool = True) -> None:
        """The passages holding every word: counted, and the pool the facets count; `scored`
        when the "all words" tier will be ranked whatever the tiers before it find."""
        if self.impossible:
            return
        pool, self.bound, self.capped = self._pool(expression, scored)
        self.total = len(pool)
        self.pool = [row[1:4] for row in pool]
        self._considered = expression
        if scored:
            self._scored = sorted((row[4], row[0]) for row in pool)

    def rank(
        self, match: str, expression: str, *, high: int | None = None, missing: str | None = None
    ) -> None:
        """Rank the passages `expression` matches (among those considered) below those found."""
        if len(self.hits) >= self.limit or (high is None and not self.total):
            return
        if high is None and expression == self._considered and self._scored is not None:
            ranked: Iterable[tuple[float, int]] = self._scored
        else:
            rows = self._run(_RANKED, expression, self.bound if high is None else high, self.limit)
            ranked = ((row[1], row[0]) for row in rows)
        self._add(match, ranked, self._match(expression), missing)

    def _add(
        self, match: str, ranked: Iterable[tuple[float, int]], matched: str, missing: str | None
    ) -> None:
        """Take the tier's best passages not found yet, from as many as the page could need
        (each tier of passages missing a word competes with the others by score)."""
        order = TIERS.index(match)
        for score, passage_id in itertools.islice(ranked, self.limit):
            if passage_id not in self.hits:
                self.hits[passage_id] = (order, score, match, matched, (missing,) if missing else ())

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
        pool, _, _ = self._pool(expression, scored=True)
        self.partial_found[missing] = len(pool)
        self.pool.extend(row[1:4] for row in pool)
        if pool:
            scored = sorted((row[4], row[0]) for row in pool)
            self._add("partial", scored, self._match(expression), missing)

    def finished(self) -> tuple[PassageHit, ...]:
        """The page of passages, best first, each with its snippet: made here, for these only."""
        ranked = sorted(self.hits.items(), key=lambda item: (item[1][0], item[1][1], item[0]))[: self.limit]
        by_expression: dict[str, list[int]] = {}
        for passage_id, (_, _, _, matched, _) in ranked:
            by_expression.setdefault(matched, []).append(passage_id)
        shown: dict[int, tuple[Any, ...]] = {}
        for matched, ids in by_expression.items():
            sql = _SHOWN.format(marks=", ".join("?" * len(ids)))
            rows = self._cursor().execute(sql, (matched, min(ids), max(ids), *ids))
            shown.update((row[0], row) for row in rows)
        hits = []
        for passage_id, (_, rank, match, _, missing) in ranked:
            _, snippet, start, end, path, years, source, title = shown[passage_id]
            hits.append(
                PassageHit(
                    source=source,
                    title=title,
                    section=path,
                    start=start,
                    end=end,
                    snippet=" ".join(snippet.split()),
                    score=float(f"{-rank:.4g}"),
                    missing=missing,
                    match=match,
                    years=tuple(int(year) for year in years.split()),
                )
            )
        return tuple(hits)

    def facets(self, entities: list[EntityHit]) -> Facets:
        """Counts over the pool. Passages share a few lists of kinds and years between them, so
        each list is counted once and its words after."""
        document_ids, years_named, kinds_named = zip(*self.pool, strict=True) if self.pool else ((), (), ())
        documents = Counter(document_ids)
        kinds: Counter[str] = Counter()
        for named, count in Counter(kinds_named).items():
            for kind in named.split():
                kinds[kind] += count
        kinds.update(hit.kind for hit in entities)
        years: Counter[int] = Counter()
        for named, count in Counter(years_named).items():
            for year in named.split():
                years[int(year)] += count
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
