"""Readings a blind set of new layouts got wrong, each pinned on a small document of our own
wording: a seat told of an apposition's head, an annotation's claim, a title over a field label,
an outliner's and a query script's words in capitals, a bullet nested under a body's bullet."""

import pytest

from database.facts import UNCERTAIN_BELOW
from tests.database.test_discover_rules import new_names
from tests.database.test_extract import facts_for, stated

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board, a subsidiary organ of the Collective Security Treaty Organization, sits in Khujand.",
        "The organs of the Collective Security Treaty Organization are located in Moscow.",
    ],
)
def test_a_seat_after_an_apposition_is_its_heads_not_the_body_it_names(sentence, gazetteer_specs):
    assert stated(sentence, gazetteer_specs, "located_in") == set()


def test_a_seat_of_the_named_body_is_still_its_own(gazetteer_specs):
    assert stated(
        "The Collective Security Treaty Organization, based in Moscow, met on Monday.",
        gazetteer_specs,
        "located_in",
    ) == {(CSTO, "Moscow")}


@pytest.mark.parametrize(
    "sentence",
    [
        "AB  - Argues that Turkmenistan applied for observer status in the Shanghai Cooperation Organization.",
        "Contends that Kazakhstan joined the Shanghai Cooperation Organization in 2019.",
        "The author argues that Kazakhstan joined the Shanghai Cooperation Organization in 2019.",
    ],
)
def test_what_an_annotated_work_argues_is_its_claim_not_a_fact(sentence, gazetteer_specs):
    assert stated(sentence, gazetteer_specs, "member_of", confident=True) == set()


def test_what_this_report_argues_is_the_writers_own_word(gazetteer_specs):
    assert stated(
        "This report argues that Kazakhstan joined the Shanghai Cooperation Organization in 2001.",
        gazetteer_specs,
        "member_of",
        confident=True,
    ) == {("Kazakhstan", SCO)}


def test_a_title_ending_a_line_over_a_field_label_names_no_person(gazetteer_specs):
    text = (
        "Calendar\n\n"
        "  Required Attendees: Kalys Tashtanbekov, Deputy Minister\n"
        "  Meeting Status: Accepted\n"
        "  Counterpart: the Foreign Minister\n"
        "  Location: Bishkek\n"
    )
    kinds = new_names(text, gazetteer_specs)
    assert kinds.get("Kalys Tashtanbekov") == "person"
    assert "Meeting Status" not in kinds
    assert "Location" not in kinds


def test_a_title_and_a_name_across_a_wrapped_line_still_name_a_person(gazetteer_specs):
    text = "Notes\n\nThe talks were opened by the Deputy Minister\nKalys Tashtanbekov on Monday.\n"
    assert new_names(text, gazetteer_specs).get("Kalys Tashtanbekov") == "person"


def test_task_markers_and_query_keywords_in_capitals_are_no_bodies(gazetteer_specs):
    text = (
        "Notes\n\n"
        "- DONE Check the seat of the Commission\n"
        "- DONE Ask about the observers\n"
        "- WAITING Reply from the Secretariat\n\n"
        "MATCH (s:State {iso: 'KGZ'}) RETURN s;\n"
        "MATCH (o:Organization) RETURN o;\n"
        "CREATE (:State {name: 'Kyrgyzstan'});\n"
        "CREATE (:State {name: 'Tajikistan'});\n\n"
        "The KAZBAT battalion trained with the KAZBAT staff in May.\n"
    )
    names = new_names(text, gazetteer_specs)
    assert not {"DONE", "WAITING", "MATCH", "CREATE", "RETURN"} & set(names)
    assert "KAZBAT" in names


OUTLINE = (
    "title:: CSTO and Kyrgyzstan (working notes)\n"
    "alias:: ODKB notes\n"
    "tags:: csto, research\n"
    "owner:: [[Aidai Sydykova]]\n"
    "\n"
    "- Notes kept for the yearbook chapter by [[Aidai Sydykova]].\n"
    "- DONE Founding members of the [[Collective Security Treaty Organization]] #csto\n"
    "  alias:: CSTO, ODKB\n"
    "  seat:: [[Moscow]]\n"
    "\t- Kyrgyzstan is a founding member of the CSTO.\n"
    "- DONE [[Kerben Border Commission]] #kbc\n"
    "  alias:: KBC\n"
    "  seat:: [[Kerben]], Kyrgyzstan\n"
    "\t- Set up by Kyrgyzstan and Uzbekistan in 2019.\n"
    "\t- The Kerben Border Commission meets twice a year.\n"
)


def test_a_nested_bullet_naming_no_body_is_about_its_parents_body(gazetteer_specs):
    _document, names, facts = facts_for(OUTLINE, gazetteer_specs)
    founders = {
        (names[r.subject].name, names[r.object].name, r.status)
        for r in facts.relations
        if r.predicate == "member_of" and r.confidence >= UNCERTAIN_BELOW
    }
    assert ("Kyrgyzstan", "Kerben Border Commission", "founding member") in founders
    assert ("Uzbekistan", "Kerben Border Commission", "founding member") in founders
    assert ("Uzbekistan", CSTO, "founding member") not in founders


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "The Kadamjay Water Commission (KWC) meets in Osh. Set up by Kyrgyzstan and Tajikistan under "
            "the Nookat Protocol, signed on 22 September 2021.",
            "Kadamjay Water Commission",
        ),
        (
            "The Haidarkan Monitoring Group was set up by Kyrgyzstan and Tajikistan a month after the two "
            "states signed the Bishkek Treaty on 13 March 2025.",
            "Haidarkan Monitoring Group",
        ),
    ],
)
def test_a_founding_is_not_dated_by_another_acts_date(text, organization, gazetteer_specs):
    founders = stated(text, gazetteer_specs, "member_of", "status", "date")
    assert founders == {
        ("Kyrgyzstan", organization, "founding member", None),
        ("Tajikistan", organization, "founding member", None),
    }


def test_a_founding_dated_in_its_own_clause_keeps_its_date(gazetteer_specs):
    founders = stated(
        "The Haidarkan Monitoring Group was set up by Kyrgyzstan and Tajikistan in April 2025 after "
        "long talks.",
        gazetteer_specs,
        "member_of",
        "date",
    )
    assert founders == {
        ("Kyrgyzstan", "Haidarkan Monitoring Group", "2025-04"),
        ("Tajikistan", "Haidarkan Monitoring Group", "2025-04"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "''Armenia'' is a founding member of the [[Collective Security Treaty Organization]].",
        "'''Armenia''' is a founding member of the [[Collective Security Treaty Organization]].",
    ],
)
def test_a_wikis_emphasis_marks_are_no_words_of_the_sentence(sentence, gazetteer_specs):
    assert stated(sentence, gazetteer_specs, "member_of", "status") == {("Armenia", CSTO, "founding member")}


@pytest.mark.parametrize(
    "table",
    [
        "| State | Status | Since |\n|---|---|---|\n| India | member | 2017 |\n| Mongolia | observer | 2004-06 |\n",
        "State          Status       Since\n-------------  -----------  ----------\n"
        "India          member       2017\nMongolia       observer     2004-06\nRussia         none         -\n",
    ],
)
def test_a_status_table_under_a_heading_is_the_headings_organizations(table, gazetteer_specs):
    text = "Notes\n\n## The Shanghai Cooperation Organization\n\n" + table
    _document, names, facts = facts_for(text, gazetteer_specs)
    found = {
        (names[r.subject].name, names[r.object].name, r.status, r.date)
        for r in facts.relations
        if r.predicate == "member_of"
    }
    assert found == {("India", SCO, "member", "2017"), ("Mongolia", SCO, "observer", "2004-06")}


def test_a_table_with_a_column_of_bodies_is_not_read_as_the_headings(gazetteer_specs):
    text = (
        "Notes\n\n## The Shanghai Cooperation Organization\n\n"
        "| State | Organization | Status | Since |\n|---|---|---|---|\n"
        "| Uzbekistan | CSTO | suspended | 2012 |\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert {(names[r.object].name, r.status) for r in facts.relations if r.predicate == "member_of"} == {
        (CSTO, "suspended")
    }


def test_a_markdown_heading_set_apart_heads_a_section_and_a_comment_block_does_not():
    from database.corpus import parse_document

    document = parse_document(
        "# Notes\n\nA text about it all.\n\n## The Kuryk Centre, one year on\n\nThe Centre opened.\n\n"
        "### Who is in\n\nKazakhstan.\n\n# seed data for the registry\n# Maintainer: A. Berg\nname = 1\n",
        source="t.md",
    )
    assert [(section.heading, section.level) for section in document.sections[1:]] == [
        ("The Kuryk Centre, one year on", 2),
        ("Who is in", 3),
    ]


@pytest.mark.parametrize(
    "parent",
    [
        "- Unlike the Turan Border Forum, the new Ferghana council has no secretariat.",
        "- States that left the Turan Border Forum:",
        "- Not to be confused with the Turan Border Forum:",
    ],
)
def test_a_nested_bullet_is_not_about_a_body_its_parent_only_mentions(parent, gazetteer_specs):
    text = (
        "Notes\n\nThe Turan Border Forum (TBF) meets in Osh. The Turan Border Forum has a secretariat.\n\n"
        f"{parent}\n  - Set up by Kyrgyzstan and Tajikistan in 2023.\n"
    )
    assert stated(text, gazetteer_specs, "member_of", confident=True) == set()


def test_a_founding_under_another_act_pursuant_to_it_is_undated(gazetteer_specs):
    founders = stated(
        "The Aral Basin Board was set up by Kazakhstan and Uzbekistan pursuant to the Nukus Protocol of "
        "22 September 2021.",
        gazetteer_specs,
        "member_of",
        "date",
    )
    assert founders == {("Kazakhstan", "Aral Basin Board", None), ("Uzbekistan", "Aral Basin Board", None)}


@pytest.mark.parametrize(
    ("body", "joined"),
    [
        ("Foreign Ministry of Tajikistan", set()),
        ("National Bank of Kazakhstan", set()),
        ("Central Asian Border Service Network", {"Tajikistan"}),
        ("Border Service Network", {"Tajikistan"}),
    ],
)
def test_a_state_body_heading_a_document_is_joined_by_nobody(body, joined, gazetteer_specs):
    text = f"{body}\n\nThe {body} was set up in 2016. Tajikistan joined in 2017. The {body} meets yearly.\n"
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert {names[r.subject].name for r in facts.relations if r.predicate == "member_of"} == joined


TBF_NOTES = (
    "Notes\n\nThe Turan Border Forum (TBF) meets in Osh. The Turan Border Forum has a secretariat.\n\n"
)


def test_a_nested_bullet_under_a_bullet_opening_with_a_body_is_about_that_body(gazetteer_specs):
    text = TBF_NOTES + "- [[Turan Border Forum]]\n  - Set up by Kyrgyzstan and Tajikistan in 2023.\n"
    assert stated(text, gazetteer_specs, "member_of", "status", confident=True) == {
        ("Kyrgyzstan", "Turan Border Forum", "founding member"),
        ("Tajikistan", "Turan Border Forum", "founding member"),
    }


def test_a_paragraph_naming_nothing_ends_the_outline(gazetteer_specs):
    text = (
        TBF_NOTES
        + "- [[Turan Border Forum]]\n\nA word on nothing at all, for the record.\n\n"
        + "  - Set up by Kyrgyzstan and Tajikistan in 2023.\n"
    )
    assert stated(text, gazetteer_specs, "member_of", confident=True) == set()


def test_another_table_after_a_status_table_is_not_read_as_statuses(gazetteer_specs):
    text = (
        "Notes\n\n## The Shanghai Cooperation Organization\n\n"
        "| Countries | Status | Since |\n|---|---|---|\n| India | member | 2017 |\n\n"
        "| State | Role | Since |\n|---|---|---|\n| Mongolia | observer | 2004 |\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert {names[r.subject].name for r in facts.relations if r.predicate == "member_of"} == {"India"}
