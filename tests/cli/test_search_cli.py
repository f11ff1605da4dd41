"""`main.py search` with filters, facets and missing words, as scripts use it."""

import json

import pytest

from .test_cli import run


def search_json(*args: str) -> dict:
    return json.loads(run("search", *args, "--json").stdout)


def test_json_keeps_the_contract_and_adds_missing_facets_and_suggestions():
    payload = search_json("border closure kyrgyzstan uzbekistan")
    assert payload["query"] == "border closure kyrgyzstan uzbekistan"
    assert payload["missing"] == ["closure"]
    assert payload["total"] == 0
    passages = [hit for hit in payload["results"] if hit["type"] == "passage"]
    assert passages and all(hit["missing"] == ["closure"] and hit["match"] == "partial" for hit in passages)
    assert {"score", "snippet", "source", "title", "section", "start", "end", "years"} <= set(passages[0])
    assert set(payload["facets"]) == {"documents", "kinds", "years"}
    assert sum(row["count"] for row in payload["facets"]["documents"]) == len(passages)


def test_text_output_names_the_missing_word():
    out = run("search", "border closure kyrgyzstan uzbekistan", "--limit", "2").stdout
    assert out.startswith("missing: closure")
    assert "(missing: closure)" in out


def test_document_filter():
    payload = search_json("security", "--document", "003_a4fc09d6322d7d1e.txt")
    sources = {hit["source"] for hit in payload["results"] if hit["type"] == "passage"}
    assert sources == {"003_a4fc09d6322d7d1e.txt"}
    assert [row["source"] for row in payload["facets"]["documents"]] == ["003_a4fc09d6322d7d1e.txt"]


def test_year_filter_keeps_passages_naming_a_year_in_range():
    payload = search_json("kyrgyzstan", "--year", "2009-2012", "--limit", "50")
    passages = [hit for hit in payload["results"] if hit["type"] == "passage"]
    assert passages
    assert all(any(2009 <= year <= 2012 for year in hit["years"]) for hit in passages)
    single = search_json("kyrgyzstan", "--year", "1994", "--limit", "50")
    assert all(1994 in hit["years"] for hit in single["results"] if hit["type"] == "passage")


def test_kind_filter():
    payload = search_json("security", "--kind", "organization")
    entities = [hit for hit in payload["results"] if hit["type"] == "entity"]
    assert entities and {hit["kind"] for hit in entities} == {"organization"}
    assert payload["facets"]["kinds"]["organization"] >= len(entities)


def test_a_name_puts_entities_first_and_words_put_passages_first():
    assert search_json("CSTO")["results"][0]["type"] == "entity"
    assert search_json("border guards")["results"][0]["type"] == "passage"


def test_misspelling_is_corrected_and_finds_the_entity():
    payload = search_json("Tadjikstan")
    assert payload["results"][0]["name"] == "Tajikistan"
    assert "Tajikistan" in payload["suggestions"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "94"), "expected YYYY or YYYY-YYYY"),
        (("--year", "2012-2009"), "first year comes after the last"),
        (("--kind", "planet"), "invalid choice"),
        (("--document", "000_c9c5b8a86b69c3ac"), "did you mean: 000_c9c5b8a86b69c3ac.txt"),
    ],
)
def test_bad_filters_are_one_line_and_exit_2(args, message):
    result = run("search", "nato", *args, check_code=2)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_search_lists_entities_as_the_reader_corrected_them(tmp_path, monkeypatch):
    from database.paths import user_store_path
    from database.userstore import UserStore

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))

    def entity_names(query: str) -> list[str]:
        return [hit["name"] for hit in search_json(query)["results"] if hit["type"] == "entity"]

    assert "Kyrgyzstan" in entity_names("Kirghizia")  # No store yet: nothing to apply.
    user_store_path().parent.mkdir(parents=True)
    store = UserStore.open(user_store_path())
    store.add_correction("split", "kyrgyzstan", "Kyrgyzstan", value="Kirghizia", reason="a Soviet name")
    store.close()
    assert "Kyrgyzstan" not in entity_names("Kirghizia")
    assert "Kyrgyzstan" in entity_names("Kyrgyz Republic")
