"""Ranking passages tier by tier, within the filters, and the pool the facets count.

bm25 scores every passage it ranks, so a tier matching more than RANK_LIMIT passages ranks
the first RANK_LIMIT in id order, which is the newest documents first (see
`DatabaseWriter._write_passages`); `PassageRanking.capped` says when that happened.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from database.query import quote
from database.results import EntityHit, Facets, Filters, PassageHit
from database.tables import KINDS

RANK_LIMIT = 1000
PASSAGE_RANK = "bm25(passages_fts, 5.0, 1.0, 0.0, 0.0)"  # path (title › headings), text, years, kinds
TIERS = ("phrase", "near", "all", "partial")


class PassageRanking:
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
