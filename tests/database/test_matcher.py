"""Finding aliases in a text: which entity a written name is, when two share it."""

from database.matcher import AliasMatcher
from tests.database.test_extract import facts_for
from tests.database.test_membership_rules import memberships


def test_a_name_spelt_letter_for_letter_is_the_acronym_not_the_place_it_folds_to():
    matcher = AliasMatcher()
    matcher.add("Guam", 1)  # the island
    matcher.add("GUAM", 2)  # the organization
    found = [
        (match.entity, match.surface) for match in matcher.find("Uzbekistan joined GUAM. Guam is an island.")
    ]
    assert found == [(2, "GUAM"), (1, "Guam")]


def test_the_first_alias_whose_case_holds_wins_when_none_is_spelt_exactly():
    matcher = AliasMatcher()
    matcher.add("Kant Air Base", 1)
    matcher.add("Kant air base", 2)
    assert [match.entity for match in matcher.find("at Kant Air Base")] == [1]


GUAM = "GUAM Organization for Democracy and Economic Development"


def test_guuam_the_organization_has_the_members_its_apposition_names(gazetteer_specs):
    found = memberships(
        "In 1999 Uzbekistan joined GUUAM, the group of Georgia, Ukraine, Azerbaijan and Moldova.",
        gazetteer_specs,
    )
    assert found == {
        ("Uzbekistan", GUAM, "joined", "1999"),
        *((country, GUAM, "member", None) for country in ("Georgia", "Ukraine", "Azerbaijan", "Moldova")),
    }


def test_guam_in_capitals_alone_is_not_the_organization(gazetteer_specs):
    text = "Report\n\nLou Leon Guerrero, Governor of GUAM, met the commander of Andersen Air Force Base."
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert all(GUAM not in (names[fact.subject].name, names[fact.object].name) for fact in facts.relations)
