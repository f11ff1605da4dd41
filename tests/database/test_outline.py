"""Directories laid out by indentation, and tables written as LaTeX: what their layout states."""

from __future__ import annotations

import pytest

from database.outline import unit_names

from .test_extract import facts_for

_DIRECTORY = """\
PAMIR WATER SECURITY ORGANIZATION (PWSO)
Staff list, edition of 3 March 2025

Office of the Executive Secretary
    Farrukh Qodirov — Executive Secretary — ext. 10
    Zarina Alieva — Special Assistant — ext. 11
Department of Basin Monitoring
    Timur Ergashev — Director — ext. 20
    Glacier Survey Unit
        Aliya Rakhimova — Head of Unit — ext. 21
        Rustam Nabiev — Hydrologist — ext. 22
    Field Staff
        Bakhtiyor Saidov — Analyst (acting Head of Unit) — ext. 23
Regional Offices
    Liaison Office Khorog — Khorog, Tajikistan
        Dilnoza Karimova — Head of Office, acting — ext. 30
"""


def _facts(text: str, specs, predicate: str) -> set[tuple]:
    _document, names, facts = facts_for(text, specs)
    return {
        (names[fact.subject].name, names[fact.object].name, fact.role)
        for fact in facts.relations
        if fact.predicate == predicate
    }


def test_unit_names_are_lines_of_their_own_over_more_indented_lines():
    assert list(unit_names(_DIRECTORY)) == [
        "Office of the Executive Secretary",
        "Department of Basin Monitoring",
        "Glacier Survey Unit",
        "Liaison Office Khorog",
    ]
    # The same names in prose, or on a line nothing more indented follows, are no directory lines.
    assert list(unit_names("Glacier Survey Unit\nThe unit measures glaciers.\n")) == []
    assert list(unit_names("Notes\n    Glacier Survey Unit\n")) == []


def test_staff_rows_hold_their_titles_in_the_unit_above(gazetteer_specs):
    held = _facts(_DIRECTORY, gazetteer_specs, "holds_office")
    assert ("Zarina Alieva", "Office of the Executive Secretary", "Special Assistant") in held
    assert ("Timur Ergashev", "Department of Basin Monitoring", "Director") in held
    assert ("Aliya Rakhimova", "Glacier Survey Unit", "Head of Unit") in held
    assert ("Rustam Nabiev", "Glacier Survey Unit", "Hydrologist") not in held  # no title word: left out
    assert ("Dilnoza Karimova", "Liaison Office Khorog", "acting Head of Office") in held
    # Under 'Field Staff' (no body the build knows) a row holds nothing in the department above it.
    assert not {fact for fact in held if fact[0] == "Bakhtiyor Saidov"}
    # The head of the whole organization holds the post in the organization the title names.
    assert {(body, role) for person, body, role in held if person == "Farrukh Qodirov"} == {
        ("PAMIR WATER SECURITY ORGANIZATION", "Executive Secretary")
    }


def test_units_indented_under_units_are_parts_of_them(gazetteer_specs):
    parts = {(body, parent) for body, parent, _ in _facts(_DIRECTORY, gazetteer_specs, "part_of")}
    assert ("Glacier Survey Unit", "Department of Basin Monitoring") in parts
    # 'Regional Offices' names no known body: the office under it is part of nothing it states.
    assert not {part for part in parts if part[0] == "Liaison Office Khorog"}


def test_a_top_title_is_left_out_when_the_title_names_no_one_organization(gazetteer_specs):
    text = _DIRECTORY.replace("PAMIR WATER SECURITY ORGANIZATION (PWSO)\n", "Staff list\n")
    assert not {
        fact for fact in _facts(text, gazetteer_specs, "holds_office") if fact[0] == "Farrukh Qodirov"
    }


_LATEX = """\
Memberships

\\begin{tabular}{lll}
\\hline
State & CSTO & SCO \\\\
\\hline
Kazakhstan & member & founding member \\\\
Uzbekistan & withdrew 2012 & founding member \\\\
Tajikistan & member until 2012 & observer (2005), member since 2017 \\\\
\\hline
\\end{tabular}
"""


def test_a_latex_table_is_read_cell_by_cell(gazetteer_specs):
    _document, names, facts = facts_for(_LATEX, gazetteer_specs)
    found = {
        (names[fact.subject].name, names[fact.object].name, fact.status, fact.date)
        for fact in facts.relations
        if fact.predicate == "member_of"
    }
    csto, sco = "Collective Security Treaty Organization", "Shanghai Cooperation Organization"
    assert ("Kazakhstan", csto, "member", None) in found
    assert ("Kazakhstan", sco, "founding member", None) in found
    # A cell's own status dates it; a status the rest of the cell ends or follows dates nothing.
    assert ("Uzbekistan", csto, "withdrew", "2012") in found
    assert not {fact for fact in found if fact[0] == "Tajikistan"}


@pytest.mark.parametrize(
    "row",
    [
        "Kazakhstan & member & founding member",  # no row end: prose with ampersands
        "Research & Development & Kazakhstan \\\\",  # the first cell is no country
    ],
)
def test_lines_with_ampersands_that_are_no_table_rows_state_nothing(row, gazetteer_specs):
    text = "Memberships\n\nState & CSTO & SCO \\\\\n" + row + "\n"
    _document, _names, facts = facts_for(text, gazetteer_specs)
    assert not [fact for fact in facts.relations if fact.predicate == "member_of"]
