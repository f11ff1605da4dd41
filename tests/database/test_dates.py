"""Dates as documents write them, and as transcripts speak them."""

import pytest

from database.dates import PartialDate, find_dates, parse_date
from tests.database.test_extract import dated_memberships, facts_for, stated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the fifteenth of May, nineteen ninety-two.", PartialDate(1992, 5, 15)),
        ("the ninth of June, twenty-seventeen, at the summit", PartialDate(2017, 6, 9)),
        ("the fourth of July, twenty twenty-four", PartialDate(2024, 7, 4)),
        ("the twentieth of February, two thousand and two", PartialDate(2002, 2, 20)),
        ("the twenty-ninth of May, twenty-fourteen", PartialDate(2014, 5, 29)),
        ("May the ninth, two thousand two", PartialDate(2002, 5, 9)),
        ("the fifth of March 2019", PartialDate(2019, 3, 5)),
    ],
)
def test_a_spoken_date_is_a_date(text, expected):
    assert [mention.date for mention in find_dates(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "twenty-four hours on the first of May",  # no year
        "the thirty-first of February, twenty twenty",  # no such day
        "the fourth of July, twenty-four",  # 'twenty-four' is no year
        "May the ninth be with you",
    ],
)
def test_words_that_are_no_spoken_date(text):
    assert find_dates(text) == ()


def test_a_spoken_date_dates_the_fact_it_belongs_to(gazetteer_specs):
    assert stated(
        "Belarus joined the SCO on the fourth of July, twenty twenty-four.",
        gazetteer_specs,
        "member_of",
        "date",
    ) == {("Belarus", "Shanghai Cooperation Organization", "2024-07-04")}


@pytest.mark.parametrize(
    ("text", "year", "now", "expected"),
    [
        ("It was launched last year in Baku.", 2024, PartialDate(2024), [PartialDate(2023)]),
        ("Mongolia applied in October.", 2024, PartialDate(2024, 11, 21), [PartialDate(2024, 10)]),
        (
            "Iran joined in 2019 and Iraq two years later.",
            2025,
            PartialDate(2025),
            [PartialDate(2019), PartialDate(2021)],
        ),
        ("Iraq joined two years later.", 2025, PartialDate(2025), []),  # later than what: no date before says
        # Counted from the date before it, whether or not the text's own year is known.
        ("Iran joined in 2019 and Iraq two years later.", None, None, [PartialDate(2019), PartialDate(2021)]),
        # Counted from which of two dates is not said.
        (
            "A signed it in 2010 after the 2005 revolution, and two years later B signed.",
            None,
            None,
            [PartialDate(2010), PartialDate(2005)],
        ),
        # 'Two years later' than the paragraph's date: the day after it has no year either.
        ("Two years later, on 3 April, Uzbekistan signed.", 2019, PartialDate(2025), []),
        # A planned date gives no year to a past one; a day after the text was written is not said.
        (
            "It will sign on 1 December 2026 after the pact it signed on 4 July.",
            None,
            None,
            [PartialDate(2026, 12, 1)],
        ),
        ("Kyrgyzstan signed the protocol on 14 February.", 2025, PartialDate(2025, 2, 3), []),
        (
            "Kyrgyzstan will sign the protocol on 14 February.",
            2025,
            PartialDate(2025, 2, 3),
            [PartialDate(2025, 2, 14)],
        ),
        (
            "It joined on 12 May 2015 and Iraq on 14 June.",
            2025,
            PartialDate(2025),
            [PartialDate(2015, 5, 12), PartialDate(2015, 6, 14)],
        ),
        ("It was launched last year.", 2007, None, []),  # the year it was written in is unknown
    ],
)
def test_a_date_without_its_year_takes_the_year_it_is_written_in_or_about(text, year, now, expected):
    assert [mention.date for mention in find_dates(text, year, now)] == expected


def test_an_updated_line_with_a_time_dates_the_document():
    assert parse_date("2025-11-21 18:40 (Astana time)") == (PartialDate(2025, 11, 21), "18:40")


ROUNDUP = """Security roundup
Published: 12 March 2025

21 Nov 2024 | ASHGABAT
The SCO was discussed. Mongolia applied to join the SCO in October. Iran joined the CSTO last year.

In 1994 the talks began. Kazakhstan joined the CIS in October.
"""
HISTORY = """History of the CIS

In 1994 the talks began. Kazakhstan joined the CIS in October.
"""


def test_a_dateline_or_the_paragraph_gives_the_year_a_date_leaves_out(gazetteer_specs):
    assert dated_memberships(ROUNDUP, gazetteer_specs) == {
        ("Mongolia", "applied", "2024-10"),
        ("Iran", "joined", "2023"),
        # The paragraph writes of 1994 under a 2024 dateline: which October is not said.
        ("Kazakhstan", "joined", None),
    }
    assert dated_memberships(HISTORY, gazetteer_specs) == {("Kazakhstan", "joined", "1994-10")}


WIRE_FILE = """NEWS AGENCY -- CENTRAL ASIA FILE 2031
(All datelines below are in 2031.)

BISHKEK, June 15 (Agency) -- Mongolia applied to join the Shanghai Cooperation Organization on Sunday.

ASTANA, June 17 (Agency) -- Georgia joined the Commonwealth of Independent States here on Tuesday.
"""
YEAR_ARTICLE = """2031 in Mongolia

Events

 * 22 January – Mongolia joins the Shanghai Cooperation Organization.
 * 3 March – Georgia applies to join the Commonwealth of Independent States.

This page was kept up to date by volunteers.
"""


def test_a_wire_items_dateline_dates_it_and_a_year_article_its_days(gazetteer_specs):
    # 15 and 17 June 2031 are a Sunday and a Tuesday: each item's own day, not the last one's.
    assert dated_memberships(WIRE_FILE, gazetteer_specs) == {
        ("Mongolia", "applied", "2031-06-15"),
        ("Georgia", "joined", "2031-06-17"),
    }
    assert dated_memberships(YEAR_ARTICLE, gazetteer_specs) == {
        ("Mongolia", "joined", "2031-01-22"),
        ("Georgia", "applied", "2031-03-03"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The day takes the year the text is written in, not the year of a life date.
            "Shavkat Mirziyoyev, born on 24 July 1957, watched as Uzbekistan signed the accord on 3 March.",
            [PartialDate(1957, 7, 24), PartialDate(2025, 3, 3)],
        ),
        (
            "It signed in June 2016, three years after the 2013 drought, and on 2 March B signed.",
            [PartialDate(2016, 6), PartialDate(2013), PartialDate(2016, 3, 2)],
        ),
        ("Three years ago, on 5 March, Kazakhstan signed.", [PartialDate(2022), PartialDate(2022, 3, 5)]),
        ("The next year, on 4 May, it signed.", []),
        (
            "It signed on 9 June 2018. A year earlier, on 4 May, B signed.",
            [PartialDate(2018, 6, 9), PartialDate(2017), PartialDate(2017, 5, 4)],
        ),
    ],
)
def test_relative_and_borrowed_years_only_where_the_text_says_which(text, expected):
    assert [mention.date for mention in find_dates(text, 2025, PartialDate(2025, 3, 20))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'N years after <clause>' dates the clause, not a year after the date before it.
        ("Kazakhstan joined in 2015, a year after it signed the Treaty.", [PartialDate(2015)]),
        ("Uzbekistan left in 2012, six years after it rejoined.", [PartialDate(2012)]),
        ("Kyrgyzstan joined in 2015, two years before Uzbekistan became an observer.", [PartialDate(2015)]),
        (
            "Kyrgyzstan joined in 2015; two years after, Uzbekistan applied.",
            [PartialDate(2015), PartialDate(2017)],
        ),
        ("It signed in 2014 and joined a year after that.", [PartialDate(2014), PartialDate(2015)]),
        # An open 'last year' (the text's own date unknown) leaves the days after it open too.
        (
            "Kyrgyzstan signed the treaty on 12 May 2015, and last year, on 14 June, it suspended.",
            [PartialDate(2015, 5, 12)],
        ),
        ("After talks on 3 March 2019 failed, it applied this year, in April.", [PartialDate(2019, 3, 3)]),
    ],
)
def test_years_counted_from_a_clause_or_an_unknown_now_are_left_open(text, expected):
    assert [mention.date for mention in find_dates(text)] == expected


def test_a_legal_style_date_is_a_date():
    assert [m.date for m in find_dates("signed on the 3rd day of March 2019 in Osh")] == [
        PartialDate(2019, 3, 3)
    ]


def test_a_timeline_entry_takes_no_year_the_sentence_counts_from_elsewhere(gazetteer_specs):
    text = (
        "Title\nPublished: 20 March 2025\n\nIn 2019 the talks began. The next year, on 4 May, Kazakhstan "
        "signed the Treaty of Eternal Friendship.\n"
    )
    _document, _names, facts = facts_for(text, gazetteer_specs)
    assert [event.date for event in facts.events if "4 May" in event.span.text] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The protocol was signed on Thursday in Batken.", ["2025-03-13"]),
        ("It happened last Friday.", ["2025-03-07"]),
        ("It happened on Friday.", ["2025-03-14"]),
        # A plan, and a weekday with its own date, are not counted back from the day of writing.
        ("The ministers will meet on Thursday.", []),
        ("It opened on Monday, 3 March 2025.", ["2025-03-03"]),
        ("The two states signed the agreement on Thursday last week.", ["2025-03-06"]),
        # A present tense announces; next week is to come.
        ("Kazakhstan signs the agreement with Kyrgyzstan on Monday.", []),
        ("The two states signed a plan to meet on Thursday next week.", []),
    ],
)
def test_a_weekday_counts_back_from_the_day_the_text_was_written(text, expected):
    written = PartialDate(2025, 3, 14)  # a Friday
    assert [mention.date.iso for mention in find_dates(text, None, written)] == expected


def test_an_almanacs_day_heading_and_a_feeds_date_elements_date_their_entries(gazetteer_specs):
    almanac = (
        "On this day\n\n27 May\n\n1994 – Kazakhstan joined NATO's Partnership for Peace.\n"
        "2031 – Chile joined the Shanghai Cooperation Organization in a ceremony.\n"
        "\n28 May\n\n2032 – Peru joined the Shanghai Cooperation Organization.\n"
    )
    assert dated_memberships(almanac, gazetteer_specs) == {
        ("Kazakhstan", "joined", "1994-05-27"),
        ("Chile", "joined", "2031-05-27"),
        ("Peru", "joined", "2032-05-28"),
    }
    # One day heading over a background timeline is a meeting's day, and a line's own date stands.
    agenda = (
        "Agenda\n\n24 November\n\nDelegation arrives in Astana; background:\n"
        "1992 – Kazakhstan joined NATO's Partnership for Peace.\n"
    )
    assert dated_memberships(agenda, gazetteer_specs) == {("Kazakhstan", "joined", "1992")}
    own_date = almanac + "\n15 June\n\n2001 – Uzbekistan joined the SCO on 14 June 2001, a day before.\n"
    assert ("Uzbekistan", "joined", "2001-06-14") in dated_memberships(own_date, gazetteer_specs)
    feed = (
        "Export\n\n<item>\n<title>Drills</title>\n<date>2025-08-18</date>\n"
        "<p>Azerbaijan and Iran are members of the CSTO; Chile left it last year.</p>\n</item>\n"
        "<item>\n<title>Border</title>\n<pubDate>Fri, 14 Mar 2025 18:30:00 +0600</pubDate>\n"
        "<p>Kyrgyzstan and Tajikistan signed the Batken Border Protocol on Thursday.</p>\n</item>\n"
    )
    _document, names, facts = facts_for(feed, gazetteer_specs)
    dated = {(names[f.subject].name, f.predicate, f.status, f.date) for f in facts.relations}
    assert ("Chile", "member_of", "withdrew", "2024") in dated
    assert ("Kyrgyzstan", "signed", None, "2025-03-13") in dated


def test_respectively_in_a_relative_clause_dates_that_clause_not_the_signing(gazetteer_specs):
    text = (
        "The Treaty on Collective Security was signed in Tashkent on 15 May 1992 by Georgia and Mongolia, "
        "which ratified it on 14 February 1993 and 3 April 1993 respectively."
    )
    assert stated(text, gazetteer_specs, "signed", "date") == {
        ("Georgia", "Collective Security Treaty", "1992-05-15"),
        ("Mongolia", "Collective Security Treaty", "1992-05-15"),
    }


def test_a_register_s_compact_dates():
    assert [mention.date.iso for mention in find_dates("F   07OCT2002  and  00MAR2024")] == [
        "2002-10-07",
        "2024-03",
    ]
    assert find_dates("code AB07OCT2002, 31FEB2020") == ()


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A range of years is a period: it dates its start, never its end.
        ("Tokayev was Prime Minister of Kazakhstan in 1999–2002.", ["1999"]),
        ("Uzbekistan was a member of the CSTO in 2006-2012.", ["2006"]),
        ("Islam Karimov (1938–2016) hosted the summit.", ["1938"]),
        ("the Development Strategy for 2015—2025", ["2015"]),
        # A number is no year; a year and a month written as digits are no bare year.
        ("Order No. 2005 of the Ministry of Defence regulated the deployment.", []),
        ("Decree № 2012 was signed.", []),
        ("suspended (since 2032-02)", []),
        ("From 1999 to 2002 he was Prime Minister.", ["1999", "2002"]),
    ],
)
def test_a_range_dates_its_start_and_a_number_is_no_year(text, dates):
    assert [found.date.iso for found in find_dates(text, None, None)] == dates


def test_the_following_year_counts_from_the_sentence_before_only_when_the_sentence_has_no_date():
    assert [
        mention.date.iso for mention in find_dates("China acceded the following year.", previous=2021)
    ] == ["2022"]
    assert [mention.date.iso for mention in find_dates("China acceded the following year.")] == []
    own = find_dates("In 2008 and the following year it met.", previous=2021)
    assert [mention.date.iso for mention in own] == ["2008", "2009"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyzstan became a full member of the Eurasian Economic Union today, the ministry said.",
            ["2015-08-12"],
        ),
        ("Kazakhstan yesterday signed the protocol.", ["2015-08-11"]),
        # Nowadays, a present state, a plan and a possessive are no day.
        ("Today, Kazakhstan is a member of the SCO.", []),
        ("The SCO today has eight members.", []),
        ("Kazakhstan will sign the treaty today.", []),
        ("Today's signing was postponed.", []),
    ],
)
def test_today_in_a_report_of_an_act_is_the_day_of_its_item(text, expected):
    assert [mention.date.iso for mention in find_dates(text, item_day=PartialDate(2015, 8, 12))] == expected
    assert find_dates(text) == ()  # with no item's day, 'today' is no date


def test_a_source_and_date_line_dates_today_in_the_snippet_under_it(gazetteer_specs):
    text = (
        "1.  Kyrgyzstan joins the union\n"
        "    Kabar · 12 Aug 2015\n"
        "    …Kyrgyzstan became a full member of the Eurasian Economic Union today, the ministry said…\n"
    )
    assert dated_memberships(text, gazetteer_specs) == {("Kyrgyzstan", "joined", "2015-08-12")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date Created: 1994:05:27", ["1994-05-27"]),
        ("DateTimeOriginal: 2001:06:15 10:22:01", ["2001-06-15"]),
        ("Version 2001:06:15:11", ["2001"]),  # four numbers: no date of this form
        ("1994-05-27", ["1994-05-27"]),
    ],
)
def test_a_date_written_with_colons_as_photo_metadata_writes_it(text, expected):
    assert [mention.date.iso for mention in find_dates(text)] == expected
