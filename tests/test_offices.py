"""Offices from signature and speaker lines, people from labelled lines, and places not confused
with the region named after them. Sentences and names are invented for these tests."""

import pytest

from database.people import person_candidates
from tests.test_extract import facts_for


def offices(text: str, specs) -> set[tuple[str, str, str | None]]:
    _document, all_specs, facts = facts_for("Title\n\n" + text + "\n", specs)
    return {
        (all_specs[r.subject].name, all_specs[r.object].name, r.role)
        for r in facts.relations
        if r.predicate == "holds_office"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Morandi, Senior Fellow, Minsk Institute of Strategy, Minsk",
            {("Lena Morandi", "Minsk Institute of Strategy", "Senior Fellow")},
        ),
        (
            "Chair: Prof. Aibek Sadykov, Director of the Minsk Institute of Strategy",
            {("Aibek Sadykov", "Minsk Institute of Strategy", "Director")},
        ),
        (
            "Ms Claire Dubois, Head of the Planning Directorate, Collective Security Treaty Organization",
            {("Claire Dubois", "Collective Security Treaty Organization", "Head")},
        ),
    ],
)
def test_a_signature_or_speaker_line_states_an_office(text, expected, gazetteer_specs):
    assert offices(text, gazetteer_specs) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A question, a denial and a running sentence about a visit state no office.
        "Was Lena Morandi, Senior Fellow, ever at the Minsk Institute of Strategy?",
        "Lena Morandi, Senior Fellow, denied any link to the Minsk Institute of Strategy.",
        "Lena Morandi, a guest, spoke at the Minsk Institute of Strategy in Minsk.",
    ],
)
def test_no_office_from_a_person_merely_beside_a_body(text, gazetteer_specs):
    assert offices(text, gazetteer_specs) == set()


def test_honorifics_and_ranks_are_not_part_of_a_name():
    text = "Rear Admiral Bolat Serikov is the new commander. Dr Lena Morandi, Senior Fellow, spoke."
    names = {mention.name for mention in person_candidates(text, set())}
    assert "Bolat Serikov" in names
    assert "Lena Morandi" in names
    assert not any(name.startswith(("Rear", "Admiral", "Dr")) for name in names)


def test_people_on_labelled_lines_and_before_an_address():
    text = (
        "From: Lena Morandi <l.morandi@example.org>\n"
        "Subject: Border Talks\n"
        "To: Regional Security Office\n"
        "Members present: Jana Novotna (Chair), Olaf Bergstrom, Ines Kalnina\n"
    )
    labelled = {mention.name for mention in person_candidates(text, set()) if mention.origin == "label"}
    assert labelled == {"Lena Morandi", "Jana Novotna", "Olaf Bergstrom", "Ines Kalnina"}


def located(text: str, specs) -> set[tuple[str, str]]:
    _document, all_specs, facts = facts_for("Title\n\n" + text + "\n", specs)
    return {
        (all_specs[r.subject].name, all_specs[r.object].name)
        for r in facts.relations
        if r.predicate == "located_in"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kant Air Base lies in Osh.", {("Kant Air Base", "Osh")}),
        ("The Kant Air Base lies in the Osh oblast.", set()),
        ("The Kant Air Base lies in the Chui region of Kyrgyzstan.", set()),
    ],
)
def test_a_place_is_not_in_the_city_whose_region_is_named(text, expected, gazetteer_specs):
    assert located(text, gazetteer_specs) == expected
