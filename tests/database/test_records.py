"""Records of data files (TOML, HCL, JSON-like objects): what their keys state, and what a file
switches off, comments out or takes back."""

from __future__ import annotations

from database.facts import UNCERTAIN_BELOW
from database.markup import unlinked
from database.records import parse_records, record_abbreviations, record_aliases, record_places

from .test_extract import facts_for

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"

_TOML = """\
# registry.toml: who belongs to what

[organizations.tbf]
name = "Turan Border Forum"
abbreviation = "TBF"
aliases = ["Turan Frontier Forum"]
seat = { city = "Kyzylorda", country = "Kazakhstan", since = 2020 }

[organizations.tbf.bodies.office]
name = "TBF Liaison Office"
seat = "Kyzylorda"
head = { name = "Marat Zhunusov", role = "Head of Office", since = 2022-03-15 }

[treaties.aral]
name = "Aral Frontier Accord"
parties = [
  "Kazakhstan",
  "Uzbekistan",
]

[places.kyzylorda]
name = "Kyzylorda"
country = "Kazakhstan"

[[membership]]
state = "Uzbekistan"
org = "TBF"
status = "founding"
since = 2019-04-02

[[membership]]
state = "Tajikistan"
org = "TBF"
status = "observer"
since = "2023-06"

[[membership]]
state = "China"
org = "TBF"
status = "nonmember"
since = 2019-04-02

# Obsolete row: the status was wrong. Do not load.
[[membership]]
state = "Kyrgyzstan"
org = "TBF"
status = "joined"
since = 2021-01-01

# Unconfirmed; only one newspaper has reported it.
[[membership]]
state = "Turkmenistan"
org = "TBF"
status = "applicant"

[[membership]]
state = "Afghanistan"
org = "TBF"
status = "member until 2021"
"""


def _facts(text: str, specs) -> tuple[set[tuple], set[tuple], list]:
    _document, names, facts = facts_for(text, specs)
    shown = {
        (names[f.subject].name, f.predicate, names[f.object].name, f.status, f.role, f.date)
        for f in facts.relations
        if f.confidence >= UNCERTAIN_BELOW
    }
    uncertain = {
        (names[f.subject].name, f.predicate, names[f.object].name, f.status)
        for f in facts.relations
        if f.confidence < UNCERTAIN_BELOW
    }
    events = [(event.date, sorted(names[entity].name for entity in event.entities)) for event in facts.events]
    return shown, uncertain, events


def test_toml_membership_rows_state_their_status_and_date(gazetteer_specs):
    shown, uncertain, _events = _facts(_TOML, gazetteer_specs)
    members = {fact for fact in shown if fact[1] == "member_of"}
    assert ("Uzbekistan", "member_of", "Turan Border Forum", "founding member", None, "2019-04-02") in members
    assert ("Tajikistan", "member_of", "Turan Border Forum", "observer", None, "2023-06") in members
    # A non-member's row is dated nothing: the date is when the forum began, not a status.
    assert ("China", "member_of", "Turan Border Forum", "not a member", None, None) in members
    # The row an editor's comment takes back states nothing; a doubted one is uncertain.
    assert not {fact for fact in members if fact[0] == "Kyrgyzstan"}
    assert ("Turkmenistan", "member_of", "Turan Border Forum", "applied") in uncertain
    assert not {fact for fact in members if fact[0] == "Turkmenistan"}
    # A status the codebook does not use, qualified in the cell, is not read.
    assert not {fact for fact in members | uncertain if fact[0] == "Afghanistan"}


def test_toml_records_state_seats_heads_bodies_parties_and_places(gazetteer_specs):
    shown, _uncertain, _events = _facts(_TOML, gazetteer_specs)
    assert ("Turan Border Forum", "located_in", "Kyzylorda", None, None, "2020") in shown
    assert ("TBF Liaison Office", "located_in", "Kyzylorda", None, None, None) in shown
    assert ("TBF Liaison Office", "part_of", "Turan Border Forum", None, None, None) in shown
    assert (
        "Marat Zhunusov",
        "holds_office",
        "TBF Liaison Office",
        None,
        "Head of Office",
        "2022-03-15",
    ) in shown
    assert ("Kazakhstan", "signed", "Aral Frontier Accord", None, None, None) in shown
    assert ("Uzbekistan", "signed", "Aral Frontier Accord", None, None, None) in shown
    assert ("Kyzylorda", "located_in", "Kazakhstan", None, None, None) in shown


def test_dated_records_are_events_of_their_parties(gazetteer_specs):
    _shown, _uncertain, events = _facts(_TOML, gazetteer_specs)
    assert ("2019-04-02", ["Turan Border Forum", "Uzbekistan"]) in events
    assert ("2022-03-15", ["Marat Zhunusov", "TBF Liaison Office"]) in events
    assert not [event for event in events if "Kyrgyzstan" in event[1]]  # the row taken back


def test_records_give_names_abbreviations_aliases_and_places():
    assert ("Turan Border Forum", "TBF", _TOML.index('"Turan Border Forum"') + 1) in list(
        record_abbreviations(_TOML)
    )
    assert ("Turan Border Forum", "Turan Frontier Forum") in list(record_aliases(_TOML))
    assert ("Kyzylorda", _TOML.index('name = "Kyzylorda"') + 8) in list(record_places(_TOML))
    # Prose with an equals sign is no record.
    assert list(record_places("The ratio x = 2 was agreed in the city of Osh.")) == []


_HCL = """\
locals {
  forum = "Turan Border Forum"
}

resource "organization" "tbf" {
  name = local.forum
  body "secretariat" {
    name = "TBF Secretariat"
    seat = "Kyzylorda"
  }
  head {
    name  = "Aigerim Satpayeva"
    role  = "Secretary General"
    since = "2024-09-01"
  }
}

resource "membership" "kaz" {
  state  = "Kazakhstan"
  org    = local.forum
  status = "rejoined"
  since  = "2022-11"
}

resource "membership" "kgz" {
  count  = 0
  state  = "Kyrgyzstan"
  org    = local.forum
  status = "joined"
}

/*
resource "membership" "tkm" {
  state  = "Turkmenistan"
  org    = local.forum
  status = "observer"
}
*/
"""


def test_hcl_blocks_read_through_locals_and_leave_switched_off_resources_alone(gazetteer_specs):
    text = "Turan Border Forum (TBF) registry\n\n" + _HCL
    shown, uncertain, _events = _facts(text, gazetteer_specs)
    assert ("Kazakhstan", "member_of", "Turan Border Forum", "rejoined", None, "2022-11") in shown
    assert ("TBF Secretariat", "part_of", "Turan Border Forum", None, None, None) in shown
    assert ("TBF Secretariat", "located_in", "Kyzylorda", None, None, None) in shown
    assert (
        "Aigerim Satpayeva",
        "holds_office",
        "Turan Border Forum",
        None,
        "Secretary General",
        "2024-09-01",
    ) in shown
    # 'count = 0' switches a resource off; a block comment hides one.
    everyone = {fact[0] for fact in shown} | {fact[0] for fact in uncertain}
    assert "Kyrgyzstan" not in everyone
    assert "Turkmenistan" not in everyone


def test_json_like_objects_are_records_too(gazetteer_specs):
    text = """\
Export of the membership table

{
  "memberships": [
    {
      "state": "Kyrgyzstan",
      "org": "SCO",
      "status": "founding",
      "since": "2001-06-15"
    },
    {
      "state": "Mongolia",
      "org": "SCO",
      "status": "observer"
    }
  ],
  "partnerships": [
    {
      "state": "Kazakhstan",
      "org": "SCO",
      "status": "suspended"
    }
  ]
}
"""
    shown, _uncertain, _events = _facts(text, gazetteer_specs)
    assert ("Kyrgyzstan", "member_of", SCO, "founding member", None, "2001-06-15") in shown
    assert ("Mongolia", "member_of", SCO, "observer", None, None) in shown
    # Only a record filed as a membership states one: the same keys under 'partnerships' do not.
    assert not {fact for fact in shown if fact[0] == "Kazakhstan"}


def test_a_record_needs_one_name_of_the_right_kind_in_each_field(gazetteer_specs):
    text = """\
Seed

[[membership]]
state = "Kazakhstan and Kyrgyzstan"
org = "CSTO"
status = "member"

[[membership]]
state = "Russia"
org = "Moscow"
status = "member"

[[membership]]
state = "Armenia"
org = "CSTO"
"""
    shown, uncertain, _events = _facts(text, gazetteer_specs)
    assert not {fact for fact in shown | uncertain if fact[1] == "member_of"}


def test_parser_keeps_nesting_and_skips_prose_strings():
    records = parse_records(_HCL)
    assert [record.words for record in records] == [
        ("locals",),
        ("resource", "organization", "tbf"),
        ("body", "secretariat"),
        ("head",),
        ("resource", "membership", "kaz"),
        ("resource", "membership", "kgz"),
    ]
    assert records[2].parent is records[1] and records[3].parent is records[1]
    heredoc = 'note = <<-EOT\n  state = "Kazakhstan"\nEOT\nstatus = "member"\n'
    [record] = parse_records(heredoc)
    assert set(record.fields) == {"status"}  # the heredoc's lines are prose, not fields


def test_a_toml_array_header_is_no_wiki_link():
    text = '[[membership]]\nstate = "Kazakhstan"\n\nSee [[Kazakhstan]] and [[membership]] here.\n'
    assert unlinked(text).startswith("[[membership]]\n")
    assert "See   Kazakhstan   and   membership   here." in unlinked(text)


def test_what_a_file_marks_as_not_a_fact_states_nothing(gazetteer_specs):
    text = """\
Seed file

A made-up example of a row (fictitious values):

[[membership]]
state = "Turkmenistan"
org = "CSTO"
status = "founding"

[[membership]]
# INCORRECT: kept for the audit trail only
state = "Mongolia"
org = "CSTO"
status = "observer"

[[membership]]   # superseded by the row below
state = "Iran"
org = "CSTO"
status = "observer"

[[membership]]
state = "Azerbaijan"
org = "CSTO"
status = "joined"   # disputed: see ticket 12

[[scenario.membership]]
state = "Georgia"
org = "CSTO"
status = "joined"

[[membership]]
state = "Belarus"
org = "CSTO"
status = "founding"
since = "10/07/2002"
"""
    shown, uncertain, _events = _facts(text, gazetteer_specs)
    members = {fact[0] for fact in shown | uncertain if fact[1] == "member_of"}
    assert not members & {"Turkmenistan", "Mongolia", "Iran", "Azerbaijan", "Georgia"}
    # A date written day or month first is the file's convention to know: left undated.
    assert ("Belarus", "member_of", CSTO, "founding member", None, None) in shown


def test_hcl_count_expressions_and_records_about_something_else(gazetteer_specs):
    text = """\
Deployments

resource "membership" "kaz" {
  count  = var.enabled ? 1 : 0
  state  = "Kazakhstan"
  org    = "CSTO"
  status = "founding"
}

resource "contingent" "kgz" {
  country = "Kyrgyzstan"
  org     = "CSTO"
  status  = "withdrawn"
  since   = "2022-01-13"
}

[[base]]
name = "Kant Air Base"
country = "Russia"
"""
    shown, uncertain, _events = _facts(text, gazetteer_specs)
    assert not {fact for fact in shown | uncertain if fact[1] == "member_of"}
    assert not {fact for fact in shown | uncertain if fact[0] == "Kant Air Base"}


_TEXTPROTO = """\
# proto-message: steppe.Dataset
organization {
  name: "Turan Border Forum"
  acronym: "TBF"
  seat { city: "Kyzylorda" country: "KAZ" }
  body {
    name: "TBF Liaison Office"
    head { name: "Marat Zhunusov" role: "Head of Office" since { year: 2022 month: 3 day: 15 } }
  }
}

membership { state: "Uzbekistan" org: "TBF" status: FOUNDING since { year: 2019 month: 4 } }
membership { state: "Tajikistan" org: "TBF" status: OBSERVER since { year: 2023 month: 13 } }
membership {
  state: "Kyrgyzstan" org: "TBF" status: MEMBER since { year: 2020 }
  deprecated: true
}
membership { state: "Afghanistan" org: "TBF" status: STATUS_UNSPECIFIED }

treaty {
  name: "Aral Frontier Accord"
  signature { state: "Kazakhstan" date { year: 2017 month: 9 day: 14 } }
  signature { state: "Uzbekistan" date { year: 2018 } draft: true }
}
"""


def test_text_format_messages_on_one_line_and_date_messages_are_read(gazetteer_specs):
    shown, _uncertain, _events = _facts(_TEXTPROTO, gazetteer_specs)
    assert ("Uzbekistan", "member_of", "Turan Border Forum", "founding member", None, "2019-04") in shown
    # A month out of range leaves the year alone.
    assert ("Tajikistan", "member_of", "Turan Border Forum", "observer", None, "2023") in shown
    assert ("Turan Border Forum", "located_in", "Kyzylorda", None, None, None) in shown
    assert (
        "Marat Zhunusov",
        "holds_office",
        "TBF Liaison Office",
        None,
        "Head of Office",
        "2022-03-15",
    ) in shown
    subjects = {fact[0] for fact in shown if fact[1] == "member_of"}
    assert "Kyrgyzstan" not in subjects  # a deprecated message is kept for history, not loaded
    assert "Afghanistan" not in subjects  # a status the codebook does not know
    signed = {(fact[0], fact[5]) for fact in shown if fact[1] == "signed"}
    assert signed == {("Kazakhstan", "2017-09-14")}  # Uzbekistan's signature is a draft's


def test_text_format_records_filed_under_a_refusal_or_flagged_off_are_not_read(gazetteer_specs):
    text = (
        "# proto-message: steppe.Dataset\n\n"
        'rejected { membership { state: "Turkmenistan" org: "SCO" status: MEMBER since { year: 2021 } } }\n'
        'application { membership { state: "Iran" org: "CSTO" status: MEMBER since { year: 2022 } } }\n'
        'membership { state: "Mongolia" org: "CSTO" status: JOINED since { year: 2013 } deprecated:true }\n'
        'membership { state: "Georgia" org: "CSTO" status: JOINED options { deprecated: true } }\n'
        'membership { state: "Moldova" org: "CSTO" status: JOINED is_deprecated: t }\n'
        'membership { state: "Belarus" org: "SCO" status: JOINED since { year: 2024 } deprecated: false }\n'
    )
    shown, _uncertain, _events = _facts(text, gazetteer_specs)
    assert {fact[0] for fact in shown if fact[1] == "member_of"} == {"Belarus"}


def test_a_text_format_files_message_type_files_every_record_under_it(gazetteer_specs):
    record = 'membership { state: "Mongolia" org: "CSTO" status: MEMBER since { year: 2013 } }\n'
    rejected = "# proto-message: RejectedApplications\n" + record
    dataset = "# proto-message: steppe.Dataset\n" + record
    assert not [fact for fact in _facts(rejected, gazetteer_specs)[0] if fact[1] == "member_of"]
    assert [fact[0] for fact in _facts(dataset, gazetteer_specs)[0] if fact[1] == "member_of"] == ["Mongolia"]


def test_a_flagged_block_inside_a_record_switches_off_only_itself(gazetteer_specs):
    text = (
        "# registry\n\n"
        "treaty {\n"
        '  name: "Aral Frontier Accord"\n'
        '  signature { state: "Kazakhstan" date { year: 2017 month: 2 day: 31 } }\n'
        '  signature { state: "Uzbekistan" draft: true }\n'
        "}\n\n"
        "# Rows with active = false are hidden in the app.\n"
        "[[membership]]\n"
        'state = "Tajikistan"\n'
        'org = "SCO"\n'
        'status = "observer"\n'
        "since = 2023-02-31\n"
    )
    shown, _uncertain, _events = _facts(text, gazetteer_specs)
    # February has no 31st: the month stands, and an ISO field with no such day is no date.
    assert {(fact[0], fact[5]) for fact in shown if fact[1] == "signed"} == {("Kazakhstan", "2017-02")}
    assert {(fact[0], fact[5]) for fact in shown if fact[1] == "member_of"} == {("Tajikistan", None)}
