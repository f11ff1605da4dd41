"""Text set in two columns side by side (as `pdftotext -layout` prints a newsletter): read one
column after the other. Documents and names are invented for these tests."""

from database.columns import read_columns
from tests.database.test_extract import facts_for

NEWSLETTER = """\
STEPPE LETTER  ·  No. 7  ·  March 2031                                                     5

A COUNCIL AT TEN                                  WHO LEFT, WHO STAYED
By Dana Orazova                                   By Erlan Tokhtarov

Ten years after its founding, the Tengri Water    Armenia froze its participation in the
Council has become the busiest of the small       Collective Security Treaty Organization in
river bodies of the region. Kazakhstan and        February 2024. It has not formally with-
Kyrgyzstan founded it in 2021, and China          drawn. Uzbekistan, a member from 2006, left
joined the Council the following year.            the organization in December 2012.

The Council's standing body, the Tengri Water     India and Pakistan became full members of
Secretariat, sits in Taraz and keeps a desk       the Shanghai Cooperation Organisation on 9
at the border post.                               June 2017.

BODIES AT A GLANCE
----------------------------------------------------------------------------------------------
Body                                       Seat        Founded   Members   Observers
Shanghai Cooperation Organisation          Beijing     2001      10        Afghanistan, Mongolia
Tengri Water Council                       Taraz       2021      3         none
----------------------------------------------------------------------------------------------
"""


def test_two_columns_read_one_after_the_other_with_their_paragraphs_whole():
    text = read_columns(NEWSLETTER)
    left = "Ten years after its founding, the Tengri Water Council has become the busiest of the small"
    assert left in text
    assert "China joined the Council the following year." in text
    right = "Armenia froze its participation in the Collective Security Treaty Organization in February 2024."
    assert right in text
    assert text.index(left) < text.index("The Council's standing body") < text.index(right)
    assert "It has not formally withdrawn. Uzbekistan" in text  # the broken word whole, on one line
    assert "A COUNCIL AT TEN\nBy Dana Orazova\n" in text  # a heading is not run into its byline


def test_what_is_not_in_the_columns_is_left_where_it_was():
    text = read_columns(NEWSLETTER)
    assert text.startswith("STEPPE LETTER  ·  No. 7  ·  March 2031" + " " * 53 + "5\n")  # the running head
    table = NEWSLETTER[NEWSLETTER.index("BODIES AT A GLANCE") :]
    assert text.endswith(table)


def test_a_line_run_together_with_one_space_between_clean_ones_is_cut_at_the_gutter():
    rows = [
        ("THE TREATY IN FORCE", "A UNION OF THREE"),
        ("The Tengri Treaty, signed at Taraz", "The Steppe Union, which Kazakhstan"),
        ("on 5 May 2030, entered into force", "and Uzbekistan launched in January"),
        ("on 20 April 2031. Its first partners", "and Kyrgyzstan joined in April, set"),
        ("were Kazakhstan, Kyrgyzstan and", "up a council at the Almaty summit"),
        ("Tajikistan; Mongolia acceded the", "of 8 July 2031 with its seat in the"),
        ("following year as an observer.", "city of Almaty."),
    ]
    block = "".join(
        f"{left:<35}  {right}\n" if len(left) < 36 else f"{left} {right}\n" for left, right in rows
    )
    assert "partners and Kyrgyzstan" in block  # the columns run together on that line
    text = read_columns(block)
    assert "Its first partners were Kazakhstan, Kyrgyzstan and Tajikistan;" in text
    assert "and Kyrgyzstan joined in April, set up a council" in text


def test_tables_forms_and_labelled_rows_are_no_columns():
    for text in (
        "Member state                       Joined               Status of ratification\n" * 8,
        "".join(
            f"{label:<34}{value}\n"
            for label, value in [
                ("Headquarters", "Taraz, Kazakhstan"),
                ("Founded", "12 April 2021"),
                ("Members", "Kazakhstan, Kyrgyzstan, China"),
                ("Observers", "Mongolia"),
                ("Secretary General", "Dana Orazova"),
                ("Working languages", "Kazakh, Russian, Chinese"),
                ("Budget", "4.2 million euros"),
            ]
        ),
        "12 Mar 2030   Kazakhstan         Signs the Tengri Treaty with its two neighbours\n" * 7,
        "Prose without a gutter, written as one column of an ordinary report.\n" * 9,
    ):
        assert read_columns(text) == text


def test_a_two_column_page_gives_the_facts_of_each_column(gazetteer_specs):
    _document, names, facts = facts_for(NEWSLETTER, gazetteer_specs)
    members = {
        (names[r.subject].name, names[r.object].name, r.status, r.date)
        for r in facts.relations
        if r.predicate == "member_of" and r.confidence >= 0.6
    }
    assert ("India", "Shanghai Cooperation Organization", "joined", "2017-06-09") in members
    assert ("Armenia", "Collective Security Treaty Organization", "suspended", "2024-02") in members
