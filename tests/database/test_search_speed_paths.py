"""The shortcuts a search takes to be fast give the answers the long way would.

Tiers are ranked without snippets and the page's snippets made afterwards; a one-word search
scores its passages in the statement that pools them for the facets; a word found in no passage
is not asked about twice. Each test states the long way in plain SQL on a corpus of our own.
"""

import sqlite3

import pytest

from database import reference
from database.build import build_database
from database.connection import read_transaction
from database.fulltext import Filters, SearchOvertaken, search
from database.ranking import PASSAGE_RANK

from ..conftest import DATA

SNIPPET = "snippet(passages_fts, 1, char(2), char(3), '…', 32)"


@pytest.fixture(scope="module")
def valley(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("search") / "valley.db"
    build_database([DATA / "search"], path)
    return reference.open_database(path)


def ranked_by_fts5(connection: sqlite3.Connection, expression: str) -> list[tuple[str, int, str, float]]:
    """(file name, start, snippet, score) of every passage `expression` matches, best first."""
    rows = connection.execute(
        f"SELECT d.source, p.start, {SNIPPET}, {PASSAGE_RANK} AS score FROM passages_fts "
        "JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id "
        "WHERE passages_fts MATCH ? ORDER BY score, passages_fts.rowid",
        (expression,),
    ).fetchall()
    return [
        (source, start, " ".join(snippet.split()), float(f"{-score:.4g}"))
        for source, start, snippet, score in rows
    ]


def shown(results) -> list[tuple[str, int, str, float]]:
    return [(hit.source, hit.start, hit.snippet, hit.score) for hit in results.passages]


@pytest.mark.parametrize("limit", [2, 4, 20])
def test_a_one_word_search_ranks_and_quotes_as_fts5_does(valley, limit):
    results = search(valley, "border", prefix=False, limit=limit)
    assert results.total == 6
    assert shown(results) == ranked_by_fts5(valley, '"border"')[:limit]


def test_each_tier_quotes_the_words_it_was_found_by(valley):
    results = search(valley, "border closure", prefix=False)
    expressions = {
        "phrase": '"border closure"',
        "near": 'text : (NEAR("border" "closure", 10))',
        "all": '"border" AND "closure"',
        "partial": '("border") NOT "closure"',
    }
    for hit in results.passages:
        quoted = {
            (source, start): snippet
            for source, start, snippet, _ in ranked_by_fts5(valley, expressions[hit.match])
        }
        assert quoted[(hit.source, hit.start)] == hit.snippet, hit.match


@pytest.mark.parametrize("limit", [3, 4, 5, 20])
def test_passages_missing_a_word_compete_by_score_whichever_word_they_miss(valley, limit):
    """Word by word as typed, while the page is not full, the best passages missing that word
    are taken; then all those taken compete by score for the places left."""
    results = search(valley, "ferghana talks", prefix=False, limit=limit)
    assert results.fts_query == '"ferghana" AND "talks"'
    with_both = [hit for hit in results.passages if hit.match != "partial"]
    taken: list[tuple[str, int, float, str]] = []
    for word, other in (("ferghana", "talks"), ("talks", "ferghana")):
        if len(with_both) + len(taken) >= limit:
            break
        ranked = ranked_by_fts5(valley, f'("{other}") NOT "{word}"')[:limit]
        taken += [(source, start, score, word) for source, start, _, score in ranked]
    best = sorted(taken, key=lambda row: -row[2])[: limit - len(with_both)]
    partial = [
        (hit.source, hit.start, hit.score, hit.missing[0]) for hit in results.passages[len(with_both) :]
    ]
    assert partial == best
    if limit > 3:
        assert {word for *_, word in partial} == {"ferghana", "talks"}  # Both kinds, by score.


def test_a_real_word_outside_the_filters_is_not_taken_for_a_misspelling(valley):
    results = search(valley, "meet", prefix=False, filters=Filters(years=(2030, 2040)))
    assert not results.passages and results.missing == ("meet",)
    assert results.suggestions == ()  # "met" is one letter away, but "meet" is a word of the corpus.
    assert [suggestion.text for suggestion in search(valley, "meeet", prefix=False).suggestions] == ["meet"]


def test_words_to_mark_are_given_only_with_passages_to_mark_them_in(valley):
    assert search(valley, "zebra", prefix=False).terms == ()
    assert {"meet", "meeting"} <= set(search(valley, "meet", prefix=False).terms)


def test_a_search_inside_the_callers_transaction_leaves_it_open(valley):
    with read_transaction(valley):
        search(valley, "border")
        assert valley.in_transaction
    assert not valley.in_transaction
    valley.execute("BEGIN")
    search(valley, "border")
    assert valley.in_transaction
    valley.execute("COMMIT")


def test_an_overtaken_search_stops_and_leaves_the_connection_as_it_was(bundled_connection):
    asked = []

    def overtaken() -> bool:
        asked.append(True)
        return True

    expected = search(bundled_connection, "security", prefix=False)
    with pytest.raises(SearchOvertaken):
        search(bundled_connection, "security", prefix=False, overtaken=overtaken)
    assert asked
    assert not bundled_connection.in_transaction
    assert search(bundled_connection, "security", prefix=False) == expected  # No handler left behind.


def test_a_search_never_overtaken_answers_as_one_not_asked(bundled_connection):
    for query in ("security", "nato pa", "Kyrgystan border"):
        assert search(bundled_connection, query, overtaken=lambda: False) == search(bundled_connection, query)


@pytest.fixture(scope="module")
def repeated(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    """Six documents telling the same paragraphs: passages alike score alike, so which of them
    a tier takes is decided by their ids."""
    folder = tmp_path_factory.mktemp("repeated")
    for number in range(6):
        (folder / f"bulletin_{number}.txt").write_text(
            f"Border bulletin {number}\n\nLast updated: 3 March 2021\n\n"
            "The border closure at Dostuk stranded traders for weeks.\n\n"
            "Officials said the closure was temporary and the border would reopen.\n\n"
            "Traders near the border waited for news of the closure ending.\n",
            encoding="utf-8",
        )
    path = folder.parent / "repeated.db"
    build_database([folder], path)
    return reference.open_database(path)


@pytest.mark.parametrize("limit", [1, 4, 7, 20])
@pytest.mark.parametrize("query", ["border closure", "closure border", "traders weeks", "border reopen"])
def test_each_tier_takes_its_best_passages_lowest_id_first_among_equals(repeated, query, limit):
    """A tier's passages are read from the highest id down (see database.ranking); which it
    takes, in what order, is what FTS5 gives ranking every match by score and then id."""
    first, second = query.split()
    expressions = {
        "phrase": f'"{first} {second}"',
        "near": f'text : (NEAR("{first}" "{second}", 10))',
        "all": f'"{first}" AND "{second}"',
    }
    results = search(repeated, query, prefix=False, limit=limit)
    expected: list[tuple[str, int, str, float]] = []
    for tier, expression in expressions.items():
        taken = {(source, start) for source, start, _, _ in expected}
        ranked = [row for row in ranked_by_fts5(repeated, expression) if (row[0], row[1]) not in taken]
        expected += ranked[: limit - len(expected)]
        assert [hit.match for hit in results.passages].count(tier) == min(len(ranked), limit - len(taken))
    assert shown(results) == expected
