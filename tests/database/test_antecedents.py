"""What 'it', 'the organization' and an unnamed organization refer to: the nearest thing the
text names, never an older subject or the document's title when something nearer intervenes.
Sentences of our own wording; each case has a twin that must still state the fact."""

import pytest

from database.facts import UNCERTAIN_BELOW
from tests.database.test_extract import facts_for

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"
PFP = "Partnership for Peace"
EAEU_TREATY = "Treaty on the Eurasian Economic Union"


def shown(document: str, specs, predicate: str) -> set[tuple]:
    """(subject, object, status, date) of the facts shown without 'show uncertain facts'."""
    _document, names, facts = facts_for(document, specs)
    return {
        (names[r.subject].name, names[r.object].name, r.status, r.date)
        for r in facts.relations
        if r.predicate == predicate and r.confidence >= UNCERTAIN_BELOW
    }


def test_no_dot_before_a_word_ends_a_sentence_so_it_refers_to_the_answers_subject(gazetteer_specs):
    document = (
        "Questions and answers\n\nHas Belarus left the CSTO?\n\nNot formally. Belarus froze its "
        "participation in March 2031.\n\nDid Kazakhstan apply to join NATO?\n\nNo. Kazakhstan has never "
        "applied for NATO membership. It joined the Partnership for Peace on 27 May 1994.\n"
    )
    memberships = shown(document, gazetteer_specs, "member_of")
    assert ("Kazakhstan", PFP, "joined", "1994-05-27") in memberships
    assert not any(subject == "Belarus" and obj == PFP for subject, obj, _, _ in memberships)


def test_a_sentence_naming_another_country_leaves_it_unresolved(gazetteer_specs):
    document = (
        "Notes\n\nBelarus joined the CSTO in 1994. Relations with Russia improved in 1995. "
        "It joined the Partnership for Peace on 27 May 1994.\n"
    )
    assert not any(obj == PFP for _, obj, _, _ in shown(document, gazetteer_specs, "member_of"))
    carried = "Notes\n\nKazakhstan joined the CSTO in 1992. It joined the Partnership for Peace in 1994.\n"
    assert ("Kazakhstan", PFP, "joined", "1994") in shown(carried, gazetteer_specs, "member_of")


def test_a_question_names_whom_the_answers_it_means(gazetteer_specs):
    document = (
        "Questions\n\nBelarus joined the CSTO in 1994.\n\nDid Kazakhstan apply to join NATO?\n\n"
        "It joined the Partnership for Peace on 27 May 1994.\n"
    )
    assert ("Kazakhstan", PFP, "joined", "1994-05-27") in shown(document, gazetteer_specs, "member_of")
    two = (
        "Questions\n\nBelarus joined the CSTO in 1994.\n\nDid Kazakhstan or Uzbekistan apply to join "
        "NATO?\n\nIt joined the Partnership for Peace on 27 May 1994.\n"
    )
    assert not any(obj == PFP for _, obj, _, _ in shown(two, gazetteer_specs, "member_of"))


def test_it_signed_is_the_sentences_own_subject(gazetteer_specs):
    document = (
        "The Eurasian Economic Union\n\nArmenia froze its participation in the CSTO in 2031.\n\n"
        "Two. Kazakhstan is a founding member: it signed the Treaty on the Eurasian Economic Union "
        "in Astana on 29 May 2014 together with Russia and Belarus.\n"
    )
    parties = {
        subject for subject, obj, _, _ in shown(document, gazetteer_specs, "signed") if obj == EAEU_TREATY
    }
    assert "Kazakhstan" in parties
    assert "Armenia" not in parties


def test_an_unnamed_organization_is_the_one_just_named_not_the_titles(gazetteer_specs):
    document = (
        "It is time for Kazakhstan to rethink the CSTO\n\nThe Irtysh Lakes Dialogue was founded in "
        "Semey in 2016. Mongolia joined in 2018, not three years after the founding.\n"
    )
    assert not any(
        subject == "Mongolia" and obj == CSTO
        for subject, obj, _, _ in shown(document, gazetteer_specs, "member_of")
    )
    nothing_nearer = "The CSTO after Almaty\n\nThe summit was held in Minsk. Mongolia joined in 2031.\n"
    assert ("Mongolia", CSTO, "joined", "2031") in shown(nothing_nearer, gazetteer_specs, "member_of")


def test_a_footnote_is_not_about_the_documents_title(gazetteer_specs):
    document = (
        "The CSTO: annual review\n\nThe review covers the year 2031.\n\nNotes\n\n[7] Established on "
        "2029-05-11 in Khorog by Tajikistan and Afghanistan. Kazakhstan joined in 2030.\n"
    )
    assert not any(
        subject == "Kazakhstan" and obj == CSTO
        for subject, obj, _, _ in shown(document, gazetteer_specs, "member_of")
    )
    marked = "The CSTO: annual review\n\n[2] Established in 2029. Kazakhstan joined in 2030.\n"
    assert not any(obj == CSTO for _, obj, _, _ in shown(marked, gazetteer_specs, "member_of"))


def test_the_organization_is_unsure_when_another_was_named_since(gazetteer_specs):
    document = (
        "Questions\n\nKazakhstan joined the Shanghai Cooperation Organization in 2031.\n\n"
        "Is Uzbekistan in the CSTO?\n\nUzbekistan joined the organization in 2033.\n"
    )
    assert not any(subject == "Uzbekistan" for subject, *_ in shown(document, gazetteer_specs, "member_of"))
    plain = (
        "Questions\n\nKazakhstan joined the Shanghai Cooperation Organization in 2031. "
        "Uzbekistan joined the organization in 2033.\n"
    )
    assert ("Uzbekistan", SCO, "joined", "2033") in shown(plain, gazetteer_specs, "member_of")


def test_an_answer_is_about_the_one_organization_its_question_asked_about(gazetteer_specs):
    document = (
        "Questions\n\nWhich states belong to the Eurasian Economic Union?\n\nTwo. Kyrgyzstan joined on "
        "12 August 2031. Tajikistan and Turkmenistan are not members.\n"
    )
    assert shown(document, gazetteer_specs, "member_of") == {
        ("Kyrgyzstan", "Eurasian Economic Union", "joined", "2031-08-12"),
        ("Tajikistan", "Eurasian Economic Union", "not a member", None),
        ("Turkmenistan", "Eurasian Economic Union", "not a member", None),
    }
    two_asked = "Questions\n\nWho belongs to the Eurasian Economic Union or the CSTO?\n\nKyrgyzstan joined on 12 August 2031.\n"
    another_named = (
        "Questions\n\nWho belongs to the Eurasian Economic Union?\n\nThe CSTO met in Minsk. Kyrgyzstan joined "
        "on 12 August 2031.\n"
    )
    later_paragraph = (
        "Questions\n\nWho belongs to the Eurasian Economic Union?\n\nNobody knows.\n\nKyrgyzstan joined on "
        "12 August 2031.\n"
    )
    for document in (two_asked, another_named, later_paragraph):
        assert not any(
            obj == "Eurasian Economic Union" for _, obj, _, _ in shown(document, gazetteer_specs, "member_of")
        ), document


def test_it_in_a_country_s_reported_words_is_that_country(gazetteer_specs):
    document = (
        "Year in review\n\nKyrgyzstan is a member of the CSTO. The Prime Minister welcomed Uzbekistan's "
        "announcement that it plans to join the EAEU. Later Mongolia said that it would join the SCO.\n"
    )
    _document, names, facts = facts_for(document, gazetteer_specs)
    planned = {
        (names[r.subject].name, names[r.object].name) for r in facts.relations if r.status == "planned"
    }
    assert planned == {("Uzbekistan", "Eurasian Economic Union"), ("Mongolia", SCO)}


def test_has_never_been_a_member_puts_a_dated_joining_in_doubt(gazetteer_specs):
    document = (
        "Wire\n\nAzerbaijan, which joined the CSTO in 1993, has close ties with Moscow. Georgia joined the SCO "
        "in 2031.\n\nCORRECTION: Azerbaijan has never been a member of the CSTO. Georgia is not a member of the "
        "SCO.\n"
    )
    assert shown(document, gazetteer_specs, "member_of") == {
        ("Azerbaijan", CSTO, "not a member", None),
        ("Georgia", SCO, "joined", "2031"),  # a dated joining may be history: 'not a member' now
        ("Georgia", SCO, "not a member", None),
    }


def test_the_treaty_names_the_one_treaty_before_it_not_the_organization_named_after_one(gazetteer_specs):
    document = (
        "Notes\n\nThe CSTO grew out of the Collective Security Treaty, signed in 1992. Belarus acceded to "
        "the Treaty in 1993. Kyrgyzstan and Tajikistan signed the Treaty on 15 May 1992.\n"
    )
    signed = shown(document, gazetteer_specs, "signed")
    treaty = "Collective Security Treaty"
    assert {("Belarus", treaty, None, "1993"), ("Kyrgyzstan", treaty, None, "1992-05-15")} <= signed
    two = document.replace("signed in 1992.", "signed in 1992, and the Treaty on Open Skies.")
    assert not [fact for fact in shown(two, gazetteer_specs, "signed") if fact[0] == "Belarus"]


@pytest.mark.parametrize(
    "document",
    [
        # 'in <place>' may name another charter: the SCO's, signed in Saint Petersburg.
        "Notes\n\nKazakhstan endorsed the Charter of the United Nations in 1992. Russia, China and Kazakhstan "
        "signed the Charter in Saint Petersburg in June 2002.\n",
        # An organization named after another treaty leaves 'the Treaty' open.
        "Notes\n\nKazakhstan and Kyrgyzstan signed the Treaty of Eternal Friendship in 1997. The CSTO met. "
        "Armenia signed the Treaty in 1992.\n",
        "Notes\n\nKazakhstan signed the Treaty of Eternal Friendship in 1997. The United States and Canada signed "
        "the Treaty on 4 April 1949, founding the North Atlantic Treaty Organization.\n",
    ],
)
def test_the_treaty_names_nothing_when_another_treaty_may_be_meant(document, gazetteer_specs):
    signers = {subject for subject, *_ in shown(document, gazetteer_specs, "signed")}
    assert not signers & {"Russia", "China", "Armenia", "United States", "Canada"}
