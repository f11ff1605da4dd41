"""Rows of labelled fields, one row to a line, as a screen reader reads a table aloud. Names and
rows are invented for these tests."""

from database.matcher import sentence_spans
from tests.database.test_extract import stated

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"

ROWS = (
    "Table 1: Membership. 5 rows, 4 columns.\n"
    "Row 1. Column header: State. Column header: Organisation. Column header: Status. Column header: Since.\n"
    "Row 2. State: Kazakhstan. Organisation: CSTO. Status: member. Since: 1994.\n"
    "Row 3. State: Turkmenistan. Organisation: CSTO. Status: not a member. Since: cell blank.\n"
    "Row 4. State: Mongolia. Organisation: SCO. Status: observer. Since: 14.05.2031.\n"
    "Row 5. State: Uzbekistan. Organisation: CSTO. Status: member until 2012. Since: 2006.\n"
    "Row 6. State: Kazakhstan and Russia. Organisation: SCO. Status: member. Since: 2001.\n"
    "End of table.\n\n"
    "Table 2: Heads. 2 rows.\n"
    "Row 1. Name: Aibek Sadykov. Post: Secretary General. Body: CSTO. From: 1 January 2031.\n"
    "Row 2. Name: cell blank. Post: Deputy Secretary General. Body: CSTO. From: cell blank.\n\n"
    "Table 3: Seats.\n"
    "Row 1. Body: CSTO Secretariat. Parent organisation: CSTO. Seat: Moscow.\n"
)


def test_a_row_of_labelled_fields_is_one_sentence_and_prose_with_a_label_is_not():
    row = "Row 2. State: Kazakhstan. Organisation: CSTO. Status: member. Since: 1994."
    assert [(start, end) for start, end in sentence_spans(row)] == [(0, len(row))]
    prose = "Kazakhstan joined in 1994. Note: the date is disputed. It stayed."
    assert len(sentence_spans(prose)) == 3


def test_a_row_states_what_each_of_its_fields_holds_and_a_blank_or_hedged_cell_nothing(gazetteer_specs):
    assert stated(ROWS, gazetteer_specs, "member_of", "status", "date") == {
        ("Kazakhstan", CSTO, "member", "1994"),
        ("Turkmenistan", CSTO, "not a member", None),
        ("Mongolia", SCO, "observer", "2031-05-14"),
    }
    assert stated(ROWS, gazetteer_specs, "holds_office", "role", "date") == {
        ("Aibek Sadykov", CSTO, "Secretary General", "2031-01-01")
    }
    assert ("CSTO Secretariat", CSTO) in stated(ROWS, gazetteer_specs, "part_of")
    assert ("CSTO Secretariat", "Moscow") in stated(ROWS, gazetteer_specs, "located_in")


def test_a_row_s_fields_of_other_meanings_state_nothing_of_their_own(gazetteer_specs):
    rows = (
        "Row 1. Name: Aibek Sadykov. Post: President. Country: Kyrgyzstan. Organisation: CSTO.\n"
        "Row 2. Name: Daniyar Omarov. Role: host. Organisation: CSTO. From: 2031.\n"
        "Row 3. Body: CSTO Secretariat. Parent organisation: CSTO. Location: Minsk.\n"
        "Row 4. State: Mongolia. Organisation: SCO. Status: member. From: 2005 as observer.\n"
        "Row 5. State: Belarus. Organisation: SCO. Status: member. Expected: 2033. Since: 2031.\n"
    )
    assert stated(rows, gazetteer_specs, "holds_office", "role") == {
        ("Aibek Sadykov", "Kyrgyzstan", "President")
    }
    assert ("CSTO Secretariat", "Minsk") not in stated(rows, gazetteer_specs, "located_in")
    assert stated(rows, gazetteer_specs, "member_of", "status", "date") == {("Mongolia", SCO, "member", None)}
