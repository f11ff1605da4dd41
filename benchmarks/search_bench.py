"""Search against its floor: raw FTS5 bm25 for the same terms, measured in the same run.

    python -m benchmarks.search_bench DATABASE [--repeat N] [--json]

For every query the app's `search()` is timed, then the floor: what a plain FTS5 search does
for the same expression (the all-words expression the app built, completions included):
`entities_fts MATCH … ORDER BY bm25 LIMIT 8`, and `passages_fts MATCH … ORDER BY rank LIMIT
20` (bm25) with `snippet()` and the joins for each hit's path and title, all in one read
transaction as the app's search runs. `ORDER BY rank` lets FTS5 sort inside the index, so the
joins and `snippet()` are done for the 20 rows returned only; with `ORDER BY
bm25(passages_fts)` SQLite joins every match to its passage and document before sorting, which
made the floor several times slower than a plain search needs to be ("kyrgyzstan" on 5,000
documents: 142 against 37 ms). Queries are measured interleaved (app, floor, app, floor …)
and the fastest run of each compared: on a shared machine the fastest run is the one least
disturbed by other work, and both sides are treated alike (p50 and p95 are of every run).

- `queries`: finished queries (the command line's way), with the ratio app / floor for each;
- `typing`: every prefix of a few queries, typed one key at a time (the window's way, last
  word completed); prefixes of two characters or more count towards p50/p95;
- `partial`: queries with a word no passage has. Whenever fewer than 20 passages hold every
  word the app also ranks the passages missing one word, and the floor then does the same
  ranked work plainly (each partial expression by bm25) — in every list, not only this one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from database import reference
from database.connection import read_transaction
from database.fulltext import MAX_PARTIAL_TERMS, search
from database.query import parse

QUERIES = [
    "kyrgyzstan",
    "nato partnership",
    "csto",
    "peace*",
    '"partnership for peace"',
    "border security",
    "russia",
    "secur",
    "tajik",
    "osce",
    "kirg",
    "eurasian economic",
    "afghanistan transit",
    "milestones",
    "nato",
    "security",
    "Manas",
    "joined",
]
TYPED = ["kyrgyzstan border", "nato partnership", "Manas airport", "shanghai cooperation"]
PARTIAL = ["border closure kyrgyzstan uzbekistan", "Kyrgystan border", "nato zebra"]

_FLOOR_ENTITIES = (
    "SELECT rowid FROM entities_fts WHERE entities_fts MATCH ? ORDER BY bm25(entities_fts) LIMIT 8"
)
_FLOOR_PASSAGES = (
    "SELECT p.path, d.title, snippet(passages_fts, 1, '[', ']', '…', 32) FROM passages_fts "
    "JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id "
    "WHERE passages_fts MATCH ? ORDER BY rank LIMIT 20"
)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _floor(connection, expressions: list[str]) -> float:
    started = time.perf_counter()
    with read_transaction(connection):
        for expression in expressions:
            connection.execute(_FLOOR_ENTITIES, (expression,)).fetchall()
            connection.execute(_FLOOR_PASSAGES, (expression,)).fetchall()
    return time.perf_counter() - started


def _measure(connection, query: str, *, prefix: bool, repeat: int) -> dict:
    results = search(connection, query, prefix=prefix)
    expressions = [results.fts_query] if results.fts_query else []
    terms = results.fts_query.split(" AND ")
    advanced = any(clause.kind == "operator" for clause in parse(query, prefix_last=prefix))
    if results.total < 20 and 1 < len(terms) <= MAX_PARTIAL_TERMS and not advanced:
        # The app ranks the passages missing one word too; so does the floor.
        expressions += [
            "(" + " AND ".join(terms[:index] + terms[index + 1 :]) + f") NOT {terms[index]}"
            for index in range(len(terms))
        ]
    app, floor = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        search(connection, query, prefix=prefix)
        app.append(time.perf_counter() - started)
        floor.append(_floor(connection, expressions))
    app_ms, floor_ms = min(app) * 1000, min(floor) * 1000
    return {
        "query": query,
        "app_ms": round(app_ms, 2),
        "floor_ms": round(floor_ms, 2),
        "ratio": round(app_ms / floor_ms, 2) if expressions else None,
        "passages_with_every_word": f"{results.total}+" if results.capped else results.total,
        "app_samples": app,
    }


def _summary(rows: list[dict]) -> dict:
    samples = [sample * 1000 for row in rows for sample in row.pop("app_samples")]
    ratios = [row["ratio"] for row in rows if row["ratio"] is not None]
    return {
        "app_p50_ms": round(statistics.median(samples), 2),
        "app_p95_ms": round(_percentile(samples, 0.95), 2),
        "worst_ratio": max(ratios) if ratios else None,
        "queries_slower_than_floor": [
            row["query"] for row in rows if row["ratio"] is not None and row["ratio"] > 1
        ],
        "rows": rows,
    }


def bench_search(database: Path, repeat: int = 7) -> dict:
    """Every figure of this module for one database."""
    connection = reference.open_database(database)
    search(connection, "warm up")
    queries = [_measure(connection, query, prefix=False, repeat=repeat) for query in QUERIES]
    typing = [
        _measure(connection, text[:length], prefix=True, repeat=repeat)
        for text in TYPED
        for length in range(1, len(text) + 1)
        if not text[:length].endswith(" ")
    ]
    one_letter = [row for row in typing if len(row["query"].strip()) < 2]
    typing = [row for row in typing if len(row["query"].strip()) >= 2]
    partial = [_measure(connection, query, prefix=False, repeat=repeat) for query in PARTIAL]
    return {
        "database": str(database),
        "queries": _summary(queries),
        "typing": _summary(typing),
        "one_letter_ms": [row["app_ms"] for row in one_letter],
        "partial": _summary(partial),
    }


def _print(report: dict) -> None:
    print(report["database"])
    for key in ("queries", "typing", "partial"):
        part = report[key]
        print(
            f"{key}: p50 {part['app_p50_ms']} ms, p95 {part['app_p95_ms']} ms, "
            f"worst ratio {part['worst_ratio']}, "
            f"slower than the floor: {', '.join(part['queries_slower_than_floor']) or 'none'}"
        )
        if key != "typing":
            for row in part["rows"]:
                print(
                    f"  {row['query']!r:40} app {row['app_ms']:7.2f} ms  floor {row['floor_ms']:7.2f} ms  "
                    f"ratio {row['ratio']}  ({row['passages_with_every_word']} with every word)"
                )
    print(f"one letter (no completion, names only): {report['one_letter_ms']} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = bench_search(args.database, args.repeat)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
