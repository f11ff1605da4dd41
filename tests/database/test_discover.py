"""Discovery of names never seen, longest-match and nested names, spelling variants: one small
document of our own per class of failure."""

from pathlib import Path

import pytest

from database.corpus import parse_document
from database.discover import capitalised_names, discover_entities, kind_for_head
from database.extract import build_matcher
from database.gazetteer import EntitySpec, load_corrections
from database.names import edit_distance, name_key, surname_stem, transliteration_key


def _fresh(specs):
    return [
        EntitySpec(s.name, s.kind, dict(s.aliases), s.parent, s.category, s.description, s.iso_code)
        for s in specs
    ]


def discover(text: str, specs, source: str = "t.txt", corrections: Path | None = None):
    document = parse_document("A Plain Title\n\n" + text + "\n", source=source)
    return document, discover_entities([document], _fresh(specs), corrections_path=corrections)


def new_entities(text: str, specs) -> dict[str, EntitySpec]:
    _, found = discover(text, specs)
    return {spec.name: spec for spec in found if spec.origin != "gazetteer"}


def mentions(text: str, specs) -> list[tuple[str, str]]:
    document, found = discover(text, specs)
    matcher = build_matcher(found)
    return [(match.surface, found[match.entity].name) for match in matcher.find(document.text)]


def test_single_occurrence_names_with_a_head_word(gazetteer_specs):
    new = new_entities(
        "Delegates met at the Tien Shan Water Commission. The Kokand Research Centre published it. "
        "The Aral Basin Framework Agreement was cited once.",
        gazetteer_specs,
    )
    assert new["Tien Shan Water Commission"].kind == "organization"
    assert new["Kokand Research Centre"].kind == "organization"
    assert new["Aral Basin Framework Agreement"].kind == "treaty"
    assert all(0 < spec.confidence < 1 for spec in new.values())
    assert {spec.origin for spec in new.values()} == {"head word"}


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Treaty on the Caspian Economic Union", "treaty"),
        ("Charter of the Steppe Security Organization", "treaty"),
        ("Memorandum of Understanding on River Data", "treaty"),
        ("Council of Defence Ministers", "organization"),
        ("Partnership for Peace Training Centre", "organization"),
        ("Fergana Valley Water Commission", "organization"),
        ("Naryn Region", "place"),
        ("Embassy of Mongolia", "organization"),
        ("British Embassy", "organization"),
        ("Deputy Secretary General", None),
    ],
)
def test_the_head_word_decides_the_kind(words, kind):
    assert kind_for_head(words.split()) == kind


def test_name_boundaries_seat_possessor_and_two_names(gazetteer_specs):
    known = {name_key(alias) for spec in gazetteer_specs for alias in (spec.name, *spec.aliases)}
    text = (
        "The Treaty on the Caspian Economic Union in Astana was signed. "
        "Russia's Khujand Air Base lies nearby. "
        "The Council of Water Ministers and the Council of Energy Ministers met in May. "
        "The OSCE Office in Bishkek opened. Aibek Nurlanov of the Naryn Policy Centre spoke. "
        "The Steppe Data Commission in March said little."
    )
    names = {mention.name for mention in capitalised_names(text, lambda offset: False, known)}
    assert "Treaty on the Caspian Economic Union" in names
    assert "Khujand Air Base" in names
    assert {"Council of Water Ministers", "Council of Energy Ministers"} <= names
    assert "OSCE Office in Bishkek" in names
    assert "Naryn Policy Centre" in names
    assert "Steppe Data Commission" in names
    assert not [name for name in names if " and the " in name or name.endswith((" in March", " Astana"))]


def test_headings_and_sentence_words_are_not_names(gazetteer_specs):
    new = new_entities(
        "Regional Security Outlook\n\nHowever the talks stalled. Joint Staff officers and the Air Base "
        "commander said nothing. In January the Foreign Ministry said more.",
        gazetteer_specs,
    )
    assert new == {}


def test_a_longer_name_is_not_a_mention_of_the_shorter(gazetteer_specs):
    found = mentions(
        "The Moscow Protocol was signed. The NATO General Assembly Liaison met. "
        "The Partnership for Peace Training Centre opened in Almaty.",
        gazetteer_specs,
    )
    assert ("Moscow Protocol", "Moscow Protocol") in found
    assert ("Moscow", "Moscow") not in found
    assert ("Partnership for Peace Training Centre", "Partnership for Peace Training Centre") in found
    assert all(name != "Partnership for Peace" for _, name in found)


def test_bodies_link_to_their_parents(gazetteer_specs):
    new = new_entities(
        "The SCO Secretariat and the OSCE Ministerial Council met. The Executive Committee of the "
        "Shanghai Cooperation Organization agreed.",
        gazetteer_specs,
    )
    assert new["SCO Secretariat"].parent == "Shanghai Cooperation Organization"
    assert new["OSCE Ministerial Council"].parent == "Organization for Security and Co-operation in Europe"
    assert new["Executive Committee of the Shanghai Cooperation Organization"].parent == (
        "Shanghai Cooperation Organization"
    )


def test_possessive_and_owner_prefixed_forms_are_one_body(gazetteer_specs):
    found = mentions(
        "The CSTO's Collective Rapid Deployment Force moved. The CSTO Collective Rapid Deployment Force "
        "returned. Later the Collective Rapid Deployment Force left.",
        gazetteer_specs,
    )
    assert {name for _, name in found if "Deployment" in name} == {"CSTO Collective Rapid Deployment Force"}
    assert len([1 for _, name in found if "Deployment" in name]) == 3


def test_people_without_titles(gazetteer_specs):
    new = new_entities(
        "Sadyr Japarov said the border was calm. Japarov told reporters more. "
        "Aziz-Khan Rustamov, the Tajik envoy, disagreed. Analyst Marie-Claire Dubois was cautious. "
        "Secretary General Imangali Tasmagambetov arrived. Turkmenistan's Rashid Meredov stayed home.",
        gazetteer_specs,
    )
    people = {name for name, spec in new.items() if spec.kind == "person"}
    assert people == {
        "Sadyr Japarov",
        "Aziz-Khan Rustamov",
        "Marie-Claire Dubois",
        "Imangali Tasmagambetov",
        "Rashid Meredov",
    }
    assert "Japarov" in new["Sadyr Japarov"].aliases


def test_common_words_are_not_given_names(gazetteer_specs):
    new = new_entities(
        "Will Kazakhstan agree? Mark Turkmenistan's answer. We will mark the date. Officials said so. "
        "Said Nothing Else.",
        gazetteer_specs,
    )
    assert not [spec for spec in new.values() if spec.kind == "person"]


def test_spelling_variants_of_a_person_merge(gazetteer_specs):
    text = (
        "President Emomali Rakhmonov spoke first. Emomali Rahmonov spoke again. "
        "Later Emomali Rahmon said he was satisfied. Kassym-Jomart Tokayev said yes; Tokaev said no."
    )
    new = new_entities(text, gazetteer_specs)
    people = {name: spec for name, spec in new.items() if spec.kind == "person"}
    assert len(people) == 2
    rahmon = next(spec for spec in people.values() if "Emomali" in spec.name)
    assert {"Emomali Rahmonov", "Emomali Rahmon"} <= {rahmon.name, *rahmon.aliases}
    found = mentions(text, gazetteer_specs)
    assert {name for surface, name in found if "Tok" in surface} == {"Kassym-Jomart Tokayev"}


def test_gazetteer_person_absorbs_misspellings(gazetteer_specs):
    found = mentions(
        "Special Representative James Appaturay visited. As J. Apparturay said, talks went well.",
        gazetteer_specs,
    )
    assert {name for surface, name in found if "App" in surface} == {"James Appathurai"}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Tokayev", "Tokaev"), ("Bakiyev", "Bakiev"), ("Khodjayev", "Hodjaev"), ("Fergana", "Ferghana")],
)
def test_transliteration_key_folds_variants(a, b):
    assert transliteration_key(a) == transliteration_key(b)


def test_surname_stem_and_edit_distance():
    assert surname_stem("Rakhmonov") == surname_stem("Rahmon")
    assert surname_stem("Sultanov") != surname_stem("Saidov")
    assert edit_distance("apaturai", "aparturai") == 1
    assert edit_distance("kazakhstan", "uzbekistan") == 3


def test_world_cities_by_context_and_size(gazetteer_specs):
    new = new_entities(
        "Ministers flew from Minsk to Yerevan, then on to Urumqi. A team stayed in Bokhtar on 4 May. "
        "Reading the report, officials were calm.",
        gazetteer_specs,
    )
    places = {name for name, spec in new.items() if spec.kind == "place"}
    assert {"Minsk", "Yerevan", "Urumqi", "Bokhtar"} <= places
    assert "Reading" not in places
    assert new["Minsk"].origin == "world city"


def test_two_names_of_one_city_are_one_place(gazetteer_specs):
    new = new_entities("Delegates met in Chisinau. Years earlier they met in Kishinev.", gazetteer_specs)
    places = [spec for spec in new.values() if spec.kind == "place"]
    assert len(places) == 1
    assert "Kishinev" in places[0].aliases


def test_place_words_on_either_side(gazetteer_specs):
    new = new_entities(
        "Troops moved to the Murghob district and the Vakhsh river. Naryn Region and the Alai Valley "
        "were quiet. Water came from the river Zeravshan.",
        gazetteer_specs,
    )
    places = {name for name, spec in new.items() if spec.kind == "place"}
    assert {"Murghob district", "Vakhsh river", "Naryn Region", "Alai Valley", "Zeravshan"} <= places
    assert "Murghob" in new["Murghob district"].aliases


def test_exercises_are_programmes_not_places(gazetteer_specs):
    new = new_entities(
        "Troops took part in Steppe Wolf, the exercise Steppe Wolf held near Almaty. The Caspian Guard "
        "exercises followed.",
        gazetteer_specs,
    )
    assert new["Steppe Wolf"].kind == "programme"
    assert new["Caspian Guard"].kind == "programme"


def test_recurring_acronyms_without_definition(gazetteer_specs):
    new = new_entities(
        "The TRACECA corridor grew. Officials praised TRACECA again. The GDP rose and the GDP fell. "
        "The C5+1 format met; the C5+1 ministers agreed.\n\nA LINE SHOUTED IN CAPITALS, ABCD AND ABCD AGAIN.",
        gazetteer_specs,
    )
    assert "TRACECA" in new and "C5+1" in new
    assert new["TRACECA"].origin == "bare acronym"
    assert "GDP" not in new and "ABCD" not in new


def test_renamed_bodies_keep_the_former_name(gazetteer_specs):
    new = new_entities(
        "The Aral Water Council was renamed the Aral Basin Commission in 2004.", gazetteer_specs
    )
    assert new["Aral Basin Commission"].aliases.get("Aral Water Council") == "former name"
    assert "Aral Water Council" not in new


def test_corrections_apply_only_to_their_document(tmp_path, gazetteer_specs):
    corrections = tmp_path / "corrections.toml"
    corrections.write_text(
        '[[correction]]\ndocument = "memo.txt"\nname = "Steppe Radio"\nkind = "organization"\n'
        'aliases = ["Stepe Radio"]\nnote = "a one-off broadcaster"\n',
        "utf-8",
    )
    assert [c.document for c in load_corrections(corrections)] == ["memo.txt"]
    _, with_it = discover("Stepe Radio reported it.", gazetteer_specs, "memo.txt", corrections)
    _, without = discover("Stepe Radio reported it.", gazetteer_specs, "other.txt", corrections)
    assert [s.aliases for s in with_it if s.name == "Steppe Radio"] == [{"Stepe Radio": "spelling"}]
    assert not [s for s in without if s.name == "Steppe Radio"]


def test_the_bundled_gazetteer_holds_no_misspellings(gazetteer_specs):
    aliases = {alias for spec in gazetteer_specs for alias in spec.aliases}
    assert not {"Apparturay", "Appaturay", "Manas International Airpor", "Almazbek"} & aliases
    assert not [alias for alias in aliases if "  " in alias]


def test_gazetteer_aliases_name_the_same_thing_not_a_predecessor_part_or_post(gazetteer_specs):
    """An alias makes every sentence about it a sentence about the entity: a predecessor state, a
    sub-region, the host town of a base or a post held at an office would give that entity facts
    that belong to something else."""
    aliases_of = {spec.name: {alias.casefold() for alias in spec.aliases} for spec in gazetteer_specs}
    not_the_same = {
        "Russia": {"ussr", "soviet union"},
        "Kyrgyzstan": {"kirghiz ssr"},
        "Shanghai Cooperation Organization": {"shanghai five"},
        "Caucasus": {"south caucasus"},
        "Kant Air Base": {"kant"},
        "Science for Peace and Security Programme": {"science for peace", "nato scientific program"},
    }
    for name, wrong in not_the_same.items():
        assert name in aliases_of
        assert aliases_of[name] & wrong == set(), name
    for spec in gazetteer_specs:
        assert not any(
            alias.endswith("officer") for alias in aliases_of[spec.name] if spec.kind != "person"
        ), spec


def test_gazetteer_parents_only_for_bodies_of_the_organization(gazetteer_specs):
    """A joint council of NATO and Russia and a force NATO led are not NATO bodies."""
    parent_of = {spec.name: spec.parent for spec in gazetteer_specs}
    assert parent_of["NATO-Russia Council"] is None
    assert parent_of["International Security Assistance Force"] is None
    assert parent_of["North Atlantic Council"] == "North Atlantic Treaty Organization"


def test_gazetteer_alias_kinds_tell_acronyms_from_hyphenated_names(gazetteer_specs):
    kinds = {alias: kind for spec in gazetteer_specs for alias, kind in spec.aliases.items()}
    assert kinds["PfP"] == kinds["NATO"] == "acronym"
    assert kinds["Nur-Sultan"] != "acronym"
