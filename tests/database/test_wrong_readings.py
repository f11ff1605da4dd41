"""Sentences read wrongly once, each a class of wrong reading: an aside's country taken for the
subject, a denial of the whole sentence, a condition or a supposition taken for a fact. Each
case names the fact the sentence must not state (shown as sure), and where the sentence states
one, the fact it must."""

import pytest

from database.facts import UNCERTAIN_BELOW
from tests.database.test_extract import facts_for, stated

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"
EAEU = "Eurasian Economic Union"
CST = "Collective Security Treaty"


def _sure(text: str, specs, predicate: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, obj in stated(text, specs, predicate, confident=True)}


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        (
            "Kyrgyzstan, a neighbour of Tajikistan, joined the Eurasian Economic Union in 2015.",
            "Tajikistan",
            "Kyrgyzstan",
        ),
        (
            "Uzbekistan, a neighbour of Kazakhstan, withdrew from the CSTO in 2012.",
            "Kazakhstan",
            "Uzbekistan",
        ),
        ("Armenia, a traditional ally of Russia, joined the Eurasian Economic Union.", "Russia", "Armenia"),
        ("Pakistan, a rival of India, joined the SCO in 2017.", "India", "Pakistan"),
        ("Tajikistan, an ally of Russia, is a member of the CSTO.", "Russia", "Tajikistan"),
        ("Belarus, a neighbour of Russia, applied to join the SCO in 2009.", "Russia", "Belarus"),
        (
            "Kyrgyzstan, bordering Tajikistan, joined the Eurasian Economic Union in 2015.",
            "Tajikistan",
            "Kyrgyzstan",
        ),
        (
            "Kyrgyzstan, and not Tajikistan, joined the Eurasian Economic Union in 2015.",
            "Tajikistan",
            "Kyrgyzstan",
        ),
        ("Armenia, rather than Georgia, joined the Eurasian Economic Union in 2015.", "Georgia", "Armenia"),
        ("Mongolia, observed by China, became an observer of the SCO in 2004.", "China", "Mongolia"),
        ("With the support of Russia, Tajikistan joined the CSTO in 1992.", "Russia", "Tajikistan"),
        (
            "After talks with Russia, Uzbekistan joined the Eurasian Economic Community in 2006.",
            "Russia",
            "Uzbekistan",
        ),
    ],
)
def test_a_country_in_an_aside_or_governed_by_a_preposition_is_no_member(
    sentence, wrong, right, gazetteer_specs
):
    members = {subject for subject, _ in _sure(sentence, gazetteer_specs, "member_of")}
    assert wrong not in members
    assert right in members


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        (
            "Kazakhstan, a neighbour of China, signed the Collective Security Treaty in 1992.",
            "China",
            "Kazakhstan",
        ),
        (
            "Kazakhstan and Russia, after consulting China, signed the Collective Security Treaty.",
            "China",
            "Russia",
        ),
        (
            "With the support of Russia, Armenia signed the Collective Security Treaty in 1992.",
            "Russia",
            "Armenia",
        ),
    ],
)
def test_a_country_in_an_aside_or_governed_by_a_preposition_signs_nothing(
    sentence, wrong, right, gazetteer_specs
):
    signers = {subject for subject, _ in _sure(sentence, gazetteer_specs, "signed")}
    assert wrong not in signers
    assert right in signers


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        # A list that ends in 'and' after a conjunction is still the list of subjects.
        (
            "The talks end three weeks before Kazakhstan, Russia and Belarus join the Eurasian Economic Union.",
            {"Kazakhstan", "Russia", "Belarus"},
        ),
        # One country after 'after' is the subject of its own clause.
        ("Two years after Armenia joined the Eurasian Economic Union, the talks resumed.", {"Armenia"}),
        # 'together with' names a co-subject.
        (
            "Together with Kazakhstan, Russia joined the Eurasian Economic Union in 2015.",
            {"Kazakhstan", "Russia"},
        ),
    ],
)
def test_lists_and_single_subjects_after_a_conjunction_stay(sentence, members, gazetteer_specs):
    assert {subject for subject, _ in _sure(sentence, gazetteer_specs, "member_of")} == members


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not true that Turkmenistan joined the Shanghai Cooperation Organization in 2007.",
        "It is untrue that Kazakhstan left the CSTO in 2022.",
        "It would be wrong to say that Mongolia joined the SCO in 2004.",
        "There is no evidence that Turkmenistan joined the CSTO in 2014.",
        "Reports that Kyrgyzstan left the Eurasian Economic Union in 2021 are untrue.",
        "There is little chance that Turkmenistan joins the CSTO.",
        "Suppose Kazakhstan left the CSTO in 2025.",
        "Let us assume that Tajikistan joined the Eurasian Economic Union in 2024.",
        "In the war-game scenario, Kazakhstan withdrew from the CSTO in 2025.",
        "The novel imagines that Kyrgyzstan left the Eurasian Economic Union in 2030.",
        "Myth: Turkmenistan joined the CSTO in 2014.",
        "Fake news: Kazakhstan withdrew from the Eurasian Economic Union in 2022.",
        "If Uzbekistan joins the Eurasian Economic Union, it will gain duty-free access to Russia.",
        "When Kyrgyzstan joins the Eurasian Economic Union, the border with Kazakhstan will open.",
        "Armenia would leave the CSTO if Azerbaijan joins the CSTO.",
        "Talks on Uzbekistan joining the Eurasian Economic Union began in 2019.",
        "The prospect of Turkmenistan joining the SCO was raised in 2022.",
        "Tajikistan's accession to the Eurasian Economic Union, scheduled for 2016, never took place.",
        "Uzbekistan's accession to the Eurasian Economic Union cannot be ruled out.",
        "Turkey participates in the SCO as a dialogue partner.",
        "Afghanistan participates in SCO events as a guest, not an observer.",
        "Afghanistan participated in the SCO until 2021.",
    ],
)
def test_what_a_sentence_denies_supposes_or_makes_a_condition_is_no_membership(sentence, gazetteer_specs):
    assert not {
        fact
        for fact in stated(sentence, gazetteer_specs, "member_of", "status", confident=True)
        if fact[2] in ("joined", "member", "withdrew", "rejoined", "founding member")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Neither Russia nor China objected when Uzbekistan rejoined the CSTO in 2006.",
            {("Uzbekistan", "rejoined")},
        ),
        ("Kyrgyzstan did not join the Eurasian Economic Union until 2015.", {("Kyrgyzstan", "joined")}),
        (
            "When Kyrgyzstan joined the Eurasian Economic Union in 2015, the border opened.",
            {("Kyrgyzstan", "joined")},
        ),
        (
            "Myth: Kazakhstan left the CIS in 2014. Fact: Kazakhstan remains a member of the CIS.",
            {("Kazakhstan", "member")},
        ),
        ("Serbia participates in the CSTO as an observer.", {("Serbia", "observer")}),
        ("Kazakhstan participates in the OSCE as a participating State.", {("Kazakhstan", "member")}),
    ],
)
def test_facts_next_to_a_frame_stay(sentence, expected, gazetteer_specs):
    assert {
        (subject, status) for subject, _, status in stated(sentence, gazetteer_specs, "member_of", "status")
    } == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither Turkmenistan nor Uzbekistan signed the Collective Security Treaty.",
        "Turkmenistan signed neither the Collective Security Treaty nor the Ottawa Convention.",
        "It is not true that Turkmenistan signed the Collective Security Treaty in 1992.",
        "Kazakhstan and Russia initialled the Collective Security Treaty in 1992.",
        "Several groups in Kazakhstan signed a statement condemning the Collective Security Treaty in 2002.",
        "Russia and Kyrgyzstan signed a memorandum on the Collective Security Treaty in 2003.",
        "Uzbekistan signed the Collective Security Treaty's withdrawal notice in 1999.",
        "Russia signed the Collective Security Treaty as a witness for Kazakhstan and Uzbekistan in 1998.",
        "If Kazakhstan signs the Collective Security Treaty, Russia will object.",
    ],
)
def test_no_signature_of_a_treaty_denied_initialled_or_only_named(sentence, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "signed") == set()


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        (
            "Neither Russia nor China objected when Kazakhstan signed the Collective Security Treaty.",
            {"Kazakhstan"},
        ),
        ("Kazakhstan signed the Protocol and the Collective Security Treaty.", {"Kazakhstan"}),
    ],
)
def test_signatures_next_to_those_stay(sentence, signers, gazetteer_specs):
    assert {signer for signer, _ in _sure(sentence, gazetteer_specs, "signed")} == signers


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Former CSTO Secretary General Nikolai Bordyuzha spoke at the conference in 2015.",
            "former Secretary General",
        ),
        (
            "Erstwhile CSTO Secretary General Nikolai Bordyuzha criticised the decision in 2018.",
            "former Secretary General",
        ),
        (
            "One-time Kyrgyz Foreign Minister Roza Otunbayeva led the protests in 2010.",
            "former Foreign Minister",
        ),
    ],
)
def test_a_title_left_is_a_former_office_and_undated(sentence, role, gazetteer_specs):
    offices = stated(sentence, gazetteer_specs, "holds_office", "role", "date")
    assert offices and all(found_role == role and date is None for _, _, found_role, date in offices)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan's candidate for SCO Secretary General, Nurlan Yermekbayev, lost the vote in 2021.",
        "The Belarusian contender for CSTO Secretary General, Stanislav Zas, faced no rivals in 2019.",
        "The shadow Prime Minister of Kyrgyzstan, Omurbek Tekebayev, criticised the budget in 2013.",
        "The self-proclaimed President of Kyrgyzstan, Kurmanbek Bakiyev, issued a statement in 2010.",
    ],
)
def test_a_candidate_s_or_a_claimed_title_is_no_office(sentence, gazetteer_specs):
    assert stated(sentence, gazetteer_specs, "holds_office", confident=True) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016, ten years after Uzbekistan rejoined the CSTO, Karimov died.",
        "In 2019, long after Kazakhstan joined the SCO, Nazarbayev resigned.",
        "In 2021 the SCO marked twenty years since Uzbekistan joined the organisation.",
    ],
)
def test_a_leading_year_does_not_date_a_clause_some_years_after_or_since(sentence, gazetteer_specs):
    dates = {date for *_, date in stated(sentence, gazetteer_specs, "member_of", "date")}
    assert dates <= {None}


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("After the 2005 Andijan events, Uzbekistan joined the Eurasian Economic Community.", None),
        ("The 2009 war having ended, Georgia left the CIS.", None),
        ("Following its 2012 suspension, Uzbekistan left the CSTO.", None),
        (
            "On the 10th anniversary of Armenia's accession to the Eurasian Economic Union in 2025, "
            "Yerevan questioned its membership.",
            None,
        ),
        # A year naming the happening the clause took part in dates it.
        ("At the 2002 summit, Kyrgyzstan joined the CSTO.", "2002"),
        ("Kazakhstan joined the OSCE in 1992 after the 1991 collapse of the Soviet Union.", "1992"),
    ],
)
def test_a_year_naming_another_happening_does_not_date_the_clause(sentence, date, gazetteer_specs):
    dates = {found for *_, found in stated(sentence, gazetteer_specs, "member_of", "date")}
    assert dates == {date}


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Russia backed Tajikistan in the dispute. The country joined the CSTO in 1992.", set()),
        ("Uzbekistan criticised Kyrgyzstan. The country joined the Eurasian Economic Union in 2015.", set()),
        ("Pakistan lobbied for Afghanistan, and it was granted observer status in the SCO in 2012.", set()),
        # One candidate left: the subject of the sentence before, or the one its own clause leaves.
        ("Kazakhstan joined the OSCE in 1992. It became a member of the SCO in 2001.", {"Kazakhstan"}),
        (
            "Kyrgyzstan has worked closely with Russia on security. Together with Russia and Belarus, it "
            "was a founding member of the Union of the Four.",
            {"Kyrgyzstan", "Russia", "Belarus"},
        ),
    ],
)
def test_a_pronoun_after_two_countries_is_not_guessed(sentence, members, gazetteer_specs):
    found = {
        subject
        for subject, obj in _sure(sentence, gazetteer_specs, "member_of")
        if obj != "Organization for Security and Co-operation in Europe"
    }
    assert found == members


@pytest.mark.parametrize(
    "sentence",
    [
        "Student essay (graded wrong): Uzbekistan joined the Eurasian Economic Union in 2015.",
        "Wrong answer: Kazakhstan left the CSTO in 2022.",
        "Quiz answer: Tajikistan joined the CSTO in 1992 — wrong; the CSTO was founded in 2002.",
    ],
)
def test_a_claim_graded_wrong_is_no_membership(sentence, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "member_of") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Zhantoro Satybaldiyev, whom President Atambayev appointed Prime Minister of Kyrgyzstan in 2012, resigned.",
        "Omurbek Babanov, who Atambayev appointed Prime Minister of Kyrgyzstan in 2011, later resigned.",
    ],
)
def test_the_appointer_in_a_relative_clause_does_not_hold_the_post(sentence, gazetteer_specs):
    holders = {person for person, _, role in stated(sentence, gazetteer_specs, "holds_office", "role")}
    assert "Almazbek Atambayev" not in holders


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tokayev never appointed Erlan Karin as Prime Minister of Kazakhstan.",
        "President Tokayev declined to appoint Erlan Karin as Prime Minister of Kazakhstan.",
        "Parliament rejected the proposal to appoint Adil Tursunov as Ambassador of Kazakhstan to Russia.",
        "President Japarov is expected to appoint Kamchybek Tashiev as Prime Minister of Kyrgyzstan.",
        "President Japarov may appoint Edil Baisalov as Ambassador of Kyrgyzstan to the United Kingdom.",
        "Tokayev could have appointed Erlan Karin as Prime Minister of Kazakhstan in 2022.",
        "Neither Zhang Ming nor Stanislav Zas is Secretary General of NATO.",
        "Stanislav Zas was elected Secretary General of the SCO, according to a fake TASS report.",
        '"Stanislav Zas is Secretary General of the SCO," the minister said, confusing the two bodies.',
        "The future Kyrgyz President Sadyr Japarov was in prison in 2017.",
        "In 2010 the future CSTO Secretary General Stanislav Zas served in the Belarusian army.",
        "The soon-to-be CSTO Secretary General Imangali Tasmagambetov met Putin in 2022.",
        "The prospective CSTO Secretary General Imangali Tasmagambetov met Putin in 2022.",
        "The speech by Xi Jinping of the SCO summit in Astana was widely reported.",
    ],
)
def test_an_appointment_denied_or_only_meant_or_a_future_title_is_no_office(sentence, gazetteer_specs):
    assert stated(sentence, gazetteer_specs, "holds_office", confident=True) == set()


@pytest.mark.parametrize(
    ("sentence", "role", "date"),
    [
        ("The late Uzbek President Islam Karimov was buried in Samarkand in 2016.", "former President", None),
        ("President Islam Karimov of Uzbekistan died in September 2016.", "former President", None),
        (
            "Kyrgyz Prime Minister Kubatbek Boronov was dismissed in October 2020.",
            "former Prime Minister",
            None,
        ),
        ("Kazakhstan's Prime Minister Askar Mamin resigned in January 2022.", "former Prime Minister", None),
        ("Kyrgyz President Askar Akayev, ousted in 2005, moved to Moscow.", "former President", None),
        (
            "Nursultan Nazarbayev, President of Kazakhstan for 29 years, resigned in 2019.",
            "former President",
            None,
        ),
        (
            "Armenian general Yuri Khachaturov, the CSTO Secretary General, was recalled by Yerevan in 2018.",
            "former Secretary General",
            None,
        ),
        (
            "Murat Nurtleu replaced Mukhtar Tileuberdi, Foreign Minister of Kazakhstan since 2019.",
            "former Foreign Minister",
            None,
        ),
        (
            "Jens Stoltenberg, NATO Secretary General since 2014, was replaced by Mark Rutte in 2024.",
            "former Secretary General",
            None,
        ),
        (
            "Vladimir Norov was Secretary General of the SCO from 2019 to 2021.",
            "former Secretary General",
            "2019",
        ),
        (
            "Thomas Greminger, OSCE Secretary General between 2017 and 2020, visited Bishkek.",
            "former Secretary General",
            "2017",
        ),
        (
            "Sergei Lavrov was Russia's ambassador to the United Nations until 2004.",
            "former ambassador",
            None,
        ),
        (
            "The Secretary General of the CSTO, Nikolai Bordyuzha (Russia, 2003–2016), visited Bishkek.",
            "former Secretary General",
            None,
        ),
        (
            "Kassym-Jomart Tokayev, who was Director-General of the United Nations Office at Geneva, became "
            "President in 2019.",
            "former Director-General",
            None,
        ),
        # Terms that go on stay held.
        ("Kyrgyz President Sadyr Japarov dismissed the cabinet in 2021.", "President", "2021"),
        ("Jens Stoltenberg, NATO Secretary General since 2014, visited Astana.", "Secretary General", "2014"),
    ],
)
def test_an_office_the_sentence_ends_is_a_former_one(sentence, role, date, gazetteer_specs):
    offices = {
        (found_role, found_date)
        for *_, found_role, found_date in stated(sentence, gazetteer_specs, "holds_office", "role", "date")
    }
    assert (role, date) in offices
    assert all(found_role == role for found_role, _ in offices)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kairat Abdrakhmanov of Kazakhstan joined the OSCE in 2020 as High Commissioner.",
        "Kairat Abdrakhmanov, a former Foreign Minister of Kazakhstan, joined the OSCE in 2020.",
        "Stanislav Zas, a general from Belarus, joined the CSTO in 2020.",
        "Roza Otunbayeva, whom Almazbek Atambayev succeeded as President of Kyrgyzstan in 2011, later "
        "joined the UN.",
    ],
)
def test_a_person_s_joining_is_not_their_country_s(sentence, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "member_of") == set()


def test_a_country_joining_after_a_person_s_title_still_joins(gazetteer_specs):
    sentence = "Under President Nazarbayev of Kazakhstan, Kazakhstan joined the SCO in 2001."
    assert _sure(sentence, gazetteer_specs, "member_of") == {("Kazakhstan", SCO)}


@pytest.mark.parametrize(
    ("sentence", "seats"),
    [
        ("The role of Moscow in Central Asia has grown since 2014.", set()),
        ("Support for Moscow in Kazakhstan fell sharply in 2022.", set()),
        ("The dispute between Dushanbe and Bishkek in the Ferghana Valley escalated in 2021.", set()),
        ("A delegation from Astana in Samarkand met the Uzbek president.", set()),
        ("Unlike Moscow, Kazakhstan in 2022 refused to recognise the separatist republics.", set()),
        ("During the summit in Samarkand, Turkmenistan declined to sign the declaration.", set()),
        ("Returning from Beijing, Kyrgyzstan announced the loan.", set()),
        ("Refugees arriving from Kabul, Tajikistan said, numbered 1,000.", set()),
        (
            "Neither the Eurasian Development Bank nor the CIS Anti-Terrorism Centre is based in Moscow.",
            set(),
        ),
        ("The NATO Liaison Office in Central Asia was based in Tashkent from 2013 to 2017.", set()),
        (
            "The CSTO Secretariat and the SCO Secretariat are based in Moscow and Beijing respectively.",
            {("CSTO Secretariat", "Moscow"), ("SCO Secretariat", "Beijing")},
        ),
        # What a place is in stays: after a verb of location, after 'the city of', and a city in its country.
        ("The city of Osh in Kyrgyzstan hosted the talks.", {("Osh", "Kyrgyzstan")}),
        (
            "In May 2013, a workshop held in Samarkand, Uzbekistan addressed the issue.",
            {("Samarkand", "Uzbekistan")},
        ),
        ("The CSTO Secretariat is located in Moscow.", {("CSTO Secretariat", "Moscow")}),
    ],
)
def test_a_place_named_beside_another_is_not_seated_there(sentence, seats, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "located_in") == seats


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Kassym-Jomart Tokayev, President of Kazakhstan, was born in 1953.", None),
        ("Kazakh President Kassym-Jomart Tokayev was born in Almaty in 1953.", None),
        ("Kazakhstan's President Tokayev joined the Soviet foreign service in 1975.", None),
        ("In 1999, Russian President Vladimir Putin was head of the FSB.", None),
        ("In 2013, Kyrgyz President Sadyr Japarov led protests against the Kumtor mine.", None),
        ("SCO Secretary General Zhang Ming served in Brussels from 2017.", None),
        ("Stanislav Zas, the CSTO Secretary General, spoke about the events of 2010 in Osh.", None),
        ("Nikolai Bordyuzha, Secretary General of the CSTO, created in 2002, visited Dushanbe.", None),
        (
            "In 2022, two years after Stanislav Zas became CSTO Secretary General, the CSTO deployed to "
            "Kazakhstan.",
            None,
        ),
        # An act done in office dates it, and so does a date the name's clause opens or closes with.
        ("Kyrgyz President Almazbek Atambayev visited NATO in 2013.", "2013"),
        ("In 2016 CSTO Secretary General Nikolai Bordyuzha met the Kyrgyz defence minister.", "2016"),
        ("12 June 2015 – President Almazbek Atambayev of Kyrgyzstan.", "2015-06-12"),
    ],
)
def test_a_title_is_dated_only_by_an_act_done_in_office(sentence, date, gazetteer_specs):
    dates = {found for *_, found in stated(sentence, gazetteer_specs, "holds_office", "date")}
    assert dates == {date}


@pytest.mark.parametrize(
    "sentence",
    [
        "The United Nations Office on Drugs and Crime, a partner agency of the OSCE, runs projects in Tajikistan.",
        "The Eurasian Development Bank, a key partner institution of the Eurasian Economic Union, financed the road.",
        "The European Union's Partnership for Peace members Austria and Ireland stay neutral.",
        "The UN's Istanbul Process role is limited.",
        "The European Union's OSCE Centre in Bishkek grant was cut in 2015.",
        "The CSTO Joint Staff, a planning body of the Russian General Staff in all but name, is in Moscow.",
        "UN experts say the Islamic Movement of Uzbekistan reports to the Taliban.",
        "Neither the CSTO Joint Staff nor the Collective Rapid Reaction Force is part of the SCO.",
    ],
)
def test_a_partner_a_possessive_s_other_noun_or_a_denied_body_is_no_part(sentence, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "part_of") == set()


def test_a_body_the_sentence_contrasts_belongs_to_its_own_owner_only(gazetteer_specs):
    sentence = "Unlike NATO's Partnership for Peace, the SCO's observer programme has no military content."
    assert ("Partnership for Peace", SCO) not in _sure(sentence, gazetteer_specs, "part_of")
    assert ("Regional Anti-Terrorist Structure", SCO) in _sure(
        "The SCO's Regional Anti-Terrorist Structure is in Tashkent.", gazetteer_specs, "part_of"
    )


@pytest.mark.parametrize(
    ("table", "seats"),
    [
        (
            "Foreign military facilities in Kyrgyzstan\nBase | Operated by\nKant Air Base | Russia\n"
            "Manas International Airport | United States",
            set(),
        ),
        ("Foreign bases (facility ........ user state)\nKant Air Base ........ Russia", set()),
        ("Organization | Summit host 2022\nCSTO | Yerevan\nSCO | Samarkand", set()),
        # A table of places stays one, and the table ends where prose begins.
        ("Base | Location\nKant Air Base | Kyrgyzstan", {("Kant Air Base", "Kyrgyzstan")}),
        (
            "Base | Operated by\nKant Air Base | Russia\n\nSites\n\nManas International Airport ........ Kyrgyzstan",
            {("Manas International Airport", "Kyrgyzstan")},
        ),
    ],
)
def test_a_table_whose_column_is_no_place_states_no_seat(table, seats, gazetteer_specs):
    assert _sure(table, gazetteer_specs, "located_in") == seats


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # A bracket telling the organization's own story dates nothing of the joining.
        ("Kazakhstan joined the SCO (founded in 2001 as a successor to the Shanghai Five of 1996).", None),
        # Some time within a range: neither of its years.
        ("Between 2005 and 2008, Uzbekistan joined the Eurasian Economic Community.", None),
        # A bare year in brackets still dates it, and so does a year opening the clause.
        ("Uzbekistan joined the SCO (2001).", "2001"),
        ("In 2002, Uzbekistan joined the Eurasian Economic Community.", "2002"),
    ],
)
def test_a_joining_is_dated_only_by_its_own_year(sentence, date, gazetteer_specs):
    assert {found for *_, found in stated(sentence, gazetteer_specs, "member_of", "date")} == {date}


@pytest.mark.parametrize(
    "sentence",
    [
        "Between 2005 and 2008, Uzbekistan was a member of the Eurasian Economic Community.",
        "In 2006–2008, Uzbekistan was a member of the Eurasian Economic Community.",
    ],
)
def test_a_membership_in_a_closed_term_is_no_membership_now(sentence, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "member_of") == set()


def test_a_signature_dated_by_a_timeline_entry_keeps_its_day(gazetteer_specs):
    sentence = (
        "1992 – 15 May: Armenia, Kazakhstan and Russia sign the Collective Security Treaty in Tashkent."
    )
    assert {found for *_, found in stated(sentence, gazetteer_specs, "signed", "date")} == {"1992-05-15"}


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        # Held in a year the sentence names: as held then, neither going on nor ended.
        (
            "Roza Otunbayeva was Kyrgyzstan's Foreign Minister in 1994 and again in 2005.",
            ("Kyrgyzstan", "then Foreign Minister", "1994"),
        ),
        (
            "In 2005, Roza Otunbayeva was Kyrgyzstan's Foreign Minister.",
            ("Kyrgyzstan", "then Foreign Minister", "2005"),
        ),
        (
            "Kassym-Jomart Tokayev was President of Kazakhstan in January 2022, when protests broke out.",
            ("Kazakhstan", "then President", "2022-01"),
        ),
        # A post taken or held now stays held; a year qualifying a noun is no year of the title.
        (
            "In 2005 Roza Otunbayeva became Kyrgyzstan's Foreign Minister.",
            ("Kyrgyzstan", "Foreign Minister", "2005"),
        ),
        ("Roza Otunbayeva is Kyrgyzstan's Foreign Minister.", ("Kyrgyzstan", "Foreign Minister", None)),
        (
            "Shavkat Mirziyoyev was President of Uzbekistan during 2023 talks with China.",
            ("Uzbekistan", "President", None),
        ),
        # An apposition's own 'was' is not the title's.
        (
            "Imangali Tasmagambetov, a diplomat who was born in Atyrau, became Secretary General of the CSTO "
            "in 2023.",
            (CSTO, "Secretary General", "2023"),
        ),
    ],
)
def test_a_title_held_in_a_named_year_is_held_then(sentence, office, gazetteer_specs):
    offices = stated(sentence, gazetteer_specs, "holds_office", "role", "date")
    assert {(holder, role, date) for _person, holder, role, date in offices} == {office}


def test_an_apposition_s_former_post_does_not_hide_nor_take_the_post_held(gazetteer_specs):
    text = (
        "Vladimir Norov, a former Foreign Minister of Uzbekistan, is Secretary General of the SCO. "
        "He took up the post in 2019."
    )
    assert stated(text, gazetteer_specs, "holds_office", "role", "date") == {
        ("Vladimir Norov", "Uzbekistan", "former Foreign Minister", None),
        ("Vladimir Norov", SCO, "Secretary General", "2019"),
    }


@pytest.mark.parametrize(
    "guests",
    [
        "Kazakhstan\n\nVisitors in 2023:\n* President: Shavkat Mirziyoyev\n* Foreign Minister: Wang Yi",
        "Kazakhstan\n\nVisitors in 2023:\nPresident: Shavkat Mirziyoyev\nForeign Minister: Wang Yi",
    ],
)
def test_titles_listed_under_a_label_of_guests_are_not_the_country_s(guests, gazetteer_specs):
    assert stated(guests, gazetteer_specs, "holds_office") == set()


@pytest.mark.parametrize("label", ["Leadership:", "Foreign and security policy leadership:"])
def test_titles_listed_under_another_label_are_the_country_s(label, gazetteer_specs):
    own = f"Kazakhstan\n\n{label}\n* President: Kassym-Jomart Tokayev"
    assert stated(own, gazetteer_specs, "holds_office") == {("Kassym-Jomart Tokayev", "Kazakhstan")}


@pytest.mark.parametrize(
    ("table", "seats"),
    [
        ("Venues of SCO summits\n\nShanghai Cooperation Organization ........ Samarkand, Uzbekistan", set()),
        (
            "Seats of the organizations\n\nShanghai Cooperation Organization ........ Beijing, China",
            {(SCO, "Beijing")},
        ),
        (
            "Headquarters and meetings\n\nShanghai Cooperation Organization ........ Beijing, China",
            {(SCO, "Beijing")},
        ),
    ],
)
def test_rows_under_a_title_of_gatherings_are_no_seats(table, seats, gazetteer_specs):
    organization_seats = {pair for pair in _sure(table, gazetteer_specs, "located_in") if pair[0] == SCO}
    assert organization_seats == seats


def test_a_city_in_brackets_is_not_the_seat_of_a_body_whose_name_says_another(gazetteer_specs):
    line = "Moderator: Aigul Tursunova (OSCE Academy in Bishkek, Osh)"
    assert ("OSCE Academy in Bishkek", "Osh") not in stated(line, gazetteer_specs, "located_in")
    line = "Moderator: Aigul Tursunova (Institute for Strategic Studies, Tashkent)"
    assert ("Institute for Strategic Studies", "Tashkent") in stated(line, gazetteer_specs, "located_in")
    line = "Moderator: Aigul Tursunova (Institute for Research in Central Asia, Almaty)"
    assert ("Institute for Research in Central Asia", "Almaty") in stated(line, gazetteer_specs, "located_in")


@pytest.mark.parametrize(
    "sentence",
    [
        "The CSTO's Partnership for Peace-style programme was never launched.",
        "The CSTO's Partnership for Peace-Style programme was never launched.",
        "Russia proposed a NATO-style Rapid Reaction Force for the CSTO.",
    ],
)
def test_a_name_made_an_adjective_is_no_entity_nor_body(sentence, gazetteer_specs):
    _document, names, facts = facts_for(f"Title\n\n{sentence}\n", gazetteer_specs)
    assert not [spec.name for spec in names if "-style" in spec.name.lower()]
    assert [fact for fact in facts.relations if fact.predicate == "part_of"] == []


def test_a_body_renamed_after_an_apposition_is_one_body_not_a_part(gazetteer_specs):
    text = (
        "Title\n\nThe OSCE Office in Tajikistan, a field office of the OSCE in Dushanbe, was renamed the "
        "OSCE Programme Office in Dushanbe.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    renamed = next(spec for spec in names if spec.name == "OSCE Programme Office in Dushanbe")
    assert renamed.aliases.get("OSCE Office in Tajikistan") == "former name"
    parts = {
        (names[f.subject].name, names[f.object].name) for f in facts.relations if f.predicate == "part_of"
    }
    assert parts == {
        ("OSCE Programme Office in Dushanbe", "Organization for Security and Co-operation in Europe")
    }


def test_two_names_joined_by_and_each_with_its_head_stay_two(gazetteer_specs):
    sentence = (
        "The OSCE Academy, NATO Liaison Office in Central Asia and American University of Central Asia "
        "are located in Bishkek."
    )
    seated = {subject for subject, _ in _sure(sentence, gazetteer_specs, "located_in")}
    assert {"NATO Liaison Office in Central Asia", "American University of Central Asia"} <= seated
    assert not [name for name in seated if " and " in name]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Kazakhstan ratified the Collective Security Treaty in 1994.", "ratified"),
        ("The Collective Security Treaty was ratified by Kazakhstan in 1994.", "ratified"),
        ("Kazakhstan signed the Collective Security Treaty in 1992.", None),
        ("Kazakhstan signed and ratified the Collective Security Treaty in 1992.", None),
    ],
)
def test_a_ratification_s_date_is_marked_as_not_a_signature_s(sentence, role, gazetteer_specs):
    assert {found for *_, found in stated(sentence, gazetteer_specs, "signed", "role")} == {role}


def test_a_renamed_body_is_not_seated_where_its_old_name_says(gazetteer_specs):
    sentence = "The OSCE Centre in Almaty, a field office of the OSCE, was renamed the OSCE Centre in Astana."
    assert stated(sentence, gazetteer_specs, "located_in") == {("OSCE Centre in Astana", "Astana")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our October issue said that Kyrgyzstan joined the Eurasian Economic Union in 2014.",
        "A news site said that Kyrgyzstan joined the Eurasian Economic Union in 2014.",
        "The magazine wrote that Kyrgyzstan joined the Eurasian Economic Union in 2014.",
    ],
)
def test_what_a_publication_said_is_its_word_not_a_fact(sentence, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "member_of") == set()
    assert stated(sentence, gazetteer_specs, "member_of") == {("Kyrgyzstan", EAEU)}  # kept, as uncertain


def test_an_office_named_once_with_another_city_is_not_the_body_s_seat(gazetteer_specs):
    text = (
        "Title\n\nThe Tengri Coordination Office has its seat in Almaty. The Tengri Coordination Office is "
        "headed by Dana Orazova.\n\nFig. 1 The Tengri Coordination Office in Taraz, opened in September 2022.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    seats = {
        (names[f.subject].name, names[f.object].name) for f in facts.relations if f.predicate == "located_in"
    }
    assert ("Tengri Coordination Office", "Taraz") not in seats


def test_what_a_source_was_wrong_to_say_is_no_fact_but_a_denial_stays_one(gazetteer_specs):
    wrong = "Our item of 8 May was wrong to say that Kyrgyzstan joined the Eurasian Economic Union in 2014."
    assert _sure(wrong, gazetteer_specs, "member_of") == set()
    denial = (
        "Turkmenistan has never been a member of the Collective Security Treaty Organization, and it would "
        "be wrong to suggest otherwise."
    )
    assert stated(denial, gazetteer_specs, "member_of", "status", confident=True) == {
        ("Turkmenistan", CSTO, "not a member")
    }


@pytest.mark.parametrize("words", ["for the first time in 2006", ", for a second time, in 2006"])
def test_the_how_many_times_of_a_joining_does_not_hide_its_year(words, gazetteer_specs):
    sentence = f"Uzbekistan joined the CSTO {words}.".replace(" ,", ",")
    assert stated(sentence, gazetteer_specs, "member_of", "date") == {("Uzbekistan", CSTO, "2006")}


def test_the_year_since_which_a_first_time_counts_does_not_date_the_joining(gazetteer_specs):
    sentence = "In 2006 Uzbekistan joined the CSTO for the first time since 1999."
    assert ("Uzbekistan", CSTO, "1999") not in stated(sentence, gazetteer_specs, "member_of", "date")


@pytest.mark.parametrize(
    "sentence",
    [
        "Uzbekistan joined the CSTO in 2006; the magazine Ozodlik later reported the decision.",
        "Speaking on the Khabar channel, Tokayev said that Kazakhstan joined the CSTO in 2002.",
    ],
)
def test_a_publication_or_a_channel_named_beside_a_fact_does_not_doubt_it(sentence, gazetteer_specs):
    assert _sure(sentence, gazetteer_specs, "member_of") != set()


def test_a_directive_written_with_other_spacing_is_no_comment(gazetteer_specs):
    for directive in ("..  note::", ".. note ::"):
        text = f"Notes\n=====\n\n.. _members:\n\n{directive}\n    Uzbekistan suspended its membership of the CSTO in 2012.\n"
        assert ("Uzbekistan", CSTO) in _sure(text, gazetteer_specs, "member_of")
    comment = ".. Kazakhstan left the CSTO in 2020 (draft remark, delete before release)."
    assert _sure(f"Notes\n=====\n\n.. _members:\n\n{comment}\n", gazetteer_specs, "member_of") == set()


def test_a_page_s_front_matter_location_is_no_seat(gazetteer_specs):
    text = (
        "---\ntitle: SCO Heads of State Council meets in Astana\norganization: Shanghai Cooperation "
        "Organization\nlocation: Astana\ndate: 2024-07-04\n---\n\nThe heads of state met in July 2024.\n"
    )
    assert (SCO, "Astana") not in _sure(text, gazetteer_specs, "located_in")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Collective Security Treaty, which created the CSTO, was signed on 15 May 1992 by Armenia and Kazakhstan.",
            {("Armenia", CST, "1992-05-15"), ("Kazakhstan", CST, "1992-05-15")},
        ),
        # An aside that signs or dates is a clause of its own: its date is not the passive's.
        (
            "The Collective Security Treaty, which Armenia signed in 1992, was ratified by Kazakhstan in 1994.",
            {("Armenia", CST, "1992")},
        ),
    ],
)
def test_an_aside_on_the_treaty_does_not_hide_who_signed_it(sentence, expected, gazetteer_specs):
    assert stated(sentence, gazetteer_specs, "signed", "date", confident=True) == expected


def test_the_following_year_after_a_dated_sentence_dates_the_accession(gazetteer_specs):
    text = (
        "The Collective Security Treaty was signed on 15 May 1992 by Armenia and Kazakhstan. Belarus acceded "
        "to the Collective Security Treaty the following year."
    )
    assert ("Belarus", CST, "1993") in stated(text, gazetteer_specs, "signed", "date", confident=True)


def _sure_facts(text: str, specs, predicate: str, *fields: str) -> set[tuple]:
    return stated(text, specs, predicate, *fields, confident=True)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # 'today' in a quotation is the speaker's day; counted from another day; a list of dates
        # is no byline; a break between items ends the dateline's item.
        (
            '17 December 2031\n\nNazarbayev said: "Kazakhstan today joins the Partnership for Peace."',
            "2031-12-17",
        ),
        (
            "TASS · 7 October 2031\n\nA year ago today, Armenia froze its participation in the CSTO.",
            "2031-10-07",
        ),
        (
            "Kazakhstan · 27 May 1994\nKyrgyzstan · 1 June 1994\nTurkmenistan · 10 May 1994\n\n"
            "Uzbekistan today joined the Partnership for Peace.",
            "1994-05-10",
        ),
        (
            "Reuters · 17 Dec 2031\n\nUzbekistan today signed the Tashkent Declaration.\n\n* * *\n\n"
            "Tajikistan yesterday joined the Partnership for Peace.",
            "2031-12-16",
        ),
    ],
)
def test_today_is_the_item_s_day_only_where_the_item_reports_it(text, wrong, gazetteer_specs):
    dates = {date for *_, date in _sure_facts(text, gazetteer_specs, "member_of", "date")}
    assert wrong not in dates


def test_a_denied_report_with_an_apposition_states_nothing(gazetteer_specs):
    text = "Reports that Uzbekistan, a member since 2006, had withdrawn from the CSTO in 2012 were false."
    assert not _sure_facts(text, gazetteer_specs, "member_of", "status")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan's former President since 2019, Nursultan Nazarbayev, kept his seat on the council.",
        "The SCO's incoming Secretary General since December 2031, Aibek Sadykov, met officials.",
    ],
)
def test_a_since_date_of_a_title_left_or_not_yet_taken_dates_no_term(sentence, gazetteer_specs):
    assert not [
        fact for fact in _sure_facts(sentence, gazetteer_specs, "holds_office", "role", "date") if fact[3]
    ]


def test_a_name_heading_s_lines_about_members_envoys_and_venues_are_not_the_organization_s(gazetteer_specs):
    text = (
        "CSTO\n====\n\nSeat: Moscow\nLocation: Palace of Independence, Minsk\n"
        "Chairman: Aibek Sadykov (Kyrgyzstan), since 2031 as President\n\n"
        "Member state: Kazakhstan\nAddress: Astana, Kazakhstan\nAmbassador: Daniyar Omarov (since March 2031)\n"
    )
    seats = {place for org, place in _sure_facts(text, gazetteer_specs, "located_in") if org == CSTO}
    assert seats == {"Moscow"}
    offices = _sure_facts(text, gazetteer_specs, "holds_office", "role", "date")
    assert not [office for office in offices if office[0] == "Daniyar Omarov" or office[3] == "2031"]


def test_a_timeline_s_year_heading_does_not_end_the_entry_above_it(gazetteer_specs):
    text = (
        "2006\nUzbekistan rejoins the Collective Security Treaty Organization in August\n"
        "2012\nUzbekistan suspends its membership of the CSTO in December\n"
        "2015\nKyrgyzstan joins the Eurasian Economic Union in August\n"
    )
    suspended = {
        date
        for _s, _o, status, date in _sure_facts(text, gazetteer_specs, "member_of", "status", "date")
        if status == "suspended"
    }
    assert suspended == {"2012-12"}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Uzbekistan withdrew from the CSTO, the SCO said.", SCO),
        ("Belarus joined SCO leaders in Astana in July 2031.", SCO),
    ],
)
def test_a_speaker_or_a_group_of_an_organization_is_not_what_is_joined(sentence, wrong, gazetteer_specs):
    assert wrong not in {obj for _subject, obj in _sure(sentence, gazetteer_specs, "member_of")}


@pytest.mark.parametrize(
    "text",
    [
        'Section A\n\n3. True or false: "Turkmenistan has been an observer of the SCO since 2007." [2 marks]',
        "Report\n\nQ3: Many candidates wrongly stated that Turkmenistan applied for SCO observer status in 2007.",
        "Report\n\nThe paper falsely reported that Kazakhstan joined the CSTO in 2003.",
        "Report\n\nA few answers wrongly placed the Regional Anti-Terrorist Structure in Bishkek.",
    ],
)
def test_a_statement_put_to_be_judged_or_said_to_be_wrong_states_nothing(text, gazetteer_specs):
    assert facts_for(text, gazetteer_specs)[2].relations == []


def test_its_founding_members_are_of_the_organization_the_sentence_names(gazetteer_specs):
    text = (
        "EURASIAN DEVELOPMENT BANK\nExamination\n\nMODEL ANSWERS\n\n6. b) Uzbekistan. The SCO was set up under "
        "the Shanghai charter, signed on 14.09.2018 by China and Russia, which are its founding members."
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    found = {(names[r.subject].name, names[r.object].name, r.status) for r in facts.relations}
    assert found == {
        ("China", "Shanghai Cooperation Organization", "founding member"),
        ("Russia", "Shanghai Cooperation Organization", "founding member"),
    }


def test_a_body_of_an_organization_named_in_the_title_or_text_is_not_what_is_joined(gazetteer_specs):
    text = (
        "COURT OF THE KORDAI TRANSIT COMMUNITY\n\nJUDGMENT\n\nThe Court of the Kordai Transit Community sat in "
        "Osh.\n\n5. Turkmenistan, an observer, submitted written comments. On 3 March 2023 Afghanistan applied "
        "for observer status."
    )
    assert [
        fact for fact in facts_for(text, gazetteer_specs)[2].relations if fact.predicate == "member_of"
    ] == []


def test_a_sentence_that_is_only_a_quotation_is_someone_s_unnamed_word(gazetteer_specs):
    text = '8. "Uzbekistan rejoined the CSTO in 2020 because of Russian pressure." Discuss. [60 marks]'
    assert stated(text, gazetteer_specs, "member_of", "status") == {
        ("Uzbekistan", "Collective Security Treaty Organization", "rejoined")
    }
    assert stated(text, gazetteer_specs, "member_of", confident=True) == set()
    quoted_and_said = '"Uzbekistan rejoined the CSTO in 2006," the minister said.'
    assert stated(quoted_and_said, gazetteer_specs, "member_of", confident=True) != set()


def test_a_paragraph_about_an_organization_s_body_joins_neither_the_body_nor_another(gazetteer_specs):
    text = (
        "Vacancy notice\n\nThe SCO Secretariat sits in Beijing. Open to nationals of the member States only: "
        "China and Russia. India joined on 9 June 2017."
    )
    assert [
        fact for fact in facts_for(text, gazetteer_specs)[2].relations if fact.predicate == "member_of"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "Applications to join the SCO (Turkey, Egypt and Qatar) are pending.",
        "Georgia and Azerbaijan have left the CSTO (Georgia, Azerbaijan and Uzbekistan).",
        "Turkmenistan stayed outside the CSTO (Turkmenistan and Uzbekistan).",
        "Observers of the SCO (Mongolia and Belarus) attended the summit.",
        "Candidates for NATO (Georgia and Ukraine) were named.",
        "The SCO may one day admit the Shanghai Five (China and Russia) as a bloc.",
    ],
)
def test_countries_in_brackets_after_what_they_seek_left_or_watch_are_no_members(text, gazetteer_specs):
    assert {
        fact for fact in stated(text, gazetteer_specs, "member_of", "status") if fact[2] == "member"
    } == set()


def test_an_attribute_s_initials_are_its_value_only_where_the_text_says_so(gazetteer_specs):
    text = "= Notes\n:eu: Eurasian Union\n\nKazakhstan joined the {eu} in 2015. The EU sent observers.\n"
    assert stated(text, gazetteer_specs, "member_of") == set()


def test_a_number_written_with_colons_is_a_date_only_in_a_field_of_dates(gazetteer_specs):
    found = stated(
        "Protocol No. 2002:10:07 records that Armenia joined the CSTO.", gazetteer_specs, "member_of", "date"
    )
    assert found == {("Armenia", "Collective Security Treaty Organization", None)}


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, the SCO's founding members were China, Kazakhstan and Russia.",
        "As of 2019, the founders of the CSTO were Armenia and Belarus.",
    ],
)
def test_founders_are_not_dated_by_when_they_were_listed(text, gazetteer_specs):
    assert {date for *_, date in stated(text, gazetteer_specs, "member_of", "status", "date")} == {None}


@pytest.mark.parametrize(
    "text",
    [
        "It is a common misconception that Turkmenistan joined the CSTO in 1994.",
        "It is wrong to say that Uzbekistan left the SCO in 2012.",
        "Claim: Turkmenistan joined the CSTO in 2003.",
        "Myth: Mongolia is a member of the SCO.",
    ],
)
def test_a_belief_called_false_or_a_claim_set_out_to_be_checked_states_nothing(text, gazetteer_specs):
    assert stated(text, gazetteer_specs, "member_of") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say the SCO's founding members were China, Russia and Kazakhstan.",
        "It is often said that Mongolia joined the SCO in 2004.",
        "Some believe Turkmenistan joined the CSTO in 2003.",
        "Many observers think Mongolia joined the SCO in 2004.",
    ],
)
def test_unnamed_people_s_view_is_at_most_uncertain(text, gazetteer_specs):
    assert stated(text, gazetteer_specs, "member_of")
    assert stated(text, gazetteer_specs, "member_of", confident=True) == set()


def test_a_word_processor_s_attributed_marks_date_nothing_and_a_moved_passage_counts_where_it_went(
    gazetteer_specs,
):
    document = (
        "Briefing Paper\n\n2. The SCO\n\nThe Shanghai Cooperation Organization (SCO) was founded in 2001."
        "[Moved from (MK 01/10/2026 16:40): Tajikistan joined the Centre the following year.]"
        " [Deleted (RT 28/09/2026 10:11): Mongolia became a full member in 2004.][Inserted (RT 28/09/2026"
        " 10:11): Mongolia has been an observer since 2004.]\n\n3. The Kosonsoy Border Coordination Centre\n\n"
        "The Kosonsoy Border Coordination Centre opened in 2019. [Moved to (MK 01/10/2026 16:40): Tajikistan"
        " joined the Centre the following year.]\n"
    )
    document_facts = facts_for(document, gazetteer_specs)
    _document, names, facts = document_facts
    memberships = {
        (names[r.subject].name, names[r.object].name, r.status, r.date)
        for r in facts.relations
        if r.predicate == "member_of"
    }
    assert ("Mongolia", "Shanghai Cooperation Organization", "observer", "2004") in memberships
    assert ("Tajikistan", "Kosonsoy Border Coordination Centre", "joined", "2020") in memberships
    assert not [fact for fact in memberships if fact[3] and fact[3].startswith("2026")]
    assert not [event for event in facts.events if event.date.startswith("2026")]


@pytest.mark.parametrize(
    "text",
    [
        "The wife of the Minister of Finance of Uzbekistan, Dilnoza Kudratova, opened the fair.",
        "Assistant to the Minister of Justice of Kyrgyzstan Aibek Osmonov signed the letter.",
        "A spokesman for the Minister of Emergency Situations of Kyrgyzstan, Ulan Asanov, said the road was closed.",
        "A parliamentary delegation from the CSTO, led by Chairman Vyacheslav Volodin, visited Yerevan.",
        "A joint commission of the CIS and the CSTO, headed by Head Sergei Lebedev, met in Minsk.",
        "The OSCE Academy in Bishkek, headed by Director Pal Dunay from 2015 to 2022, trained many diplomats.",
        "In 2010 the Eurasian Development Bank, headed by Chairman Igor Finogenov, financed the dam.",
        "The CSTO has been led by Secretary General Nikolai Bordyuzha, Yuri Khachaturov and Stanislav Zas.",
        "Since 2015 the OSCE Academy in Bishkek has been headed by Director Pal Dunay and, since 2022, by"
        " Director Alisher Karimov.",
        "The post of Minister of Water Resources of Uzbekistan Shavkat Khamraev held until 2023 is now vacant.",
        "The OSCE Programme Office in Bishkek was closed in 2021 and replaced by a smaller Office. The Office is"
        " headed by Ambassador Alexey Rogov.",
    ],
)
def test_someone_of_the_holder_a_group_inside_a_body_or_a_past_head_holds_no_office_now(
    text, gazetteer_specs
):
    found = stated(text, gazetteer_specs, "holds_office", "role", "date", confident=True)
    assert not [fact for fact in found if not (fact[2] or "").startswith(("former", "then"))]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The CSTO was established in 2002 on the basis of the 1992 Collective Security Treaty. Uzbekistan joined"
            " two years later.",
            "Uzbekistan",
        ),
        (
            "The CSTO, founded in 2002, had six members as of 2024. Uzbekistan joined two years later.",
            "Uzbekistan",
        ),
        (
            "The Shanghai Cooperation Organization held summits in 2001-2005. India was admitted two years later.",
            "India",
        ),
        (
            "The SCO was founded in 2001. India joined sixteen years later, and Iran was admitted two years later.",
            "Iran",
        ),
        (
            "It is commonly thought that the CSTO was founded in 1992. Uzbekistan joined two years later.",
            "Uzbekistan",
        ),
    ],
)
def test_a_year_counted_from_is_the_one_year_the_sentence_before_states_as_its_own(
    text, subject, gazetteer_specs
):
    found = stated(text, gazetteer_specs, "member_of", "date", confident=True)
    assert not [fact for fact in found if fact[0] == subject and fact[2]]


CIS = "Commonwealth of Independent States"
EAEU = "Eurasian Economic Union"


@pytest.mark.parametrize(
    ("document", "subject", "wrong"),
    [
        (
            "Shanghai Cooperation Organization\n\nThe SCO held its 2022 summit in Samarkand. The CSTO sent a"
            " delegation to the summit. Iran therefore remained an observer.\n",
            "Iran",
            ("Collective Security Treaty Organization", "observer"),
        ),
        (
            "Collective Security Treaty Organization\n\nThe CSTO summit in Yerevan was held in November 2022. The"
            " EAEU summit followed in December 2022. Armenia resumed its participation on 1 March 2024.\n",
            "Armenia",
            (EAEU, "rejoined"),
        ),
        (
            "Shanghai Cooperation Organization\n\nThe SCO expanded steadily after 2017. NATO's Partnership for"
            " Peace, which Kazakhstan joined in 1994, is a different forum.\n",
            "Kazakhstan",
            ("Shanghai Cooperation Organization", "joined"),
        ),
        (
            "Notes\n\nArmenia joined the CSTO in 1992 and the EAEU in 2015 and suspended its participation in 2024.\n",
            "Armenia",
            (EAEU, "suspended"),
        ),
        (
            "Notes\n\nTurkmenistan suspended its participation in the work of the CIS economic court in 2005.\n",
            "Turkmenistan",
            (CIS, "suspended"),
        ),
    ],
)
def test_what_a_sentence_says_in_passing_is_of_no_organization_another_could_be(
    document, subject, wrong, gazetteer_specs
):
    _document, names, facts = facts_for(document, gazetteer_specs)
    shown = {
        (names[r.object].name, r.status)
        for r in facts.relations
        if r.predicate == "member_of" and names[r.subject].name == subject and r.confidence >= UNCERTAIN_BELOW
    }
    assert wrong not in shown


def test_a_hedged_remaining_member_is_no_member(gazetteer_specs):
    document = (
        "Notes\n\nThe CSTO lost Uzbekistan in 2012. Armenia remained a member only in name after 2023.\n"
    )
    _document, names, facts = facts_for(document, gazetteer_specs)
    assert not [
        r for r in facts.relations if names[r.subject].name == "Armenia" and r.confidence >= UNCERTAIN_BELOW
    ]


def test_a_founder_list_ends_where_the_next_clause_s_subject_begins(gazetteer_specs):
    found = stated(
        "The CSTO was created by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, and Uzbekistan"
        " joined in 2006.",
        gazetteer_specs,
        "member_of",
        "status",
        "date",
    )
    assert ("Uzbekistan", "Collective Security Treaty Organization", "joined", "2006") in found
    assert not [
        fact for fact in found if fact[0] != "Uzbekistan" and (fact[2] != "founding member" or fact[3])
    ]
