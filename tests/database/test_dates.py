"""Dates as documents write them, and as transcripts speak them."""

import pytest

from database.dates import PartialDate, find_dates
from tests.database.test_extract import stated


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
