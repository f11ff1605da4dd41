"""Timeline events: a date dates only its own clause, a planned date is never a happening, and a
name mentioned only in passing gets no line. Sentences of our own, one class of mistake each."""

import pytest

from database.dates import PartialDate
from database.event_dates import date_groups
from tests.database.test_extract import facts_for


def timeline(text: str, specs, *, heading: str = "Title\n\n") -> set[tuple[str, str, bool]]:
    """(entity, date, planned) for every line the text gives a timeline."""
    document, all_specs, facts = facts_for(heading + text + "\n", specs)
    return {
        (all_specs[entity].name, event.date, event.planned)
        for event in facts.events
        for entity in event.entities
    }


def dates_of(lines: set[tuple[str, str, bool]], name: str) -> set[str]:
    return {date for entity, date, _planned in lines if entity == name}


def test_a_participle_about_another_name_dates_only_that_name(gazetteer_specs):
    lines = timeline(
        "Together with Armenia and Belarus, Tajikistan was a founder of the Commonwealth of Independent "
        "States, the forerunner of the Eurasian Economic Community created in 2000.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Eurasian Economic Community") == {"2000"}
    for name in ("Armenia", "Belarus", "Tajikistan", "Commonwealth of Independent States"):
        assert dates_of(lines, name) == set()


def test_a_relative_clause_dates_its_head_not_the_main_clause(gazetteer_specs):
    lines = timeline(
        "Turkmenistan, which declared its neutrality in 1995, stays outside the Collective Security "
        "Treaty Organization.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Turkmenistan") == {"1995"}
    assert dates_of(lines, "Collective Security Treaty Organization") == set()


def test_respectively_gives_each_party_its_own_date(gazetteer_specs):
    lines = timeline(
        "Tajikistan and Kazakhstan entered the Partnership for Peace in 2002 and 1994, respectively.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Tajikistan") == {"2002"}
    assert dates_of(lines, "Kazakhstan") == {"1994"}
    assert dates_of(lines, "Partnership for Peace") == {"2002", "1994"}


def test_respectively_in_a_list_of_milestones_with_days_under_the_year(gazetteer_specs):
    lines = timeline(
        "Milestones\n\n2015 – Belarus and Armenia enter the Eurasian Economic Union on 1 January and "
        "2 January, respectively.\n\n2016 – Tajikistan hosts a summit of the Shanghai Cooperation Organization.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Belarus") == {"2015-01-01"}
    assert dates_of(lines, "Armenia") == {"2015-01-02"}
    assert dates_of(lines, "Tajikistan") == {"2016"}


def test_coordinated_clauses_keep_their_own_dates(gazetteer_specs):
    lines = timeline(
        "NATO has held talks with Uzbekistan since 1992 within the Euro-Atlantic Partnership Council and "
        "from 1995 has worked with it in the Partnership for Peace.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Euro-Atlantic Partnership Council") == {"1992"}
    assert dates_of(lines, "Partnership for Peace") == {"1995"}
    assert dates_of(lines, "North Atlantic Treaty Organization") == {"1992", "1995"}


def test_a_when_clause_with_its_own_date_is_not_dated_by_the_main_clause(gazetteer_specs):
    lines = timeline(
        "Talks with Tajikistan began in 1993, when the country entered the Euro-Atlantic Partnership "
        "Council, and training started when it joined the Partnership for Peace in 2002.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Euro-Atlantic Partnership Council") == {"1993"}
    assert dates_of(lines, "Partnership for Peace") == {"2002"}


def test_in_the_wake_of_dates_the_earlier_happening_not_the_clause(gazetteer_specs):
    lines = timeline(
        "Kazakhstan agreed a counter-terrorism plan with NATO in the wake of the 11 September 2001 "
        "attacks on the United States.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Kazakhstan") == set()
    assert dates_of(lines, "North Atlantic Treaty Organization") == set()
    assert dates_of(lines, "United States") == {"2001-09-11"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Uzbekistan will keep facing threats from Afghanistan after 2014.",
        "Kazakhstan does not expect the Collective Security Treaty Organization to grow beyond 2030.",
        "Kyrgyzstan kept the agreement with Russia until 2019.",
    ],
)
def test_a_date_that_bounds_a_period_dates_nothing(sentence, gazetteer_specs):
    assert timeline(sentence, gazetteer_specs) == set()


def test_future_wished_and_expiring_dates_are_planned_never_happenings(gazetteer_specs):
    lines = timeline(
        "Kazakhstan said in 2019 that it wanted to leave when the treaty with Russia runs out in 2025. "
        "The lease for the base in Tajikistan expires in 2042. "
        "In June 2013 the parliament of Kyrgyzstan voted to close the base of the United States in 2014.",
        gazetteer_specs,
    )
    assert ("Kazakhstan", "2019", False) in lines
    assert ("Kazakhstan", "2025", True) not in lines and ("Kazakhstan", "2025", False) not in lines
    assert ("Russia", "2025", True) in lines
    assert ("Tajikistan", "2042", True) in lines
    assert ("Kyrgyzstan", "2013-06", False) in lines
    assert ("United States", "2014", True) in lines
    assert not {line for line in lines if line[1] in ("2025", "2042", "2014") and not line[2]}


def test_a_date_after_the_document_is_planned(gazetteer_specs):
    lines = timeline(
        "Tajikistan hosts a summit of the Shanghai Cooperation Organization in June 2016. "
        "Tajikistan joined the Shanghai Cooperation Organization in 2001.",
        gazetteer_specs,
        heading="Title\n\nPublished: 10 March 2015\n\n",
    )
    assert ("Tajikistan", "2016-06", True) in lines
    assert ("Tajikistan", "2001", False) in lines


@pytest.mark.parametrize(
    ("sentence", "dated", "passing"),
    [
        ("In 2005 armed groups crossed into Kyrgyzstan from Tajikistan.", "Kyrgyzstan", "Tajikistan"),
        (
            "Kazakhstan opened a peacekeeping school in 2010 and has since trained officers with Finland.",
            "Kazakhstan",
            "Finland",
        ),
        (
            "Kyrgyzstan asked NATO for advice in 2008; the programme now also helps Kazakhstan.",
            "Kyrgyzstan",
            "Kazakhstan",
        ),
        (
            "In 2006 Russia signed an agreement on a bank, the work of which is planned to be extended to Belarus.",
            "Russia",
            "Belarus",
        ),
    ],
)
def test_a_name_only_in_passing_gets_no_line(sentence, dated, passing, gazetteer_specs):
    lines = timeline(sentence, gazetteer_specs)
    assert dates_of(lines, dated)
    assert dates_of(lines, passing) == set()


def test_each_date_of_a_date_list_is_a_line(gazetteer_specs):
    lines = timeline(
        "In 2003 and 2004, Tajikistan clashed with armed groups. "
        "Fighting broke out along the border of Kyrgyzstan in April and May 2013.",
        gazetteer_specs,
    )
    assert dates_of(lines, "Tajikistan") == {"2003", "2004"}
    assert dates_of(lines, "Kyrgyzstan") == {"2013-04", "2013-05"}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The drill ran from 23/09/2019 to 04/10/2019.", PartialDate(2019, 9, 23)),
        ("Between 18 and 23 October 2021 the drills were held.", PartialDate(2021, 10, 18)),
        ("The talks of 14–16 March 2011 ended well.", PartialDate(2011, 3, 14)),
        ("He served from 2011 to 2013.", PartialDate(2011)),
    ],
)
def test_a_range_is_one_date_its_first_day(text, first):
    groups = date_groups(text)
    assert [group.dates for group in groups] == [(first,)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Leaders plan to meet in Astana on 29 May, and the bank opens on 1 January 2015.",
            "2014-05-05",
            ["2014-05-29", "2015-01-01"],
        ),
        ("The minister said in March that talks had stalled.", "2014-05-05", ["2014-03"]),
        ("The minister said in November that talks had stalled.", "2014-05-05", ["2013-11"]),
        (
            "Officials met on 3 May 2024; the treaty is expected to be signed in March.",
            None,
            ["2024-05-03", "2025-03"],
        ),
        ("Unrest began in January 2022; troops arrived on 6 January.", None, ["2022-01", "2022-01-06"]),
        ("Troops arrived on 6 January.", None, []),
    ],
)
def test_a_date_without_its_year_takes_the_year_the_text_makes_certain(text, published, expected):
    assert [date.iso for group in date_groups(text, None, published) for date in group.dates] == expected


def test_a_plan_inside_a_relative_clause_does_not_make_the_main_date_planned():
    groups = date_groups(
        "In October Kyrgyzstan called off the drill, which it had been due to host, after clashes on 14 September.",
        2022,
    )
    assert [(group.dates[0].iso, group.planned) for group in groups] == [
        ("2022-10", False),
        ("2022-09-14", False),
    ]


def test_a_clause_after_a_relative_clause_dates_the_name_the_relative_describes(gazetteer_specs):
    lines = timeline(
        "Armenia joined the Collective Security Treaty Organization in 1994, and Azerbaijan, which had "
        "left the Commonwealth of Independent States in 1999, rejoined the organization in 2006.",
        gazetteer_specs,
    )
    assert "2006" in dates_of(lines, "Azerbaijan")
    assert "2006" not in dates_of(lines, "Armenia")


def test_a_deadline_opening_a_plan_is_planned(gazetteer_specs):
    lines = timeline(
        "By 2030, Uzbekistan aims to double trade with the Eurasian Economic Union.", gazetteer_specs
    )
    assert ("Uzbekistan", "2030", True) in lines and ("Uzbekistan", "2030", False) not in lines
    done = timeline("By 2005, Uzbekistan had joined the Eurasian Economic Community.", gazetteer_specs)
    assert ("Uzbekistan", "2005", False) in done


@pytest.mark.parametrize(
    ("sentence", "lines"),
    [
        # The year of another document: none of the names after it.
        (
            "The 2004 strategic partnership treaty preceded the Treaty on Allied Relations, which Russia and "
            "Uzbekistan signed in 2005.",
            {("Russia", "2005"), ("Uzbekistan", "2005"), ("Treaty on Allied Relations", "2005")},
        ),
        # A programme's period is no happening.
        (
            "The CSTO's 2021–2025 programme of military cooperation was adopted in 2020.",
            {("Collective Security Treaty Organization", "2020")},
        ),
        # The document's owner and parties keep its year, and so does a clause about its own making.
        (
            "Russia's 2004 treaty with Uzbekistan preceded the alliance.",
            {("Russia", "2004"), ("Uzbekistan", "2004")},
        ),
        (
            "Russia's 2004 treaty with Uzbekistan was signed in Tashkent.",
            {("Russia", "2004"), ("Uzbekistan", "2004"), ("Tashkent", "2004")},
        ),
    ],
)
def test_a_year_qualifying_a_document_dates_that_document_only(sentence, lines, gazetteer_specs):
    assert {(entity, date) for entity, date, _planned in timeline(sentence, gazetteer_specs)} == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "By 2005, Uzbekistan had joined the Eurasian Economic Community, as Moscow had wanted.",
        "By March 2002, US troops were deployed at Manas Air Base, as Washington had hoped.",
    ],
)
def test_a_deadline_already_met_is_no_plan(sentence, gazetteer_specs):
    assert {planned for _entity, _date, planned in timeline(sentence, gazetteer_specs)} == {False}


def test_an_edition_s_year_dates_the_gathering(gazetteer_specs):
    lines = timeline("The 2019 edition of the SCO summit was held in Bishkek.", gazetteer_specs)
    assert ("Bishkek", "2019", False) in lines
