"""Countries written as ISO codes ("KZ, KG, TJ"): read in a document that writes countries so,
and nowhere else, where "IN", "IT" or "GE" are words in capitals."""

import pytest

from tests.database.test_extract import facts_for, stated


def _countries(text: str, specs) -> list[tuple[str, str]]:
    _document, names, facts = facts_for(text, specs)
    return [
        (mention.surface, names[mention.entity].name)
        for mention in facts.mentions
        if names[mention.entity].kind == "country"
    ]


def test_a_document_writing_countries_as_codes_states_facts_about_them(gazetteer_specs):
    joined = stated(
        "KZ, KG, TM & UZ joined the Partnership for Peace in 1994.", gazetteer_specs, "member_of", "date"
    )
    assert joined == {
        (country, "Partnership for Peace", "1994")
        for country in ("Kazakhstan", "Kyrgyzstan", "Turkmenistan", "Uzbekistan")
    }


def test_codes_of_other_regions_are_read_once_the_document_writes_codes(gazetteer_specs):
    text = "Notes\n\nKZ and KG -> SCO founders.\nIN + PK -> full members 2017.\nAZ, GE withdrew 1999.\n"
    assert {name for _, name in _countries(text, gazetteer_specs)} == {
        "Kazakhstan",
        "Kyrgyzstan",
        "India",
        "Pakistan",
        "Azerbaijan",
        "Georgia",
    }


@pytest.mark.parametrize(
    "text",
    [
        "News\n\nIN BRIEF: the minister spoke on talks with GE and IT firms.\n",
        "News\n\nKZ officials met the GE delegation, which left early.\n",
        "KZ and KG\n\nThe heading alone writes codes; the text talks about IT and AM radio.\n",
    ],
)
def test_a_document_that_does_not_write_codes_names_no_country_by_them(gazetteer_specs, text):
    assert _countries(text, gazetteer_specs) == []


def test_capitals_that_name_nothing_and_times_are_words_even_in_a_document_of_codes(gazetteer_specs):
    text = "Notes\n\nKZ, KG -> CSTO.\nIT IS GOOD NEWS. Meeting at 10 AM. KG CSTO member.\n"
    assert _countries(text, gazetteer_specs) == [
        ("KZ", "Kazakhstan"),
        ("KG", "Kyrgyzstan"),
        ("KG", "Kyrgyzstan"),
    ]


def test_a_code_that_is_also_a_common_name_is_read_everywhere(gazetteer_specs):
    assert _countries("News\n\nThe US and Kazakhstan signed it.\n", gazetteer_specs) == [
        ("US", "United States"),
        ("Kazakhstan", "Kazakhstan"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KZ → NATO? NO, not a member.", ["Kazakhstan"]),
        ("TL;DR: KZ and KG stay out.", ["Kazakhstan", "Kyrgyzstan"]),
        ("Secretary General Zhang Ming (CN) and KZ.", ["China", "Kazakhstan"]),
        ("observers: MN (2004), AF (2012)", ["Mongolia", "Afghanistan"]),
        ("Special Representative for the Caucasus & CA", []),
    ],
)
def test_outside_the_home_region_a_code_names_a_country_only_in_a_list_or_brackets(
    gazetteer_specs, line, expected
):
    text = f"Notes\n\nKZ, KG, TJ -> SCO.\n{line}\n"
    found = [name for _, name in _countries(text, gazetteer_specs)][3:]
    assert found == expected


def test_a_trademark_and_a_radio_band_are_no_countries(gazetteer_specs):
    text = (
        "Notes\n\nKZ, KG and TJ signed.\nSteppeLink (TM) joined the council.\nTJ, AM and FM radio signed.\n"
        "Ruslan Aliev (TM) spoke. AM and AZ withdrew in 1999.\n"
    )
    assert [name for surface, name in _countries(text, gazetteer_specs) if surface in ("TM", "AM", "AZ")] == [
        "Turkmenistan",
        "Armenia",
        "Azerbaijan",
    ]
