"""Texts written in capitals throughout (wires, telegrams, signals): read through a view in
small letters that keeps the known names, with facts citing the text as written."""

from database.capitals import in_capitals, lowered
from database.corpus import parse_document
from tests.database.test_extract import facts_for

WIRE = (
    "KOKSU NEWS AGENCY - WIRE FILE\n\n"
    "ZCZC KNA0041 OO\n"
    "151120Z MAY 31\n"
    "TASHKENT 15 MAY (KNA) - PRES OF ARMENIA KAZAKHSTAN KYRGYZSTAN RUSSIA TAJIKISTAN\n"
    "AND UZBEKISTAN SIGNED TREATY ON COLLECTIVE SECURITY HERE TODAY STOP\n"
    "TURKMENISTAN UKRAINE AND MOLDOVA DID NOT SIGN STOP TALKS IN MONGOLIA\n"
    "BELARUS SIGNED NOTHING STOP\n"
    "KNA NNNN\n\n"
    "ZCZC KNA0093 RR\n"
    "R 211500Z DEC 33\n"
    "ALMATY 21 DEC (KNA) - MONGOLIA TODAY JOINED SHANGHAI COOPERATION ORGANIZATION\n"
    "STOP TARBAGATAI LIAISON CENTRE OPENED IN ALMATY STOP\n"
    "KNA NNNN\n"
)


def test_a_text_in_capitals_is_told_from_one_with_capital_headings():
    assert in_capitals(WIRE)
    assert not in_capitals(
        "KAZAKHSTAN AND THE CSTO\n\n" + "Kazakhstan joined the organization in 1994. " * 10
    )
    assert not in_capitals("NATO PfP")  # too short to say


def test_the_view_in_small_letters_keeps_length_names_and_reads_stop_as_a_full_stop():
    text = "KAZAKHSTAN SIGNED HERE TODAY STOP RUSSIA DID NOT"
    view = lowered(text, [(0, 10), (34, 40)])
    assert len(view) == len(text)
    assert (
        view.startswith("KAZAKHSTAN signed here today")
        and "today\u200b\u200b\u200b\u200b. RUSSIA did not" in view
    )
    assert lowered("KAZAKHSTAN KYRGYZSTAN", [(0, 10), (11, 21)], [10]) == "KAZAKHSTAN,KYRGYZSTAN"


def test_a_wire_in_capitals_is_read_with_its_date_time_groups_and_lists_without_commas(gazetteer_specs):
    document = parse_document(WIRE, source="wire.txt")
    assert document.title == "KOKSU NEWS AGENCY - WIRE FILE"
    assert not any(
        "TASHKENT" in section.heading or "TODAY" in section.heading for section in document.sections
    )
    _document, names, facts = facts_for(WIRE, gazetteer_specs)
    signed = {(names[f.subject].name, f.date) for f in facts.relations if f.predicate == "signed"}
    # Names at the ends of two lines are no list ('TALKS IN MONGOLIA' over 'BELARUS SIGNED').
    assert signed == {
        (country, "2031-05-15")
        for country in ("Armenia", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan")
    }
    joined = {
        (names[f.subject].name, names[f.object].name, f.status, f.date)
        for f in facts.relations
        if f.predicate == "member_of"
    }
    assert joined == {("Mongolia", "Shanghai Cooperation Organization", "joined", "2033-12-21")}
    for fact in facts.relations:
        assert fact.span.text == WIRE[fact.span.start : fact.span.end]  # cited as written
    # No capital marks a new name in such a text: nothing is made of 'TARBAGATAI LIAISON CENTRE'.
    assert not [spec for spec in names if "TARBAGATAI" in spec.name.upper() or "KNA" in spec.name]
