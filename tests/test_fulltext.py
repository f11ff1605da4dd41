"""Search never fails on what was typed, and keeps phrase, prefix and boolean search."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from database.fulltext import HIGHLIGHT_START, search
from database.query import syntax_notice, to_fts_query


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nato", '"nato"'),
        ('"partnership for peace"', '"partnership for peace"'),
        ("secur*", '"secur"*'),
        ("csto OR sco", '"csto" OR "sco"'),
        ("russia NOT china", '"russia" NOT "china"'),
        ("OR", ""),
        ("NOT nato", '"nato"'),
        ('unbalanced "quote', '"unbalanced" "quote"'),
        ("col:umn ^start (paren", '"col" "umn" "start" "paren"'),
        ("a NEAR b", '"a" "NEAR" "b"'),
        ("'; DROP TABLE entities; --", '"DROP" "TABLE" "entities"'),
        ("\x00\x07nato\u200b", '"nato"'),
        ("", ""),
    ],
)
def test_to_fts_query(typed, expected):
    assert to_fts_query(typed)[0] == expected


def test_prefix_while_typing():
    assert to_fts_query("kyrg", prefix_last=True)[0] == '"kyrg"*'
    assert to_fts_query("kyrgyz ", prefix_last=True)[0] == '"kyrgyz"'


def test_entity_suggestions_by_alias_prefix(bundled_connection):
    results = search(bundled_connection, "kirg")
    assert results.entities[0].name == "Kyrgyzstan"
    assert results.entities[0].matched.lower().startswith("kirg")
    assert search(bundled_connection, "CSTO").entities[0].name == "Collective Security Treaty Organization"


def test_passages_are_ranked_with_highlighted_snippets(bundled_connection):
    results = search(bundled_connection, '"Partnership for Peace"', prefix=False)
    assert results.passages
    # A passage matches by its text or by the headings above it (its section path).
    assert all(
        HIGHLIGHT_START in hit.snippet or "partnership for peace" in hit.section.lower()
        for hit in results.passages
    )
    assert any(HIGHLIGHT_START in hit.snippet for hit in results.passages)
    scores = [hit.score for hit in results.passages]
    assert scores == sorted(scores, reverse=True)


def test_stemming_and_diacritics(bundled_connection):
    assert search(bundled_connection, "joining", prefix=False).passages
    assert search(bundled_connection, "turkiye", prefix=False).entities[0].name == "Türkiye"


def test_boolean_not_excludes(bundled_connection):
    with_china = {hit.section for hit in search(bundled_connection, "russia", prefix=False).passages}
    without = {hit.section for hit in search(bundled_connection, "russia NOT china", prefix=False).passages}
    assert without and without < with_china


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "*",
        "**",
        "^",
        ":",
        "()",
        "(((",
        "AND",
        "OR OR",
        "NOT",
        "NEAR(",
        "😀",
        "Кыргызстан",
        "x" * 10_000,
        "a:b:c",
        "-",
        "NOT NOT",
        "' OR 1=1 --",
        "\x00",
        "\u202e",
        "مرحبا",
        "中文",
    ],
)
def test_hostile_input_never_raises(bundled_connection, typed):
    results = search(bundled_connection, typed)
    assert results.query == typed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(typed):
    connection = _connection()
    search(connection, typed)
    search(connection, typed, prefix=False)


_CACHE: dict[str, sqlite3.Connection] = {}


def _connection() -> sqlite3.Connection:
    from database import reference
    from database.paths import BUNDLED_DATABASE

    if "db" not in _CACHE:
        _CACHE["db"] = reference.open_database(BUNDLED_DATABASE)
    return _CACHE["db"]


@pytest.mark.parametrize(
    ("typed", "notice"),
    [
        ('"unbalanced', "unmatched quote"),
        ("OR nato", "AND, OR and NOT"),
        ("nato OR NOT csto", "Two operators"),
        ("title:nato", "Special characters"),
        ("nato csto", None),
        ('"partnership for peace" OR csto', None),
    ],
)
def test_syntax_notice(typed, notice):

    found = syntax_notice(typed)
    assert (found is None) if notice is None else (notice in found)
