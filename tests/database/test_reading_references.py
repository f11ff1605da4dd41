"""Facts stated through a reference back (a group, an ordinal, 'it', 'the new bloc') and the ways of
signing and belonging that name no verb 'joined'; each sentence is our own wording."""

import pytest

from tests.database.test_extract import facts_for, stated

CENTRAL_ASIA = ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan")


def read(text, gazetteer_specs, predicate):
    return stated(text, gazetteer_specs, predicate, "status", "date")


def test_a_region_group_stands_for_its_countries(gazetteer_specs):
    found = read(
        "In March 1993 all five Central Asian states were admitted to the Commonwealth of Independent States.",
        gazetteer_specs,
        "member_of",
    )
    assert found == {
        (country, "Commonwealth of Independent States", "joined", "1993-03") for country in CENTRAL_ASIA
    }


def test_the_same_n_states_count_back_to_the_list_before(gazetteer_specs):
    text = (
        "Armenia, Belarus, Russia and Tajikistan signed the Treaty on Collective Security in 1992. "
        "In 1999 the same four states joined the Collective Security Treaty Organization."
    )
    assert read(text, gazetteer_specs, "member_of") == {
        (country, "Collective Security Treaty Organization", "joined", "1999")
        for country in ("Armenia", "Belarus", "Russia", "Tajikistan")
    }


def test_not_all_or_almost_all_of_a_group_is_not_the_group(gazetteer_specs):
    for text in (
        "Not all five Central Asian states joined the Shanghai Cooperation Organization in 2001.",
        "Almost all five Central Asian states joined the Shanghai Cooperation Organization in 2001.",
    ):
        assert read(text, gazetteer_specs, "member_of") == set()


@pytest.mark.parametrize(
    "text",
    [
        "All five Central Asian states joined the Shanghai Cooperation Organization in 2001, except Tajikistan "
        "and Turkmenistan, which stayed out.",
        "All five Central Asian states, except Tajikistan and Turkmenistan, joined the Shanghai Cooperation "
        "Organization in 2001.",
        "All five Central Asian states joined the Shanghai Cooperation Organization in 2001, with the exception "
        "of Tajikistan and Turkmenistan.",
    ],
)
def test_countries_an_exception_leaves_out_are_not_of_the_group(text, gazetteer_specs):
    """Those left out are neither members nor subjects; the others are sure, not in doubt."""
    assert stated(text, gazetteer_specs, "member_of", "status", "date", confident=True) == {
        (country, "Shanghai Cooperation Organization", "joined", "2001")
        for country in ("Kazakhstan", "Kyrgyzstan", "Uzbekistan")
    }


def test_an_exception_nothing_resolves_leaves_the_sentence_in_doubt(gazetteer_specs):
    text = "Almost everyone joined the Shanghai Cooperation Organization in 2001 except Tajikistan."
    assert stated(text, gazetteer_specs, "member_of", "status", "date", confident=True) == set()


def test_a_count_that_does_not_fit_resolves_to_nothing(gazetteer_specs):
    text = (
        "Armenia, Belarus, Russia and Tajikistan signed the Treaty on Collective Security in 1992. "
        "In 1999 the same three states joined the Collective Security Treaty Organization. "
        "The other Central Asian states joined the Shanghai Cooperation Organization."
    )
    assert read(text, gazetteer_specs, "member_of") == set()


def test_the_signatories_become_the_founding_members_in_a_new_section(gazetteer_specs):
    text = (
        "Origins\n\nOn 2 March 2002 the leaders of Russia and Belarus, joined by Armenia, signed the Treaty on "
        "Collective Security.\n\nMembers\n\nThe three signatories are considered the founding members."
    )
    document, specs, facts = facts_for(
        "Collective Security Treaty Organization\n\n" + text + "\n", gazetteer_specs
    )
    signed = {(specs[r.subject].name, r.date) for r in facts.relations if r.predicate == "signed"}
    assert signed == {("Russia", "2002-03-02"), ("Belarus", "2002-03-02"), ("Armenia", "2002-03-02")}
    members = {
        (specs[r.subject].name, specs[r.object].name, r.status)
        for r in facts.relations
        if r.predicate == "member_of"
    }
    assert members == {
        (country, "Collective Security Treaty Organization", "founding member")
        for country in ("Russia", "Belarus", "Armenia")
    }


def test_ordinals_point_into_the_previous_list_of_organizations(gazetteer_specs):
    text = (
        "Three bodies matter here: the Collective Security Treaty Organization, the Eurasian Economic Union and "
        "the Shanghai Cooperation Organization. Tajikistan belongs to the first and the third. "
        "Armenia is a founding member of the first two."
    )
    assert read(text, gazetteer_specs, "member_of") == {
        ("Tajikistan", "Collective Security Treaty Organization", "member", None),
        ("Tajikistan", "Shanghai Cooperation Organization", "member", None),
        ("Armenia", "Collective Security Treaty Organization", "founding member", None),
        ("Armenia", "Eurasian Economic Union", "founding member", None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia acceded to the Tashkent Treaty in 1994.",
            {("Georgia", "Collective Security Treaty", None, "1994")},
        ),
        (
            "Armenia and Belarus were among the nine original signatories of the Tashkent Treaty.",
            {
                ("Armenia", "Collective Security Treaty", None, None),
                ("Belarus", "Collective Security Treaty", None, None),
            },
        ),
        (
            "Under the Tashkent Treaty of 15 May 1992, which set up a common defence, Armenia and Russia signed; "
            "Turkmenistan did not.",
            {
                ("Armenia", "Collective Security Treaty", None, "1992-05-15"),
                ("Russia", "Collective Security Treaty", None, "1992-05-15"),
            },
        ),
        (
            "The Tashkent Treaty was signed in 1992 by Armenia; Uzbekistan declined to sign, and Georgia signed "
            "only on 9 September 1993.",
            {
                ("Armenia", "Collective Security Treaty", None, "1992"),
                ("Georgia", "Collective Security Treaty", None, "1993-09-09"),
            },
        ),
        (
            "Signed in Tashkent on 15 May 1992, the Treaty on Collective Security binds Armenia and Kazakhstan.",
            {
                ("Armenia", "Collective Security Treaty", None, "1992-05-15"),
                ("Kazakhstan", "Collective Security Treaty", None, "1992-05-15"),
            },
        ),
        (
            "Belarus, Kazakhstan and Russia were invited to sign the Tashkent Treaty, but only Russia signed it.",
            {("Russia", "Collective Security Treaty", None, None)},
        ),
        ("Three states were asked to sign the Tashkent Treaty; neither Georgia nor Moldova signed.", set()),
    ],
)
def test_ways_of_becoming_a_party(text, expected, gazetteer_specs):
    assert read(text, gazetteer_specs, "signed") == expected


def test_a_protocol_to_a_treaty_takes_its_own_passive_and_date(gazetteer_specs):
    text = (
        "The Protocol on Extension to the Tashkent Treaty was signed in Moscow (then a new venue, used again "
        "in 2005) on 2 April 1999 by Armenia and Belarus."
    )
    document, specs, facts = facts_for("Title\n\n" + text + "\n", gazetteer_specs)
    signed = {
        (specs[r.subject].name, specs[r.object].name, r.date)
        for r in facts.relations
        if r.predicate == "signed"
    }
    assert {party for party, _, _ in signed} == {"Armenia", "Belarus"}
    assert all(date == "1999-04-02" for _, _, date in signed)
    assert all(treaty != "Collective Security Treaty" for _, treaty, _ in signed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow hosts the Collective Security Treaty Organization, a Russian-led bloc that also includes "
            "Armenia and Belarus.",
            {
                ("Armenia", "Collective Security Treaty Organization", "member", None),
                ("Belarus", "Collective Security Treaty Organization", "member", None),
            },
        ),
        (
            "In 2016 Tajikistan first asked about the Eurasian Economic Union of Russia, Belarus and Armenia.",
            {
                ("Russia", "Eurasian Economic Union", "member", None),
                ("Belarus", "Eurasian Economic Union", "member", None),
                ("Armenia", "Eurasian Economic Union", "member", None),
            },
        ),
        (
            "The Eurasian Economic Union was discussed at length. Belarus joined it on 1 January 2015.",
            {("Belarus", "Eurasian Economic Union", "joined", "2015-01-01")},
        ),
        (
            "Talks went on about the Eurasian Economic Union. Nothing was settled. Moldova hopes to join the new bloc.",
            {("Moldova", "Eurasian Economic Union", "planned", None)},
        ),
        (
            "Mongolia, Iran and India are expected to sign a treaty creating the Asian Security Union.",
            {
                ("Mongolia", "Asian Security Union", "planned", None),
                ("Iran", "Asian Security Union", "planned", None),
                ("India", "Asian Security Union", "planned", None),
            },
        ),
        (
            "The Shanghai Cooperation Organization, of which China has been a member since its foundation in 2001, "
            "met in Astana.",
            {("China", "Shanghai Cooperation Organization", "founding member", "2001")},
        ),
        (
            "Moldova planned to join the forum's training programme, the Partnership for Peace, in 2020.",
            {("Moldova", "Partnership for Peace", "planned", "2020")},
        ),
        (
            "1991 – 8 December: Russia, Belarus and Ukraine are among the signatories of the Belovezha Accords, "
            "and join the CIS.",
            {
                ("Russia", "Commonwealth of Independent States", "joined", "1991-12-08"),
                ("Belarus", "Commonwealth of Independent States", "joined", "1991-12-08"),
                ("Ukraine", "Commonwealth of Independent States", "joined", "1991-12-08"),
            },
        ),
    ],
)
def test_memberships_read_through_descriptions_and_references(text, expected, gazetteer_specs):
    assert read(text, gazetteer_specs, "member_of") == expected


def test_a_chain_of_statuses_without_an_object_in_an_article_about_one_organization(gazetteer_specs):
    text = (
        "Shanghai Cooperation Organization\n\nMembers\n\nBelarus was admitted as an observer in 2015, applied "
        "for full membership in 2022 and was finally admitted on 4 July 2024.\n"
    )
    document, specs, facts = facts_for(text, gazetteer_specs)
    found = {(specs[r.subject].name, r.status, r.date) for r in facts.relations if r.predicate == "member_of"}
    assert found == {
        ("Belarus", "observer", "2015"),
        ("Belarus", "applied", "2022"),
        ("Belarus", "joined", "2024-07-04"),
    }


def offices(text, gazetteer_specs, title="Title"):
    document, specs, facts = facts_for(title + "\n\n" + text + "\n", gazetteer_specs)
    return {
        (specs[r.subject].name, specs[r.object].name, r.role, r.method)
        for r in facts.relations
        if r.predicate == "holds_office"
    }


def test_a_country_represented_by_its_minister(gazetteer_specs):
    found = offices(
        "At the talks Tajikistan was represented by Defence Minister Sherali Mirzo.", gazetteer_specs
    )
    assert found == {("Sherali Mirzo", "Tajikistan", "Defence Minister", "sentence")}


def test_a_bare_president_holds_the_office_of_the_country_the_document_is_about_only_uncertainly(
    gazetteer_specs,
):
    # A visiting president is titled the same way ("President Xi Jinping opened the summit"), so the
    # document's country is a guess, kept behind "show uncertain facts".
    text = "President Sadyr Japarov opened the session in Osh."
    assert offices(text, gazetteer_specs, title="Kyrgyzstan in 2023") == {
        ("Sadyr Japarov", "Kyrgyzstan", "President", "previous sentence")
    }
    assert offices(text, gazetteer_specs, title="Water talks in 2023") == set()
    # Another country named in the sentence leaves the office unread: it may be that country's.
    other = "President Sadyr Japarov met envoys from Uzbekistan in Osh."
    assert offices(other, gazetteer_specs, title="Kyrgyzstan in 2023") == set()


def test_bodies_located_together_and_after_an_apposition(gazetteer_specs):
    text = (
        "The CSTO Secretariat and the CSTO Joint Staff are located in Moscow. The Eurasian Economic "
        "Commission, the union's executive body, is based in Moscow. The SCO Secretariat is in Beijing."
    )
    document, specs, facts = facts_for("Title\n\n" + text + "\n", gazetteer_specs)
    found = {
        (specs[r.subject].name, specs[r.object].name) for r in facts.relations if r.predicate == "located_in"
    }
    assert {container for _, container in found} == {"Moscow", "Beijing"}
    assert len({body for body, container in found if container == "Moscow"}) == 3


def test_an_exception_listing_several_countries_leaves_out_each(gazetteer_specs):
    text = (
        "All five Central Asian states joined the Collective Security Treaty Organization in 1992, except "
        "Tajikistan, Turkmenistan and Uzbekistan."
    )
    assert read(text, gazetteer_specs, "member_of") == {
        (country, "Collective Security Treaty Organization", "joined", "1992")
        for country in ("Kazakhstan", "Kyrgyzstan")
    }
