"""Search never fails on what was typed, and keeps phrase, prefix and boolean search."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from database import ranking
from database.fulltext import HIGHLIGHT_START, Filters, search
from database.query import WORD, syntax_notice, to_fts_query
from database.vocabulary import edit_distance


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


@pytest.fixture(scope="module")
def valley(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    """Two documents of our own (tests/data/search) whose passages test each ranking tier."""
    from database import reference
    from database.build import build_database

    from ..conftest import DATA

    path = tmp_path_factory.mktemp("search") / "valley.db"
    build_database([DATA / "search"], path)
    return reference.open_database(path)


def passage_texts(connection: sqlite3.Connection, results) -> list[str]:
    return [
        connection.execute(
            "SELECT p.text FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.source = ? AND p.start = ?",
            (hit.source, hit.start),
        ).fetchone()[0]
        for hit in results.passages
    ]


@pytest.mark.parametrize("prefix", [True, False])
def test_typing_manas_never_finds_management(bundled_connection, prefix):
    results = search(bundled_connection, "Manas", prefix=prefix)
    texts = passage_texts(bundled_connection, results)
    assert texts and all("Manas" in text for text in texts)
    assert not any("manag" in term for term in results.terms)
    assert "management" in search(bundled_connection, "manag").terms  # The prefix still completes.


@pytest.mark.parametrize("typed", ["joined", "joined "])
def test_joined_finds_its_forms_but_not_jointly(bundled_connection, typed):
    results = search(bundled_connection, typed)
    forms = {"join", "joins", "joined", "joining"}
    assert set(results.terms) <= forms and "joined" in results.terms
    texts = passage_texts(bundled_connection, results)
    assert texts
    for text in texts:
        words = {word.lower() for word in WORD.findall(text)}
        assert words & forms, text


def test_one_letter_is_not_completed_but_names_are(bundled_connection):
    results = search(bundled_connection, "s")
    assert not results.passages and results.fts_query == ""
    assert results.entities and all(
        hit.name.lower().startswith("s") or any(alias.lower().startswith("s") for alias in hit.aliases)
        for hit in results.entities
    )
    assert search(bundled_connection, "nato p").fts_query == '"nato"'


def test_tiers_phrase_then_near_then_scattered_then_missing_a_word(valley):
    results = search(valley, "border closure", prefix=False)
    assert [hit.match for hit in results.passages] == [
        "phrase",
        "near",
        "all",
        "partial",
        "partial",
        "partial",
    ]
    assert [hit.missing for hit in results.passages[:3]] == [(), (), ()]
    assert all(hit.missing == ("closure",) for hit in results.passages[3:])
    assert results.total == 3 and results.missing == ()
    assert "[border closure]" in results.passages[0].snippet.replace(HIGHLIGHT_START, "[").replace(
        "\x03", "]"
    )


def test_headings_rank_above_the_body(valley):
    results = search(valley, "trade", prefix=False)
    sections = [hit.section.split(" › ")[-1] for hit in results.passages]
    assert sections == ["Trade", "Trade", "Trade", "Border closure"]


def test_a_word_no_passage_has_is_reported_missing(bundled_connection):
    results = search(bundled_connection, "border closure kyrgyzstan uzbekistan", prefix=False)
    assert results.total == 0
    assert results.missing == ("closure",)
    assert results.passages and all(hit.missing == ("closure",) for hit in results.passages)
    texts = passage_texts(bundled_connection, results)
    assert all("Uzbekistan" in text + hit.section for text, hit in zip(texts, results.passages, strict=True))


def test_facets_count_what_was_ranked(valley):
    results = search(valley, "border", prefix=False)
    assert results.total == len(results.passages) == 6
    assert sum(count for _, _, count in results.facets.documents) == 6
    assert dict((source, count) for source, _, count in results.facets.documents) == {
        "valley_notes.txt": 4,
        "water_talks.txt": 2,
    }
    assert dict(results.facets.years) == {2019: 1, 2022: 1, 2024: 1}
    assert dict(results.facets.kinds)["country"] == 2


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(document="water_talks.txt"), {"Officials from", "The border commission"}),
        (Filters(years=(2019, 2022)), {"The sudden border", "Kyrgyzstan and Uzbekistan"}),
        (Filters(years=(2030, 2040)), set()),
        (Filters(kind="country"), {"Officials from", "Kyrgyzstan and Uzbekistan"}),
        (Filters(kind="country", document="valley_notes.txt"), {"Kyrgyzstan and Uzbekistan"}),
        (Filters(document="no_such_file.txt"), set()),
    ],
)
def test_filters_narrow_the_passages(valley, filters, expected):
    results = search(valley, "border", prefix=False, filters=filters)
    starts = {text[: len(prefix)] for text in passage_texts(valley, results) for prefix in expected}
    assert {prefix for prefix in expected if prefix in starts} == expected
    assert len(results.passages) == len(expected)
    assert results.filters == filters


def test_kind_filter_narrows_entities_too(bundled_connection):
    for query, kind in (("security", "organization"), ("kyrg", "country")):
        results = search(bundled_connection, query, filters=Filters(kind=kind))
        assert results.entities and all(hit.kind == kind for hit in results.entities)


def test_a_tier_matching_too_many_ranks_the_newest_first(valley, monkeypatch):
    monkeypatch.setattr(ranking, "RANK_LIMIT", 2)
    results = search(valley, "border", prefix=False)
    assert results.capped and results.total == 2
    assert {hit.source for hit in results.passages} == {"water_talks.txt"}  # Updated 2023, the other 2021.


@pytest.mark.parametrize(
    ("typed", "entity", "suggestion"),
    [
        ("Kyrgystan", "Kyrgyzstan", "Kyrgyzstan"),
        ("Tadjikstan", "Tajikistan", "Tajikistan"),
        ("Shanghai Corporation Organisation", "Shanghai Cooperation Organization", "Cooperation"),
    ],
)
def test_misspelt_names_find_the_entity_and_a_correction(bundled_connection, typed, entity, suggestion):
    results = search(bundled_connection, typed, prefix=False)
    assert results.entities[0].name == entity
    assert results.name_first
    assert any(suggestion in hit.text for hit in results.suggestions)


def test_no_suggestion_for_words_the_corpus_has(bundled_connection):
    assert search(bundled_connection, "kyrgyzstan border", prefix=False).suggestions == ()


def test_no_suggestion_for_an_alias_no_passage_writes(bundled_connection):
    """'Kirghizia' is one of Kyrgyzstan's names although no passage spells it so: the entity is
    the answer, and 'did you mean Kirgizia' would call a right spelling wrong."""
    results = search(bundled_connection, "Kirghizia", prefix=False)
    assert results.total == 0
    assert results.entities[0].name == "Kyrgyzstan"
    assert results.suggestions == ()


def test_entities_first_only_when_the_query_is_a_name(bundled_connection):
    assert search(bundled_connection, "CSTO").name_first
    assert not search(bundled_connection, "border guards", prefix=False).name_first


def test_an_entity_with_every_word_comes_before_passages_missing_one(bundled_connection):
    results = search(bundled_connection, "manas airport", prefix=False)
    assert results.total == 0 and results.passages  # The document writes "Manas International Airpor".
    assert results.passages[0].missing == ("airport",)
    assert results.entities[0].name == "Manas International Airport"
    assert results.name_first


@pytest.mark.parametrize(
    ("left", "right", "distance"),
    [("kyrgystan", "kyrgyzstan", 1), ("tadjikstan", "tajikistan", 2), ("ab", "ba", 1), ("same", "same", 0)],
)
def test_edit_distance(left, right, distance):
    assert edit_distance(left, right, 3) == distance


def test_edit_distance_stops_past_its_limit():
    assert edit_distance("kazakhstan", "uzbekistan", 2) == 3


@settings(max_examples=150, deadline=None)
@given(
    st.text(max_size=60),
    st.sampled_from([None, "country", "treaty"]),
    st.sampled_from([None, (1990, 2000), (2015, 2015)]),
)
def test_arbitrary_text_with_filters_never_raises(typed, kind, years):
    search(_connection(), typed, filters=Filters(kind=kind, years=years))


def _plain_edit_distance(left: str, right: str) -> int:
    """The textbook table (optimal string alignment), to check the banded one against."""
    table = [[i + j if i * j == 0 else 0 for j in range(len(right) + 1)] for i in range(len(left) + 1)]
    for i in range(1, len(left) + 1):
        for j in range(1, len(right) + 1):
            cost = left[i - 1] != right[j - 1]
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and left[i - 1] == right[j - 2] and left[i - 2] == right[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


@settings(max_examples=400, deadline=None)
@given(st.text("abcd", max_size=9), st.text("abcd", max_size=9), st.integers(1, 3))
def test_banded_edit_distance_agrees_with_the_full_table(left, right, limit):
    assert edit_distance(left, right, limit) == min(_plain_edit_distance(left, right), limit + 1)


def test_a_paragraph_the_document_repeats_is_shown_once(tmp_path):
    """Web captures often carry a photo caption twice; the second copy is the same passage."""
    from database import reference
    from database.build import build_database

    caption = (
        "Engineers inspect the Tokmok water gauge beside the Chu river, where the spring flood of "
        "that year reached the second marker. The gauge feeds the valley's shared warning network, "
        "read by both border services every morning. 3 May 2019 (photo archive, Chu valley survey)"
    )
    other = (
        "A second Tokmok gauge, upstream, was rebuilt with the same design in 2021 after the old "
        "mast fell in a mudflow; its readings go to the same network and, since the autumn, to the "
        "district's farmers by text message, a service the survey team describes as a model."
    )
    (tmp_path / "gauges.txt").write_text(
        f"Water gauges of the Chu valley\n\n{caption}\n\n{other}\n\n{caption}\n", encoding="utf-8"
    )
    path = tmp_path / "gauges.db"
    build_database([tmp_path / "gauges.txt"], path)
    connection = reference.open_database(path)
    stored = connection.execute(
        "SELECT count(*) FROM passages WHERE text LIKE 'Engineers inspect%'"
    ).fetchone()
    assert stored[0] == 1  # The repeat is in the document, not a passage of its own.
    results = search(connection, "Tokmok gauge", prefix=False)
    texts = passage_texts(connection, results)
    assert sorted(text[:20] for text in texts) == ["A second Tokmok gaug", "Engineers inspect th"]
    assert results.total == 2
