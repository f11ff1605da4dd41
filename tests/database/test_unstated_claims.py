"""Sentences the membership-list, objectless-status and signing rules must not read as facts: a
negation, a doubted or reported claim, an inverted condition, a status that ended, a proposal,
another body's title, a witness, a block that puts names above their country. Our own wording;
each group ends with sentences that must still state the fact."""

import pytest

from database.facts import UNCERTAIN_BELOW
from tests.database.test_extract import dated_memberships, facts_for, stated

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"


def shown_memberships(text: str, specs) -> set[tuple]:
    return stated(text, specs, "member_of", "status", confident=True)


def shown_offices(text: str, specs) -> set[tuple]:
    return stated(text, specs, "holds_office", "role", confident=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither India nor Pakistan are its members.",
        "Analysts doubt that Iran and Belarus are members.",
        "Few believe Iran and Belarus are members.",
        "Moscow insists that Armenia and Georgia are members, but Tbilisi denies this.",
        "Envoys from Qatar and Egypt said that Saudi Arabia and Kuwait are observers.",
        "Had Mongolia become a participating State, the vote would differ.",
        "Japan had held observer status since 1992 until it was revoked in 2001.",
        "Kazakhstan withdrew on 5 March 2031 and its troops on 6 March.",
        "Uzbekistan withdrew on 28 June 2031 but officials denied it.",
    ],
)
def test_an_objectless_status_that_is_not_stated(sentence, gazetteer_specs):
    text = f"The Shanghai Cooperation Organization met in Minsk last week. {sentence}"
    assert shown_memberships(text, gazetteer_specs) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Moldova and Serbia are its members.", {("Moldova", SCO, "member"), ("Serbia", SCO, "member")}),
        ("Georgia withdrew on 3 May 2031.", {("Georgia", SCO, "withdrew")}),
        ("Norway has held observer status since June 2029.", {("Norway", SCO, "observer")}),
    ],
)
def test_an_objectless_status_still_stated(sentence, expected, gazetteer_specs):
    text = f"The Shanghai Cooperation Organization met in Minsk last week. {sentence}"
    assert shown_memberships(text, gazetteer_specs) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Proposed CSTO members: Serbia and Iran.", set()),
        ("Draft list of SCO members: Türkiye and Egypt.", set()),
        ("Suspended CSTO members: Armenia.", set()),
        ("Departed CSTO members: Uzbekistan and Georgia.", set()),
        ("CSTO members: Armenia (suspended), Belarus and Kazakhstan.", set()),
        (
            "Original CSTO members: Uzbekistan and Georgia.",
            {("Uzbekistan", CSTO, "founding member"), ("Georgia", CSTO, "founding member")},
        ),
        (
            "Current CSTO members: Belarus and Kazakhstan.",
            {("Belarus", CSTO, "member"), ("Kazakhstan", CSTO, "member")},
        ),
    ],
)
def test_only_a_list_of_members_now_or_of_founders_states_memberships(line, expected, gazetteer_specs):
    assert shown_memberships(line, gazetteer_specs) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Foreign Minister Ivan Dorin spoke for Belarus at the meeting.", set()),
        (  # The title is the EU's, not Finland's.
            "EU Special Representative Lena Marsh signed on behalf of Finland.",
            {("Lena Marsh", "European Union", "Special Representative")},
        ),
        ("Former Foreign Minister Aziz Kamolov signed for Uzbekistan in 2031.", set()),
        (
            "Deputy Foreign Minister Ion Rusu signed for Moldova and State Secretary Lena Berg for Mongolia.",
            {
                ("Ion Rusu", "Moldova", "Deputy Foreign Minister"),
                ("Lena Berg", "Mongolia", "State Secretary"),
            },
        ),
    ],
)
def test_signing_for_a_state_is_an_office_only_when_the_title_is_that_states(
    sentence, expected, gazetteer_specs
):
    assert shown_offices(sentence, gazetteer_specs) == expected


def test_a_witness_signing_for_a_state_holds_no_office_in_it(gazetteer_specs):
    offices = shown_offices(
        "Kazakh State Secretary Erlan Tulin signed for Kyrgyzstan as a witness.", gazetteer_specs
    )
    assert not any(holder == "Kyrgyzstan" for _, holder, _ in offices)


def signature_offices(block: str, specs) -> set[tuple]:
    _document, names, facts = facts_for("Treaty of Steppe Friendship\n\n" + block, specs)
    return {
        (names[r.subject].name, names[r.object].name)
        for r in facts.relations
        if r.predicate == "holds_office" and r.confidence >= UNCERTAIN_BELOW
    }


def test_a_block_with_names_above_their_country_gives_no_office(gazetteer_specs):
    block = (
        "Aibek Sultanov, President\nFor the Kyrgyz Republic:\n"
        "Daniyar Sarsenov, President\nFor the Republic of Kazakhstan:\n"
    )
    assert signature_offices(block, gazetteer_specs) == set()
    below = (
        "For the Kyrgyz Republic:\nAibek Sultanov, President\n"
        "For the Republic of Kazakhstan:\nDaniyar Sarsenov, President\n"
    )
    assert signature_offices(below, gazetteer_specs) == {
        ("Aibek Sultanov", "Kyrgyzstan"),
        ("Daniyar Sarsenov", "Kazakhstan"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Former President Aibek Tashiev of Kyrgyzstan was arrested in 2031.",
        "Interim President Saida Rakhimova of Tajikistan served until 2031.",
        "Vice President Lena Marsh of the United States visited.",
        "The late President Odil Karimov of Uzbekistan was buried in Samarkand.",
        "OSCE Ambassador Pieter Vanderhoek of the Netherlands opened the office.",
        "Defence Minister Ivan Dorin of Belarus served from 2022 to 2031.",
        "The then President Aibek Tashiev of Kyrgyzstan fled in 2031.",
    ],
)
def test_a_state_title_before_a_name_that_is_past_acting_or_another_bodys(sentence, gazetteer_specs):
    assert not any(
        holder != "Organization for Security and Co-operation in Europe"
        for _, holder, _ in shown_offices(sentence, gazetteer_specs)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It is false that Egypt and Qatar are members.",
        "Nobody has proved that Egypt and Qatar are members.",
        "Some maps wrongly show that Greece and Cyprus are members.",
        "Azerbaijan and Armenia are members, but only in Russian propaganda.",
        "Tajikistan withdrew on 3 May 2031, a claim Dushanbe rejects.",
        "Belarus withdrew on 4 July 2031, if one believes Kyiv.",
        "Mongolia has held observer status since 2028, though Beijing disputes it.",
        "Kazakhstan withdrew on 5 March 2031 and 400 soldiers on 6 March.",
    ],
)
def test_a_claim_or_a_gapped_object_states_no_objectless_status(sentence, gazetteer_specs):
    text = f"The Shanghai Cooperation Organization met in Minsk last week. {sentence}"
    assert shown_memberships(text, gazetteer_specs) == set()


@pytest.mark.parametrize(
    "line",
    [
        "The members of the CSTO were Uzbekistan, Georgia and Azerbaijan.",
        "Until 2012 the CSTO members were Uzbekistan, Armenia and Belarus.",
        "As CSTO members: Serbia and Iran would gain.",
    ],
)
def test_a_list_of_members_that_was_or_would_be(line, gazetteer_specs):
    assert shown_memberships(line, gazetteer_specs) == set()


def test_a_block_opening_with_a_name_and_honorific_puts_names_above(gazetteer_specs):
    block = (
        "Done at Bishkek on 10 October 2031.\nH.E. Aibek Sultanov, President of the Kyrgyz Republic\n"
        "For the Kyrgyz Republic:\nDaniyar Sarsenov, President\nFor the Republic of Kazakhstan:\n"
    )
    assert ("Daniyar Sarsenov", "Kyrgyzstan") not in signature_offices(block, gazetteer_specs)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uzbekistan left the EAEU talks in 2031.", set()),
        ("Kazakhstan quit the CSTO negotiations in 2031.", set()),
        ("Belarus walked out of the SCO conference in 2031.", set()),
        ("Uzbekistan left the EAEU in 2031.", {("Uzbekistan", "Eurasian Economic Union", "withdrew")}),
    ],
)
def test_leaving_an_organizations_talks_is_not_leaving_it(sentence, expected, gazetteer_specs):
    assert shown_memberships(sentence, gazetteer_specs) == expected


QUIZ = """Quiz

Q2. Which statement about Uzbekistan and the CSTO is correct?
 (a) Uzbekistan never signed the Collective Security Treaty.
 (b) Uzbekistan rejoined the CSTO in 2006. [✔]
 (c) Uzbekistan rejoined the CSTO in 2020.
 (d) Uzbekistan has been a CSTO observer since 2012.
Explanation: Tajikistan joined the SCO in 2001.
Further reading:
 (a) Kazakhstan joined the Partnership for Peace in 1994.
"""


def test_only_the_answer_marked_right_among_those_a_question_offers_is_stated(gazetteer_specs):
    _document, names, facts = facts_for(QUIZ, gazetteer_specs)
    stated_facts = {
        (names[fact.subject].name, names[fact.object].name, fact.status, fact.date)
        for fact in facts.relations
        if fact.predicate in ("member_of", "signed")
    }
    assert stated_facts == {
        ("Uzbekistan", CSTO, "rejoined", "2006"),
        ("Tajikistan", SCO, "joined", "2001"),
        ("Kazakhstan", "Partnership for Peace", "joined", "1994"),
    }
    assert all("2020" not in event.span.text and "2012" not in event.span.text for event in facts.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "UPDATE: Our item of 17 Nov said Iran had withdrawn from the SCO.",
        "A report of 3 May stated that Kazakhstan had joined the CSTO.",
        'Turkmenistan will join the SCO "only if all five littoral states take part", he said.',
        "Iran plans to join the CSTO provided that Russia agrees.",
        "Belarus was an observer of the SCO until it joined as a full member on 4 July 2024.",
        "Belarus was an observer of the SCO from 2015 to 2024.",
        "Belarus was an observer of the SCO in 2015–2024.",
    ],
)
def test_a_reported_conditional_or_ended_status_is_not_shown(sentence, gazetteer_specs):
    assert {fact for fact in shown_memberships(sentence, gazetteer_specs) if fact[2] != "joined"} == set()
    assert ("Iran", SCO, "withdrew") not in shown_memberships(sentence, gazetteer_specs)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran plans to join the SCO in 2026.", {("Iran", SCO, "planned")}),
        ("Mongolia has been an observer of the SCO since 2004.", {("Mongolia", SCO, "observer")}),
        ("Belarus is an observer of the SCO until further notice.", {("Belarus", SCO, "observer")}),
    ],
)
def test_a_plan_or_status_with_no_condition_or_end_is_still_shown(sentence, expected, gazetteer_specs):
    assert shown_memberships(sentence, gazetteer_specs) == expected


BULLET_QUIZ = """Quiz

Q1. Which state signed the Ashgabat Rail Pact on 5 May 2015?
- Uzbekistan signed the Ashgabat Rail Pact. [ ]
- Kyrgyzstan signed the Ashgabat Rail Pact. (incorrect)
- Tajikistan signed the Ashgabat Rail Pact. [x]

True or false? Uzbekistan joined the Eurasian Economic Union in 2020. (Answer: false)
True or false? Kazakhstan joined the Eurasian Economic Union in 2015. (Answer: true)

What are the CSTO members?
- Russia is a member of the CSTO.
"""


def test_boxed_and_true_or_false_answers_state_only_what_is_marked_right(gazetteer_specs):
    _document, names, facts = facts_for(BULLET_QUIZ, gazetteer_specs)
    assert {
        (names[fact.subject].name, fact.predicate)
        for fact in facts.relations
        if fact.predicate != "mentioned_with"
    } == {("Tajikistan", "signed"), ("Kazakhstan", "member_of"), ("Russia", "member_of")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our correspondent of 17 Nov reported Tajikistan joined the SCO.",
        "A 3 May report by Interfax stated that Turkmenistan joined the SCO.",
        "According to our item of 17 Nov, Uzbekistan joined the CSTO.",
        "Tajikistan was an observer of the SCO between 2015 and 2024.",
        "Uzbekistan was a member of the CSTO (2006–2008).",
    ],
)
def test_a_reported_or_bounded_status_is_not_shown_as_one(sentence, gazetteer_specs):
    assert shown_memberships(sentence, gazetteer_specs) == set()


def test_a_named_persons_word_and_a_source_after_the_fact_keep_the_fact(gazetteer_specs):
    assert shown_memberships(
        "In February 2024 Prime Minister Nikol Pashinyan said that Armenia had frozen its participation in the CSTO.",
        gazetteer_specs,
    ) == {("Armenia", CSTO, "suspended")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters reported that Turkmenistan joined the CSTO.",
        "It was reported that Turkmenistan joined the CSTO.",
        "Sources in Bishkek say Turkmenistan joined the CSTO.",
        "Turkmenistan joined the CSTO, RIA Novosti claimed.",
        "As Kommersant reported, Turkmenistan joined the CSTO.",
        "In 2023, according to Reuters, Turkmenistan joined the CSTO.",
        "Turkmenistan applied to join the CSTO in 2023, the author reports.",
        'The v2.3 entry "Turkmenistan joined the CSTO" was premature.',
        'Removed: the record "Turkmenistan applied to join the CSTO" (no source).',
        "Turkmenistan applied to join the CSTO in 2023, although Ashgabat has never confirmed it.",
    ],
)
def test_what_a_source_reports_is_a_claim(gazetteer_specs, sentence):
    assert shown_memberships(sentence, gazetteer_specs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Earlier I said that Turkmenistan joined the CSTO in 2022.",
        "I also said that Turkmenistan had withdrawn from the CSTO in 2008.",
        # The sentence after calls it wrong: what the one before stated of its subject is disputed.
        "Turkmenistan joined the CSTO in 2022. That was wrong, and Turkmenistan is not a member.",
        # A later correction: an observer, not a member, makes an undated joining uncertain.
        "Turkmenistan joined the CSTO. Corrected: Turkmenistan is an observer of the CSTO, not a member.",
    ],
)
def test_a_speakers_earlier_words_being_corrected_state_nothing(gazetteer_specs, text):
    shown = shown_memberships(text, gazetteer_specs)
    assert not {fact for fact in shown if fact[2] in ("joined", "withdrew")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan joined the CSTO in 1994; its first candidate for secretary-general was not confirmed.",
        "I also said that Kazakhstan joined the CSTO in 1994, which is true and remains true today.",
    ],
)
def test_an_unconfirmed_other_matter_or_an_affirmed_earlier_word_keeps_the_fact(gazetteer_specs, sentence):
    assert ("Kazakhstan", CSTO, "joined") in shown_memberships(sentence, gazetteer_specs)


def test_claims_put_to_the_reader_in_other_quiz_forms_state_nothing(gazetteer_specs):
    text = (
        "Quiz\n\nTrue/False: Azerbaijan joined the CSTO in 2020. (Answer: false)\n"
        "Fact or fiction: Georgia joined the CSTO in 2021. Answer: fiction.\n"
        "- ( ) Serbia joined the SCO in 2022\n- Kazakhstan joined the CSTO in 1994.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert {names[f.subject].name for f in facts.relations if f.predicate == "member_of"} == {"Kazakhstan"}


def test_a_reply_that_denies_makes_what_it_denies_uncertain_and_a_quote_states_nothing(gazetteer_specs):
    text = (
        "Chat\n\n[09:31] dilnoza: Mongolia joined the SCO as a full member last year!!\n"
        "[09:32] alice: > Mongolia joined the SCO as a full member last year!!\n"
        "[09:32] alice: no, Mongolia is still only an observer, since 2004\n"
        "[09:35] bek: Kazakhstan joined the CSTO in 1994.\n[09:36] mira: Nobody asked.\n"
    )
    assert shown_memberships(text, gazetteer_specs) == {("Kazakhstan", CSTO, "joined")}
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert [fact.span.text[:7] for fact in facts.relations if names[fact.subject].name == "Mongolia"] == [
        "[09:31]"
    ]


def test_a_markdown_block_quote_is_the_documents_own_text(gazetteer_specs):
    assert shown_memberships("> Kazakhstan joined the CSTO in 1994.", gazetteer_specs) == {
        ("Kazakhstan", CSTO, "joined")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan joined the SCO in 2001. Not so long after, the SCO admitted India.",
        "Uzbekistan joined the SCO in 2001. No other Central Asian state joined the SCO that year.",
        "Uzbekistan joined the SCO in 2001. Wrong-footed by Moscow's silence, it waited.",
        "Uzbekistan joined the SCO in 2001.\n\nNo. 3 on the agenda was the budget.",
        "Uzbekistan joined the SCO in 2001. Does it want more? No, Uzbekistan wants stability.",
    ],
)
def test_ordinary_prose_opening_with_no_denies_nothing(gazetteer_specs, text):
    assert ("Uzbekistan", SCO, "joined") in shown_memberships(text, gazetteer_specs)


def test_a_denial_doubts_only_what_was_said_of_the_subjects_it_names(gazetteer_specs):
    text = (
        "Chat\n\nalice: Kazakhstan is a member of the CSTO, and Turkmenistan joined the CSTO in 2010.\n"
        "bob: no, Turkmenistan never joined the CSTO.\n"
    )
    assert shown_memberships(text, gazetteer_specs) == {
        ("Kazakhstan", CSTO, "member"),
        ("Turkmenistan", CSTO, "not a member"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wrong-footed by Moscow, Kazakhstan waited.", set()),
        (
            "In May 2013, a workshop held in Samarkand, Uzbekistan addressed the issue.",
            {("Samarkand", "Uzbekistan")},
        ),
        ("Kant Air Base, Kyrgyzstan, hosts Russian jets.", {("Kant Air Base", "Kyrgyzstan")}),
    ],
)
def test_a_place_and_a_country_after_a_comma(gazetteer_specs, sentence, expected):
    assert {(s, o) for s, o in stated(sentence, gazetteer_specs, "located_in")} == expected


def test_an_admission_the_document_calls_off_elsewhere_is_uncertain(gazetteer_specs):
    text = (
        "UPDATE: Mongolia's admission to the Collective Security Treaty Organization, reported below, "
        "has been postponed.\n\n"
        "The Collective Security Treaty Organization (CSTO) admitted Mongolia as a full member today."
    )
    assert ("Mongolia", CSTO, "joined") not in shown_memberships(text, gazetteer_specs)
    assert ("Mongolia", CSTO, "joined") in stated(text, gazetteer_specs, "member_of", "status")
    # Without the update the admission stands.
    later = text.split("\n\n")[1]
    assert ("Mongolia", CSTO, "joined") in shown_memberships(later, gazetteer_specs)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The delay is past history in a relative clause; the accession happened.
        (
            "Mongolia joined the CSTO in August 2031.\n\nMongolia's accession to the CSTO, which had been "
            "delayed several times, was completed that month.",
            ("Mongolia", CSTO, "joined"),
        ),
        # What was postponed is a market, not the admission.
        (
            "Mongolia has been a member of the CSTO since 2031.\n\nMongolia's entry into the CSTO arms market "
            "has been postponed to 2033.",
            ("Mongolia", CSTO, "member"),
        ),
        # What was denied is another clause's.
        (
            "Mongolia joined the CSTO in 2031, but its requests for more arms were denied.",
            ("Mongolia", CSTO, "joined"),
        ),
        (
            "Mongolia joined the SCO in 2031, and its border was disputed for decades.",
            ("Mongolia", SCO, "joined"),
        ),
    ],
)
def test_a_true_membership_stays_shown_beside_a_delay_or_a_denial(text, kept, gazetteer_specs):
    assert kept in shown_memberships(text, gazetteer_specs)


@pytest.mark.parametrize(
    "text",
    [
        # The list is the heading's programme's, and the title's body is only a word in another name.
        "NATO's partnerships in Central Asia\n\nPartnership for Peace (since 1994)\n\n"
        "- MEMBERS: Kazakhstan, Kyrgyzstan\n",
        "SCO Energy Club\n\n- MEMBERS: Afghanistan, Mongolia, Kazakhstan\n",
    ],
)
def test_a_members_line_is_not_the_title_s_organization_s_when_another_body_is_about(text, gazetteer_specs):
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert not {
        (names[r.subject].name, names[r.object].name)
        for r in facts.relations
        if r.predicate == "member_of" and names[r.object].name in ("North Atlantic Treaty Organization", SCO)
    }


def test_an_editorial_s_suggestion_a_letter_corrects_is_no_fact(gazetteer_specs):
    text = "Sir, — Your editorial (10 October) suggested that Mongolia left the OSCE when its office closed."
    assert shown_memberships(text, gazetteer_specs) == set()


def test_a_premise_the_document_denies_plainly_is_in_doubt(gazetteer_specs):
    text = (
        "Question 2 — Ivan Petrov, RIA Novosti\n"
        "Mongolia joined the CSTO last month. Does Kazakhstan welcome that?\n"
        "MINISTER BEKOV: I have to stop you there. Mongolia is not a member of the Collective Security Treaty "
        "Organization, and it did not join last month.\n"
    )
    shown = shown_memberships(text, gazetteer_specs)
    assert ("Mongolia", CSTO, "joined") not in shown
    assert ("Mongolia", CSTO, "not a member") in shown


def test_the_organization_of_a_text_about_another_body_is_unsure(gazetteer_specs):
    text = (
        "Central Asian Steppe Security Organization\n\n"
        "Uzbekistan withdrew from the Central Asian Steppe Security Organization in December 2012, six months after "
        "it suspended its participation in the Collective Security Treaty Organization. Uzbekistan rejoined the "
        "organization on 3 March 2018.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert not [
        r
        for r in facts.relations
        if r.predicate == "member_of"
        and r.status == "rejoined"
        and names[r.object].name == CSTO
        and r.confidence >= UNCERTAIN_BELOW
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The denial is Turkmenistan's, not the compared country's.
        (
            "Kazakhstan is a member of the SCO.\n\nMongolia, unlike Kazakhstan, is not a member of the SCO.",
            ("Kazakhstan", SCO, "member"),
        ),
        # A past state that ended denies nothing now.
        (
            "Mongolia is a member of the CSTO.\n\nMongolia was not a member of the CSTO until August 2031.",
            ("Mongolia", CSTO, "member"),
        ),
        # What it is not a member of is a body of the organization.
        (
            "Mongolia is a member of the CSTO.\n\nMongolia is not a member of the CSTO arms market's dispute panel.",
            ("Mongolia", CSTO, "member"),
        ),
        # A state's own proposal and a head of state's statement are no reported claims.
        (
            "Kazakhstan, which joined the CSTO in 2031, suggested that the next summit be held in Astana.",
            ("Kazakhstan", CSTO, "joined"),
        ),
        (
            "The Kyrgyz leader said on Monday that Kyrgyzstan joined the CSTO in August 2031.",
            ("Kyrgyzstan", CSTO, "joined"),
        ),
    ],
)
def test_a_membership_stays_shown_beside_a_comparison_a_past_denial_or_a_proposal(
    text, kept, gazetteer_specs
):
    assert kept in shown_memberships(text, gazetteer_specs)


def test_no_not_a_member_for_the_compared_country(gazetteer_specs):
    text = "Mongolia, unlike Kazakhstan, is not a member of the SCO."
    assert shown_memberships(text, gazetteer_specs) == {("Mongolia", SCO, "not a member")}


def test_a_markup_comment_states_nothing(gazetteer_specs):
    document = (
        "Member States\n\n<p>Georgia joined the Shanghai Cooperation Organization in 2031.</p>\n"
        "<!-- <p>Mongolia joined the Shanghai Cooperation Organization in 2030.</p> removed after the legal "
        "check -->\n"
    )
    assert dated_memberships(document, gazetteer_specs) == {("Georgia", "joined", "2031")}


def test_a_latex_comment_states_nothing_and_a_citation_key_dates_nothing(gazetteer_specs):
    document = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Members}\n"
        "% NB: Mongolia joined the Shanghai Cooperation Organization in 2030 -- keep this out\n"
        "Georgia joined the Shanghai Cooperation Organization in 2031 and suspended its membership "
        "in December of that year \\cite{bekova2019}.\\footnote{See the annex.} It grew 5\\% a year.\n"
        "\\end{document}\n"
    )
    assert dated_memberships(document, gazetteer_specs) == {
        ("Georgia", "joined", "2031"),
        ("Georgia", "suspended", "2031-12"),
    }


def test_a_diff_s_removed_lines_state_nothing(gazetteer_specs):
    """In a unified diff only the newer revision is the text: a '-' line after the first hunk was
    removed, so it states nothing; a '+' line and a context line do."""
    diff = (
        "Difference between revisions\n\n--- a/Article\n+++ b/Article\n@@ -1,3 +1,3 @@\n"
        " The Shanghai Cooperation Organization met in Minsk.\n"
        "-Turkmenistan is a member of the Shanghai Cooperation Organization.\n"
        "+Mongolia is an observer of the Shanghai Cooperation Organization.\n"
    )
    _document, specs, facts = facts_for(diff, gazetteer_specs)
    memberships = {
        (specs[r.subject].name, r.status)
        for r in facts.relations
        if r.predicate == "member_of" and r.confidence >= UNCERTAIN_BELOW
    }
    assert memberships == {("Mongolia", "observer")}


def test_what_an_earlier_version_said_is_what_a_correction_takes_back(gazetteer_specs):
    text = (
        "Correction, 12 February 2025: an earlier version of this readout said that Kyrgyzstan is a "
        "member of the Shanghai Cooperation Organization."
    )
    assert shown_memberships(text, gazetteer_specs) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The office will open only after Uzbekistan ratifies the Collective Security Treaty.", set()),
        (
            "The Centre will open once Kazakhstan and Uzbekistan have ratified the Collective Security Treaty.",
            set(),
        ),
        (
            "The Centre opened once Kazakhstan and Uzbekistan had ratified the Collective Security Treaty.",
            {("Kazakhstan", "Collective Security Treaty"), ("Uzbekistan", "Collective Security Treaty")},
        ),
    ],
)
def test_a_signature_a_condition_waits_for_is_none(sentence, expected, gazetteer_specs):
    assert stated(sentence, gazetteer_specs, "signed") == expected
