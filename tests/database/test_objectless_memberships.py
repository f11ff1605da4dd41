"""Memberships stated without naming the organization, in a paragraph or glossary entry about
one: 'Georgia withdrew on 3 May 2031', 'Moldova and Serbia are its members'. Sentences of our
own wording; each rule also has sentences that must state nothing."""

import pytest

from tests.database.test_extract import facts_for, stated

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"
PFP = "Partnership for Peace"


def memberships(text: str, specs, *, confident: bool = False) -> set[tuple]:
    return stated(text, specs, "member_of", "status", "date", confident=confident)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Moldova and Serbia are its members.",
            {("Moldova", CSTO, "member", None), ("Serbia", CSTO, "member", None)},
        ),
        (
            "Ghana and Peru are observers.",
            {("Ghana", CSTO, "observer", None), ("Peru", CSTO, "observer", None)},
        ),
        ("Georgia withdrew on 3 May 2031.", {("Georgia", CSTO, "withdrew", "2031-05-03")}),
        (
            "Serbia rejoined in 2030 and suspended its membership in 2033.",
            {("Serbia", CSTO, "rejoined", "2030"), ("Serbia", CSTO, "suspended", "2033")},
        ),
        ("Chile became a participating State in March 2032.", {("Chile", CSTO, "joined", "2032-03")}),
        ("Norway has held observer status since June 2029.", {("Norway", CSTO, "observer", "2029-06")}),
    ],
)
def test_an_objectless_status_is_of_the_paragraphs_organization(sentence, expected, gazetteer_specs):
    text = f"The Collective Security Treaty Organization met in Minsk last week. {sentence}"
    assert memberships(text, gazetteer_specs) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Moldova and Serbia are not its members.",
        "Are Moldova and Serbia its members?",
        "Ghana and Peru are observers at the talks.",
        "Georgia never withdrew on 3 May 2031.",
        "If Georgia withdrew in 2031, nobody noticed.",
        "Georgia withdrew in 2031 its last battalion.",
        "Serbia suspended its participation in 2033 exercises.",
        "Chile may become a participating State in March 2032.",
        "Norway will have held observer status since June 2029.",
        "Peru denied reports that it withdrew in 2031.",
    ],
)
def test_no_objectless_status_from_a_denial_plan_question_condition_or_other_object(
    sentence, gazetteer_specs
):
    text = f"The Collective Security Treaty Organization met in Minsk last week. {sentence}"
    assert memberships(text, gazetteer_specs, confident=True) == set()


GLOSSARY = """SCO — Shanghai Cooperation Organization, founded in 2001; its forerunner was the Shanghai Five. \
Chile and Peru joined in May 2031. Norway is not a member.

PfP — Partnership for Peace, NATO's programme for partners. Ghana joined on 4 April 2030.
"""


def test_a_glossary_entry_is_about_the_term_it_defines(gazetteer_specs):
    assert memberships(GLOSSARY, gazetteer_specs) == {
        ("Chile", SCO, "joined", "2031-05"),
        ("Peru", SCO, "joined", "2031-05"),
        ("Norway", SCO, "not a member", None),
        ("Ghana", PFP, "joined", "2030-04-04"),
    }


def test_a_section_heading_naming_an_organization_is_nearer_than_the_title(gazetteer_specs):
    text = (
        "OSCE Academy in Bishkek\n\nWeek 5 - The Shanghai Cooperation Organization\n"
        "Summary: The SCO was founded in 2001. Chile and Peru joined in 2031. Norway has held observer\n"
        "status since 2032.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    objects = {names[r.object].name for r in facts.relations if r.predicate == "member_of"}
    assert objects == {SCO}


def test_a_list_entry_about_an_organization_states_its_members(gazetteer_specs):
    text = (
        "List\n\n* Collective Security Treaty Organization (CSTO) — founded 2002 on the basis of the\n"
        "  Collective Security Treaty of 15 May 1992; members include Kazakhstan, Kyrgyzstan and\n"
        "  Tajikistan; Uzbekistan withdrew in 2012.\n"
        "* Shanghai Cooperation Organization (SCO) — seat in Beijing; its\n"
        "  Regional Anti-Terrorist Structure sits in Tashkent. Turkmenistan is not a member.\n"
        "* Organization of Turkic States — Turkey, Azerbaijan and Uzbekistan are members.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    stated = {
        (names[r.subject].name, names[r.object].name, r.status)
        for r in facts.relations
        if r.predicate == "member_of"
    }
    assert {
        ("Kazakhstan", CSTO, "member"),
        ("Tajikistan", CSTO, "member"),
        ("Uzbekistan", CSTO, "withdrew"),
        ("Turkmenistan", SCO, "not a member"),
        ("Azerbaijan", "Organization of Turkic States", "member"),
    } <= stated
    assert not {fact for fact in stated if fact[1] == "Regional Anti-Terrorist Structure"}


@pytest.mark.parametrize(
    "entry",
    [
        "* SCO Energy Club — set up in 2013 as a forum; members include Turkey, Afghanistan and Mongolia.",
        "* SCO Energy Club — set up in 2013 as a forum; Turkey and Mongolia are members.",
    ],
)
def test_an_entry_about_another_body_gives_the_headings_organization_no_members(entry, gazetteer_specs):
    _document, names, facts = facts_for(f"Notes\n\n## SCO\n{entry}\n", gazetteer_specs)
    assert not [f for f in facts.relations if f.predicate == "member_of"]


def test_a_paragraph_opening_with_two_organizations_has_no_topic(gazetteer_specs):
    text = "The SCO and NATO held talks in 2030. Chile and Peru joined in May 2031."
    assert memberships(text, gazetteer_specs, confident=True) == set()


def test_a_line_listing_an_organizations_members_after_a_colon(gazetteer_specs):
    text = "The clubs compared.\n\nCSTO members: Moldova, Serbia and Chile\n\nSCO members: Peru."
    assert memberships(text, gazetteer_specs) == {
        ("Moldova", CSTO, "member", None),
        ("Serbia", CSTO, "member", None),
        ("Chile", CSTO, "member", None),
        ("Peru", SCO, "member", None),
    }


@pytest.mark.parametrize(
    "line",
    [
        "Former CSTO members: Moldova, Serbia",
        "Prospective SCO members: Moldova, Serbia",
        "CSTO members: not Moldova or Serbia",
        "SCO members would include Moldova and Serbia.",
        "Will SCO members include Moldova and Serbia?",
    ],
)
def test_no_membership_from_a_list_of_former_prospective_denied_or_hypothetical_members(
    line, gazetteer_specs
):
    assert memberships(f"The clubs compared.\n\n{line}", gazetteer_specs, confident=True) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CSTO is an alliance. Armenia and Belarus are therefore regarded as its founding members.",
            {("Armenia", "founding member"), ("Belarus", "founding member")},
        ),
        (
            "The OSCE is the largest regional security body. Kazakhstan and Kyrgyzstan have been "
            "participating States since 1992.",
            {("Kazakhstan", "member"), ("Kyrgyzstan", "member")},
        ),
        (
            "The OSCE is the largest regional security body. Kazakhstan has not been a participating State "
            "since 1992.",
            set(),
        ),
    ],
)
def test_objectless_memberships_after_an_adverb_and_as_participating_states(text, expected, gazetteer_specs):
    _document, names, facts = facts_for("Title\n\n" + text + "\n", gazetteer_specs)
    assert {
        (names[f.subject].name, f.status) for f in facts.relations if f.predicate == "member_of"
    } == expected


def test_the_heading_organization_is_not_a_paragraph_s_that_named_only_others(gazetteer_specs):
    text = (
        "OSCE VACANCY NOTICE\n\nField operation:           OSCE Programme Office in Dushanbe\n"
        "Unit:                      Border Management Staff College\n\nELIGIBILITY\n"
        "This vacancy is open to nationals of OSCE participating States only. Nationals of the Partners for "
        "Co-operation are not eligible. Mongolia has been a member since 2012 and its nationals may apply.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert {names[f.object].name for f in facts.relations if f.predicate == "member_of"} == {
        "Organization for Security and Co-operation in Europe"
    }
